using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt.Publiek;

/// <summary>The report form on a phone: signs in collapsed groups without JavaScript, errors that name their field.</summary>
public abstract partial class MeldformulierTests(SchakelFactory factory)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();

    [GeneratedRegex("<details class=\"schakel-groep\" data-vorm=\"([a-z]+)\"( open=\"open\")?>")]
    private static partial Regex Groep();

    private async Task<string> VerstuurAsync(Dictionary<string, string> velden)
    {
        var client = factory.CreateClient();
        var token = TokenPatroon().Match(await client.GetStringAsync(new Uri("/melden", UriKind.Relative))).Groups[1].Value;
        velden["__RequestVerificationToken"] = token;
        var antwoord = await client.PostAsync(new Uri("/melden", UriKind.Relative), new FormUrlEncodedContent(velden));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return await antwoord.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task De_signalen_staan_dichtgeklapt_per_vorm_van_uitbuiting()
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri("/melden", UriKind.Relative));

        var groepen = Groep().Matches(html);
        var vormen = groepen.Select(g => g.Groups[1].Value).ToList();
        Assert.Contains("seksueel", vormen);
        Assert.Contains("arbeid", vormen);
        Assert.Contains("alle", vormen);
        Assert.Equal(vormen.Distinct().Count(), vormen.Count);
        Assert.All(groepen, g => Assert.False(g.Groups[2].Success));
        Assert.Contains("<summary class=\"schakel-groep__kop\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_teruggegeven_formulier_opent_de_groep_met_het_gekozen_signaal_en_de_fouten_noemen_het_veld()
    {
        string code;
        await using (var scope = factory.Scope())
        {
            code = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Indicator>()
                .Where(i => i.Actief && i.Uitbuitingsvormen == "arbeid").Select(i => i.Code).FirstAsync();
        }

        var html = await VerstuurAsync(new Dictionary<string, string>
        {
            ["melderType"] = "burger",
            ["omschrijving"] = "",
            ["indicatoren"] = code,
            ["contact-email"] = "geen-adres",
            ["contact-toestemming"] = "true",
        });

        var groepen = Groep().Matches(html).ToDictionary(g => g.Groups[1].Value, g => g.Groups[2].Success);
        Assert.True(groepen["arbeid"]);
        Assert.False(groepen["seksueel"]);
        Assert.Contains("1 aangevinkt", html, StringComparison.Ordinal);
        // The summary stands apart from the fields, so each line names its field first.
        var begin = html.IndexOf("id=\"fouten\"", StringComparison.Ordinal);
        var samenvatting = html[begin..html.IndexOf("</ul>", begin, StringComparison.Ordinal)];
        Assert.Contains("href=\"#contact-email\">E-mailadres: ", samenvatting, StringComparison.Ordinal);
        Assert.Contains("href=\"#omschrijving\">Wat is er gebeurd? ", samenvatting, StringComparison.Ordinal);
    }
}

public sealed class MeldformulierTestsSqlite(MeldpuntSqliteFactory f) : MeldformulierTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class MeldformulierTestsPostgres(MeldpuntPostgresFactory f) : MeldformulierTests(f), IClassFixture<MeldpuntPostgresFactory>;
