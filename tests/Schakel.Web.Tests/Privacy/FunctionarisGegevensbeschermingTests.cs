using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Privacy.Bewaring;
using Schakel.Web.Features.Privacy.Grondslagen;
using Schakel.Web.Features.Privacy.Rechten;
using Schakel.Web.Features.Privacy.Toezicht;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;
using static Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata;

namespace Schakel.Web.Tests.Privacy;

/// <summary>
/// The data protection officer (AVG art. 38–39) reads the register, the legal bases, the requests' deadlines, holds, retention and the
/// audit summary; changes none of them; opens no report, referral, shelter page or request's person. The other roles keep what they had.
/// </summary>
public abstract class FunctionarisGegevensbeschermingTests(SchakelFactory factory)
{
    private const string Fg = Rollen.FunctionarisGegevensbescherming;
    private const string Merk = "Fgproef";

    private static ClaimsPrincipal Medewerker(Guid organisatie, string rol) => Testmedewerker.Van(organisatie, rol);

    [Fact]
    public async Task Een_account_dat_functionaris_en_behandelaar_is_leest_alleen_de_verzoeken_van_de_eigen_organisatie()
    {
        await using var scope = factory.Scope();
        var verzoeken = scope.ServiceProvider.GetRequiredService<Verzoeken>();
        var vandaag = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var u = await verzoeken.RegistreerAsync(Medewerker(Rsiv, Rollen.Aandachtsfunctionaris),
            new VerzoekInvoer(VerzoekSoort.Inzage, vandaag, "Twee Petten " + Merk, null, null, null), CancellationToken.None);
        Assert.True(u.Gelukt);

        var anderOrganisatie = Schakel.Web.Features.Organisaties.DemoOrganisaties.IdVan(Schakel.Web.Features.Organisaties.DemoOrganisaties.Shop);
        var beide = Testmedewerker.Van(anderOrganisatie, Fg, Rollen.Aandachtsfunctionaris);
        Assert.Null(await verzoeken.LeesAsync(beide, u.Id!.Value, Herkomst.Web, CancellationToken.None));
        Assert.DoesNotContain(await verzoeken.LijstAsync(beide, CancellationToken.None), v => v.Id == u.Id);
        // The officer alone still sees it in the list, without its person.
        Assert.Contains(await verzoeken.LijstAsync(Medewerker(anderOrganisatie, Fg), CancellationToken.None), v => v.Id == u.Id);
    }

    private async Task<HttpStatusCode> StatusAsync(HttpClient client, string pad) => (await client.GetAsync(Pad(pad))).StatusCode;

    [Fact]
    public async Task De_functionaris_leest_register_grondslagen_verzoeken_en_toezicht_en_andere_rollen_houden_hun_toegang()
    {
        var fg = factory.Als(Rsiv, Fg);
        foreach (var pad in new[] { "/privacy/toezicht", "/beheer/verwerkingsregister", "/beheer/verwerkingsregister/export?formaat=csv", "/beheer/grondslagen", "/privacy/verzoeken" })
        {
            Assert.True(await StatusAsync(fg, pad) == HttpStatusCode.OK, pad);
        }
        var grondslagen = await fg.GetStringAsync(Pad("/beheer/grondslagen"));
        Assert.Contains("id=\"alleen-lezen\"", grondslagen, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Vastleggen", grondslagen, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Beeindigen", grondslagen, StringComparison.Ordinal);
        var verzoeken = await fg.GetStringAsync(Pad("/privacy/verzoeken"));
        Assert.Contains("id=\"alleen-lezen\"", verzoeken, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Naam\"", verzoeken, StringComparison.Ordinal);

        var fgApi = factory.AlsApiClient(Rsiv, Fg);
        foreach (var pad in new[] { "/api/v1/verwerkingsregister", "/api/v1/verwerkingsgrondslagen", "/api/v1/audit/verificatie" })
        {
            Assert.True(await StatusAsync(fgApi, pad) == HttpStatusCode.OK, pad);
        }
        // Handling requests (and reading their persons) stays with the reporting point.
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(fgApi, "/api/v1/privacyverzoeken"));

        // What the others had, they keep: the beheerder's forms, the reporting point's form; the officer's page is the officer's.
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        Assert.Contains("handler=Vastleggen", await beheerder.GetStringAsync(Pad("/beheer/grondslagen")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(beheerder, "/beheer/verwerkingsregister"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(factory.AlsApiClient(Rsiv, Rollen.Beheerder), "/api/v1/verwerkingsregister"));
        Assert.Contains("name=\"Naam\"", await factory.Als(Rsiv, Rollen.Aandachtsfunctionaris).GetStringAsync(Pad("/privacy/verzoeken")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(beheerder, "/privacy/toezicht"));
        var zorg = factory.Als(Shop, Rollen.Zorgcoordinator);
        foreach (var pad in new[] { "/privacy/toezicht", "/beheer/verwerkingsregister", "/beheer/grondslagen", "/privacy/verzoeken" })
        {
            Assert.True(await StatusAsync(zorg, pad) == HttpStatusCode.Forbidden, pad);
        }
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(factory.AlsApiClient(Shop, Rollen.Zorgcoordinator), "/api/v1/verwerkingsregister"));
    }

    /// <summary>Pages every role working in the chain gets, which the officer does not use: each refuses an account that is only officer.</summary>
    public static TheoryData<string> NietVoorDeFunctionaris => new()
    {
        "/keten/gids", "/monitor/dashboard", "/monitor/definities", "/monitor/edities", "/meldpunt/mijn-meldingen", "/bewustwording/mijn",
    };

    [Theory]
    [MemberData(nameof(NietVoorDeFunctionaris))]
    public async Task Een_pagina_buiten_het_menu_van_de_functionaris_weigert_de_functionaris(string pad)
    {
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(factory.Als(Rsiv, Fg), pad));
        // An account that is officer and works in the chain too keeps the page, as does every other role that had it.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(factory.Als(Rsiv, Fg, Rollen.Ketenregisseur), pad));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(factory.Als(Rsiv, Rollen.Ketenregisseur), pad));
    }

    [Fact]
    public async Task Het_menu_van_de_functionaris_toont_alleen_wat_de_functionaris_gebruikt()
    {
        var werkplek = await factory.Als(Rsiv, Fg).GetStringAsync(Pad("/werkplek"));
        var nav = System.Text.RegularExpressions.Regex.Match(werkplek, "<nav[^>]*id=\"werkplekmenu\"[\\s\\S]*?</nav>").Value;
        var links = System.Text.RegularExpressions.Regex.Matches(nav, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["/werkplek", "/notificaties", PrivacyToezicht.Pad, "/beheer/grondslagen", "/beheer/verwerkingsregister", "/privacy/verzoeken"], links);
        // The directory every role may edit is not offered, nor through its API.
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(factory.AlsApiClient(Rsiv, Fg), "/api/v1/gids/organisaties"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(factory.Als(Rsiv, Fg), "/notificaties"));
    }

    [Fact]
    public async Task De_functionaris_ziet_termijnen_zonder_persoon_en_wijzigt_niets()
    {
        DateOnly vandaag;
        Guid id;
        await using (var scope = factory.Scope())
        {
            vandaag = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var u = await scope.ServiceProvider.GetRequiredService<Verzoeken>().RegistreerAsync(Medewerker(Rsiv, Rollen.Aandachtsfunctionaris),
                new VerzoekInvoer(VerzoekSoort.Inzage, vandaag.AddDays(-27), "Fenna " + Merk, null, null, null), CancellationToken.None);
            Assert.True(u.Gelukt);
            id = u.Id!.Value;
        }

        var fg = factory.Als(Rsiv, Fg);
        var lijst = await fg.GetStringAsync(Pad("/privacy/verzoeken"));
        Assert.Contains($"data-verzoek=\"{id}\"", lijst, StringComparison.Ordinal);
        // Whose request it is, so the officer knows whom to ask about a late one; the reporting point sees only its own and no column.
        Assert.Contains($"data-organisatie=\"{Rsiv}\"", lijst, StringComparison.Ordinal);
        Assert.DoesNotContain("data-organisatie=", await factory.Als(Rsiv, Rollen.Aandachtsfunctionaris).GetStringAsync(Pad("/privacy/verzoeken")), StringComparison.Ordinal);
        Assert.DoesNotContain(Merk, lijst, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/privacy/verzoeken/{id}\"", lijst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(fg, $"/privacy/verzoeken/{id}"));

        // The menu count: open requests of every organisation whose deadline is a week or less away (or passed).
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var grens = vandaag.AddDays(Termijnstand.WaarschuwingDagen);
            var verwacht = await db.Set<VerzoekBetrokkene>().CountAsync(v => v.Status == VerzoekStatus.Open && v.Uiterlijk <= grens);
            Assert.True(verwacht >= 1);
            var teller = scope.ServiceProvider.GetServices<Schakel.Web.Features.Accounts.IWerkplekTeller>().OfType<VerzoekTeller>().Single();
            Assert.Equal(verwacht, await teller.TelAsync(Medewerker(Rsiv, Fg), CancellationToken.None));
            // The reporting point's count is unchanged: its own open requests.
            var open = await db.Set<VerzoekBetrokkene>().CountAsync(v => v.Status == VerzoekStatus.Open && v.OrganisatieId == Rsiv);
            Assert.Equal(open, await teller.TelAsync(Medewerker(Rsiv, Rollen.Aandachtsfunctionaris), CancellationToken.None));
        }

        // The watch tells the officer of a nearing deadline too, content-free, on the officer's own overview.
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            Task<int> FgMeldingenAsync() => db.Set<Notificatie>().CountAsync(n => n.OrganisatieId == Rsiv && n.Rol == Fg
                && n.Soort == NotificatieSoorten.VerzoekTermijnNadert && n.Link == PrivacyToezicht.Pad);
            var voor = await FgMeldingenAsync();
            var (gemeld, _) = await scope.ServiceProvider.GetRequiredService<VerzoekBewaking>().VoerUitAsync(CancellationToken.None);
            Assert.True(gemeld >= 1);
            Assert.Equal(voor + 1, await FgMeldingenAsync());
            Assert.NotNull(await db.Set<VerzoekBetrokkene>().Where(v => v.Id == id).Select(v => v.TermijnGemeldOp).SingleAsync());
        }

        // Posting the forms the officer is not shown is refused, and nothing is stored.
        var (verzoekenVoor, grondslagenVoor) = await TellingAsync();
        var r = await Aanmelden.PostFormAsync(fg, "/privacy/verzoeken", new()
        {
            ["Soort"] = "Inzage", ["OntvangenOp"] = vandaag.ToString("yyyy-MM-dd"), ["Naam"] = "Geert " + Merk,
        });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        r = await Aanmelden.PostFormAsync(fg, "/beheer/grondslagen", new()
        {
            ["Doel"] = "Opvolging", ["Categorie"] = "Toezichthouder", ["Grondslag"] = "Grondslag " + Merk,
        }, "/beheer/grondslagen?handler=Vastleggen");
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        var rij = await DbAsync(factory, db => db.Set<VerwerkingsgrondslagRij>().Where(g => g.BeeindigdOp == null).Select(g => g.Id).FirstAsync());
        r = await Aanmelden.PostFormAsync(fg, "/beheer/grondslagen", [], $"/beheer/grondslagen?handler=Beeindigen&id={rij}");
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Equal((verzoekenVoor, grondslagenVoor), await TellingAsync());
        Assert.Null(await DbAsync(factory, db => db.Set<VerwerkingsgrondslagRij>().Where(g => g.Id == rij).Select(g => g.BeeindigdOp).SingleAsync()));
    }

    private Task<(int, int)> TellingAsync() => DbAsync(factory, async db =>
        (await db.Set<VerzoekBetrokkene>().CountAsync(), await db.Set<VerwerkingsgrondslagRij>().CountAsync(g => g.BeeindigdOp == null)));

    [Fact]
    public async Task De_functionaris_opent_geen_melding_doorverwijzing_of_opvang_maar_ziet_blokkades_zonder_reden()
    {
        var id = await DoorverwezenAsync(factory, "volledig");
        var melding = await DbAsync(factory, db => db.Set<DoorverwijzingRij>().Where(d => d.Id == id).Select(d => d.MeldingId).SingleAsync());
        await using (var scope = factory.Scope())
        {
            var u = await scope.ServiceProvider.GetRequiredService<Bewaarblokkades>().ZetAsync(Medewerker(Rsiv, Rollen.Aandachtsfunctionaris),
                BewaarObjectSoort.Melding, melding, "Lopend onderzoek " + Merk, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30), Herkomst.Web, CancellationToken.None);
            Assert.NotNull(u.Blokkade);
        }

        var fg = factory.Als(Rsiv, Fg);
        foreach (var pad in new[] { $"/doorverwijzingen/{id}", "/doorverwijzingen", $"/meldpunt/medewerkers/melding/{melding}", "/meldpunt/medewerkers", "/opvang/bord" })
        {
            Assert.True(await StatusAsync(fg, pad) == HttpStatusCode.Forbidden, pad);
        }
        Assert.NotEqual(HttpStatusCode.OK, await StatusAsync(fg, $"/bewaring/melding/{melding}"));
        var fgApi = factory.AlsApiClient(Rsiv, Fg);
        foreach (var pad in new[] { $"/api/v1/doorverwijzingen/{id}", $"/api/v1/meldingen/{melding}/triage", $"/api/v1/meldingen/{melding}/doorverwijzingen", $"/api/v1/bewaarblokkades/melding/{melding}" })
        {
            Assert.True(await StatusAsync(fgApi, pad) == HttpStatusCode.Forbidden, pad);
        }
        // The receiver still reads its referral.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Ontvanger(factory), $"/doorverwijzingen/{id}"));

        // A hold that ended years ago is history, not something to watch: the overview leaves it out.
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.Add(new Bewaarblokkade
            {
                Id = Guid.NewGuid(), ObjectSoort = BewaarObjectSoort.Melding, ObjectId = melding, OrganisatieId = Rsiv, GezetDoor = "test",
                GezetOp = new DateTimeOffset(2019, 3, 4, 0, 0, 0, TimeSpan.Zero), EindDatum = new DateTimeOffset(2019, 9, 4, 0, 0, 0, TimeSpan.Zero),
                OpgehevenOp = new DateTimeOffset(2019, 5, 6, 0, 0, 0, TimeSpan.Zero), OpgehevenDoor = "test",
            });
            await db.SaveChangesAsync();
        }
        var toezicht = await fg.GetStringAsync(Pad("/privacy/toezicht"));
        Assert.DoesNotContain("2019-03-04", toezicht, StringComparison.Ordinal);
        Assert.Contains("id=\"toezicht-blokkades\"", toezicht, StringComparison.Ordinal);
        Assert.Contains("data-actief=\"ja\"", toezicht, StringComparison.Ordinal);
        Assert.Contains("data-actie=\"bewaring.blokkade-gezet\"", toezicht, StringComparison.Ordinal);
        foreach (var geheim in Identificerend.Append(Merk))
        {
            Assert.DoesNotContain(geheim, toezicht, StringComparison.Ordinal);
        }
        var open = await DbAsync(factory, db => db.Set<VerzoekBetrokkene>().CountAsync(v => v.Status == VerzoekStatus.Open));
        Assert.Contains($"data-open=\"{open}\"", toezicht, StringComparison.Ordinal);
    }
}

public sealed class FunctionarisGegevensbeschermingTestsSqlite(MeldpuntSqliteFactory factory)
    : FunctionarisGegevensbeschermingTests(factory), IClassFixture<MeldpuntSqliteFactory>;

public sealed class FunctionarisGegevensbeschermingTestsPostgres(MeldpuntPostgresFactory factory)
    : FunctionarisGegevensbeschermingTests(factory), IClassFixture<MeldpuntPostgresFactory>;
