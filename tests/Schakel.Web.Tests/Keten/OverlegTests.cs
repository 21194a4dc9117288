using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Overleg;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Keten;

/// <summary>The chain's standing bodies and meetings: loaded from the documents, quorum and frequency flagged, on both databases.</summary>
public abstract class OverlegTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid DenHaag = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"));
    private static readonly Guid Platform = OverlegZaaier.IdVan("regionaal-platform");

    private HttpClient Ketenregisseur => factory.Als(Rsiv, Rollen.Ketenregisseur);

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private async Task<List<Guid>> GemeentenAsync(params string[] districten)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var codes = await db.Set<Schakel.Web.Features.Regio.GemeenteDistrict>()
            .Where(d => districten.Select(x => "DH-" + x).Contains(d.DistrictId)).Select(d => d.CbsCode).ToListAsync();
        return await db.Set<Organisatie>().Where(o => o.Type == OrganisatieType.Gemeente && codes.Contains(o.GemeenteCode!))
            .OrderBy(o => o.GemeenteCode).Select(o => o.Id).ToListAsync();
    }

    [Fact]
    public async Task De_overleggen_uit_de_documenten_zijn_geladen()
    {
        var organen = JsonNode.Parse(await Ketenregisseur.GetStringAsync(Pad("/api/v1/overleggen")))!.AsArray();
        var codes = organen.Select(o => (string)o!["code"]!).ToList();

        foreach (var code in OverlegZaaier.Standaard().Select(o => o.Code))
        {
            Assert.Contains(code, codes);
        }
        var platform = organen.Single(o => (string)o!["code"]! == "regionaal-platform")!;
        Assert.Equal(4, (int)platform["minimaalPerJaar"]!);
        Assert.Equal("tweeGemeentenPerDistrict", (string)platform["quorumregel"]!);
        var tafel = organen.Single(o => (string)o!["code"]! == "bestuurlijke-tafel")!;
        Assert.Equal("Regionaal Bestuurlijk Overleg (RBO)", (string)tafel["rapporteertAan"]!);
    }

    [Fact]
    public async Task Platformbijeenkomst_met_een_gemeente_van_een_district_wordt_gemarkeerd()
    {
        var alleDistricten = await GemeentenAsync("A", "B", "C", "D", "F", "G");
        var e = await GemeentenAsync("E");
        var aanwezig = alleDistricten.Append(e[0]).ToList();

        var antwoord = await Ketenregisseur.PostAsJsonAsync(Pad($"/api/v1/overleggen/{Platform}/bijeenkomsten"), new
        {
            datum = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
            agenda = "Opening; meldroutekaart",
            aanwezig,
            punten = new object[]
            {
                new { soort = "besluit", tekst = "Kaart vastgesteld" },
                new { soort = "actiepunt", tekst = "Monitor aanleveren", actieId = Guid.Parse("0193a000-0000-7000-8000-000000000001"), actiehouderId = Rsiv },
            },
        });
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var b = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;

        Assert.True((bool)b["quorumGemist"]!);
        var tekort = Assert.Single(b["quorumTekort"]!.AsArray());
        Assert.Equal("E", (string)tekort!["district"]!);
        Assert.Equal(1, (int)tekort["aanwezig"]!);
        Assert.Equal(2, (int)tekort["vereist"]!);
        Assert.Equal(Guid.Parse("0193a000-0000-7000-8000-000000000001"), (Guid)b["punten"]![1]!["actieId"]!);

        var lijst = JsonNode.Parse(await Ketenregisseur.GetStringAsync(Pad($"/api/v1/overleggen/{Platform}/bijeenkomsten")))!.AsArray();
        Assert.Contains(lijst, x => (Guid)x!["id"]! == (Guid)b["id"]!);

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.True(await db.Set<AuditRegel>().AnyAsync(a => a.Actie == "overleg.bijeenkomst.vastgelegd" && a.ObjectId == ((Guid)b["id"]!).ToString()));
    }

    [Fact]
    public async Task Platformbijeenkomst_met_twee_per_district_haalt_het_quorum()
    {
        var aanwezig = new List<Guid>();
        foreach (var d in new[] { "A", "D", "E", "F", "G" })
        {
            aanwezig.AddRange((await GemeentenAsync(d)).Take(2));
        }
        var antwoord = await Ketenregisseur.PostAsJsonAsync(Pad($"/api/v1/overleggen/{Platform}/bijeenkomsten"),
            new { datum = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)), agenda = "Kwartaaloverleg", aanwezig = aanwezig.Distinct() });
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var b = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.False((bool)b["quorumGemist"]!);
    }

    [Fact]
    public async Task Ongeldige_bijeenkomst_geeft_alle_fouten_tegelijk_en_slaat_niets_op()
    {
        var antwoord = await Ketenregisseur.PostAsJsonAsync(Pad($"/api/v1/overleggen/{Platform}/bijeenkomsten"),
            new { agenda = "", aanwezig = new[] { Guid.NewGuid() }, punten = new[] { new { soort = "besluit", tekst = "" } } });

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var fouten = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.True(fouten.ContainsKey("datum"));
        Assert.True(fouten.ContainsKey("agenda"));
        Assert.True(fouten.ContainsKey("aanwezig[0]"));
        Assert.True(fouten.ContainsKey("punten[0].tekst"));
    }

    [Fact]
    public async Task Alleen_de_ketenregisseur_legt_vast_en_partners_lezen()
    {
        var partner = factory.Als(DenHaag, Rollen.Aandachtsfunctionaris);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(Pad("/api/v1/overleggen"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(Pad($"/keten/overleggen/{Platform}"))).StatusCode);
        var poging = await partner.PostAsJsonAsync(Pad($"/api/v1/overleggen/{Platform}/bijeenkomsten"),
            new { datum = DateOnly.FromDateTime(DateTime.UtcNow), agenda = "x", aanwezig = Array.Empty<Guid>() });
        Assert.Equal(HttpStatusCode.Forbidden, poging.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(Pad("/api/v1/overleggen"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Ketenregisseur.GetAsync(Pad($"/api/v1/overleggen/{Guid.NewGuid()}/bijeenkomsten"))).StatusCode);
    }

    [Fact]
    public async Task Overlegpagina_toont_de_gemarkeerde_demobijeenkomst()
    {
        var html = WebUtility.HtmlDecode(await Ketenregisseur.GetStringAsync(Pad($"/keten/overleggen/{Platform}")));
        Assert.Contains("Quorum niet gehaald", html, StringComparison.Ordinal);
        Assert.Contains("District E: 1 van de vereiste 2 gemeenten aanwezig", html, StringComparison.Ordinal);
        Assert.Contains("Bijeenkomst vastleggen", html, StringComparison.Ordinal);
    }
}

public sealed class OverlegTestsSqlite(DoorverwijzingSqliteFactory f) : OverlegTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class OverlegTestsPostgres(DoorverwijzingPostgresFactory f) : OverlegTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
