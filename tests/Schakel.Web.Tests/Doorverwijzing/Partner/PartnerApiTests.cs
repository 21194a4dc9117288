using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Features.Notificaties;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;
using static Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata;

namespace Schakel.Web.Tests.Doorverwijzing.Partner;

/// <summary>The receiving side's API: the view per disclosure level, the inbox and the actions, on both databases.</summary>
public abstract class PartnerApiTests(SchakelFactory factory)
{
    private async Task<(HttpStatusCode Status, string Tekst)> GetAsync(HttpClient client, string pad)
    {
        var antwoord = await client.GetAsync(Pad(pad));
        return (antwoord.StatusCode, await antwoord.Content.ReadAsStringAsync());
    }

    private async Task<JsonNode> LeesAsync(HttpClient client, Guid id)
    {
        var (status, tekst) = await GetAsync(client, $"/api/v1/doorverwijzingen/{id}");
        Assert.True(status == HttpStatusCode.OK, tekst);
        return JsonNode.Parse(tekst)!;
    }

    private Task<bool> GeauditAsync(Guid id, string actie, string resultaat) =>
        DbAsync(factory, db => db.Set<AuditRegel>().AnyAsync(r => r.Actie == actie && r.ObjectId == id.ToString() && r.Resultaat == resultaat));

    [Fact]
    public async Task Volledig_geeft_de_ontsleutelde_melding_zonder_melder_en_wordt_geaudit()
    {
        var id = await DoorverwezenAsync(factory, "volledig");
        var w = await LeesAsync(Ontvanger(factory), id);
        Assert.Equal("ontvanger", (string)w["kant"]!);
        Assert.Equal("volledig", (string)w["deelniveau"]!);
        var melding = w["volledig"]!;
        Assert.Contains(SlachtofferNaam, (string)melding["omschrijving"]!, StringComparison.Ordinal);
        Assert.Equal(Plaats, (string)melding["plaats"]!);
        Assert.Equal(SlachtofferNaam, (string)melding["aanknopingspunten"]![0]!["waarde"]!);
        Assert.Equal("hoog", (string)melding["triage"]!["urgentie"]!);
        Assert.Null(melding["melder"]);
        Assert.DoesNotContain("Melderproef", w.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("[melder]", (string)melding["omschrijving"]!, StringComparison.Ordinal);
        Assert.Null(w["gepseudonimiseerd"]);
        Assert.Null(w["signaal"]);
        Assert.Equal("OPS-WPG", (string)w["grondslagCode"]!);
        Assert.True(await GeauditAsync(id, "doorverwijzing.ingezien", AuditResultaat.Gelukt));
    }

    [Fact]
    public async Task Meldergegevens_alleen_met_toestemming_van_de_melder()
    {
        var id = await DoorverwezenAsync(factory, "volledig", metMelder: true);
        var melder = (await LeesAsync(Ontvanger(factory), id))["volledig"]!["melder"]!;
        Assert.Equal(MelderNaam, (string)melder["naam"]!);
        Assert.Equal(MelderTelefoon, (string)melder["telefoon"]!);
    }

    [Fact]
    public async Task Gepseudonimiseerd_bevat_geen_enkele_identificerende_waarde()
    {
        var id = await DoorverwezenAsync(factory, "gepseudonimiseerd");
        var (status, tekst) = await GetAsync(Ontvanger(factory), $"/api/v1/doorverwijzingen/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var waarde in Identificerend)
        {
            Assert.DoesNotContain(waarde, tekst, StringComparison.OrdinalIgnoreCase);
        }
        var w = JsonNode.Parse(tekst)!;
        Assert.Null(w["volledig"]);
        var melding = w["gepseudonimiseerd"]!["melding"]!;
        Assert.Contains("busje", (string)melding["omschrijving"]!, StringComparison.Ordinal);
        Assert.StartsWith("NAAM-", (string)melding["aanknopingspunten"]![0]!["pseudoniem"]!, StringComparison.Ordinal);
        Assert.Equal("30-39", (string)melding["betrokkenen"]![0]!["leeftijdsband"]!);
        Assert.Equal("GM0518", (string)melding["gemeenteCode"]!);
        Assert.True(await GeauditAsync(id, "doorverwijzing.ingezien", AuditResultaat.Gelukt));

        // Stable: a second referral of the same person gives the same pseudonym, so partners can link signals.
        var ander = await DoorverwezenAsync(factory, "gepseudonimiseerd");
        var tweede = (await LeesAsync(Ontvanger(factory), ander))["gepseudonimiseerd"]!["melding"]!;
        Assert.Equal((string)melding["aanknopingspunten"]![0]!["pseudoniem"]!, (string)tweede["aanknopingspunten"]![0]!["pseudoniem"]!);
    }

    [Fact]
    public async Task Geen_geeft_alleen_het_signaal_en_de_afzender()
    {
        var id = await DoorverwezenAsync(factory, "geen");
        var (status, tekst) = await GetAsync(Ontvanger(factory), $"/api/v1/doorverwijzingen/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var waarde in Identificerend.Append("busje").Append(Plaats))
        {
            Assert.DoesNotContain(waarde, tekst, StringComparison.OrdinalIgnoreCase);
        }
        var w = JsonNode.Parse(tekst)!;
        Assert.Null(w["volledig"]);
        Assert.Null(w["gepseudonimiseerd"]);
        Assert.Equal(DemoOrganisaties.Rsiv, (string)w["signaal"]!["afzender"]!["naam"]!);
        Assert.StartsWith("DV-", (string)w["signaal"]!["referentie"]!, StringComparison.Ordinal);
        Assert.Equal("hoog", (string)w["urgentie"]!);
    }

    [Fact]
    public async Task Een_andere_organisatie_krijgt_404_en_de_weigering_wordt_geaudit()
    {
        var id = await DoorverwezenAsync(factory, "volledig");
        var (status, tekst) = await GetAsync(Derde(factory), $"/api/v1/doorverwijzingen/{id}");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("Matrixproef", tekst, StringComparison.Ordinal);
        Assert.True(await GeauditAsync(id, "doorverwijzing.ingezien", AuditResultaat.Geweigerd));
        Assert.Equal(HttpStatusCode.NotFound, (await Derde(factory).PostAsync(Pad($"/api/v1/doorverwijzingen/{id}/_accepteren"), null)).StatusCode);

        // The sender sees status and conversation, not the report through this route.
        var afzender = await LeesAsync(Afzender(factory), id);
        Assert.Equal("afzender", (string)afzender["kant"]!);
        Assert.Null(afzender["volledig"]);
        Assert.DoesNotContain("Matrixproef", afzender.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_toont_alleen_eigen_ontvangen_doorverwijzingen_zonder_persoonsgegevens_met_paginering()
    {
        var id = await DoorverwezenAsync(factory, "volledig");
        var (status, tekst) = await GetAsync(Ontvanger(factory), "/api/v1/doorverwijzingen?paginaGrootte=100");
        Assert.True(status == HttpStatusCode.OK, tekst);
        var lijst = JsonNode.Parse(tekst)!;
        var rij = lijst["resultaten"]!.AsArray().Single(r => (Guid)r!["id"]! == id)!;
        Assert.Equal("verstuurd", (string)rij["status"]!);
        Assert.Equal(DemoOrganisaties.Rsiv, (string)rij["afzender"]!["naam"]!);
        Assert.False((bool)rij["teLaat"]!);
        Assert.DoesNotContain("Matrixproef", tekst, StringComparison.Ordinal);
        Assert.True((int)lijst["totaal"]! >= 1);

        var eerste = await Ontvanger(factory).GetAsync(Pad("/api/v1/doorverwijzingen?paginaGrootte=1&status=verstuurd"));
        Assert.Equal("1", eerste.Headers.GetValues("X-Pagination-Limit").Single());
        var pagina = JsonNode.Parse(await eerste.Content.ReadAsStringAsync())!;
        Assert.Single(pagina["resultaten"]!.AsArray());
        Assert.All(pagina["resultaten"]!.AsArray(), r => Assert.Equal("verstuurd", (string)r!["status"]!));

        var (_, derde) = await GetAsync(Derde(factory), "/api/v1/doorverwijzingen?paginaGrootte=100");
        Assert.DoesNotContain(id.ToString(), derde, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(Ontvanger(factory), "/api/v1/doorverwijzingen?status=weg")).Status);
    }

    [Fact]
    public async Task Vraag_antwoord_accepteren_informatie_uitkomst_en_afsluiten_volgen_de_statusmachine()
    {
        var id = await DoorverwezenAsync(factory, "volledig");
        var ontvanger = Ontvanger(factory);
        var afzender = Afzender(factory);
        async Task<string> Post(HttpClient c, string actie, object? body, HttpStatusCode verwacht = HttpStatusCode.OK)
        {
            var a = await c.PostAsJsonAsync(Pad($"/api/v1/doorverwijzingen/{id}/{actie}"), body);
            var t = await a.Content.ReadAsStringAsync();
            Assert.True(a.StatusCode == verwacht, $"{actie}: {a.StatusCode} {t}");
            return t;
        }

        await Post(ontvanger, "_vraag", new { tekst = "Is er een tolk nodig?" });
        Assert.NotNull((await DbAsync(factory, db => db.Set<DoorverwijzingRij>().SingleAsync(d => d.Id == id))).EersteActieOp);
        await Post(ontvanger, "_antwoord", new { tekst = "Nee." }, HttpStatusCode.NotFound);
        await Post(afzender, "_accepteren", new { }, HttpStatusCode.NotFound);
        await Post(afzender, "_antwoord", new { tekst = "Ja, Pools." });
        Assert.Equal("verstuurd", (string)(await LeesAsync(ontvanger, id))["status"]!);

        await Post(ontvanger, "_accepteren", null);
        var fout = JsonNode.Parse(await Post(ontvanger, "_accepteren", null, HttpStatusCode.BadRequest))!;
        Assert.Contains("inBehandeling", fout["toegestaan"]!.AsArray().Select(x => (string)x!));
        await Post(ontvanger, "_informatie", new { tekst = "Wij kennen dit adres." });
        await Post(ontvanger, "_uitkomst", new { tekst = "Verhoor gepland.", soort = "opsporingsonderzoek" });
        await Post(ontvanger, "_vraag", new { tekst = "" }, HttpStatusCode.BadRequest);
        await Post(ontvanger, "_afsluiten", new { reden = "Afgerond." });
        await Post(ontvanger, "_informatie", new { tekst = "Nog iets." }, HttpStatusCode.BadRequest);

        var rij = await DbAsync(factory, db => db.Set<DoorverwijzingRij>().SingleAsync(d => d.Id == id));
        Assert.Equal(DoorverwijzingStatus.Afgesloten, rij.Status);
        Assert.NotNull(rij.AfgeslotenOp);
        var historie = await DbAsync(factory, db => db.Set<DoorverwijzingHistorie>().Where(h => h.DoorverwijzingId == id).OrderBy(h => h.Id).Select(h => h.Naar).ToListAsync());
        Assert.Equal(
            [DoorverwijzingStatus.Verstuurd, DoorverwijzingStatus.VraagGesteld, DoorverwijzingStatus.Verstuurd, DoorverwijzingStatus.Geaccepteerd,
             DoorverwijzingStatus.InBehandeling, DoorverwijzingStatus.UitkomstGemeld, DoorverwijzingStatus.Afgesloten],
            historie);
        Assert.DoesNotContain("tolk", string.Concat(await DbAsync(factory, db => db.Set<DoorverwijzingBericht>().Where(b => b.DoorverwijzingId == id).Select(b => b.TekstVersleuteld).ToListAsync())), StringComparison.Ordinal);

        foreach (var c in new[] { ontvanger, afzender })
        {
            var berichten = (await LeesAsync(c, id))["berichten"]!.AsArray();
            Assert.Equal(["vraag", "antwoord", "informatie", "uitkomst", "informatie"], berichten.Select(b => (string)b!["soort"]!));
            Assert.Equal("Is er een tolk nodig?", (string)berichten[0]!["tekst"]!);
            Assert.Equal("afzender", (string)berichten[1]!["van"]!);
            Assert.Equal("opsporingsonderzoek: Verhoor gepland.", (string)berichten[3]!["tekst"]!);
        }
        Assert.True(await GeauditAsync(id, "doorverwijzing.accepteren", AuditResultaat.Gelukt));
        Assert.True(await GeauditAsync(id, "doorverwijzing.antwoord", AuditResultaat.Geweigerd));
    }

    [Fact]
    public async Task Nieuwe_doorverwijzing_geeft_de_ontvanger_een_mail_zonder_inhoud()
    {
        var id = await DoorverwezenAsync(factory, "volledig");
        var meldingId = await DbAsync(factory, db => db.Set<DoorverwijzingRij>().Where(d => d.Id == id).Select(d => d.MeldingId).SingleAsync());
        var notificatie = await DbAsync(factory, db => db.Set<Notificatie>()
            .Where(n => n.OrganisatieId == Politie && n.Soort == NotificatieSoorten.NieuweDoorverwijzing).OrderByDescending(n => n.AangemaaktOp).FirstAsync());
        Assert.Equal("/doorverwijzingen", notificatie.Link);
        Assert.False(await DbAsync(factory, db => db.Set<Notificatie>().AnyAsync(n => n.OrganisatieId == Shop && n.Link == "/doorverwijzingen")));

        await using (var scope = factory.Scope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<NotificatieMail>().VerstuurOpenstaandeAsync() >= 1);
        }
        var mails = Directory.GetFiles(factory.MailMap, "*.eml").Select(File.ReadAllText)
            .Where(m => m.Contains("opsporing@demo.schakel.nl", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mails);
        foreach (var mail in mails)
        {
            var body = mail[(mail.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
            var tekst = Notificaties.NotificatieTests.Normaliseer(body);
            foreach (var waarde in Identificerend.Append(id.ToString()).Append(id.ToString("N")).Append(meldingId.ToString()).Append(meldingId.ToString("N")).Append("busje"))
            {
                Assert.DoesNotContain(waarde, tekst, StringComparison.OrdinalIgnoreCase);
            }
            Assert.DoesNotContain(id.ToString(), mail, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(Notificaties.NotificatieTests.Normaliseer(NotificatieMail.Tekst("http://localhost:5080/doorverwijzingen")), tekst);
        }
    }

    [Fact]
    public async Task Wie_nu_moet_handelen_krijgt_een_notificatie_zonder_inhoud()
    {
        var id = await DoorverwezenAsync(factory, "volledig");
        var meldingId = await DbAsync(factory, db => db.Set<DoorverwijzingRij>().Where(d => d.Id == id).Select(d => d.MeldingId).SingleAsync());
        var ontvanger = Ontvanger(factory);
        var afzender = Afzender(factory);
        Task<int[]> TelAsync() => DbAsync(factory, async db => new[]
        {
            await db.Set<Notificatie>().CountAsync(n => n.OrganisatieId == Rsiv && n.Soort == NotificatieSoorten.DoorverwijzingGewijzigd && n.Link == "/meldpunt/medewerkers"),
            await db.Set<Notificatie>().CountAsync(n => n.OrganisatieId == Politie && n.Soort == NotificatieSoorten.DoorverwijzingGewijzigd && n.Link == "/doorverwijzingen"),
            await db.Set<Notificatie>().CountAsync(n => n.Soort == NotificatieSoorten.DoorverwijzingGewijzigd),
        });
        async Task StapAsync(HttpClient c, string actie, object? body, int voorAfzender, int voorOntvanger)
        {
            var voor = await TelAsync();
            var a = await c.PostAsJsonAsync(Pad($"/api/v1/doorverwijzingen/{id}/{actie}"), body);
            Assert.True(a.StatusCode == HttpStatusCode.OK, $"{actie}: {a.StatusCode} {await a.Content.ReadAsStringAsync()}");
            var na = await TelAsync();
            Assert.Equal([voor[0] + voorAfzender, voor[1] + voorOntvanger, voor[2] + voorAfzender + voorOntvanger], na);
        }

        await StapAsync(ontvanger, "_vraag", new { tekst = "Is er een tolk nodig?" }, voorAfzender: 1, voorOntvanger: 0);
        await StapAsync(afzender, "_antwoord", new { tekst = "Ja, Pools." }, voorAfzender: 0, voorOntvanger: 1);
        await StapAsync(ontvanger, "_accepteren", null, voorAfzender: 0, voorOntvanger: 0);
        await StapAsync(ontvanger, "_informatie", new { tekst = "Wij kennen dit adres." }, voorAfzender: 0, voorOntvanger: 0);
        await StapAsync(ontvanger, "_uitkomst", new { tekst = "Verhoor gepland.", soort = "opsporingsonderzoek" }, voorAfzender: 1, voorOntvanger: 0);
        await StapAsync(ontvanger, "_afsluiten", new { tekst = "Onderzoek loopt verder bij ons." }, voorAfzender: 1, voorOntvanger: 0);

        await using (var scope = factory.Scope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<NotificatieMail>().VerstuurOpenstaandeAsync() >= 1);
        }
        var mails = Directory.GetFiles(factory.MailMap, "*.eml").Select(File.ReadAllText)
            .Where(m => m.Contains("/meldpunt/medewerkers", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mails);
        foreach (var mail in mails)
        {
            var tekst = Notificaties.NotificatieTests.Normaliseer(mail[(mail.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
            foreach (var waarde in Identificerend.Append(id.ToString()).Append(meldingId.ToString()).Append("tolk").Append("Verhoor"))
            {
                Assert.DoesNotContain(waarde, tekst, StringComparison.OrdinalIgnoreCase);
            }
            Assert.Equal(Notificaties.NotificatieTests.Normaliseer(NotificatieMail.Tekst("http://localhost:5080/meldpunt/medewerkers")), tekst);
        }
    }

    [Fact]
    public async Task Afsluiten_vanuit_verstuurd_is_weigeren()
    {
        var id = await DoorverwezenAsync(factory, "geen");
        var a = await Ontvanger(factory).PostAsync(Pad($"/api/v1/doorverwijzingen/{id}/_afsluiten"), null);
        Assert.True(a.StatusCode == HttpStatusCode.OK, await a.Content.ReadAsStringAsync());
        Assert.Equal(DoorverwijzingStatus.Afgesloten, (await DbAsync(factory, db => db.Set<DoorverwijzingRij>().SingleAsync(d => d.Id == id))).Status);
    }
}

public sealed class PartnerApiTestsSqlite(MeldpuntSqliteFactory factory) : PartnerApiTests(factory), IClassFixture<MeldpuntSqliteFactory>;

public sealed class PartnerApiTestsPostgres(MeldpuntPostgresFactory factory) : PartnerApiTests(factory), IClassFixture<MeldpuntPostgresFactory>;
