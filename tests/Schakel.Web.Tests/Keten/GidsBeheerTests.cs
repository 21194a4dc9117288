using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Keten.Gids;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Keten;

/// <summary>
/// The staff pages of the partner directory and of the focal-officer register: who may edit what, errors next to
/// the field in nl and en with nothing stored, every change audited, and a confidential location that stays out of
/// the public directory and the HSDS export.
/// </summary>
public abstract class GidsBeheerTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
    private static readonly Guid Heit = DemoOrganisaties.IdVan(DemoOrganisaties.Heit);
    private static readonly Guid DenHaag = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"));

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private static string Veld(string html, string naam) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(naam)}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);

    /// <summary>Reads the form page, then posts with its antiforgery token and the one-time id the page gave.</summary>
    private static async Task<(HttpResponseMessage Antwoord, string Id)> PostAsync(HttpClient client, string formulierPad, string postPad, string idVeld, List<KeyValuePair<string, string>> velden)
    {
        var html = await client.GetStringAsync(Pad(formulierPad));
        var id = Veld(html, idVeld);
        velden.Add(new("__RequestVerificationToken", Veld(html, "__RequestVerificationToken")));
        velden.Add(new(idVeld, id));
        return (await client.PostAsync(Pad(postPad), new FormUrlEncodedContent(velden)), id);
    }

    private async Task<T> DbAsync<T>(Func<SchakelDbContext, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }

    [Fact]
    public async Task Ketenregisseur_legt_een_dienst_met_telefoon_openingstijd_contact_en_vertrouwelijke_locatie_vast_die_alleen_met_de_voordeur_openbaar_wordt()
    {
        var regisseur = factory.Als(Rsiv, Rollen.Ketenregisseur);
        var (locatiePost, locatieId) = await PostAsync(regisseur, $"/keten/gids/{Heit}/locatie", $"/keten/gids/{Heit}/locatie", "Formulier.Id",
        [
            new("Formulier.Naam", "Schuilhuis Verborgenlaan"), new("Formulier.Adres", "Verborgenlaan 12"), new("Formulier.Postcode", "2511 XX"),
            new("Formulier.Plaats", "Den Haag"), new("Formulier.GemeenteCode", "GM0518"), new("Formulier.Vertrouwelijk", "true"),
            new("Formulier.VoordeurTelefoon", "070 555 0101"), new("Formulier.InterneNotitie", "Sleutel bij de buren"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, locatiePost.StatusCode);

        var (dienstPost, dienstId) = await PostAsync(regisseur, $"/keten/gids/{Heit}/dienst", $"/keten/gids/{Heit}/dienst", "Formulier.Id",
        [
            new("Formulier.Naam", "Spreekuur uitbuiting in de horeca"), new("Formulier.Soort", "Advies"), new("Formulier.Zijde", "Slachtoffer"),
            new("Formulier.Vormen", "Arbeid"), new("Formulier.Talen", "nl, EN"), new("Formulier.Actief", "true"),
            new("Formulier.Gemeenten", "GM0518"), new("Formulier.Locaties", locatieId), new("Formulier.InterneNotitie", "Intern: alleen op afspraak"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, dienstPost.StatusCode);
        var dienstPad = $"/keten/gids/{Heit}/dienst/{dienstId}";
        Assert.Equal(dienstPad, dienstPost.Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(regisseur, dienstPad, dienstPad + "?handler=telefoon", "Onderdeel.Id",
            [new("Onderdeel.Nummer", "070 555 0199"), new("Onderdeel.Omschrijving", "Spreekuurlijn")])).Antwoord.StatusCode);
        // An empty day (bound as null in the list) is a field error on the form, not a server error, and stores nothing
        // (the one opening time below is the only one).
        var legeDag = (await PostAsync(regisseur, dienstPad, dienstPad + "?handler=openingstijd", "Onderdeel.Id",
            [new("Onderdeel.Dagen", ""), new("Onderdeel.Opent", "09:00"), new("Onderdeel.Sluit", "12:30")])).Antwoord;
        Assert.True(legeDag.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"status {legeDag.StatusCode}");
        Assert.Contains("href=\"#dag-MO\"", await legeDag.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(regisseur, dienstPad, dienstPad + "?handler=openingstijd", "Onderdeel.Id",
            [new("Onderdeel.Dagen", "TU"), new("Onderdeel.Dagen", "TH"), new("Onderdeel.Opent", "09:00"), new("Onderdeel.Sluit", "12:30")])).Antwoord.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(regisseur, dienstPad, dienstPad + "?handler=contact", "Onderdeel.Id",
            [new("Onderdeel.Naam", "Coördinator spreekuur"), new("Onderdeel.Email", "spreekuur@heit.voorbeeld.nl")])).Antwoord.StatusCode);

        var dienst = await DbAsync(db => db.Set<Dienst>().Include(d => d.Telefoons).Include(d => d.Openingstijden).Include(d => d.Contacten).Include(d => d.Locaties)
            .SingleAsync(d => d.Id == Guid.Parse(dienstId)));
        Assert.Equal("nl,en", dienst.Talen);
        Assert.Equal("070 555 0199", Assert.Single(dienst.Telefoons).Nummer);
        Assert.Equal("TU,TH", Assert.Single(dienst.Openingstijden).Dagen);
        Assert.Single(dienst.Contacten);
        Assert.Single(dienst.Locaties);

        // Every change has its audit entry.
        var acties = await DbAsync(db => db.Set<AuditRegel>().Where(a => a.ObjectId == dienstId || a.ObjectId == locatieId).Select(a => a.Actie).ToListAsync());
        Assert.Contains("gids.locatie.aangemaakt", acties);
        Assert.Contains("gids.dienst.aangemaakt", acties);
        Assert.Contains("gids.telefoon.toegevoegd", acties);
        Assert.Contains("gids.openingstijd.toegevoegd", acties);
        Assert.Contains("gids.contact.toegevoegd", acties);

        // Public: the service with its phone and hours; of the location only the front door; never the internal notes.
        var publiek = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync(Pad("/partnergids?gemeente=GM0518")));
        var hsds = await factory.CreateClient().GetStringAsync(Pad("/api/v1/hsds/locations"));
        var hsdsDiensten = await factory.CreateClient().GetStringAsync(Pad("/api/v1/hsds/services"));
        Assert.Contains("Spreekuur uitbuiting in de horeca", publiek, StringComparison.Ordinal);
        Assert.Contains("070 555 0199", publiek, StringComparison.Ordinal);
        Assert.Contains("070 555 0101", hsds, StringComparison.Ordinal);
        foreach (var geheim in new[] { "Verborgenlaan", "Schuilhuis", "Sleutel bij de buren", "Intern: alleen op afspraak" })
        {
            Assert.DoesNotContain(geheim, publiek, StringComparison.Ordinal);
            Assert.DoesNotContain(geheim, hsds, StringComparison.Ordinal);
            Assert.DoesNotContain(geheim, hsdsDiensten, StringComparison.Ordinal);
        }

        // A second post of the same phone form (same one-time id) adds nothing.
        var dienstHtml = await regisseur.GetStringAsync(Pad(dienstPad));
        var telefoonId = (await DbAsync(db => db.Set<GidsTelefoon>().SingleAsync(t => t.DienstId == Guid.Parse(dienstId)))).Id;
        var nogmaals = await regisseur.PostAsync(Pad(dienstPad + "?handler=telefoon"), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Veld(dienstHtml, "__RequestVerificationToken")), new("Onderdeel.Id", telefoonId.ToString()),
            new("Onderdeel.Nummer", "070 555 0199"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, nogmaals.StatusCode);
        Assert.Equal(1, await DbAsync(db => db.Set<GidsTelefoon>().CountAsync(t => t.DienstId == Guid.Parse(dienstId))));
    }

    [Theory]
    [InlineData("nl", "Vul een naam in", "Vul een geldig e-mailadres in", "Vul taalcodes van twee letters in", "Een vertrouwelijke locatie heeft")]
    [InlineData("en", "Enter a name", "Enter a valid e-mail address", "Enter two-letter language codes", "A confidential location needs")]
    public async Task Fouten_staan_bij_het_veld_in_de_taal_van_de_lezer_en_er_wordt_niets_opgeslagen(string taal, string naam, string email, string talen, string voordeur)
    {
        var regisseur = factory.Als(Rsiv, Rollen.Ketenregisseur);
        regisseur.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
        var (dienstPost, dienstId) = await PostAsync(regisseur, $"/keten/gids/{Heit}/dienst", $"/keten/gids/{Heit}/dienst", "Formulier.Id",
        [
            new("Formulier.Naam", " "), new("Formulier.Soort", "Advies"), new("Formulier.Zijde", "Slachtoffer"), new("Formulier.Email", "geen-adres"),
            new("Formulier.Talen", "nederlands"),
        ]);
        Assert.Equal(HttpStatusCode.OK, dienstPost.StatusCode);
        var html = WebUtility.HtmlDecode(await dienstPost.Content.ReadAsStringAsync());
        Assert.Matches($"id=\"fout-naam\">{Regex.Escape(naam)}", html);
        Assert.Matches($"id=\"fout-email\">{Regex.Escape(email)}", html);
        Assert.Matches($"id=\"fout-talen\">{Regex.Escape(talen)}", html);
        Assert.Contains("aria-describedby=\"fout-email\"", html, StringComparison.Ordinal);

        var (locatiePost, locatieId) = await PostAsync(regisseur, $"/keten/gids/{Heit}/locatie", $"/keten/gids/{Heit}/locatie", "Formulier.Id",
            [new("Formulier.Naam", "Opvangadres"), new("Formulier.Vertrouwelijk", "true"), new("Formulier.Postcode", "abc")]);
        Assert.Equal(HttpStatusCode.OK, locatiePost.StatusCode);
        var locatieHtml = WebUtility.HtmlDecode(await locatiePost.Content.ReadAsStringAsync());
        Assert.Matches($"id=\"fout-voordeurTelefoon\">{Regex.Escape(voordeur)}", locatieHtml);
        Assert.Contains("id=\"fout-postcode\"", locatieHtml, StringComparison.Ordinal);

        Assert.False(await DbAsync(db => db.Set<Dienst>().AnyAsync(d => d.Id == Guid.Parse(dienstId))));
        Assert.False(await DbAsync(db => db.Set<Locatie>().AnyAsync(l => l.Id == Guid.Parse(locatieId))));
    }

    [Fact]
    public async Task Een_organisatie_houdt_alleen_de_eigen_vermelding_bij()
    {
        var shop = factory.Als(Shop, Rollen.Zorgcoordinator);
        Assert.Equal(HttpStatusCode.OK, (await shop.GetAsync(Pad($"/keten/gids/{Shop}/dienst"))).StatusCode);
        var overzicht = await shop.GetStringAsync(Pad("/keten/gids"));
        Assert.Contains($"/keten/gids/{Shop}", overzicht, StringComparison.Ordinal);
        Assert.DoesNotContain($"/keten/gids/{Heit}", overzicht, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await shop.GetAsync(Pad($"/keten/gids/{Heit}"))).StatusCode);
        // A post against another organisation is refused before anything is read or stored.
        var html = await shop.GetStringAsync(Pad($"/keten/gids/{Shop}/dienst"));
        var id = Guid.NewGuid();
        var post = await shop.PostAsync(Pad($"/keten/gids/{Heit}/dienst"), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Veld(html, "__RequestVerificationToken")), new("Formulier.Id", id.ToString()),
            new("Formulier.Naam", "Overgenomen"), new("Formulier.Soort", "Advies"), new("Formulier.Zijde", "Slachtoffer"),
        ]));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await DbAsync(db => db.Set<Dienst>().AnyAsync(d => d.Id == id)));

        var anoniem = (await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(Pad("/keten/gids"))).StatusCode;
        Assert.True(anoniem is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"anoniem kreeg {anoniem}");
    }

    [Fact]
    public async Task Aandachtsfunctionaris_houdt_alleen_de_eigen_gemeente_bij_en_de_ketenregisseur_elke()
    {
        var regisseur = factory.Als(Rsiv, Rollen.Ketenregisseur);
        var (post, nieuwId) = await PostAsync(regisseur, "/keten/aandachtsfunctionarissen", "/keten/aandachtsfunctionarissen", "Formulier.Id",
        [
            new("Formulier.GemeenteCode", DemoAandachtsfunctionarissen.MiddenDelfland), new("Formulier.Naam", "Aandachtsfunctionaris Vergunningen"),
            new("Formulier.Email", "vergunningen@middendelfland.voorbeeld.nl"), new("Formulier.Afdeling", "Vergunningen"), new("Formulier.Zijde", "Dader"),
            new("Formulier.AangesteldOp", "2026-03-01"), new("Formulier.Actief", "true"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var rij = await DbAsync(db => db.Set<Aandachtsfunctionaris>().SingleAsync(a => a.Id == Guid.Parse(nieuwId)));
        Assert.Equal(new DateOnly(2026, 3, 1), rij.AangesteldOp);
        Assert.Equal(Schakel.Core.Keten.Aandachtsfunctionarisafdeling.Vergunningen, rij.Afdeling);
        Assert.Contains("aandachtsfunctionaris.aangemaakt", await DbAsync(db => db.Set<AuditRegel>().Where(a => a.ObjectId == nieuwId).Select(a => a.Actie).ToListAsync()));

        // The focal officer of 's-Gravenhage: another municipality's officer is not found, and cannot be added there.
        var denHaag = factory.Als(DenHaag, Rollen.Aandachtsfunctionaris);
        Assert.Equal(HttpStatusCode.NotFound, (await denHaag.GetAsync(Pad($"/keten/aandachtsfunctionarissen/{nieuwId}"))).StatusCode);
        var lijst = await denHaag.GetStringAsync(Pad("/keten/aandachtsfunctionarissen"));
        Assert.DoesNotContain("vergunningen@middendelfland", lijst, StringComparison.Ordinal);
        var (vreemd, vreemdId) = await PostAsync(denHaag, "/keten/aandachtsfunctionarissen", "/keten/aandachtsfunctionarissen", "Formulier.Id",
        [
            new("Formulier.GemeenteCode", DemoAandachtsfunctionarissen.MiddenDelfland), new("Formulier.Naam", "Indringer"), new("Formulier.Telefoon", "070 123 4567"),
            new("Formulier.Afdeling", "OOV"), new("Formulier.Zijde", "Dader"), new("Formulier.AangesteldOp", "2026-01-01"),
        ]);
        Assert.Equal(HttpStatusCode.OK, vreemd.StatusCode);
        Assert.Contains("id=\"fout-gemeenteCode\"", await vreemd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await DbAsync(db => db.Set<Aandachtsfunctionaris>().AnyAsync(a => a.Id == Guid.Parse(vreemdId))));

        // Editing the other municipality's officer by posting to its address is refused too, and it stays as it was.
        var html = await denHaag.GetStringAsync(Pad("/keten/aandachtsfunctionarissen"));
        var wijzig = await denHaag.PostAsync(Pad($"/keten/aandachtsfunctionarissen/{nieuwId}"), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Veld(html, "__RequestVerificationToken")), new("Formulier.Id", nieuwId),
            new("Formulier.GemeenteCode", DemoAandachtsfunctionarissen.DenHaag), new("Formulier.Naam", "Gekaapt"), new("Formulier.Telefoon", "070 123 4567"),
            new("Formulier.Afdeling", "OOV"), new("Formulier.Zijde", "Dader"), new("Formulier.AangesteldOp", "2026-01-01"),
        ]));
        Assert.Equal(HttpStatusCode.NotFound, wijzig.StatusCode);
        Assert.Equal("Aandachtsfunctionaris Vergunningen", (await DbAsync(db => db.Set<Aandachtsfunctionaris>().SingleAsync(a => a.Id == Guid.Parse(nieuwId)))).Naam);

        // Its own municipality: saved, with a deputy of the same municipality; no contact at all is refused at the field.
        var eigen = await DbAsync(db => db.Set<Aandachtsfunctionaris>().FirstAsync(a => a.GemeenteCode == DemoAandachtsfunctionarissen.DenHaag));
        var (zonderContact, _) = await PostAsync(denHaag, "/keten/aandachtsfunctionarissen", "/keten/aandachtsfunctionarissen", "Formulier.Id",
        [
            new("Formulier.GemeenteCode", DemoAandachtsfunctionarissen.DenHaag), new("Formulier.Naam", "Aandachtsfunctionaris Zorg"),
            new("Formulier.Afdeling", "SociaalDomein"), new("Formulier.Zijde", "Slachtoffer"), new("Formulier.AangesteldOp", "2026-02-01"),
        ]);
        Assert.Contains("id=\"fout-email\"", await zonderContact.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (goed, goedId) = await PostAsync(denHaag, "/keten/aandachtsfunctionarissen", "/keten/aandachtsfunctionarissen", "Formulier.Id",
        [
            new("Formulier.GemeenteCode", DemoAandachtsfunctionarissen.DenHaag), new("Formulier.Naam", "Aandachtsfunctionaris Zorg"),
            new("Formulier.Email", "zorg@denhaag.voorbeeld.nl"), new("Formulier.Afdeling", "SociaalDomein"), new("Formulier.Zijde", "Slachtoffer"),
            new("Formulier.PlaatsvervangerId", eigen.Id.ToString()), new("Formulier.AangesteldOp", "2026-02-01"), new("Formulier.Actief", "true"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        Assert.Equal(eigen.Id, (await DbAsync(db => db.Set<Aandachtsfunctionaris>().SingleAsync(a => a.Id == Guid.Parse(goedId)))).PlaatsvervangerId);

        // Roles outside the register are refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.Als(Shop, Rollen.Zorgcoordinator).GetAsync(Pad("/keten/aandachtsfunctionarissen"))).StatusCode);
    }
}

public sealed class GidsBeheerTestsSqlite(DoorverwijzingSqliteFactory f) : GidsBeheerTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class GidsBeheerTestsPostgres(DoorverwijzingPostgresFactory f) : GidsBeheerTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
