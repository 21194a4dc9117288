using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Bewaring;
using Schakel.Web.Features.Privacy.Rechten;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Privacy;

/// <summary>
/// Requests of people concerned, on both databases: the search finds reports by keyed pseudonym whatever the spelling, case and
/// spacing of phone and e-mail, without decrypting the reports it searches; the deadline is counted, announced once and extended
/// once with a reason; a hit is refused only with a ground; erasure runs the retention job's steps and respects a legal hold;
/// the one-time fill gives old reports their search keys; another organisation's request is not found.
/// </summary>
public abstract partial class VerzoekenBetrokkenenTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
    private const string Pad = "/privacy/verzoeken";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static Uri U(string pad) => new(pad, UriKind.Relative);

    private static ClaimsPrincipal Medewerker(Guid organisatie, string rol) => Testmedewerker.Van(organisatie, rol);

    private async Task<Guid> MeldAsync(string naam, string telefoon, string email)
    {
        await using var scope = factory.Scope();
        var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
        {
            MelderType = "burger", Omschrijving = "Verzoekproef: busjes bij de kas.", GemeenteCode = "GM0518",
            Contact = new ContactInvoer { Naam = naam, Telefoon = telefoon, Email = email, Toestemming = true },
        }, [], Indiener.Publiek());
        Assert.True(u.Gelukt);
        return u.MeldingId!.Value;
    }

    /// <summary>Makes the stored contact details of a report undecryptable: a search that decrypted it would fail.</summary>
    private async Task OnleesbaarAsync(params Guid[] meldingen)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        foreach (var m in await db.Set<Melding>().Where(m => meldingen.Contains(m.Id)).ToListAsync())
        {
            m.ContactVersleuteld = "v9:" + Convert.ToBase64String(new byte[40]);
        }
        await db.SaveChangesAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pad, Dictionary<string, string> velden)
    {
        var html = await client.GetStringAsync(U(pad.Split('?')[0]));
        velden["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value;
        return await client.PostAsync(U(pad), new FormUrlEncodedContent(velden));
    }

    private static async Task<Guid> RegistreerAsync(HttpClient client, Dictionary<string, string> velden)
    {
        var antwoord = await PostAsync(client, Pad, velden);
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        return Guid.Parse(antwoord.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private async Task<VerzoekBetrokkene> VerzoekAsync(Guid id)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<VerzoekBetrokkene>().AsNoTracking()
            .Include(v => v.Treffers).SingleAsync(v => v.Id == id);
    }

    private static string Vandaag(int dagen = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(dagen).ToString("yyyy-MM-dd");

    [Fact]
    public async Task Zoeken_vindt_op_pseudoniem_met_andere_schrijfwijze_zonder_de_meldingen_te_ontsleutelen()
    {
        var uniek = Guid.NewGuid().ToString("N")[..6];
        var telefoonCijfers = "06" + Random.Shared.Next(10000000, 99999999);
        var gezocht = await MeldAsync($"Anna {uniek}", "+31 " + telefoonCijfers[1..2] + " " + telefoonCijfers[2..], $"Anna.{uniek}@Example.nl");
        var ander = await MeldAsync($"Bert {uniek}", "0687654321", $"bert.{uniek}@example.nl");
        // Neither report can be decrypted any more: the search must find the first on its pseudonyms alone.
        await OnleesbaarAsync(gezocht, ander);

        var client = factory.Als(Rsiv, Rollen.Ketenregisseur);
        var fout = await PostAsync(client, Pad, new() { ["Soort"] = "Inzage", ["OntvangenOp"] = Vandaag(), ["Telefoon"] = "abc" });
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        Assert.Contains("id=\"telefoon-fout\"", await fout.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var id = await RegistreerAsync(client, new()
        {
            ["Soort"] = "Inzage", ["OntvangenOp"] = Vandaag(),
            ["Telefoon"] = $"{telefoonCijfers[..2]}-{telefoonCijfers[2..]}", ["Email"] = $"  ANNA.{uniek.ToUpperInvariant()} @example.NL ",
        });
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{Pad}/{id}?handler=Zoeken", [])).StatusCode);

        var verzoek = await VerzoekAsync(id);
        var treffer = Assert.Single(verzoek.Treffers);
        Assert.Equal(gezocht, treffer.MeldingId);
        Assert.Equal("email;telefoon", treffer.Sleutels);
        Assert.Equal(PersoonPseudoniem.Melder, treffer.Bronnen);
        Assert.DoesNotContain(verzoek.Treffers, t => t.MeldingId == ander);

        var pagina = await client.GetStringAsync(U($"{Pad}/{id}"));
        Assert.Contains($"data-treffer=\"{gezocht}\"", pagina, StringComparison.Ordinal);
        // The request's own details are stored encrypted, never as typed.
        Assert.DoesNotContain(uniek, verzoek.EmailVersleuteld!, StringComparison.OrdinalIgnoreCase);

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.True(await db.Set<AuditRegel>().AnyAsync(r => r.Actie == "verzoek.gezocht" && r.ObjectId == id.ToString() && r.Reden == "treffers 1"));
        Assert.True(await db.Set<AuditRegel>().AnyAsync(r => r.Actie == "verzoek.treffer-ingezien" && r.ObjectId == gezocht.ToString()));
        Assert.True(await db.Set<AuditRegel>().AnyAsync(r => r.Actie == "verzoek.geregistreerd" && r.ObjectId == id.ToString()));

        // Another organisation's staff do not find the request.
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Als(Shop, Rollen.Ketenregisseur).GetAsync(U($"{Pad}/{id}"))).StatusCode);
    }

    [Fact]
    public async Task Termijn_wordt_geteld_gemeld_en_een_keer_verlengd_met_reden()
    {
        var client = factory.Als(Rsiv, Rollen.Aandachtsfunctionaris);
        var ontvangen = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-26);
        var id = await RegistreerAsync(client, new() { ["Soort"] = "Verwijdering", ["OntvangenOp"] = ontvangen.ToString("yyyy-MM-dd"), ["Naam"] = "Termijnproef " + Guid.NewGuid().ToString("N")[..6] });
        var verzoek = await VerzoekAsync(id);
        Assert.Equal(ontvangen.AddMonths(1), verzoek.Uiterlijk);

        var lijst = await client.GetStringAsync(U(Pad));
        var dagen = verzoek.Uiterlijk.DayNumber - DateOnly.FromDateTime(DateTime.UtcNow).DayNumber;
        Assert.Contains($"data-termijn=\"{dagen}\"", lijst, StringComparison.Ordinal);

        await using (var scope = factory.Scope())
        {
            var teller = scope.ServiceProvider.GetServices<Schakel.Web.Features.Accounts.IWerkplekTeller>().OfType<VerzoekTeller>().Single();
            var open = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<VerzoekBetrokkene>()
                .CountAsync(v => v.OrganisatieId == Rsiv && v.Status == VerzoekStatus.Open);
            Assert.Equal(open, await teller.TelAsync(Medewerker(Rsiv, Rollen.Ketenregisseur), default));
        }

        int voor;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            // The handling roles' notices (the data protection officer's are tested with the officer).
            Task<int> TelAsync() => db.Set<Notificatie>().CountAsync(n => n.OrganisatieId == Rsiv && n.Soort == NotificatieSoorten.VerzoekTermijnNadert
                && n.Rol != Rollen.FunctionarisGegevensbescherming);
            voor = await TelAsync();
            await scope.ServiceProvider.GetRequiredService<VerzoekBewaking>().VoerUitAsync(default);
            Assert.Equal(voor + Verzoeken.Rollen.Length, await TelAsync());
            // Announced once per deadline.
            await scope.ServiceProvider.GetRequiredService<VerzoekBewaking>().VoerUitAsync(default);
            Assert.Equal(voor + Verzoeken.Rollen.Length, await TelAsync());
        }

        var zonderReden = await PostAsync(client, $"{Pad}/{id}?handler=Verlengen", new() { ["Reden"] = " " });
        Assert.Equal(HttpStatusCode.OK, zonderReden.StatusCode);
        Assert.Contains("id=\"reden-fout\"", await zonderReden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ontvangen.AddMonths(1), (await VerzoekAsync(id)).Uiterlijk);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{Pad}/{id}?handler=Verlengen", new() { ["Reden"] = "Veel dossiers te doorzoeken." })).StatusCode);
        verzoek = await VerzoekAsync(id);
        Assert.Equal(ontvangen.AddMonths(1).AddMonths(2), verzoek.Uiterlijk);
        Assert.Null(verzoek.TermijnGemeldOp);

        // Only once: a second extension is refused next to the field (the form is gone, so post to the service directly).
        await using (var scope = factory.Scope())
        {
            var tweede = await scope.ServiceProvider.GetRequiredService<Verzoeken>()
                .VerlengAsync(Medewerker(Rsiv, Rollen.Aandachtsfunctionaris), id, "Nog eens.", Herkomst.Web, default);
            Assert.Equal("FoutAlVerlengd", tweede.Fouten["reden"]);
        }
        Assert.Equal(ontvangen.AddMonths(3), (await VerzoekAsync(id)).Uiterlijk);
    }

    [Fact]
    public async Task Weigeren_vraagt_een_grond_en_wissen_volgt_de_bewaartaak_behalve_bij_een_blokkade()
    {
        var uniek = Guid.NewGuid().ToString("N")[..6];
        var email = $"casper.{uniek}@example.nl";
        var geweigerd = await MeldAsync("Casper " + uniek, "0611112222", email);
        var geblokkeerd = await MeldAsync("Casper " + uniek, "0611113333", email);
        var gewist = await MeldAsync("Casper " + uniek, "0611114444", email);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.Add(new Bewaarblokkade
            {
                Id = Guid.NewGuid(), ObjectSoort = BewaarObjectSoort.Melding, ObjectId = geblokkeerd, OrganisatieId = Rsiv,
                EindDatum = DateTimeOffset.UtcNow.AddDays(30), GezetDoor = "test", GezetOp = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var client = factory.Als(Rsiv, Rollen.Ketenregisseur);
        var id = await RegistreerAsync(client, new() { ["Soort"] = "Verwijdering", ["OntvangenOp"] = Vandaag(-3), ["Email"] = email.ToUpperInvariant() });
        await PostAsync(client, $"{Pad}/{id}?handler=Zoeken", []);
        var treffers = (await VerzoekAsync(id)).Treffers.ToDictionary(t => t.MeldingId, t => t.Id);
        Assert.Equal(3, treffers.Count);

        // A refusal without its ground: the error next to that hit's field, nothing stored.
        var zonderGrond = await PostAsync(client, $"{Pad}/{id}?handler=Behandelen", new() { ["Treffer"] = treffers[geweigerd].ToString(), ["Uitkomst"] = "Geweigerd" });
        Assert.Equal(HttpStatusCode.OK, zonderGrond.StatusCode);
        Assert.Matches("id=\"grond-\\d-fout\"", await zonderGrond.Content.ReadAsStringAsync());
        Assert.Equal(TrefferUitkomst.Open, (await VerzoekAsync(id)).Treffers.Single(t => t.MeldingId == geweigerd).Uitkomst);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{Pad}/{id}?handler=Behandelen", new()
        {
            ["Treffer"] = treffers[geweigerd].ToString(), ["Uitkomst"] = "Geweigerd", ["Grond"] = "Opsporing", ["Toelichting"] = "Lopend onderzoek van de politie.",
        })).StatusCode);

        // Erasure under a legal hold is refused; the report keeps its contact details.
        var blokkade = await PostAsync(client, $"{Pad}/{id}?handler=Behandelen", new() { ["Treffer"] = treffers[geblokkeerd].ToString(), ["Uitkomst"] = "Gewist" });
        Assert.Equal(HttpStatusCode.OK, blokkade.StatusCode);
        Assert.Matches("id=\"uitkomst-\\d-fout\"", await blokkade.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{Pad}/{id}?handler=Behandelen", new() { ["Treffer"] = treffers[gewist].ToString(), ["Uitkomst"] = "Gewist" })).StatusCode);

        // The answer waits until every hit has its outcome.
        var teVroeg = await PostAsync(client, $"{Pad}/{id}?handler=Beantwoorden", new() { ["Antwoord"] = "Gewist, behalve wat onder onderzoek valt." });
        Assert.Contains("id=\"antwoord-fout\"", await teVroeg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{Pad}/{id}?handler=Behandelen", new()
        {
            ["Treffer"] = treffers[geblokkeerd].ToString(), ["Uitkomst"] = "Geweigerd", ["Grond"] = "WettelijkeBewaarplicht",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"{Pad}/{id}?handler=Beantwoorden", new() { ["Antwoord"] = "Gewist, behalve wat onder onderzoek valt." })).StatusCode);

        await using var s = factory.Scope();
        var db2 = s.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var verzoek = await db2.Set<VerzoekBetrokkene>().Include(v => v.Treffers).SingleAsync(v => v.Id == id);
        Assert.Equal(VerzoekStatus.Afgehandeld, verzoek.Status);
        var weigering = verzoek.Treffers.Single(t => t.MeldingId == geweigerd);
        Assert.Equal((TrefferUitkomst.Geweigerd, WeigeringGrond.Opsporing), (weigering.Uitkomst, weigering.Grond));
        Assert.Equal(TrefferUitkomst.Gewist, verzoek.Treffers.Single(t => t.MeldingId == gewist).Uitkomst);

        var meldingen = await db2.Set<Melding>().AsNoTracking().Where(m => treffers.Keys.Contains(m.Id)).ToDictionaryAsync(m => m.Id);
        Assert.Null(meldingen[gewist].ContactVersleuteld);
        Assert.NotNull(meldingen[geblokkeerd].ContactVersleuteld);
        Assert.NotNull(meldingen[geweigerd].ContactVersleuteld);
        Assert.False(await db2.Set<PersoonPseudoniem>().AnyAsync(p => p.MeldingId == gewist));
        Assert.True(await db2.Set<PersoonPseudoniem>().AnyAsync(p => p.MeldingId == geblokkeerd));
        Assert.Equal(Schakel.Web.Features.Privacy.Declaraties.Verwerkingsactiviteiten.VerzoekVerwijdering.Code,
            (await db2.Set<Verwijdering>().SingleAsync(v => v.ObjectId == gewist)).Regel);
        Assert.True(await db2.Set<AuditRegel>().AnyAsync(r => r.Actie == "verzoek.treffer-behandeld" && r.ObjectId == geweigerd.ToString() && r.Reden == "Geweigerd (Opsporing)"));
        Assert.True(await db2.Set<AuditRegel>().AnyAsync(r => r.Actie == "verzoek.treffer-behandeld" && r.ObjectId == gewist.ToString()));
        Assert.True(await db2.Set<AuditRegel>().AnyAsync(r => r.Actie == Bewaartaak.Actie && r.ObjectId == gewist.ToString()));
        Assert.True(await db2.Set<AuditRegel>().AnyAsync(r => r.Actie == "verzoek.beantwoord" && r.ObjectId == id.ToString()));
    }

    [GeneratedRegex("name=\"intreksleutel\" value=\"([^\"]+)\"")]
    private static partial Regex Intreksleutel();

    [Fact]
    public async Task Melder_trekt_contactgegevens_in_met_de_code_en_het_meldpunt_ziet_contact_ingetrokken()
    {
        var uniek = Guid.NewGuid().ToString("N")[..6];
        string code;
        Guid id;
        await using (var scope = factory.Scope())
        {
            var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
            {
                MelderType = "burger", Omschrijving = "Intrekproef.", GemeenteCode = "GM0518",
                Contact = new ContactInvoer { Naam = "Dora " + uniek, Email = $"dora.{uniek}@example.nl", Toestemming = true },
            }, [], Indiener.Publiek());
            (id, code) = (u.MeldingId!.Value, u.Ontvangstcode!);
        }
        var staf = factory.Als(Rsiv, Rollen.Ketenregisseur);
        Assert.Contains("Dora " + uniek, await staf.GetStringAsync(U($"/meldpunt/medewerkers/melding/{id}")), StringComparison.Ordinal);

        var melder = factory.CreateClient(new() { AllowAutoRedirect = false });
        var pagina = await (await PostAsync(melder, "/opvolgen", new() { ["code"] = code })).Content.ReadAsStringAsync();
        var sleutel = Intreksleutel().Match(pagina).Groups[1].Value;
        Assert.NotEmpty(sleutel);
        var velden = new Dictionary<string, string> { ["__RequestVerificationToken"] = Token().Match(pagina).Groups[1].Value, ["code"] = code, ["intreksleutel"] = sleutel };
        var ingetrokken = await melder.PostAsync(U("/opvolgen?handler=Intrekken"), new FormUrlEncodedContent(velden));
        Assert.Equal(HttpStatusCode.Redirect, ingetrokken.StatusCode);
        // Post/redirect/get: the code comes back only in the encrypted carrier, never in the address.
        Assert.DoesNotContain(code.Replace(" ", "", StringComparison.Ordinal), ingetrokken.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var na = await melder.GetStringAsync(U("/opvolgen"));
        Assert.Contains("data-ingetrokken", na, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"intreksleutel\"", na, StringComparison.Ordinal);

        // The same form again (a reload or double click) changes nothing more.
        Assert.Equal(HttpStatusCode.Redirect, (await melder.PostAsync(U("/opvolgen?handler=Intrekken"), new FormUrlEncodedContent(velden))).StatusCode);

        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var m = await db.Set<Melding>().AsNoTracking().SingleAsync(x => x.Id == id);
            Assert.Null(m.ContactVersleuteld);
            Assert.False(m.ContactToestemming);
            Assert.NotNull(m.ContactIngetrokkenOp);
            Assert.False(await db.Set<PersoonPseudoniem>().AnyAsync(p => p.MeldingId == id && p.Bron == PersoonPseudoniem.Melder));
            Assert.Equal(1, await db.Set<AuditRegel>().CountAsync(r => r.Actie == "melding.contact-ingetrokken" && r.ObjectId == id.ToString()));
        }
        var stafpagina = await staf.GetStringAsync(U($"/meldpunt/medewerkers/melding/{id}"));
        Assert.Contains("data-contact=\"ingetrokken\"", stafpagina, StringComparison.Ordinal);
        Assert.DoesNotContain("Dora " + uniek, stafpagina, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aanvulling_geeft_oude_meldingen_hun_pseudoniemen()
    {
        Guid id;
        var telefoon = "06" + Random.Shared.Next(10000000, 99999999);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var vv = scope.ServiceProvider.GetRequiredService<Veldversleuteling>();
            id = Guid.NewGuid();
            db.Add(new Melding
            {
                Id = id, Soort = MeldingSoort.Melding, MelderType = MelderType.Burger, Kanaal = Kanaal.Web, GemeenteCode = "GM0518",
                OmschrijvingVersleuteld = vv.Versleutel("Oude melding", Melding.VeldContext("Omschrijving", id)),
                ContactVersleuteld = vv.Versleutel($"{{\"Naam\":\"Oud\",\"Telefoon\":\"{telefoon}\",\"Email\":null}}", Melding.VeldContext("Contact", id)),
                OntvangenOp = DateTimeOffset.UtcNow.AddYears(-1), MeldpuntOrganisatieId = Rsiv,
            });
            await db.SaveChangesAsync();
        }
        await using (var scope = factory.Scope())
        {
            var aanvulling = scope.ServiceProvider.GetServices<IZaaier>().OfType<PseudoniemAanvulling>().Single();
            await aanvulling.ZaaiAsync(default);
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var sleutels = scope.ServiceProvider.GetRequiredService<Persoonspseudoniemen>().Sleutels(null, null, "+31 " + telefoon[1..], null);
            Assert.True(await db.Set<PersoonPseudoniem>().AnyAsync(p => p.MeldingId == id && p.Soort == "telefoon" && p.Pseudoniem == sleutels[0].Pseudoniem));
            Assert.True((await db.Set<Melding>().SingleAsync(m => m.Id == id)).Gepseudonimiseerd);
        }
    }
}

public sealed class VerzoekenBetrokkenenTestsSqlite(DoorverwijzingSqliteFactory f) : VerzoekenBetrokkenenTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class VerzoekenBetrokkenenTestsPostgres(DoorverwijzingPostgresFactory f) : VerzoekenBetrokkenenTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
