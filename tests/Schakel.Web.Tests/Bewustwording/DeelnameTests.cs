using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Bewustwording;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Bewustwording;

/// <summary>
/// Taking part: the public cancel code, the signed-in professional's own sign-up, the evaluation with its small-n rule
/// and the certificate of attendance; on both databases.
/// </summary>
public abstract partial class DeelnameTests(SchakelFactory factory)
{
    private const string MijnAanmelding = "/bewustwording/mijn-aanmelding";

    /// <summary>A public sign-up as a browser without JavaScript does it; returns the code the confirmation shows.</summary>
    private async Task<(HttpClient Client, string Code)> PubliekAanmeldenAsync(Guid sessie, string naam)
    {
        var (client, velden) = await factory.FormulierAsync(sessie, naam, $"{naam.Replace(' ', '.')}@voorbeeld.nl");
        var antwoord = await client.PostAsync($"/bewustwording/sessies/{sessie}/aanmelden", new FormUrlEncodedContent(velden));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var adres = antwoord.Headers.Location!.OriginalString;
        var html = await client.GetStringAsync(adres);
        var code = CodePatroon().Match(html).Groups[1].Value;
        Assert.Matches("^[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}$", code);
        // Nothing about the person, and not the code, travels in the address.
        Assert.DoesNotContain(code.Replace(" ", ""), adres.Replace(" ", ""), StringComparison.Ordinal);
        Assert.DoesNotContain("voorbeeld", adres, StringComparison.Ordinal);
        return (client, code);
    }

    private static Task<HttpResponseMessage> MetCodeAsync(HttpClient client, string code, string? handler = null, Dictionary<string, string>? extra = null)
    {
        var velden = new Dictionary<string, string>(extra ?? []) { ["code"] = code };
        return Aanmelden.PostFormAsync(client, MijnAanmelding, velden, handler is null ? MijnAanmelding : $"{MijnAanmelding}?handler={handler}");
    }

    private async Task ZetAanwezigNaAfloopAsync(Guid sessie)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var s = await db.Set<Sessie>().SingleAsync(x => x.Id == sessie);
        s.Begin = DateTimeOffset.UtcNow.AddDays(-2);
        s.Einde = s.Begin.AddHours(2);
        foreach (var i in await db.Set<Inschrijving>().Where(i => i.SessieId == sessie && i.Status == Inschrijfstatus.Ingeschreven).ToListAsync())
        {
            i.Aanwezig = true;
        }
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Met_de_code_meldt_een_deelnemer_zich_af_en_schuift_de_wachtlijst_door()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 1);
        var (eerste, code) = await PubliekAanmeldenAsync(sessie, "Eerste Deelnemer");
        await PubliekAanmeldenAsync(sessie, "Tweede Deelnemer");

        // A wrong code is named next to the field and cancels nothing.
        var fout = await MetCodeAsync(factory.NieuweClient(), "1234 5678 9012 3456", "Annuleren");
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Contains("id=\"code-fout\"", await fout.Content.ReadAsStringAsync());
        Assert.Equal([Inschrijfstatus.Ingeschreven, Inschrijfstatus.Wachtlijst], (await factory.InschrijvingenAsync(sessie)).Select(i => i.Status));

        // Opening shows the session and the status, never the name or e-mail.
        var open = await (await MetCodeAsync(factory.NieuweClient(), code)).Content.ReadAsStringAsync();
        Assert.Contains("data-status=\"Ingeschreven\"", open);
        Assert.DoesNotContain("Eerste", open, StringComparison.Ordinal);

        var afmelden = await MetCodeAsync(factory.NieuweClient(), code, "Annuleren");
        Assert.Equal(HttpStatusCode.Redirect, afmelden.StatusCode);
        Assert.Equal(MijnAanmelding + "?klaar=geannuleerd", afmelden.Headers.Location!.OriginalString);
        Assert.Equal([Inschrijfstatus.Geannuleerd, Inschrijfstatus.Ingeschreven], (await factory.InschrijvingenAsync(sessie)).Select(i => i.Status));
        _ = eerste;
    }

    [Fact]
    public async Task Een_professional_meldt_zich_aan_als_zichzelf_en_meldt_zich_af()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 3);
        var client = await factory.AlsAsync(Rollen.Aandachtsfunctionaris);
        Assert.Contains("href=\"/bewustwording/mijn\"", await client.GetStringAsync("/werkplek"));
        Assert.Contains($"data-open-sessie=\"{sessie}\"", await client.GetStringAsync("/bewustwording/mijn"));

        var r = await Aanmelden.PostFormAsync(client, "/bewustwording/mijn", new() { ["sessie"] = sessie.ToString(), ["rol"] = "gemeente.balie" },
            "/bewustwording/mijn?handler=Aanmelden");
        Assert.Equal("/bewustwording/mijn", Aanmelden.Pad(r));
        var rij = Assert.Single(await factory.InschrijvingenAsync(sessie));
        Assert.NotNull(rij.MedewerkerId);
        Assert.Null(rij.NaamVersleuteld);
        Assert.Null(rij.EmailVersleuteld);
        Assert.Equal(Inschrijfstatus.Ingeschreven, rij.Status);

        // Another professional cannot cancel it.
        var ander = await factory.AlsAsync(Rollen.Ketenregisseur);
        var vreemd = await Aanmelden.PostFormAsync(ander, "/bewustwording/mijn", new() { ["inschrijving"] = rij.Id.ToString() }, "/bewustwording/mijn?handler=Annuleren");
        Assert.Equal(HttpStatusCode.NotFound, vreemd.StatusCode);

        var af = await Aanmelden.PostFormAsync(client, "/bewustwording/mijn", new() { ["inschrijving"] = rij.Id.ToString() }, "/bewustwording/mijn?handler=Annuleren");
        Assert.Equal("/bewustwording/mijn", Aanmelden.Pad(af));
        Assert.Equal(Inschrijfstatus.Geannuleerd, Assert.Single(await factory.InschrijvingenAsync(sessie)).Status);
    }

    [Fact]
    public async Task Een_aanwezige_beoordeelt_een_keer_en_de_opmerking_wordt_gefilterd_en_versleuteld()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 2);
        var (_, code) = await PubliekAanmeldenAsync(sessie, "Beoordelaar Een");
        // Before attending there is no evaluation form.
        Assert.DoesNotContain("name=\"inhoud\"", await (await MetCodeAsync(factory.NieuweClient(), code)).Content.ReadAsStringAsync());
        await ZetAanwezigNaAfloopAsync(sessie);

        var leeg = await MetCodeAsync(factory.NieuweClient(), code, "Evaluatie", new() { ["inhoud"] = "6" });
        Assert.Equal(HttpStatusCode.BadRequest, leeg.StatusCode);
        var html = await leeg.Content.ReadAsStringAsync();
        Assert.Contains("id=\"inhoud-fout\"", html);
        Assert.Contains("id=\"trainer-fout\"", html);
        Assert.Contains("id=\"bruikbaarheid-fout\"", html);

        var velden = new Dictionary<string, string> { ["inhoud"] = "4", ["trainer"] = "5", ["bruikbaarheid"] = "3", ["opmerking"] = "Mail mij op jan@voorbeeld.nl" };
        var goed = await MetCodeAsync(factory.NieuweClient(), code, "Evaluatie", velden);
        Assert.Equal(MijnAanmelding + "?klaar=geevalueerd", goed.Headers.Location!.OriginalString);
        var nogmaals = await MetCodeAsync(factory.NieuweClient(), code, "Evaluatie", velden);
        Assert.Equal(HttpStatusCode.Conflict, nogmaals.StatusCode);

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var evaluatie = Assert.Single(await db.Set<Evaluatie>().Where(e => e.SessieId == sessie).ToListAsync());
        Assert.Equal((4, 5, 3), (evaluatie.Inhoud, evaluatie.Trainer, evaluatie.Bruikbaarheid));
        Assert.DoesNotContain("jan@", evaluatie.Opmerking!, StringComparison.Ordinal);
        var opmerking = scope.ServiceProvider.GetRequiredService<Evaluaties>().Opmerking(evaluatie)!;
        Assert.DoesNotContain("jan@voorbeeld.nl", opmerking, StringComparison.Ordinal);
        Assert.Contains("[e-mailadres]", opmerking, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resultaten_tonen_gemiddelden_pas_vanaf_vijf_antwoorden_en_een_aanbieder_ziet_alleen_het_eigen_aanbod()
    {
        Guid aanbod;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var coMensha = (await db.Set<Aanbod>().SingleAsync(a => a.Id == DemoAanbod.CoMenshaTraining)).OrganisatieId;
            var a = new Aanbod { Id = Guid.NewGuid(), Titel = "Evaluatietest", AanbiederNaam = "CoMensha", OrganisatieId = coMensha, Aanmelding = Aanmeldwijze.InSchakel };
            aanbod = a.Id;
            db.Add(a);
            await db.SaveChangesAsync();
        }
        var sessie = await factory.NieuweSessieAsync(capaciteit: 10, aanbodId: aanbod);
        async Task VoegToeAsync(int aantal, int score)
        {
            await using var scope = factory.Scope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            for (var i = 0; i < aantal; i++)
            {
                db.Add(new Evaluatie { Id = Guid.NewGuid(), SessieId = sessie, Inhoud = score, Trainer = score, Bruikbaarheid = score, Datum = new DateOnly(2026, 12, 1) });
            }
            await db.SaveChangesAsync();
        }
        await VoegToeAsync(4, 2);
        var aanbieder = await factory.AlsAsync(Rollen.Aanbieder);
        var html = await aanbieder.GetStringAsync("/bewustwording/evaluaties");
        Assert.Contains($"data-rij=\"{aanbod}\" data-aantal=\"4\" data-verborgen=\"ja\"", html);

        await VoegToeAsync(1, 4);
        html = await aanbieder.GetStringAsync("/bewustwording/evaluaties");
        Assert.Contains($"data-rij=\"{aanbod}\" data-aantal=\"5\" data-verborgen=\"nee\"", html);
        // (4 × 2 + 4) / 5 = 2.4
        var rij = html[html.IndexOf($"data-rij=\"{aanbod}\"", StringComparison.Ordinal)..];
        Assert.Matches("data-gemiddelde=\"inhoud\">2[.,]4<", rij);

        var fairWork = $"data-rij=\"{DemoAanbod.FairWorkTraining}\"";
        Assert.DoesNotContain(fairWork, html);
    }

    [Fact]
    public async Task Het_certificaat_is_een_getagde_pdf_met_sessie_en_aanbod_voor_de_professional_en_via_de_code()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 3);
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);
        await Aanmelden.PostFormAsync(client, "/bewustwording/mijn", new() { ["sessie"] = sessie.ToString() }, "/bewustwording/mijn?handler=Aanmelden");
        var (_, code) = await PubliekAanmeldenAsync(sessie, "Publieke Deelnemer");
        var eigen = (await factory.InschrijvingenAsync(sessie)).Single(i => i.MedewerkerId is not null);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/bewustwording/mijn/{eigen.Id}/certificaat")).StatusCode);
        await ZetAanwezigNaAfloopAsync(sessie);
        // Someone else's certificate does not exist for this account.
        var ander = await factory.AlsAsync(Rollen.Opsporing);
        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetAsync($"/bewustwording/mijn/{eigen.Id}/certificaat")).StatusCode);

        string titel;
        await using (var scope = factory.Scope())
        {
            titel = (await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Aanbod>().SingleAsync(a => a.Id == DemoAanbod.CoMenshaTraining)).Titel;
        }
        var pdf = await client.GetAsync($"/bewustwording/mijn/{eigen.Id}/certificaat");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var inspectie = PdfInspectie.Lees(await pdf.Content.ReadAsByteArrayAsync());
        Assert.True(inspectie.Getagd);
        Assert.StartsWith("nl", inspectie.Taal);
        Assert.Contains(titel.Split(' ')[0], inspectie.Tekst);
        Assert.Contains("Testzaal", inspectie.Tekst);
        // Without a display name: the neutral line and the organisation, never the e-mail address.
        var email = Schakel.Web.Features.Accounts.DemoAccounts.Voor(Rollen.Zorgcoordinator).Email;
        Assert.DoesNotContain(email, inspectie.Tekst);
        Assert.Contains("Deelnemer", inspectie.Tekst);
        Assert.Contains("SHOP", inspectie.Tekst);

        // The professional sets a display name on the account page (an e-mail address is refused next to the field).
        var geweigerd = await Aanmelden.PostFormAsync(client, "/account", new() { ["Weergavenaam"] = email });
        Assert.Equal(HttpStatusCode.BadRequest, geweigerd.StatusCode);
        Assert.Contains("id=\"weergavenaam-fout\"", await geweigerd.Content.ReadAsStringAsync());
        var bewaard = await Aanmelden.PostFormAsync(client, "/account", new() { ["Weergavenaam"] = "  Sanne Verhoeven " });
        Assert.Equal("/account", Aanmelden.Pad(bewaard));
        var metNaam = PdfInspectie.Lees(await (await client.GetAsync($"/bewustwording/mijn/{eigen.Id}/certificaat")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Verhoeven", metNaam.Tekst);
        Assert.DoesNotContain(email, metNaam.Tekst);

        var publiek = await MetCodeAsync(factory.NieuweClient(), code, "Certificaat");
        Assert.Equal(HttpStatusCode.OK, publiek.StatusCode);
        var publiekePdf = PdfInspectie.Lees(await publiek.Content.ReadAsByteArrayAsync());
        Assert.True(publiekePdf.Getagd);
        Assert.Contains("Publieke Deelnemer", publiekePdf.Tekst);
        Assert.Contains("Testzaal", publiekePdf.Tekst);
    }

    [GeneratedRegex("data-annuleercode>([^<]+)<")]
    private static partial Regex CodePatroon();
}

public sealed class DeelnameTestsSqlite(SqliteFactory factory) : DeelnameTests(factory), IClassFixture<SqliteFactory>;

public sealed class DeelnameTestsPostgres(PostgresFactory factory) : DeelnameTests(factory), IClassFixture<PostgresFactory>;
