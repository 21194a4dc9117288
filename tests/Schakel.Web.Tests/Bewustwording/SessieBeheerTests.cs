using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Bewustwording;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Notificaties;

namespace Schakel.Web.Tests.Bewustwording;

/// <summary>
/// A planned session changed, given an online link or cancelled; participants told by their own page and a content-free
/// e-mail; the provider chosen on the offer form; attendance posted through the page and counted per organisation.
/// On both databases.
/// </summary>
public abstract class SessieBeheerTests(SchakelFactory factory)
{
    private static string SessiePagina(Guid sessie) => $"/bewustwording/beheer/sessies/{sessie}";

    private async Task<string> AanmeldenAsync(Guid sessie, string naam)
    {
        var email = $"{naam}.{Guid.NewGuid():N}@voorbeeld.nl";
        var (client, velden) = await factory.FormulierAsync(sessie, naam, email);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"/bewustwording/sessies/{sessie}/aanmelden", new FormUrlEncodedContent(velden))).StatusCode);
        return email;
    }

    private static Dictionary<string, string> Wijziging(DateTime begin, int capaciteit, string plaats = "Testzaal", string link = "") => new()
    {
        ["Wijziging.Begin"] = begin.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture), ["Wijziging.DuurUren"] = "2",
        ["Wijziging.Plaats"] = plaats, ["Wijziging.Link"] = link, ["Wijziging.Capaciteit"] = capaciteit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Wijziging.AanmeldenDagenVooraf"] = "1",
    };

    private async Task<List<string>> MailsAanAsync(params string[] adressen)
    {
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<InschrijvingBerichten>().VerstuurOpenstaandeAsync();
        }
        return Directory.Exists(factory.MailMap)
            ? Directory.GetFiles(factory.MailMap, "*.eml").Select(File.ReadAllText).Where(m => adressen.Any(a => m.Contains(a, StringComparison.OrdinalIgnoreCase))).ToList()
            : [];
    }

    private static string Body(string mail) => NotificatieTests.Normaliseer(mail[(mail.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);

    [Fact]
    public async Task Een_sessie_krijgt_een_online_link_en_wie_aangemeld_is_krijgt_bericht_zonder_inhoud()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 3, aanbodId: DemoAanbod.CoMenshaTraining);
        var eerste = await AanmeldenAsync(sessie, "Anna");
        var tweede = await AanmeldenAsync(sessie, "Bram");
        var aanbieder = await factory.AlsAsync(Rollen.Aanbieder);
        var begin = DateTime.Today.AddDays(40).AddHours(10);

        var r = await Aanmelden.PostFormAsync(aanbieder, SessiePagina(sessie), Wijziging(begin, 4, plaats: "", link: "https://vergader.voorbeeld.nl/training"),
            SessiePagina(sessie) + "?handler=Wijzigen");
        Assert.Equal(SessiePagina(sessie), Aanmelden.Pad(r));

        await using (var scope = factory.Scope())
        {
            var s = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Sessie>().AsNoTracking().SingleAsync(x => x.Id == sessie);
            Assert.Equal("https://vergader.voorbeeld.nl/training", s.Link);
            Assert.Null(s.Plaats);
            Assert.Equal(4, s.Capaciteit);
        }
        Assert.All(await factory.InschrijvingenAsync(sessie), i => Assert.Equal(Inschrijfbericht.SessieGewijzigd, i.Bericht));

        var mails = await MailsAanAsync(eerste, tweede);
        Assert.Equal(2, mails.Count);
        // One fixed text with the participant's own page: not the offer, the session, the change or a name.
        Assert.All(mails, m => Assert.Equal(NotificatieTests.Normaliseer(InschrijvingBerichten.Tekst("http://localhost:5080/bewustwording/mijn-aanmelding")), Body(m)));
        Assert.All(await factory.InschrijvingenAsync(sessie), i => Assert.False(i.BerichtWachtend));
        Assert.Empty(await MailsAanAsync("niemand-anders@voorbeeld.nl"));
    }

    [Fact]
    public async Task Minder_plaatsen_dan_aanmeldingen_wordt_geweigerd_met_een_duidelijke_melding()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 3, aanbodId: DemoAanbod.CoMenshaTraining);
        for (var i = 0; i < 3; i++)
        {
            await AanmeldenAsync(sessie, "Deelnemer" + i);
        }
        var regisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        var r = await Aanmelden.PostFormAsync(regisseur, SessiePagina(sessie), Wijziging(DateTime.Today.AddDays(30).AddHours(9), 2),
            SessiePagina(sessie) + "?handler=Wijzigen");
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("id=\"wijziging-capaciteit-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("Er zijn al 3 plaatsen bezet", html, StringComparison.Ordinal);

        // Values out of range are named per field and write nothing either (what cannot be read as a number or date at all
        // is refused before the page, as everywhere).
        var fout = await Aanmelden.PostFormAsync(regisseur, SessiePagina(sessie), new()
        {
            ["Wijziging.Begin"] = "", ["Wijziging.DuurUren"] = "99", ["Wijziging.Plaats"] = "", ["Wijziging.Link"] = "http://onveilig.voorbeeld.nl",
            ["Wijziging.Capaciteit"] = "0",
        }, SessiePagina(sessie) + "?handler=Wijzigen");
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        var onleesbaar = Wijziging(DateTime.Today.AddDays(30).AddHours(9), 2);
        onleesbaar["Wijziging.Capaciteit"] = "veel";
        Assert.Equal(HttpStatusCode.BadRequest, (await Aanmelden.PostFormAsync(regisseur, SessiePagina(sessie), onleesbaar, SessiePagina(sessie) + "?handler=Wijzigen")).StatusCode);
        // A NUL never reaches the page: refused as a whole, nothing written.
        var vijandig = Wijziging(DateTime.Today.AddDays(30).AddHours(9), 2, plaats: "Zaal\0", link: "https://x.voorbeeld.nl/");
        Assert.Equal(HttpStatusCode.BadRequest, (await Aanmelden.PostFormAsync(regisseur, SessiePagina(sessie), vijandig, SessiePagina(sessie) + "?handler=Wijzigen")).StatusCode);
        var foutHtml = await fout.Content.ReadAsStringAsync();
        foreach (var veld in new[] { "begin", "duurUren", "link", "capaciteit" })
        {
            Assert.Contains($"id=\"wijziging-{veld}-fout\"", foutHtml, StringComparison.Ordinal);
        }
        await using var scope = factory.Scope();
        Assert.Equal(3, (await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Sessie>().AsNoTracking().SingleAsync(x => x.Id == sessie)).Capaciteit);
        Assert.All(await factory.InschrijvingenAsync(sessie), i => Assert.Null(i.Bericht));
    }

    [Fact]
    public async Task Meer_plaatsen_schuift_de_wachtlijst_door_en_wie_doorschuift_krijgt_bericht()
    {
        // Whole minutes, as the form shows them: the same time posted back is no change of time.
        var sessie = await factory.NieuweSessieAsync(capaciteit: 1, aanbodId: DemoAanbod.CoMenshaTraining,
            begin: new DateTimeOffset(DateTime.UtcNow.Date.AddDays(30).AddHours(9), TimeSpan.Zero));
        var eerste = await AanmeldenAsync(sessie, "Cas");
        var tweede = await AanmeldenAsync(sessie, "Dina");
        var derde = await AanmeldenAsync(sessie, "Eva");
        var regisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        var html = await regisseur.GetStringAsync(SessiePagina(sessie));
        var begin = System.Text.RegularExpressions.Regex.Match(html, "name=\"Wijziging.Begin\" value=\"([^\"]+)\"").Groups[1].Value;

        var velden = Wijziging(DateTime.Parse(begin, System.Globalization.CultureInfo.InvariantCulture), 2);
        Assert.Equal(SessiePagina(sessie), Aanmelden.Pad(await Aanmelden.PostFormAsync(regisseur, SessiePagina(sessie), velden, SessiePagina(sessie) + "?handler=Wijzigen")));

        var rijen = await factory.InschrijvingenAsync(sessie);
        Assert.Equal([Inschrijfstatus.Ingeschreven, Inschrijfstatus.Ingeschreven, Inschrijfstatus.Wachtlijst], rijen.Select(i => i.Status));
        // Same time and place: only the one who moved up is told.
        Assert.Equal([null, Inschrijfbericht.Doorgeschoven, null], rijen.Select(i => i.Bericht));
        var mails = await MailsAanAsync(eerste, tweede, derde);
        Assert.Single(mails);
        Assert.Contains(tweede, mails[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Een_geannuleerde_sessie_meldt_iedereen_en_is_openbaar_zichtbaar_maar_niet_te_boeken()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 1, aanbodId: DemoAanbod.CoMenshaTraining);
        var ingeschreven = await AanmeldenAsync(sessie, "Fleur");
        var wachtend = await AanmeldenAsync(sessie, "Gijs");
        var aanbieder = await factory.AlsAsync(Rollen.Aanbieder);
        var r = await Aanmelden.PostFormAsync(aanbieder, SessiePagina(sessie), new(), SessiePagina(sessie) + "?handler=AnnulerenSessie");
        Assert.Equal(SessiePagina(sessie), Aanmelden.Pad(r));

        Assert.All(await factory.InschrijvingenAsync(sessie), i => Assert.Equal(Inschrijfbericht.SessieGeannuleerd, i.Bericht));
        Assert.Equal(2, (await MailsAanAsync(ingeschreven, wachtend)).Count);
        Assert.Contains("data-sessie-geannuleerd", await aanbieder.GetStringAsync(SessiePagina(sessie)), StringComparison.Ordinal);
        Assert.Contains("data-geannuleerd", await aanbieder.GetStringAsync($"/bewustwording/beheer/aanbod/{DemoAanbod.CoMenshaTraining}"), StringComparison.Ordinal);

        // The public page shows it as cancelled, without a way to sign up; a sign-up posted anyway is closed.
        var publiek = await factory.NieuweClient().GetStringAsync($"/bewustwording/aanbod/{DemoAanbod.CoMenshaTraining}");
        var rij = publiek[publiek.IndexOf($"data-sessie-id=\"{sessie}\"", StringComparison.Ordinal)..];
        rij = rij[..rij.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("data-geannuleerd", rij, StringComparison.Ordinal);
        Assert.DoesNotContain("/aanmelden", rij, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"sleutel\"", await factory.NieuweClient().GetStringAsync($"/bewustwording/sessies/{sessie}/aanmelden"), StringComparison.Ordinal);
        await using (var scope = factory.Scope())
        {
            var uitkomst = await scope.ServiceProvider.GetRequiredService<Inschrijven>().InschrijvenAsync(sessie,
                new Deelnemer(null, null, "Hans", "hans@voorbeeld.nl", null, null), Schakel.Web.Security.Audit.AuditActor.Anoniem, "web", null, default);
            Assert.IsType<InschrijfUitkomst.Gesloten>(uitkomst);
        }
        Assert.Equal(2, (await factory.InschrijvingenAsync(sessie)).Count);

        // Changing a cancelled session is refused.
        var wijzig = await Aanmelden.PostFormAsync(aanbieder, SessiePagina(sessie), Wijziging(DateTime.Today.AddDays(30).AddHours(9), 5), SessiePagina(sessie) + "?handler=Wijzigen");
        Assert.Equal(HttpStatusCode.BadRequest, wijzig.StatusCode);
    }

    [Theory]
    [InlineData(Rollen.Aandachtsfunctionaris)]
    [InlineData(Rollen.Zorgcoordinator)]
    [InlineData(Rollen.Opsporing)]
    [InlineData(Rollen.Opvangmedewerker)]
    [InlineData(Rollen.Beheerder)]
    [InlineData(Rollen.FunctionarisGegevensbescherming)]
    public async Task Andere_rollen_wijzigen_of_annuleren_geen_sessie(string rol)
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 5, aanbodId: DemoAanbod.CoMenshaTraining);
        var client = await factory.AlsAsync(rol);
        // The form token comes from a page every staff role opens (the data protection officer has no sign-ups page); the session page
        // itself is closed to them.
        Assert.Equal("/geweigerd", Aanmelden.Pad(await Aanmelden.PostFormAsync(client, "/notificaties", new(), SessiePagina(sessie) + "?handler=AnnulerenSessie")));
        Assert.Equal("/geweigerd", Aanmelden.Pad(await Aanmelden.PostFormAsync(client, "/notificaties", Wijziging(DateTime.Today.AddDays(9), 9),
            SessiePagina(sessie) + "?handler=Wijzigen")));
        Assert.Equal("/geweigerd", Aanmelden.Pad(await client.GetAsync(SessiePagina(sessie))));
        await using var scope = factory.Scope();
        var s = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Sessie>().AsNoTracking().SingleAsync(x => x.Id == sessie);
        Assert.False(s.Geannuleerd);
        Assert.Equal(5, s.Capaciteit);
    }

    [Fact]
    public async Task Een_aanbieder_wijzigt_of_annuleert_geen_sessie_van_een_andere_aanbieder()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 5, aanbodId: DemoAanbod.FairWorkTraining);
        var aanbieder = await factory.AlsAsync(Rollen.Aanbieder);
        Assert.Equal(HttpStatusCode.NotFound, (await aanbieder.GetAsync(SessiePagina(sessie))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Aanmelden.PostFormAsync(aanbieder, "/bewustwording/mijn", new(), SessiePagina(sessie) + "?handler=AnnulerenSessie")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Aanmelden.PostFormAsync(aanbieder, "/bewustwording/mijn", Wijziging(DateTime.Today.AddDays(9), 9),
            SessiePagina(sessie) + "?handler=Wijzigen")).StatusCode);
        await using var scope = factory.Scope();
        Assert.False((await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Sessie>().AsNoTracking().SingleAsync(x => x.Id == sessie)).Geannuleerd);
    }

    [Fact]
    public async Task De_ketenregisseur_kiest_de_aanbieder_en_die_houdt_het_aanbod_bij_een_aanbieder_kiest_geen_ander()
    {
        Guid coMensha, shop;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            coMensha = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.CoMensha).Select(o => o.Id).SingleAsync();
            shop = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Shop).Select(o => o.Id).SingleAsync();
        }
        var titel = "Training " + Guid.NewGuid().ToString("N")[..8];
        Dictionary<string, string> Formulier(Guid aanbieder) => new()
        {
            ["Invoer.Titel"] = titel, ["Invoer.Soort"] = "Training", ["Invoer.Doelgroepen"] = "gemeente.balie", ["Invoer.Talen"] = "nl",
            ["Invoer.Werkvorm"] = "OpLocatie", ["Invoer.Aanmelding"] = "InSchakel", ["Invoer.Actief"] = "true", ["Invoer.Aanbieder"] = aanbieder.ToString(),
        };
        var regisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        Assert.Contains($"<option value=\"{coMensha}\"", await regisseur.GetStringAsync("/bewustwording/beheer/aanbod"), StringComparison.Ordinal);
        var r = await Aanmelden.PostFormAsync(regisseur, "/bewustwording/beheer/aanbod", Formulier(coMensha));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Guid id;
        await using (var scope = factory.Scope())
        {
            var a = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Aanbod>().AsNoTracking().SingleAsync(x => x.Titel == titel);
            Assert.Equal(coMensha, a.OrganisatieId);
            Assert.Equal(DemoOrganisaties.CoMensha, a.AanbiederNaam);
            id = a.Id;
        }

        // CoMensha's own staff now keep it; they cannot hand it to another organisation.
        var aanbieder = await factory.AlsAsync(Rollen.Aanbieder);
        Assert.Contains(id.ToString(), await aanbieder.GetStringAsync("/bewustwording/beheer"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"aanbieder\"", await aanbieder.GetStringAsync($"/bewustwording/beheer/aanbod/{id}"), StringComparison.Ordinal);
        var weg = await Aanmelden.PostFormAsync(aanbieder, $"/bewustwording/beheer/aanbod/{id}", Formulier(shop));
        Assert.Equal(HttpStatusCode.BadRequest, weg.StatusCode);
        Assert.Contains("id=\"aanbieder-fout\"", await weg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var eigen = Formulier(coMensha);
        eigen["Invoer.Omschrijving"] = "Door CoMensha zelf verbeterd.";
        Assert.Equal(HttpStatusCode.Redirect, (await Aanmelden.PostFormAsync(aanbieder, $"/bewustwording/beheer/aanbod/{id}", eigen)).StatusCode);
        // A provider's new offer is its own, whatever id is posted as provider.
        var nieuw = await Aanmelden.PostFormAsync(aanbieder, "/bewustwording/beheer/aanbod", Formulier(shop));
        Assert.Equal(HttpStatusCode.BadRequest, nieuw.StatusCode);

        // An id that is no organisation providing trainings is refused for the ketenregisseur too.
        var onbekend = await Aanmelden.PostFormAsync(regisseur, $"/bewustwording/beheer/aanbod/{id}", Formulier(Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.BadRequest, onbekend.StatusCode);
        await using (var scope = factory.Scope())
        {
            var a = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Aanbod>().AsNoTracking().SingleAsync(x => x.Id == id);
            Assert.Equal(coMensha, a.OrganisatieId);
            Assert.Equal("Door CoMensha zelf verbeterd.", a.Omschrijving);
        }
    }

    [Fact]
    public async Task Aanwezigheid_via_de_pagina_telt_per_organisatie()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 5, aanbodId: DemoAanbod.CoMenshaTraining);
        // A professional signs up as themselves; a member of the public without an organisation too.
        var professional = await factory.AlsAsync(Rollen.Zorgcoordinator);
        await Aanmelden.PostFormAsync(professional, "/bewustwording/mijn", new() { ["sessie"] = sessie.ToString(), ["rol"] = "extern.zorg" },
            "/bewustwording/mijn?handler=Aanmelden");
        await AanmeldenAsync(sessie, "Ilse");
        var rijen = await factory.InschrijvingenAsync(sessie);
        Assert.Equal(2, rijen.Count);
        string organisatie;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var orgId = rijen.Single(r => r.MedewerkerId is not null).OrganisatieId;
            organisatie = await db.Set<Organisatie>().Where(o => o.Id == orgId).Select(o => o.Naam).SingleAsync();
        }

        var aanbieder = await factory.AlsAsync(Rollen.Aanbieder);
        var inhoud = new List<KeyValuePair<string, string>>(rijen.Select(r => new KeyValuePair<string, string>("aanwezig", r.Id.ToString())));
        var html = await aanbieder.GetStringAsync(SessiePagina(sessie));
        inhoud.Add(new("__RequestVerificationToken", Aanmelden.Token(html)));
        var post = await aanbieder.PostAsync(SessiePagina(sessie) + "?handler=Aanwezigheid", new FormUrlEncodedContent(inhoud));
        Assert.Equal(SessiePagina(sessie), Aanmelden.Pad(post));
        Assert.All(await factory.InschrijvingenAsync(sessie), r => Assert.True(r.Aanwezig));

        var pagina = System.Net.WebUtility.HtmlDecode(await aanbieder.GetStringAsync(SessiePagina(sessie)));
        var perOrganisatie = pagina[pagina.IndexOf("id=\"per-organisatie-kop\"", StringComparison.Ordinal)..];
        Assert.Matches($"data-per-organisatie=\"{System.Text.RegularExpressions.Regex.Escape(organisatie)}\">\\s*<th[^>]*>[^<]*</th>\\s*<td[^>]*data-aantal>1<", perOrganisatie);
        Assert.Matches("data-per-organisatie=\"\">\\s*<th[^>]*>[^<]*</th>\\s*<td[^>]*data-aantal>1<", perOrganisatie);
    }
}

public sealed class SessieBeheerTestsSqlite(SqliteFactory factory) : SessieBeheerTests(factory), IClassFixture<SqliteFactory>;

public sealed class SessieBeheerTestsPostgres(PostgresFactory factory) : SessieBeheerTests(factory), IClassFixture<PostgresFactory>;
