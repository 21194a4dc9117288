using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Doorverwijzing;

/// <summary>Triage beside the report, the route proposal, the route decision under the sharing policy, on both databases.</summary>
public abstract class TriageWerkstroomTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
    private static readonly Guid Politie = DemoOrganisaties.IdVan(DemoOrganisaties.Politie);
    private static readonly Guid CoMensha = DemoOrganisaties.IdVan(DemoOrganisaties.CoMensha);

    private HttpClient Medewerker => factory.Als(Rsiv, Rollen.Aandachtsfunctionaris);

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private async Task<(Guid Id, string Code)> MeldAsync(string vormen = "arbeid", string minderjarig = "onbekend")
    {
        await using var scope = factory.Scope();
        var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
        {
            MelderType = "burger",
            Omschrijving = "Triageproef: arbeiders slapen in busjes bij de loods.",
            GemeenteCode = "GM0518",
            Uitbuitingsvormen = [vormen],
            MinderjarigBetrokken = minderjarig,
        }, [], Indiener.Publiek());
        Assert.True(u.Gelukt);
        return (u.MeldingId!.Value, u.Ontvangstcode!);
    }

    private async Task TrieerAsync(Guid id, object triage)
    {
        var antwoord = await Medewerker.PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/triage"), triage);
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
    }

    private static object Triage(string urgentie = "normaal", string minderjarig = "nee", string zijde = "onbekend", string[]? vormen = null) => new
    {
        uitbuitingsvormen = vormen ?? Array.Empty<string>(),
        indicatoren = Array.Empty<string>(),
        urgentie,
        minderjarigBetrokken = minderjarig,
        zijde,
        gemeenteCode = "GM0518",
        aanknopingspunten = Array.Empty<object>(),
    };

    private async Task<JsonNode> VoorstelAsync(Guid id)
    {
        var antwoord = await Medewerker.GetAsync(Pad($"/api/v1/meldingen/{id}/routevoorstel"));
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        return JsonNode.Parse(tekst)!["routevoorstel"]!;
    }

    private Task<HttpResponseMessage> VerstuurAsync(Guid id, object body) =>
        Medewerker.PostAsJsonAsync(Pad($"/api/v1/meldingen/{id}/doorverwijzingen"), body);

    private static object Ontvanger(Guid organisatie, string rol, string niveau, string? grondslag, bool toestemmingSlachtoffer = false,
        string? vitaal = null, bool metMelder = false, bool toestemmingMelder = false) => new
    {
        organisatieId = organisatie, rol, deelniveau = niveau, doel = "Opsporing en bescherming bij een signaal van mensenhandel.",
        grondslag, toestemmingSlachtoffer, redenVitaalBelang = vitaal, metMeldergegevens = metMelder, toestemmingMelder,
    };

    private async Task<T> DbAsync<T>(Func<SchakelDbContext, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }

    [Fact]
    public async Task Triage_staat_naast_de_antwoorden_van_de_melder_en_zet_de_melding_in_triage()
    {
        var (id, code) = await MeldAsync("arbeid", "onbekend");
        await TrieerAsync(id, new
        {
            uitbuitingsvormen = new[] { "seksueel" },
            urgentie = "hoog",
            minderjarigBetrokken = "ja",
            zijde = "slachtofferkant",
            gemeenteCode = "GM0518",
            aanknopingspunten = new[] { new { soort = "naam", waarde = "Jan Triageproef" } },
            melderIsGemeentemedewerker = true,
        });

        var stand = JsonNode.Parse(await Medewerker.GetStringAsync(Pad($"/api/v1/meldingen/{id}/triage")))!;
        Assert.Equal("arbeid", (string)stand["melder"]!["uitbuitingsvormen"]![0]!);
        Assert.Equal("onbekend", (string)stand["melder"]!["minderjarigBetrokken"]!);
        Assert.Equal("seksueel", (string)stand["triage"]!["uitbuitingsvormen"]![0]!);
        Assert.Equal("ja", (string)stand["triage"]!["minderjarigBetrokken"]!);
        Assert.Equal("hoog", (string)stand["triage"]!["urgentie"]!);
        Assert.Equal("Jan Triageproef", (string)stand["triage"]!["aanknopingspunten"]![0]!["waarde"]!);
        Assert.Equal("inTriage", (string)stand["status"]!);

        var (melding, triage) = await DbAsync(async db => (
            await db.Set<Melding>().SingleAsync(m => m.Id == id),
            await db.Set<MeldingTriage>().SingleAsync(t => t.MeldingId == id)));
        Assert.Equal("arbeid", melding.Uitbuitingsvormen);
        Assert.Equal(JaNeeOnbekend.Onbekend, melding.MinderjarigBetrokken);
        Assert.Equal(MeldingStatus.InTriage, melding.Status);
        Assert.Equal("Naam", triage.Aanknopingspunten);
        Assert.DoesNotContain("Triageproef", triage.AanknopingspuntenVersleuteld!, StringComparison.Ordinal);
        Assert.True(await DbAsync(db => db.Set<AuditRegel>().AnyAsync(r => r.Actie == "melding.triage" && r.ObjectId == id.ToString())));

        // The status change reached the reporter as a template in their language, read with the receipt code.
        var status = await (await factory.CreateClient().StatusAsync(code)).JsonAsync();
        Assert.Equal("in behandeling", status.GetProperty("status").GetString());
        Assert.True(status.GetProperty("berichten").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task Ongeldige_triage_geeft_alle_fouten_tegelijk_en_bewaart_niets()
    {
        var (id, _) = await MeldAsync();
        var antwoord = await Medewerker.PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/triage"), new
        {
            uitbuitingsvormen = new[] { "vissen" }, urgentie = "morgen", minderjarigBetrokken = "ja", zijde = "links", gemeenteCode = "GM9999",
            aanknopingspunten = new[] { new { soort = "schoenmaat", waarde = "44" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        var velden = await antwoord.FoutveldenAsync();
        Assert.Superset(new HashSet<string> { "uitbuitingsvormen", "urgentie", "zijde", "gemeenteCode", "aanknopingspunten[0].soort" }, velden.ToHashSet());
        Assert.False(await DbAsync(db => db.Set<MeldingTriage>().AnyAsync(t => t.MeldingId == id)));
        Assert.Equal(MeldingStatus.Ontvangen, await DbAsync(db => db.Set<Melding>().Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task Zaaksysteem_van_het_meldpunt_trieert_met_een_token()
    {
        var (id, _) = await MeldAsync();
        var systeem = factory.AlsApiClient(Rsiv, Rollen.Aandachtsfunctionaris);
        var antwoord = await systeem.PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/triage"), Triage(urgentie: "hoog"));
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        Assert.True(await DbAsync(db => db.Set<AuditRegel>().AnyAsync(r => r.Actie == "melding.triage" && r.ObjectId == id.ToString()
            && r.Herkomst == Herkomst.Api && r.ActorType == "apiclient")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(Pad($"/api/v1/meldingen/{id}/triage"))).StatusCode);
    }

    [Fact]
    public async Task Andere_organisatie_krijgt_404_op_triage_en_routevoorstel()
    {
        var (id, _) = await MeldAsync();
        var shop = factory.Als(Shop, Rollen.Aandachtsfunctionaris);
        Assert.Equal(HttpStatusCode.NotFound, (await shop.GetAsync(Pad($"/api/v1/meldingen/{id}/triage"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shop.PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/triage"), Triage())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shop.GetAsync(Pad($"/api/v1/meldingen/{id}/routevoorstel"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.Als(Rsiv, Rollen.Opvangmedewerker).GetAsync(Pad($"/api/v1/meldingen/{id}/triage"))).StatusCode);
    }

    [Fact]
    public async Task Voorstel_volgen_slaat_besluit_doorverwijzing_termijn_en_regelversie_op()
    {
        var (id, code) = await MeldAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await Medewerker.GetAsync(Pad($"/api/v1/meldingen/{id}/routevoorstel"))).StatusCode);
        await TrieerAsync(id, Triage(urgentie: "acuut", zijde: "daderkant"));

        var voorstel = await VoorstelAsync(id);
        var voorstellen = voorstel["voorstellen"]!.AsArray();
        var politie = voorstellen.Single(v => (Guid)v!["organisatie"]!["id"]! == Politie)!;
        Assert.Equal("acuut-gevaar", (string)politie["regel"]!["code"]!);
        // Acute danger goes to the police; the default route also informs the municipality of the report.
        Assert.Equal(["gemeente", "politie"], voorstellen.Select(v => (string)v!["organisatie"]!["type"]!).Order());

        var antwoord = await VerstuurAsync(id, new
        {
            ontvangers = voorstellen.Select(v => Ontvanger((Guid)v!["organisatie"]!["id"]!, (string)v["rol"]!, (string)v["deelniveau"]!,
                (string?)v["grondslag"]?["code"])).ToArray(),
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        var ids = (await antwoord.JsonAsync()).GetProperty("doorverwijzingen").EnumerateArray().Select(e => e.GetGuid()).ToList();
        Assert.Equal(voorstellen.Count, ids.Count);

        var rij = await DbAsync(db => db.Set<DoorverwijzingRij>().SingleAsync(d => d.MeldingId == id && d.OntvangerOrganisatieId == Politie));
        var besluit = await DbAsync(db => db.Set<Routebesluit>().SingleAsync(b => b.MeldingId == id));
        Assert.Equal("[]", besluit.Afwijkingen);
        Assert.Null(besluit.AfwijkingRedenVersleuteld);
        Assert.Equal((int)voorstel["meldrouteVersie"]!, besluit.MeldrouteVersie);
        Assert.Equal("acuut-gevaar", rij.RegelCode);
        Assert.Equal((int)politie["regel"]!["versie"]!, rij.RegelVersie);
        Assert.Equal(Urgentie.Acuut, rij.Urgentie);
        Assert.Equal(rij.VerstuurdOp.AddHours(1), rij.EersteActieUiterlijk);
        Assert.Equal(DoorverwijzingStatus.Verstuurd, rij.Status);
        Assert.True(await DbAsync(db => db.Set<DoorverwijzingHistorie>().AnyAsync(h => h.DoorverwijzingId == rij.Id && h.Van == null && h.Naar == DoorverwijzingStatus.Verstuurd)));
        Assert.True(await DbAsync(db => db.Set<AuditRegel>().AnyAsync(r => r.Actie == "doorverwijzing.verstuurd" && r.ObjectId == rij.Id.ToString())));
        Assert.Equal(MeldingStatus.Doorverwezen, await DbAsync(db => db.Set<Melding>().Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));

        // A later change of the rule gives a new version; the referral keeps the one it was made under.
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        var regel = JsonNode.Parse(await beheerder.GetStringAsync(Pad("/api/v1/meldroute/regels/acuut-gevaar")))!.AsArray()[0]!;
        var wijziging = await beheerder.PutAsJsonAsync(Pad("/api/v1/meldroute/regels/acuut-gevaar"), new
        {
            nummer = (int)regel["nummer"]!, naam = (string)regel["naam"]!, actief = true,
            voorwaarden = regel["voorwaarden"], uitkomsten = regel["uitkomsten"], reden = "Toets: nieuwe versie zonder inhoudelijke wijziging.",
        });
        Assert.True(wijziging.IsSuccessStatusCode, await wijziging.Content.ReadAsStringAsync());
        var lijst = JsonNode.Parse(await Medewerker.GetStringAsync(Pad($"/api/v1/meldingen/{id}/doorverwijzingen")))!.AsArray();
        var verstuurd = lijst.Single(d => (Guid)d!["id"]! == rij.Id)!;
        Assert.Equal(rij.RegelVersie, (int)verstuurd["regel"]!["versie"]!);
        Assert.Equal("verstuurd", (string)verstuurd["status"]!);
        Assert.Equal(DemoOrganisaties.Politie, (string)verstuurd["ontvanger"]!["naam"]!);
        Assert.Equal(rij.RegelVersie, await DbAsync(db => db.Set<DoorverwijzingRij>().Where(d => d.Id == rij.Id).Select(d => d.RegelVersie).SingleAsync()));

        var status = await (await factory.CreateClient().StatusAsync(code)).JsonAsync();
        Assert.Equal("doorgezet", status.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("hoog", Urgentie.Hoog)]
    [InlineData("normaal", Urgentie.Normaal)]
    public async Task Eerste_actietermijn_volgt_de_urgentie_in_werkdagen(string woord, Urgentie urgentie)
    {
        var (id, _) = await MeldAsync();
        await TrieerAsync(id, Triage(urgentie: woord));
        var antwoord = await VerstuurAsync(id, new
        {
            ontvangers = new[] { Ontvanger(Politie, "behandelaar", "volledig", "OPS-WPG") },
            reden = "Toets: de politie handelt dit af.",
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        var rij = await DbAsync(db => db.Set<DoorverwijzingRij>().SingleAsync(d => d.MeldingId == id));
        Assert.Equal(urgentie, rij.Urgentie);
        Assert.Equal(new Termijnen().EersteActie(rij.VerstuurdOp, urgentie), rij.EersteActieUiterlijk);
        Assert.True(rij.EersteActieUiterlijk > rij.VerstuurdOp.AddHours(12));
    }

    [Fact]
    public async Task Afwijken_zonder_reden_bewaart_niets_en_met_reden_wordt_de_afwijking_vastgelegd()
    {
        var (id, _) = await MeldAsync("seksueel", "ja");
        await TrieerAsync(id, Triage(minderjarig: "ja", zijde: "slachtofferkant", vormen: ["seksueel"]));
        var voorstel = await VoorstelAsync(id);
        var vt = voorstel["voorstellen"]!.AsArray().Single(v => (string)v!["organisatie"]!["naam"]! == DemoOrganisaties.VeiligThuisHaaglanden)!;
        var alleenVt = new[] { Ontvanger((Guid)vt["organisatie"]!["id"]!, (string)vt["rol"]!, (string)vt["deelniveau"]!, "MC-VEILIGTHUIS") };

        var zonderReden = await VerstuurAsync(id, new { ontvangers = alleenVt });
        Assert.Equal(HttpStatusCode.BadRequest, zonderReden.StatusCode);
        Assert.Contains("reden", await zonderReden.FoutveldenAsync());
        Assert.False(await DbAsync(db => db.Set<Routebesluit>().AnyAsync(b => b.MeldingId == id)));

        var metReden = await VerstuurAsync(id, new { ontvangers = alleenVt, reden = "Zorgcoördinatie is al betrokken via Veilig Thuis." });
        Assert.True(metReden.StatusCode == HttpStatusCode.Created, await metReden.Content.ReadAsStringAsync());
        var besluit = await DbAsync(db => db.Set<Routebesluit>().SingleAsync(b => b.MeldingId == id));
        Assert.Contains("weggelaten", besluit.Afwijkingen, StringComparison.Ordinal);
        Assert.NotNull(besluit.AfwijkingRedenVersleuteld);
        Assert.DoesNotContain("Zorgcoördinatie", besluit.AfwijkingRedenVersleuteld, StringComparison.Ordinal);
        var rij = await DbAsync(db => db.Set<DoorverwijzingRij>().SingleAsync(d => d.MeldingId == id));
        Assert.Equal("minderjarige", rij.RegelCode);
    }

    public static TheoryData<string, string> Weigeringen => new()
    {
        { "comensha-volledig", Deelweigering.BovenMaximum },
        { "grondslag-van-een-ander", Deelweigering.GrondslagPastNietBijOntvanger },
        { "meldergegevens", Deelweigering.MelderZonderToestemming },
        { "andere-categorie", Deelweigering.GrondslagAndereCategorie },
    };

    [Theory]
    [MemberData(nameof(Weigeringen))]
    public async Task Weigering_door_het_deelbeleid_bewaart_niets_en_de_audit_noemt_de_regel(string geval, string code)
    {
        var (id, _) = await MeldAsync();
        await TrieerAsync(id, Triage(urgentie: "acuut", zijde: "daderkant"));
        var ontvanger = geval switch
        {
            "comensha-volledig" => Ontvanger(CoMensha, "behandelaar", "volledig", "MC-COMENSHA"),
            "grondslag-van-een-ander" => Ontvanger(Politie, "behandelaar", "volledig", "OPS-BOD"),
            "meldergegevens" => Ontvanger(Politie, "behandelaar", "volledig", "OPS-WPG", metMelder: true),
            _ => Ontvanger(Politie, "behandelaar", "volledig", "MC-RIEC"),
        };
        var goed = Ontvanger(Politie, "behandelaar", "volledig", "OPS-WPG");
        object[] ontvangers = geval == "comensha-volledig" ? [goed, ontvanger] : [ontvanger];
        var index = ontvangers.Length - 1;

        var antwoord = await VerstuurAsync(id, new { ontvangers, reden = "Toets van het deelbeleid." });
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        var json = await antwoord.JsonAsync();
        var fout = json.GetProperty("errors").GetProperty($"ontvangers[{index}]")[0].GetString()!;
        Assert.Contains("Geweigerd", fout, StringComparison.Ordinal);
        Assert.False(await DbAsync(db => db.Set<DoorverwijzingRij>().AnyAsync(d => d.MeldingId == id)));
        Assert.False(await DbAsync(db => db.Set<Routebesluit>().AnyAsync(b => b.MeldingId == id)));
        Assert.Equal(MeldingStatus.InTriage, await DbAsync(db => db.Set<Melding>().Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
        var weigering = await DbAsync(db => db.Set<AuditRegel>().SingleAsync(r => r.Actie == "doorverwijzing.geweigerd" && r.ObjectId!.StartsWith(id.ToString())));
        Assert.Equal(code, weigering.Reden);
        Assert.Equal(AuditResultaat.Geweigerd, weigering.Resultaat);
    }

    [Fact]
    public async Task Meldergegevens_met_bevestigde_toestemming_van_de_melder_mogen_mee()
    {
        var (id, _) = await MeldAsync();
        await TrieerAsync(id, Triage(urgentie: "acuut", zijde: "daderkant"));
        var antwoord = await VerstuurAsync(id, new
        {
            ontvangers = new[] { Ontvanger(Politie, "behandelaar", "volledig", "OPS-WPG", metMelder: true, toestemmingMelder: true) },
            reden = "Toets.",
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        var rij = await DbAsync(db => db.Set<DoorverwijzingRij>().SingleAsync(d => d.MeldingId == id));
        Assert.True(rij.MetMeldergegevens && rij.ToestemmingMelder);
    }
}

public sealed class TriageWerkstroomTestsSqlite(MeldpuntSqliteFactory factory) : TriageWerkstroomTests(factory), IClassFixture<MeldpuntSqliteFactory>;

public sealed class TriageWerkstroomTestsPostgres(MeldpuntPostgresFactory factory) : TriageWerkstroomTests(factory), IClassFixture<MeldpuntPostgresFactory>;
