using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Partner;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Grondslagen;
using Schakel.Web.Features.Privacy.Rechten;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Features.Audit;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;
using static Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata;

namespace Schakel.Web.Tests.Privacy;

/// <summary>
/// A referral is checked again when its receiver reads it: a restriction (art. 18 AVG) recorded after sending, or a basis for
/// follow-up that ended after sending, limits it to the signal without personal data, on the page and in the API, says why
/// (nl, en) and is audited; the restriction also notifies the receiver, content-free. Both databases.
/// </summary>
public abstract class DoorverwijzingLeesbeperkingTests(SchakelFactory factory, TestOnderbreking onderbreking)
{
    private static ClaimsPrincipal Medewerker(Guid organisatie, string rol) => Testmedewerker.Van(organisatie, rol);

    private async Task<(JsonNode Json, string Tekst)> ApiAsync(Guid id, string taal = "nl")
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, Pad($"/api/v1/doorverwijzingen/{id}"));
        verzoek.Headers.AcceptLanguage.ParseAdd(taal);
        var antwoord = await Ontvanger(factory).SendAsync(verzoek);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, tekst);
        return (JsonNode.Parse(tekst)!, tekst);
    }

    private static void ZonderPersoonsgegevens(string tekst)
    {
        foreach (var waarde in Identificerend)
        {
            Assert.DoesNotContain(waarde, tekst, StringComparison.Ordinal);
        }
    }

    private async Task AlleenSignaalAsync(Guid id, string code)
    {
        var (json, tekst) = await ApiAsync(id);
        Assert.Null(json["volledig"]);
        Assert.Null(json["gepseudonimiseerd"]);
        Assert.NotNull(json["signaal"]);
        Assert.Equal(code, (string)json["beperking"]!["code"]!);
        // The level named is the one read now, not the one sent.
        Assert.Equal("geen", (string)json["deelniveau"]!);
        ZonderPersoonsgegevens(tekst);
        var (engels, _) = await ApiAsync(id, "en");
        Assert.NotEqual((string)json["beperking"]!["tekst"]!, (string)engels["beperking"]!["tekst"]!);
        Assert.Contains("personal data", (string)engels["beperking"]!["tekst"]!, StringComparison.Ordinal);

        var pagina = await Ontvanger(factory).GetStringAsync(Pad($"/doorverwijzingen/{id}"));
        Assert.Contains($"data-beperking=\"{code}\"", pagina, StringComparison.Ordinal);
        ZonderPersoonsgegevens(pagina);
        Assert.True(await DbAsync(factory, db => db.Set<AuditRegel>().AnyAsync(r =>
            r.Actie == "doorverwijzing.beperkt-ingezien" && r.ObjectId == id.ToString() && r.Reden == code)));
    }

    [Fact]
    public async Task Een_beperking_bereikt_eerder_verstuurde_doorverwijzingen_met_melding_en_audit()
    {
        var id = await DoorverwezenAsync(factory, "volledig");
        var ander = await DoorverwezenAsync(factory, "volledig");
        var melding = await DbAsync(factory, db => db.Set<Schakel.Web.Features.Doorverwijzing.Model.DoorverwijzingRij>().Where(d => d.Id == id).Select(d => d.MeldingId).SingleAsync());
        var (voor, voorTekst) = await ApiAsync(id);
        Assert.NotNull(voor["volledig"]);
        Assert.Null(voor["beperking"]);
        Assert.Contains(SlachtofferNaam, voorTekst, StringComparison.Ordinal);
        var meldingenVoor = await DbAsync(factory, db => db.Set<Notificatie>().CountAsync(n => n.OrganisatieId == Politie && n.Soort == NotificatieSoorten.DoorverwijzingBeperkt));

        // A request of the reporter, found by name, and its hit on this report handled as restricted.
        var (verzoek, treffer) = await GezochtAsync(melding);
        // A crash before the commit leaves the hit open and tells nobody: the notice is in the restriction's transaction.
        onderbreking.Wapen(AuditMoment.VoorCommit, "verzoek.treffer-behandeld");
        await Assert.ThrowsAsync<GesimuleerdeCrash>(() => BeperkAsync(verzoek, treffer));
        Assert.Equal(meldingenVoor, await DbAsync(factory, db => db.Set<Notificatie>().CountAsync(n => n.OrganisatieId == Politie && n.Soort == NotificatieSoorten.DoorverwijzingBeperkt)));
        Assert.Equal(TrefferUitkomst.Open, await DbAsync(factory, db => db.Set<VerzoekTreffer>().Where(t => t.Id == treffer).Select(t => t.Uitkomst).SingleAsync()));
        Assert.NotNull((await ApiAsync(id)).Json["volledig"]);
        await BeperkAsync(verzoek, treffer);

        await AlleenSignaalAsync(id, Leesbeperking.Beperkt);
        Assert.True(await DbAsync(factory, db => db.Set<AuditRegel>().AnyAsync(r =>
            r.Actie == "doorverwijzing.beperkt" && r.ObjectId == id.ToString() && r.Reden == Leesbeperking.Beperkt)));
        // The receiver is told, without content: one notification of the fixed kind, linking to its inbox.
        var meldingen = await DbAsync(factory, db => db.Set<Notificatie>().Where(n => n.OrganisatieId == Politie && n.Soort == NotificatieSoorten.DoorverwijzingBeperkt).ToListAsync());
        Assert.Equal(meldingenVoor + 1, meldingen.Count);
        Assert.All(meldingen, n => Assert.Equal("/doorverwijzingen", n.Link));
        // Another report of the same reporter, whose hit was not restricted, is read as before.
        Assert.NotNull((await ApiAsync(ander)).Json["volledig"]);
        Assert.False(await DbAsync(factory, db => db.Set<AuditRegel>().AnyAsync(r => r.Actie == "doorverwijzing.beperkt" && r.ObjectId == ander.ToString())));
        // The sender still reads its own referral.
        Assert.Equal(HttpStatusCode.OK, (await Afzender(factory).GetAsync(Pad($"/api/v1/doorverwijzingen/{id}"))).StatusCode);
    }

    private static readonly ClaimsPrincipal Handelaar = Medewerker(Rsiv, Rollen.Aandachtsfunctionaris);

    /// <summary>A restriction request of the reporter, searched by name: the request and its hit on <paramref name="melding"/>.</summary>
    private async Task<(Guid Verzoek, Guid Treffer)> GezochtAsync(Guid melding)
    {
        await using var scope = factory.Scope();
        var verzoeken = scope.ServiceProvider.GetRequiredService<Verzoeken>();
        var tijd = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var u = await verzoeken.RegistreerAsync(Handelaar, new VerzoekInvoer(VerzoekSoort.Beperking,
            DateOnly.FromDateTime(tijd.GetUtcNow().UtcDateTime), MelderNaam, null, null, null), CancellationToken.None);
        Assert.True(u.Gelukt);
        Assert.True(await verzoeken.ZoekAsync(Handelaar, u.Id!.Value, Herkomst.Web, CancellationToken.None) >= 1);
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        return (u.Id.Value, await db.Set<VerzoekTreffer>().Where(t => t.VerzoekId == u.Id && t.MeldingId == melding).Select(t => t.Id).SingleAsync());
    }

    private async Task BeperkAsync(Guid verzoek, Guid treffer)
    {
        await using var scope = factory.Scope();
        var u = await scope.ServiceProvider.GetRequiredService<Verzoeken>()
            .BehandelAsync(Handelaar, verzoek, treffer, TrefferUitkomst.Beperkt, null, null, Herkomst.Web, CancellationToken.None);
        Assert.True(u.Gelukt);
    }

    [Fact]
    public async Task Een_opgeheven_beperking_opent_de_doorverwijzing_weer_ook_na_het_antwoord()
    {
        var id = await DoorverwezenAsync(factory, "volledig");
        var melding = await DbAsync(factory, db => db.Set<Schakel.Web.Features.Doorverwijzing.Model.DoorverwijzingRij>().Where(d => d.Id == id).Select(d => d.MeldingId).SingleAsync());
        var (verzoek, treffer) = await GezochtAsync(melding);
        await BeperkAsync(verzoek, treffer);
        // Every other hit of the same name (other tests' reports) gets its outcome, and the request is answered and closed.
        await using (var scope = factory.Scope())
        {
            var verzoeken = scope.ServiceProvider.GetRequiredService<Verzoeken>();
            var anderen = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<VerzoekTreffer>()
                .Where(t => t.VerzoekId == verzoek && t.Id != treffer).Select(t => t.Id).ToListAsync();
            foreach (var t in anderen)
            {
                Assert.True((await verzoeken.BehandelAsync(Handelaar, verzoek, t, TrefferUitkomst.GeenMatch, null, null, Herkomst.Web, CancellationToken.None)).Gelukt);
            }
            Assert.True((await verzoeken.BeantwoordAsync(Handelaar, verzoek, "Beperkt.", Herkomst.Web, CancellationToken.None)).Gelukt);
        }
        await AlleenSignaalAsync(id, Leesbeperking.Beperkt);

        // The request's page offers the step on the closed request; without the person told first it says so next to the box.
        var pagina = $"/privacy/verzoeken/{verzoek}";
        var handelaar = factory.Als(Rsiv, Rollen.Aandachtsfunctionaris);
        Assert.Contains("handler=Opheffen", await handelaar.GetStringAsync(Pad(pagina)), StringComparison.Ordinal);
        var zonder = await Aanmelden.PostFormAsync(handelaar, pagina, new() { ["Treffer"] = treffer.ToString(), ["OpheffingReden"] = "Klaar." },
            pagina + "?handler=Opheffen");
        Assert.Equal(HttpStatusCode.OK, zonder.StatusCode);
        Assert.Matches("id=\"geinformeerd-[0-9]+-fout\"", await zonder.Content.ReadAsStringAsync());

        var pad = Pad($"/api/v1/privacyverzoeken/{verzoek}/treffers/{treffer}/_opheffen");
        var api = factory.AlsApiClient(Rsiv, Rollen.Aandachtsfunctionaris);
        async Task<(HttpStatusCode Status, JsonNode? Json, string? Type)> PostAsync(HttpClient client, string json)
        {
            using var inhoud = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            var r = await client.PostAsync(pad, inhoud);
            var tekst = await r.Content.ReadAsStringAsync();
            return (r.StatusCode, tekst.Length == 0 ? null : JsonNode.Parse(tekst), r.Content.Headers.ContentType?.MediaType);
        }
        // Without a reason, or without telling the person first (art. 18(3)): both errors at once, nothing lifted.
        var (status, fout, type) = await PostAsync(api, """{"reden":"  ","betrokkeneGeinformeerd":false}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.NotNull(fout!["errors"]!["opheffing"]);
        Assert.NotNull(fout["errors"]!["geinformeerd"]);
        foreach (var vijandig in new[] { """{"reden":"\ud800","betrokkeneGeinformeerd":true}""", """{"reden":"x","betrokkeneGeinformeerd":5}""",
            """{"reden":["a",null],"betrokkeneGeinformeerd":true}""", "null", """{"reden":"x\u0000y","betrokkeneGeinformeerd":"ja"}""",
            "{\"reden\":\"" + new string('x', Verzoeken.TekstMaximum + 1) + "\",\"betrokkeneGeinformeerd\":true}" })
        {
            var (s, _, t) = await PostAsync(api, vijandig);
            Assert.True(s == HttpStatusCode.BadRequest, vijandig[..Math.Min(60, vijandig.Length)]);
            Assert.Equal("application/problem+json", t);
        }
        Assert.NotNull((await ApiAsync(id)).Json["signaal"]);
        // Another organisation's handler does not find it; a role without requests is refused.
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(factory.AlsApiClient(Shop, Rollen.Aandachtsfunctionaris), """{"reden":"x","betrokkeneGeinformeerd":true}""")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(factory.AlsApiClient(Rsiv, Rollen.FunctionarisGegevensbescherming), """{"reden":"x","betrokkeneGeinformeerd":true}""")).Status);

        var (gelukt, weergave, _) = await PostAsync(api, """{"reden":"Het onderzoek naar de juistheid is klaar.","betrokkeneGeinformeerd":true}""");
        Assert.Equal(HttpStatusCode.OK, gelukt);
        var rij = weergave!["treffers"]!.AsArray().Single(t => (string)t!["id"]! == treffer.ToString())!;
        Assert.NotNull(rij["beperkingOpgehevenOp"]);
        Assert.Equal("Het onderzoek naar de juistheid is klaar.", (string)rij["opheffingReden"]!);
        // Checked on read: the receiver reads the report in full again; the lifting is audited for the report and the referral.
        var (na, _) = await ApiAsync(id);
        Assert.NotNull(na["volledig"]);
        Assert.Null(na["beperking"]);
        Assert.Equal("volledig", (string)na["deelniveau"]!);
        Assert.True(await DbAsync(factory, db => db.Set<AuditRegel>().AnyAsync(r => r.Actie == "verzoek.beperking-opgeheven" && r.ObjectId == melding.ToString())));
        Assert.True(await DbAsync(factory, db => db.Set<AuditRegel>().AnyAsync(r => r.Actie == "doorverwijzing.beperking-opgeheven" && r.ObjectId == id.ToString())));
        // Once lifted it is not lifted again.
        var (nogmaals, _, _) = await PostAsync(api, """{"reden":"x","betrokkeneGeinformeerd":true}""");
        Assert.Equal(HttpStatusCode.BadRequest, nogmaals);
    }

    private const string Vraagmerk = "Vraagproef: is Berichtproef Janssen nog op het adres?";

    private static async Task<(HttpStatusCode Status, JsonNode? Json, string? Type)> ActieAsync(HttpClient client, Guid id, string actie, object body)
    {
        var r = await client.PostAsJsonAsync(Pad($"/api/v1/doorverwijzingen/{id}/{actie}"), body);
        var tekst = await r.Content.ReadAsStringAsync();
        return (r.StatusCode, tekst.Length == 0 ? null : JsonNode.Parse(tekst), r.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Onder_een_beperking_ziet_de_ontvanger_geen_berichttekst_en_voegt_niemand_tekst_toe_tot_de_opheffing()
    {
        // Level geen: the report itself reaches the receiver without personal data, but a message can still name someone.
        var id = await DoorverwezenAsync(factory, "geen");
        var melding = await DbAsync(factory, db => db.Set<Schakel.Web.Features.Doorverwijzing.Model.DoorverwijzingRij>().Where(d => d.Id == id).Select(d => d.MeldingId).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await ActieAsync(Ontvanger(factory), id, "_vraag", new { tekst = Vraagmerk })).Status);
        var (voor, voorTekst) = await ApiAsync(id);
        Assert.Contains(Vraagmerk, voorTekst, StringComparison.Ordinal);
        Assert.Null(voor["berichtenBeperking"]);

        var (verzoek, treffer) = await GezochtAsync(melding);
        await BeperkAsync(verzoek, treffer);

        // The receiver: the messages' kind, side and moment, never their text; the rule in its own words, nl and en.
        var (json, tekst) = await ApiAsync(id);
        Assert.DoesNotContain("Berichtproef", tekst, StringComparison.Ordinal);
        var bericht = Assert.Single(json["berichten"]!.AsArray());
        Assert.Null(bericht!["tekst"]);
        Assert.Equal("vraag", (string)bericht["soort"]!);
        Assert.Equal(Leesbeperking.Beperkt, (string)json["berichtenBeperking"]!["code"]!);
        var (engels, _) = await ApiAsync(id, "en");
        Assert.Contains("restricted", (string)engels["berichtenBeperking"]!["tekst"]!, StringComparison.Ordinal);
        Assert.NotEqual((string)json["berichtenBeperking"]!["tekst"]!, (string)engels["berichtenBeperking"]!["tekst"]!);
        var pagina = await Ontvanger(factory).GetStringAsync(Pad($"/doorverwijzingen/{id}"));
        Assert.DoesNotContain("Berichtproef", pagina, StringComparison.Ordinal);
        Assert.Contains("id=\"berichten-beperkt\"", pagina, StringComparison.Ordinal);
        Assert.Contains("data-achtergehouden", pagina, StringComparison.Ordinal);
        // Only the forms that add no text are offered.
        Assert.DoesNotContain("id=\"actie-informatie-tekst\"", pagina, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"actie-afsluiten-tekst\"", pagina, StringComparison.Ordinal);
        Assert.Contains("value=\"Afsluiten\"", pagina, StringComparison.Ordinal);
        // Each withheld read is audited as refused, with the rule; page and API alike.
        var weigeringen = await DbAsync(factory, db => db.Set<AuditRegel>().Where(r => r.Actie == "doorverwijzing.berichten-achtergehouden" && r.ObjectId == id.ToString())
            .Select(r => new { r.Resultaat, r.Reden, r.Herkomst }).ToListAsync());
        Assert.Equal(3, weigeringen.Count);
        Assert.All(weigeringen, w => Assert.Equal((AuditResultaat.Geweigerd, Leesbeperking.Beperkt), (w.Resultaat, w.Reden)));
        Assert.Contains(weigeringen, w => w.Herkomst == Herkomst.Web);

        // The sender holds the report and still reads the conversation, but cannot answer with text either.
        var afzenderPagina = await Afzender(factory).GetStringAsync(Pad($"/doorverwijzingen/{id}"));
        Assert.Contains("Berichtproef", afzenderPagina, StringComparison.Ordinal);
        Assert.Contains("id=\"berichten-beperkt\"", afzenderPagina, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"actie-antwoord-tekst\"", afzenderPagina, StringComparison.Ordinal);
        var berichtenVoor = await DbAsync(factory, db => db.Set<Schakel.Web.Features.Doorverwijzing.Model.DoorverwijzingBericht>().CountAsync(b => b.DoorverwijzingId == id));
        foreach (var (client, actie, body) in new (HttpClient, string, object)[]
        {
            (Afzender(factory), "_antwoord", new { tekst = "Ja, Berichtproef woont daar." }),
            (Ontvanger(factory), "_informatie", new { tekst = "Berichtproef gezien." }),
            (Ontvanger(factory), "_uitkomst", new { tekst = "Berichtproef aangehouden.", soort = "aanhouding" }),
            (Ontvanger(factory), "_afsluiten", new { reden = "Berichtproef verhuisd." }),
        })
        {
            var (status, fout, type) = await ActieAsync(client, id, actie, body);
            Assert.True(status == HttpStatusCode.BadRequest, actie);
            Assert.Equal("application/problem+json", type);
            Assert.Equal(Leesbeperking.Beperkt, (string)fout!["beperking"]!["code"]!);
            Assert.NotNull(fout["errors"]!["tekst"]);
        }
        Assert.Equal(berichtenVoor, await DbAsync(factory, db => db.Set<Schakel.Web.Features.Doorverwijzing.Model.DoorverwijzingBericht>().CountAsync(b => b.DoorverwijzingId == id)));
        Assert.Equal(4, await DbAsync(factory, db => db.Set<AuditRegel>().CountAsync(r => r.ObjectId == id.ToString() && r.Resultaat == AuditResultaat.Geweigerd
            && r.Reden == Leesbeperking.Beperkt && r.Actie != "doorverwijzing.berichten-achtergehouden")));

        // Lifted (after the request is answered and the person told): the receiver reads the messages again.
        await OpgehevenAsync(verzoek, treffer);
        var (na, naTekst) = await ApiAsync(id);
        Assert.Contains(Vraagmerk, naTekst, StringComparison.Ordinal);
        Assert.Null(na["berichtenBeperking"]);
        Assert.Equal(HttpStatusCode.OK, (await ActieAsync(Afzender(factory), id, "_antwoord", new { tekst = "Antwoordproef." })).Status);
    }

    /// <summary>Every other hit of the request gets its outcome, the request is answered, and the restriction on <paramref name="treffer"/> is lifted.</summary>
    private async Task OpgehevenAsync(Guid verzoek, Guid treffer)
    {
        await using (var scope = factory.Scope())
        {
            var verzoeken = scope.ServiceProvider.GetRequiredService<Verzoeken>();
            var anderen = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<VerzoekTreffer>()
                .Where(t => t.VerzoekId == verzoek && t.Id != treffer && t.Uitkomst == TrefferUitkomst.Open).Select(t => t.Id).ToListAsync();
            foreach (var t in anderen)
            {
                Assert.True((await verzoeken.BehandelAsync(Handelaar, verzoek, t, TrefferUitkomst.GeenMatch, null, null, Herkomst.Web, CancellationToken.None)).Gelukt);
            }
            Assert.True((await verzoeken.BeantwoordAsync(Handelaar, verzoek, "Beperkt.", Herkomst.Web, CancellationToken.None)).Gelukt);
        }
        using var inhoud = new StringContent("""{"reden":"Het onderzoek is klaar.","betrokkeneGeinformeerd":true}""", System.Text.Encoding.UTF8, "application/json");
        var r = await factory.AlsApiClient(Rsiv, Rollen.Aandachtsfunctionaris).PostAsync(Pad($"/api/v1/privacyverzoeken/{verzoek}/treffers/{treffer}/_opheffen"), inhoud);
        Assert.True(r.StatusCode == HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Een_vervallen_grondslag_beperkt_het_lezen_tot_het_signaal_tot_er_weer_een_is()
    {
        var id = await DoorverwezenAsync(factory, "volledig");
        Assert.NotNull((await ApiAsync(id)).Json["volledig"]);

        // The beheerder ends every basis for follow-up that covers the police after the referral was sent.
        List<Guid> beeindigd;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var politie = await db.Set<Organisatie>().SingleAsync(o => o.Id == Politie);
            var rijen = await db.Set<VerwerkingsgrondslagRij>().Where(r => r.BeeindigdOp == null && r.Doel == Verwerkingsdoel.Opvolging
                && (r.OrganisatieId == Politie || r.Type == politie.Type || r.Categorie == politie.Partijcategorie)).ToListAsync();
            Assert.NotEmpty(rijen);
            foreach (var r in rijen)
            {
                r.BeeindigdOp = DateTimeOffset.UtcNow;
            }
            await db.SaveChangesAsync();
            beeindigd = [.. rijen.Select(r => r.Id)];
        }
        try
        {
            await AlleenSignaalAsync(id, Leesbeperking.GrondslagVervallen);
        }
        finally
        {
            await using var scope = factory.Scope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            foreach (var r in await db.Set<VerwerkingsgrondslagRij>().Where(r => beeindigd.Contains(r.Id)).ToListAsync())
            {
                r.BeeindigdOp = null;
            }
            await db.SaveChangesAsync();
        }
        // Checked on read, not stored: with the basis back the receiver reads the report again.
        var (na, _) = await ApiAsync(id);
        Assert.NotNull(na["volledig"]);
        Assert.Null(na["beperking"]);
    }

    [Fact]
    public async Task Het_deelbeleid_wordt_per_verzoek_eenmaal_gelezen_en_na_een_wijziging_opnieuw()
    {
        await using var scope = factory.Scope();
        var opslag = scope.ServiceProvider.GetRequiredService<Schakel.Web.Features.Doorverwijzing.Delen.DeelbeleidOpslag>();
        var eerst = await opslag.HuidigAsync();
        Assert.Same(eerst, await opslag.HuidigAsync());
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var rij = await db.Set<VerwerkingsgrondslagRij>().Where(r => r.BeeindigdOp == null).OrderBy(r => r.Id).FirstAsync();
        var tekst = rij.Grondslag;
        rij.Grondslag = tekst + " ";
        await db.SaveChangesAsync();
        var na = await opslag.HuidigAsync();
        Assert.NotSame(eerst, na);
        rij.Grondslag = tekst;
        await db.SaveChangesAsync();
        // Another request has its own.
        await using var ander = factory.Scope();
        Assert.NotSame(na, await ander.ServiceProvider.GetRequiredService<Schakel.Web.Features.Doorverwijzing.Delen.DeelbeleidOpslag>().HuidigAsync());
    }
}

public sealed class DoorverwijzingLeesbeperkingTestsSqlite(OnderbrekendeSqliteFactory factory)
    : DoorverwijzingLeesbeperkingTests(factory, factory.Onderbreking), IClassFixture<OnderbrekendeSqliteFactory>;

public sealed class DoorverwijzingLeesbeperkingTestsPostgres(OnderbrekendePostgresFactory factory)
    : DoorverwijzingLeesbeperkingTests(factory, factory.Onderbreking), IClassFixture<OnderbrekendePostgresFactory>;
