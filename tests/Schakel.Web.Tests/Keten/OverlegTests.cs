using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Overleg;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Features.Sturing.Referentie;
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

    /// <summary>An action of the national plan, by its published number.</summary>
    private async Task<Guid> ActieAsync(string nummer)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var plan = await db.Set<Plan>().SingleAsync(p => p.Code == NationaalActieplan.Code);
        return await db.Set<Actie>().Where(a => a.PlanId == plan.Id && a.Nummer == nummer).Select(a => a.Id).SingleAsync();
    }

    private async Task<JsonNode> BijeenkomstAsync(string besluit)
    {
        var antwoord = await Ketenregisseur.PostAsJsonAsync(Pad($"/api/v1/overleggen/{Platform}/bijeenkomsten"), new
        {
            datum = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)), agenda = "Voortgang actieplan", aanwezig = Array.Empty<Guid>(),
            punten = new[] { new { soort = "besluit", tekst = besluit } },
        });
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        return JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
    }

    private static string Veld(string html, string naam) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(naam)}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);

    [Fact]
    public async Task Een_onbekende_actie_bij_een_besluit_geeft_400_en_slaat_niets_op()
    {
        var onbekend = Guid.NewGuid();
        var antwoord = await Ketenregisseur.PostAsJsonAsync(Pad($"/api/v1/overleggen/{Platform}/bijeenkomsten"), new
        {
            datum = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), agenda = "Onbekende actie", aanwezig = Array.Empty<Guid>(),
            punten = new[] { new { soort = "besluit", tekst = "Gekoppeld aan niets", actieId = onbekend } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var fouten = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.True(fouten.ContainsKey("punten[0].actieId"));

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.False(await db.Set<Besluitpunt>().AnyAsync(p => p.ActieId == onbekend || p.Tekst == "Gekoppeld aan niets"));
    }

    [Fact]
    public async Task Een_besluit_koppelen_via_de_api_toont_het_op_de_actiepagina_en_een_onbekende_actie_geeft_400()
    {
        var b = await BijeenkomstAsync("Meldroutekaart jaarlijks herzien");
        var punt = (Guid)b["punten"]![0]!["id"]!;
        var actie = await ActieAsync("8");

        var fout = await Ketenregisseur.PutAsJsonAsync(Pad($"/api/v1/overleggen/{Platform}/besluitpunten/{punt}/actie"), new { actieId = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Equal("application/problem+json", fout.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonNode.Parse(await fout.Content.ReadAsStringAsync())!["errors"]!.AsObject().ContainsKey("actieId"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Ketenregisseur.PutAsync(Pad($"/api/v1/overleggen/{Platform}/besluitpunten/{punt}/actie"),
            new StringContent("{\"actieId\":42}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Ketenregisseur.PutAsJsonAsync(
            Pad($"/api/v1/overleggen/{Platform}/besluitpunten/{Guid.NewGuid()}/actie"), new { actieId = actie })).StatusCode);

        var goed = await Ketenregisseur.PutAsJsonAsync(Pad($"/api/v1/overleggen/{Platform}/besluitpunten/{punt}/actie"), new { actieId = actie });
        Assert.Equal(HttpStatusCode.OK, goed.StatusCode);
        Assert.Equal(actie, (Guid)JsonNode.Parse(await goed.Content.ReadAsStringAsync())!["actieId"]!);

        var actiepagina = WebUtility.HtmlDecode(await Ketenregisseur.GetStringAsync(Pad($"/sturing/acties/{actie}")));
        Assert.Contains("Meldroutekaart jaarlijks herzien", actiepagina, StringComparison.Ordinal);

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.True(await db.Set<AuditRegel>().AnyAsync(a => a.Actie == "overleg.besluitpunt.gekoppeld" && a.ObjectId == punt.ToString()));
    }

    [Fact]
    public async Task Alleen_de_ketenregisseur_koppelt_een_besluit_aan_een_actie()
    {
        var b = await BijeenkomstAsync("Niet te koppelen door partners");
        var punt = (Guid)b["punten"]![0]!["id"]!;
        var actie = await ActieAsync("8");
        var pad = Pad($"/api/v1/overleggen/{Platform}/besluitpunten/{punt}/actie");

        foreach (var rol in new[] { Rollen.Aandachtsfunctionaris, Rollen.Zorgcoordinator, Rollen.Opsporing, Rollen.Beheerder })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await factory.Als(DenHaag, rol).PutAsJsonAsync(pad, new { actieId = actie })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PutAsJsonAsync(pad, new { actieId = actie })).StatusCode);

        // The page offers no link form to a reader, and its post is refused.
        var partner = factory.Als(DenHaag, Rollen.Aandachtsfunctionaris);
        var html = await partner.GetStringAsync(Pad($"/keten/overleggen/{Platform}"));
        Assert.DoesNotContain("name=\"KoppelActie\"", html, StringComparison.Ordinal);
        var poging = await partner.PostAsync(Pad($"/keten/overleggen/{Platform}?handler=Koppelen"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["KoppelPunt"] = punt.ToString(), ["KoppelActie"] = actie.ToString(), ["__RequestVerificationToken"] = Veld(html, "__RequestVerificationToken"),
        }));
        Assert.NotEqual($"/keten/overleggen/{Platform}", Schakel.Web.Tests.Accounts.Aanmelden.Pad(poging));

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.Null(await db.Set<Besluitpunt>().Where(p => p.Id == punt).Select(p => p.ActieId).SingleAsync());
    }

    [Fact]
    public async Task De_ketenregisseur_koppelt_een_besluit_op_de_overlegpagina_aan_een_actie()
    {
        var b = await BijeenkomstAsync("Budget signalenkaart aanvragen");
        var punt = (Guid)b["punten"]![0]!["id"]!;
        var actie = await ActieAsync("17");

        // One client throughout: the antiforgery cookie belongs to it.
        var regie = Ketenregisseur;
        var html = await regie.GetStringAsync(Pad($"/keten/overleggen/{Platform}"));
        Assert.Contains($"id=\"koppel-{punt}\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{actie}\"", html, StringComparison.Ordinal);
        var token = Veld(html, "__RequestVerificationToken");

        // An unknown action: the page again with the message next to the select, nothing stored.
        var fout = await regie.PostAsync(Pad($"/keten/overleggen/{Platform}?handler=Koppelen"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["KoppelPunt"] = punt.ToString(), ["KoppelActie"] = Guid.NewGuid().ToString(), ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        var foutHtml = await fout.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"koppel-{punt}-fout\"", foutHtml, StringComparison.Ordinal);
        Assert.Contains("Kies een actie uit de lijst.", WebUtility.HtmlDecode(foutHtml), StringComparison.Ordinal);

        var goed = await regie.PostAsync(Pad($"/keten/overleggen/{Platform}?handler=Koppelen"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["KoppelPunt"] = punt.ToString(), ["KoppelActie"] = actie.ToString(), ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        var na = WebUtility.HtmlDecode(await regie.GetStringAsync(Pad($"/keten/overleggen/{Platform}")));
        Assert.Contains($"href=\"/sturing/acties/{actie}\"", na, StringComparison.Ordinal);
        Assert.Contains("Budget signalenkaart aanvragen", WebUtility.HtmlDecode(await regie.GetStringAsync(Pad($"/sturing/acties/{actie}"))), StringComparison.Ordinal);
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
                new { soort = "actiepunt", tekst = "Monitor aanleveren", actieId = await ActieAsync("23"), actiehouderId = Rsiv },
            },
        });
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var b = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;

        Assert.True((bool)b["quorumGemist"]!);
        var tekort = Assert.Single(b["quorumTekort"]!.AsArray());
        Assert.Equal("E", (string)tekort!["district"]!);
        Assert.Equal(1, (int)tekort["aanwezig"]!);
        Assert.Equal(2, (int)tekort["vereist"]!);
        Assert.Equal(await ActieAsync("23"), (Guid)b["punten"]![1]!["actieId"]!);

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
