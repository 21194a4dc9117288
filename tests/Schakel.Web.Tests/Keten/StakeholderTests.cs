using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Stakeholders;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Keten;

/// <summary>The stakeholder analysis: matrix as a table, the monitor's CSV, and who may change it.</summary>
public abstract class StakeholderTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Heit = DemoOrganisaties.IdVan(DemoOrganisaties.Heit);
    private static readonly Guid DenHaag = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"));

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> velden)
    {
        var html = await client.GetStringAsync(Pad("/keten/stakeholders"));
        velden["__RequestVerificationToken"] = Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync(Pad("/keten/stakeholders"), new FormUrlEncodedContent(velden));
    }

    [Fact]
    public async Task Ketenregisseur_beschrijft_een_partner_die_in_matrix_en_csv_verschijnt()
    {
        var regisseur = factory.Als(Rsiv, Rollen.Ketenregisseur);
        var post = await PostAsync(regisseur, new()
        {
            ["Formulier.OrganisatieId"] = Heit.ToString(), ["Formulier.Belang"] = "Hoog", ["Formulier.Invloed"] = "Laag",
            ["Formulier.BelangOmschrijving"] = "Controles prostitutie", ["Formulier.Rol"] = "Interventieteam",
            ["Formulier.Bereikbaarheid"] = "=Via het loket", ["Formulier.Waarvoor"] = "Illegale prostitutie",
        });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);

        var html = WebUtility.HtmlDecode(await regisseur.GetStringAsync(Pad("/keten/stakeholders")));
        // The matrix row "influence low" holds HEIT in the column "interest high".
        var rij = Regex.Match(html, "Invloed laag</th>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        var cellen = Regex.Matches(rij, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, cellen.Count);
        Assert.Contains(DemoOrganisaties.Heit, cellen[2], StringComparison.Ordinal);

        var csv = await regisseur.GetStringAsync(Pad("/keten/stakeholders/csv"));
        var regel = csv.Split('\n').Single(r => r.StartsWith(DemoOrganisaties.Heit, StringComparison.Ordinal));
        Assert.Contains(",hoog,laag,", regel, StringComparison.Ordinal);
        Assert.Contains("'=Via het loket", regel, StringComparison.Ordinal);

        var xlsx = await regisseur.GetAsync(Pad("/keten/stakeholders/xlsx"));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task Lege_velden_worden_allemaal_tegelijk_gemeld_en_niets_opgeslagen()
    {
        var regisseur = factory.Als(Rsiv, Rollen.Ketenregisseur);
        var antwoord = await PostAsync(regisseur, new() { ["Formulier.OrganisatieId"] = DenHaag.ToString(), ["Formulier.Belang"] = "Hoog", ["Formulier.Invloed"] = "Hoog" });
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync());
        Assert.Contains("Beschrijf de rol", html, StringComparison.Ordinal);
        Assert.Contains("Beschrijf het belang", html, StringComparison.Ordinal);
        await using var scope = factory.Scope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Stakeholder>().AnyAsync(s => s.OrganisatieId == DenHaag));
    }

    [Theory]
    [InlineData("Hoog, Laag")]
    [InlineData("2")]
    public async Task Een_niveau_als_lijst_of_getal_wordt_bij_het_veld_geweigerd_en_niets_opgeslagen(string belang)
    {
        var regisseur = factory.Als(Rsiv, Rollen.Ketenregisseur);
        var zoetermeer = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("Zoetermeer"));
        var antwoord = await PostAsync(regisseur, new()
        {
            ["Formulier.OrganisatieId"] = zoetermeer.ToString(), ["Formulier.Belang"] = belang, ["Formulier.Invloed"] = "Laag",
            ["Formulier.BelangOmschrijving"] = "Huisvesting arbeidsmigranten", ["Formulier.Rol"] = "Toezicht",
            ["Formulier.Bereikbaarheid"] = "Via het loket", ["Formulier.Waarvoor"] = "Signalen",
        });
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync());
        Assert.Contains("id=\"fout-belang\"", html, StringComparison.Ordinal);
        Assert.Contains("Kies hoog, middel of laag.", html, StringComparison.Ordinal);
        await using var scope = factory.Scope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Stakeholder>().AnyAsync(s => s.OrganisatieId == zoetermeer));
    }

    [Fact]
    public async Task Een_partner_leest_maar_wijzigt_niet()
    {
        var partner = factory.Als(DenHaag, Rollen.Aandachtsfunctionaris);
        var html = await partner.GetStringAsync(Pad("/keten/stakeholders"));
        Assert.DoesNotContain("Formulier.Rol", html, StringComparison.Ordinal);
        var post = await PostAsync(partner, new() { ["Formulier.OrganisatieId"] = Heit.ToString() });
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
    }

    [Fact]
    public async Task De_api_geeft_de_analyse_aan_de_ketenregisseur_alleen()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(await factory.Als(Rsiv, Rollen.Ketenregisseur).GetStringAsync(Pad("/api/v1/stakeholders")))!.AsArray();
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var analyses = await db.Set<Stakeholder>().AsNoTracking().ToListAsync();
            Assert.Equal(analyses.Count, json.Count);
            var eerste = analyses[0];
            var rij = json.Single(r => (Guid)r!["organisatieId"]! == eerste.OrganisatieId)!;
            Assert.Equal(eerste.Rol, (string)rij["rol"]!);
            Assert.Equal(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(eerste.Invloed.ToString()), (string)rij["invloed"]!);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.Als(DenHaag, Rollen.Aandachtsfunctionaris).GetAsync(Pad("/api/v1/stakeholders"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(Pad("/api/v1/stakeholders"))).StatusCode);
    }
}

public sealed class StakeholderTestsSqlite(DoorverwijzingSqliteFactory f) : StakeholderTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class StakeholderTestsPostgres(DoorverwijzingPostgresFactory f) : StakeholderTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
