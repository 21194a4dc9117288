using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Bewustwording;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Security;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Bewustwording;
using Schakel.Web.Tests.Doorverwijzing.Partner;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Features.Api.Invoer;

/// <summary>The sweep's own data: the work the demo lacks, so every page with a form has something to show it on.</summary>
public abstract partial class PaginaFormulierFuzzTests
{
    /// <summary>
    /// Work the demo data lacks, made as reporters, the reporting point and partners would, so the detail pages and their forms
    /// exist: two public reports, a placement request, a referral the police still has open, a report whose referral the police
    /// finished, a started signals table with a report on it, a professional's own report and a past session a professional
    /// attended. Returns, per identity, the pages to visit first: those detail pages and the pages with a form that a walk
    /// within its page budget does not come to.
    /// </summary>
    private async Task<Dictionary<string, List<string>>> GegevensAsync(Dictionary<string, HttpClient> identiteiten)
    {
        var direct = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Bezoek(string rol, string pad) => (direct.TryGetValue(rol, out var l) ? l : direct[rol] = []).Add(pad);

        var anoniem = Client();
        for (var i = 0; i < 2; i++)
        {
            await Meldpunt.MeldpuntApi.MeldEnGeefCodeAsync(anoniem);
        }
        var shop = await ApiHulp.ClientMetTokenAsync(Client, ApiHulp.Zorgcoordinator);
        using (var verzoek = await shop.PostAsJsonAsync(new Uri("/api/v1/plaatsingsverzoeken", UriKind.Relative),
            new { geslacht = "vrouw", gevondenOp = DateTimeOffset.UtcNow.AddHours(-2), gevondenInGemeenteCode = "GM0518" }))
        {
            Assert.Equal(HttpStatusCode.Created, verzoek.StatusCode);
        }

        // The reporting point and the police as their demo API clients: the sweep's factory keeps the real sign-in for its walks.
        var rsiv = await ApiHulp.ClientMetTokenAsync(Client, ApiHulp.Beheerder);
        var politie = await ApiHulp.ClientMetTokenAsync(Client, "demo-politie-den-haag");

        // A referral to the police, open (the partner's referral page), on a triaged report (the reporting point's refer page).
        var (getrieerd, open) = await DoorverwezenAsync(rsiv);
        Bezoek(Rollen.Opsporing, $"/doorverwijzingen/{open}");
        Bezoek(Rollen.Ketenregisseur, $"/meldpunt/medewerkers/melding/{getrieerd}/doorverwijzen");

        // A referral the police finished: the reporting point may now tell the reporter the outcome.
        var (afgerond, klaar) = await DoorverwezenAsync(rsiv);
        foreach (var (actie, body) in new (string, object?)[]
        {
            ("_accepteren", null),
            ("_uitkomst", new { tekst = "Verhoor gepland.", soort = "opsporingsonderzoek" }),
            ("_afsluiten", new { reden = "Afgerond." }),
        })
        {
            using var a = await politie.PostAsJsonAsync(new Uri($"/api/v1/doorverwijzingen/{klaar}/{actie}", UriKind.Relative), body);
            Assert.True(a.StatusCode == HttpStatusCode.OK, $"{actie}: {a.StatusCode} {await a.Content.ReadAsStringAsync()}");
        }
        Bezoek(Rollen.Ketenregisseur, $"/meldpunt/medewerkers/melding/{afgerond}/terugkoppelen");

        // A signals table started on a legal basis, with the triaged report brought in.
        using (var t = await rsiv.PostAsJsonAsync(new Uri("/api/v1/signalentafels", UriKind.Relative),
            new { naam = "Signalentafel paginaproef", grondslag = (string?)null, leden = new[] { PartnerTestdata.Rsiv, PartnerTestdata.Politie, PartnerTestdata.Shop } }))
        {
            Assert.True(t.StatusCode == HttpStatusCode.Created, await t.Content.ReadAsStringAsync());
            var tafel = (await t.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
            using var start = await rsiv.PostAsJsonAsync(new Uri($"/api/v1/signalentafels/{tafel}/_starten", UriKind.Relative),
                new { grondslag = "Convenant RIEC, art. 4 (gezamenlijk verwerkingsverband)" });
            Assert.True(start.StatusCode == HttpStatusCode.OK, await start.Content.ReadAsStringAsync());
            using var signaal = await rsiv.PostAsJsonAsync(new Uri($"/api/v1/signalentafels/{tafel}/signalen", UriKind.Relative),
                new { meldingId = getrieerd });
            Assert.True(signaal.StatusCode == HttpStatusCode.Created, await signaal.Content.ReadAsStringAsync());
            Bezoek(Rollen.Ketenregisseur, $"/keten/signalentafels/{tafel}");
        }

        // The demo care coordinator's own report (signed in, so no receipt code: followed on "my reports").
        var zorg = DemoAccounts.Voor(Rollen.Zorgcoordinator);
        var ik = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(SchakelClaims.Organisatie, DemoOrganisaties.IdVan(zorg.Organisatie).ToString()),
            new Claim(ClaimTypes.NameIdentifier, DemoOrganisaties.IdVan("account:" + zorg.Email).ToString()),
            new Claim(SchakelClaims.Rol, Rollen.Zorgcoordinator),
        ], "test"));
        await using (var scope = factory.Scope())
        {
            var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
            {
                Soort = "adviesvraag", MelderType = "professional", Sector = "zorg",
                Omschrijving = "Een cliënt moest haar paspoort afgeven aan de bemiddelaar.",
            }, [], Indiener.Professional(ik));
            Assert.True(u.Gelukt, string.Join("; ", u.Fouten.SelectMany(f => f.Value)));
            Bezoek(Rollen.Zorgcoordinator, $"/meldpunt/mijn-meldingen/{u.MeldingId}");
        }

        // A session the demo focal officer signed up for and attended, now past: the evaluation form. Its management page
        // lies beyond the walk's page budget.
        var sessie = await factory.NieuweSessieAsync(capaciteit: 3);
        var aangemeld = await Aanmelden.PostFormAsync(identiteiten[Rollen.Aandachtsfunctionaris], "/bewustwording/mijn",
            new() { ["sessie"] = sessie.ToString(), ["rol"] = "gemeente.balie" }, "/bewustwording/mijn?handler=Aanmelden");
        Assert.Equal("/bewustwording/mijn", Aanmelden.Pad(aangemeld));
        await using (var scope = factory.Scope())
        {
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
        Bezoek(Rollen.Aandachtsfunctionaris, $"/bewustwording/mijn/{sessie}/evaluatie");
        foreach (var rol in new[] { Rollen.Aanbieder, Rollen.Ketenregisseur })
        {
            Bezoek(rol, $"/bewustwording/beheer/sessies/{sessie}");
        }

        // The other pages beyond the walk's page budget.
        Bezoek(Rollen.Beheerder, "/beheer/indicatoren/nieuw");
        // An action of the unit's regional plan: the chain director reports progress there, not on a national plan's actions.
        var sturingsactie = await DbAsync(db => db.Set<Actie>()
            .Where(a => db.Set<Plan>().Any(p => p.Id == a.PlanId && p.Niveau == Schakel.Core.Sturing.Planniveau.Regionaal))
            .OrderBy(a => a.Volgorde).ThenBy(a => a.Id).Select(a => a.Id).FirstAsync());
        Bezoek(Rollen.Ketenregisseur, $"/sturing/acties/{sturingsactie}");
        return direct;
    }

    /// <summary>A public report, triaged by the reporting point and referred to the police; its id and the referral's.</summary>
    private async Task<(Guid Melding, Guid Doorverwijzing)> DoorverwezenAsync(HttpClient meldpunt)
    {
        Guid meldingId;
        await using (var scope = factory.Scope())
        {
            var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
            {
                MelderType = "burger", Omschrijving = "Mensen slapen in een busje bij de loods.", GemeenteCode = "GM0518",
                Uitbuitingsvormen = ["arbeid"], NegeerPersoonsgegevensWaarschuwing = true,
            }, [], Indiener.Publiek());
            Assert.True(u.Gelukt, string.Join("; ", u.Fouten.SelectMany(x => x.Value)));
            meldingId = u.MeldingId!.Value;
        }
        using var triage = await meldpunt.PutAsJsonAsync(new Uri($"/api/v1/meldingen/{meldingId}/triage", UriKind.Relative), new
        {
            uitbuitingsvormen = new[] { "arbeid" }, indicatoren = Array.Empty<string>(), urgentie = "hoog", minderjarigBetrokken = "nee",
            zijde = "daderkant", gemeenteCode = "GM0518", aanknopingspunten = Array.Empty<object>(),
        });
        Assert.True(triage.StatusCode == HttpStatusCode.OK, await triage.Content.ReadAsStringAsync());
        using var antwoord = await meldpunt.PostAsJsonAsync(new Uri($"/api/v1/meldingen/{meldingId}/doorverwijzingen", UriKind.Relative), new
        {
            ontvangers = new[]
            {
                new
                {
                    organisatieId = PartnerTestdata.Politie, rol = "behandelaar", deelniveau = "volledig", doel = "Opsporing bij een signaal van arbeidsuitbuiting.",
                    grondslag = "OPS-WPG", toestemmingSlachtoffer = false, redenVitaalBelang = (string?)null, metMeldergegevens = false, toestemmingMelder = false,
                },
            },
            reden = "Paginaproef.",
        });
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, tekst);
        return (meldingId, System.Text.Json.Nodes.JsonNode.Parse(tekst)!["doorverwijzingen"]![0]!.GetValue<Guid>());
    }

    private async Task<T> DbAsync<T>(Func<SchakelDbContext, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }
}
