using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Api.Invoer;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Features.Api.Invoer;

/// <summary>
/// The length rule for page form values (issue 13): a value above its field's limit is refused before the handler runs
/// and nothing is stored; a page that shows refusals puts the message next to the field. Before, a field the handler did
/// not measure (an organisation's opening hours) stored whatever came, up to a megabyte.
/// </summary>
public abstract partial class PaginaLengteTests(SchakelFactory factory)
{
    [GeneratedRegex("name=\"verzendsleutel\" value=\"([^\"]+)\"")]
    private static partial Regex VerzendsleutelPatroon();

    private async Task<T> DbAsync<T>(Func<SchakelDbContext, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }

    [Fact]
    public async Task Veld_zonder_eigen_controle_boven_de_algemene_grens_slaat_niets_op_en_staat_bij_het_veld()
    {
        var id = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
        var beheerder = factory.Als(DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv), Rollen.Beheerder);
        var voor = await DbAsync(db => db.Set<Organisatie>().Where(o => o.Id == id).Select(o => o.Openingstijden).SingleAsync());
        var pad = $"/beheer/organisaties/bewerken/{id}";

        var antwoord = await Aanmelden.PostFormAsync(beheerder, pad, new()
        {
            ["Id"] = id.ToString(), ["Naam"] = DemoOrganisaties.Shop, ["Type"] = "Gemeente", ["Partijcategorie"] = "PartijMetMeldOfCoordinatiefunctie",
            ["Openingstijden"] = new string('x', Invoerlengte.Algemeen + 1),
        });

        var pagina = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{(int)antwoord.StatusCode}: {pagina[..Math.Min(pagina.Length, 2000)]}");
        Assert.Matches("id=\"openingstijden-fout\"[^>]*>Gebruik hoogstens 2.000 tekens", pagina);
        Assert.Equal(voor, await DbAsync(db => db.Set<Organisatie>().Where(o => o.Id == id).Select(o => o.Openingstijden).SingleAsync()));
    }

    [Fact]
    public async Task Omschrijving_van_een_melding_mag_zo_lang_zijn_als_de_api_toestaat_en_niet_langer()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        async Task<HttpResponseMessage> MeldAsync(string omschrijving)
        {
            var html = await client.GetStringAsync(new Uri("/melden", UriKind.Relative));
            return await client.PostAsync(new Uri("/melden", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Aanmelden.Token(html),
                ["verzendsleutel"] = VerzendsleutelPatroon().Match(html).Groups[1].Value,
                ["melderType"] = "burger", ["omschrijving"] = omschrijving, ["gemeenteCode"] = "GM0518", ["acuutGevaar"] = "nee",
            }));
        }
        var voor = await DbAsync(db => db.Set<Melding>().CountAsync());

        var teLang = await MeldAsync(new string('a', MeldingLimieten.Omschrijving + 1));
        var pagina = await teLang.Content.ReadAsStringAsync();
        Assert.True(teLang.StatusCode == HttpStatusCode.OK, $"{(int)teLang.StatusCode}");
        Assert.Matches("id=\"omschrijving-fout\">(<span[^>]*>[^<]*</span>)?[^<]*5\\.?000", pagina);
        Assert.Equal(voor, await DbAsync(db => db.Set<Melding>().CountAsync()));

        // Longer than the general limit, within the description's own: stored, as through the API.
        var lang = await MeldAsync("Wat ik zag. " + new string('b', Invoerlengte.Algemeen + 500));
        Assert.Equal(HttpStatusCode.Redirect, lang.StatusCode);
        Assert.Equal(voor + 1, await DbAsync(db => db.Set<Melding>().CountAsync()));
    }

    [Fact]
    public void Een_regelovergang_telt_als_een_teken_zoals_in_het_tekstvak_van_de_browser()
    {
        Assert.Equal(5, Invoerlengte.Lengte("ab\r\ncd"));
        Assert.Equal(5, Invoerlengte.Lengte("ab\ncd"));
    }
}

public sealed class PaginaLengteTestsSqlite(MeldpuntSqliteFactory f) : PaginaLengteTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class PaginaLengteTestsPostgres(MeldpuntPostgresFactory f) : PaginaLengteTests(f), IClassFixture<MeldpuntPostgresFactory>;
