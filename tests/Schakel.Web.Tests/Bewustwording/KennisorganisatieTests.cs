using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording;
using Schakel.Web.Features.Bewustwording.Beheer;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Keten.Gids;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Bewustwording;

/// <summary>
/// Trainers and knowledge organisations (type Kennisorganisatie): in the demo directory with their offers linked, chosen
/// as providers, never a receiver of a route, referral or map entry; on both databases.
/// </summary>
public abstract class KennisorganisatieTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid FairWork = DemoOrganisaties.IdVan(DemoGids.FairWork);
    private static readonly Guid Npst = DemoOrganisaties.IdVan(DemoGids.Npst);

    private async Task<T> DbAsync<T>(Func<SchakelDbContext, Task<T>> lees)
    {
        await using var scope = factory.Scope();
        return await lees(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }

    /// <summary>A trainer of its own for a test, serving every municipality of the unit, so only its type keeps it off a route.</summary>
    private async Task<Guid> TrainerMetWerkgebiedAsync()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var gemeenten = await db.Set<Schakel.Web.Features.Regio.Gemeente>().Where(g => g.EenheidCode == "DH").Select(g => g.CbsCode).ToListAsync();
        var o = new Organisatie
        {
            Id = Guid.NewGuid(), Naam = $"Testtrainer {Guid.NewGuid():N}", Type = OrganisatieType.Kennisorganisatie,
            Partijcategorie = Partijcategorie.PartijMetMeldOfCoordinatiefunctie, Toegetreden = DateTimeOffset.UtcNow,
        };
        o.Werkgebied.AddRange(gemeenten.Select(c => new OrganisatieWerkgebied { OrganisatieId = o.Id, CbsCode = c }));
        db.Add(o);
        await db.SaveChangesAsync();
        return o.Id;
    }

    [Fact]
    public async Task De_demogids_heeft_de_trainers_zonder_verzonnen_contact_en_koppelt_hun_aanbod()
    {
        var trainers = await DbAsync(db => db.Set<Organisatie>().AsNoTracking().Include(o => o.Werkgebied)
            .Where(o => o.Id == FairWork || o.Id == Npst).ToListAsync());
        Assert.Equal(2, trainers.Count);
        Assert.All(trainers, o =>
        {
            Assert.Equal(OrganisatieType.Kennisorganisatie, o.Type);
            Assert.True(o.Actief);
            Assert.True(o.IsDemo);
            Assert.NotNull(o.Toegetreden);
            // The documents publish no phone number, e-mail address or site for them.
            Assert.Null(o.Telefoon);
            Assert.Null(o.Email);
            Assert.Null(o.Website);
            Assert.Empty(o.Werkgebied);
        });

        // The start-up link ties the offers named only by their provider to the directory's organisation of that name.
        var aanbod = await DbAsync(db => db.Set<Aanbod>().AsNoTracking().Where(a => a.IsDemo).ToDictionaryAsync(a => a.Id, a => a.OrganisatieId));
        Assert.Equal(FairWork, aanbod[DemoAanbod.FairWorkTraining]);
        Assert.Equal(Npst, aanbod[DemoAanbod.Id("aanbod:npst-hotel")]);
        Assert.Equal(DemoOrganisaties.IdVan(DemoGids.LegerDesHeils), aanbod[DemoAanbod.Id("aanbod:goodwill")]);
    }

    [Fact]
    public async Task De_ketenregisseur_kiest_een_trainer_als_aanbieder_ook_zonder_medewerkers()
    {
        var trainer = await TrainerMetWerkgebiedAsync();
        await using var scope = factory.Scope();
        var beheer = scope.ServiceProvider.GetRequiredService<AanbodBeheer>();
        var regie = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(SchakelClaims.Organisatie, Rsiv.ToString()), new Claim(ClaimTypes.Role, Rollen.Ketenregisseur)], "test"));
        var aanbieders = await beheer.AanbiedersAsync(regie, CancellationToken.None);
        Assert.Contains(aanbieders, a => a.Id == trainer);
        Assert.Contains(aanbieders, a => a.Id == FairWork);

        // And the offer form shows it to the ketenregisseur.
        var html = await factory.Als(Rsiv, Rollen.Ketenregisseur).GetStringAsync("/bewustwording/beheer/aanbod");
        Assert.Contains($"<option value=\"{trainer}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_trainer_is_geen_nieuwe_ketenpartner_om_te_trainen()
    {
        var trainer = await TrainerMetWerkgebiedAsync();
        await using var scope = factory.Scope();
        var lijst = await scope.ServiceProvider.GetRequiredService<NieuwePartners>().LijstAsync(CancellationToken.None);
        Assert.DoesNotContain(lijst, p => p.Organisatie.Id == trainer || p.Organisatie.Id == FairWork);
        // Other organisations that joined at start-up are listed, so the list itself is not empty.
        Assert.Contains(lijst, p => p.Organisatie.Id == DemoOrganisaties.IdVan(DemoOrganisaties.CoMensha));
    }

    [Fact]
    public async Task Een_routeregel_naar_een_kennisorganisatie_stelt_haar_nooit_voor()
    {
        var trainer = await TrainerMetWerkgebiedAsync();
        await using var scope = factory.Scope();
        var gids = await scope.ServiceProvider.GetRequiredService<DatabaseOrganisatieGids>().LaadAsync();
        // The directory holds it, serving Den Haag ...
        Assert.Contains(gids.Organisaties(OrganisatieType.Kennisorganisatie), o => o.Id == trainer);
        var regel = new MeldrouteRegel
        {
            Nummer = 1, Code = "trainer", Naam = "Naar de trainer",
            Uitkomsten = [new() { Doeltype = OrganisatieType.Kennisorganisatie, Bereik = Doelbereik.WerkgebiedVanGemeente, Rol = Rol.Informeren, Deelniveau = Deelniveau.Geen, Uitleg = "naar {organisatie}" }],
        };
        // ... but a rule that names its type finds no receiver.
        var voorstel = MeldrouteEvaluator.Evalueer(new Meldroute { Regels = [regel] }, new MeldingKenmerken { GemeenteCode = "GM0518" }, gids);
        Assert.Empty(voorstel.Doorverwijzingen);
        Assert.Equal(OrganisatieType.Kennisorganisatie, Assert.Single(voorstel.Ontbrekend).Doeltype);

        // The stored route's dry run never proposes one either.
        var body = new StringContent("""
            {"soort":"melding","melderType":"professional","omschrijving":"x","gemeenteCode":"GM0518","uitbuitingsvormen":["arbeid"],
             "indicatoren":[],"minderjarigBetrokken":"nee","acuutGevaar":false,"taal":"nl","zijde":"onbekend","aanknopingspunt":false}
            """, Encoding.UTF8, "application/json");
        var antwoord = await factory.Als(Rsiv, Rollen.Ketenregisseur).PostAsync(new Uri("/api/v1/meldroute/_toetsen", UriKind.Relative), body);
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        var voorstellen = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!["voorstellen"]!.AsArray();
        Assert.NotEmpty(voorstellen);
        Assert.DoesNotContain(voorstellen, v => (string?)v!["organisatie"]!["type"] is "kennisorganisatie" or "Kennisorganisatie");
    }

    [Fact]
    public async Task Ontvangers_van_casussen_laten_trainers_weg()
    {
        var trainer = await TrainerMetWerkgebiedAsync();
        var ontvangers = await DbAsync(db => db.Set<Organisatie>().DieCasussenOntvangen().Select(o => o.Id).ToListAsync());
        Assert.DoesNotContain(trainer, ontvangers);
        Assert.DoesNotContain(FairWork, ontvangers);
        Assert.Contains(DemoOrganisaties.IdVan(DemoOrganisaties.Politie), ontvangers);
    }

    [Fact]
    public async Task Beheer_biedt_het_type_aan_en_bewaart_het()
    {
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        var pagina = await beheerder.GetStringAsync("/beheer/organisaties/bewerken");
        Assert.Contains("value=\"Kennisorganisatie\"", pagina, StringComparison.Ordinal);
        Assert.Contains("trainers- of kennisorganisatie", pagina, StringComparison.Ordinal);

        var naam = $"Trainer {Guid.NewGuid():N}";
        var r = await Aanmelden.PostFormAsync(beheerder, "/beheer/organisaties/bewerken", new()
        {
            ["Naam"] = naam, ["Type"] = nameof(OrganisatieType.Kennisorganisatie), ["Partijcategorie"] = nameof(Partijcategorie.PartijMetMeldOfCoordinatiefunctie),
            ["Actief"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(OrganisatieType.Kennisorganisatie, await DbAsync(db => db.Set<Organisatie>().Where(o => o.Naam == naam).Select(o => o.Type).SingleAsync()));
    }

    [Theory]
    [InlineData(Rollen.Ketenregisseur)]
    [InlineData(Rollen.Aanbieder)]
    public async Task Beheer_van_organisaties_is_geweigerd_voor_andere_rollen(string rol)
    {
        var client = factory.Als(Rsiv, rol);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/beheer/organisaties/bewerken")).StatusCode);
    }

    [Fact]
    public async Task De_HSDS_import_neemt_het_type_bij_naam_en_weigert_een_getal()
    {
        var id = Guid.NewGuid();
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        async Task<HttpResponseMessage> ImporteerAsync(Guid orgId, string type) => await beheerder.PostAsync(new Uri("/api/v1/hsds/organizations", UriKind.Relative),
            new StringContent($$"""[{"id":"{{orgId}}","name":"HSDS-trainer {{orgId:N}}","description":"x","schakel_organisation_type":"{{type}}"}]""", Encoding.UTF8, "application/json"));

        // A number is no name: 15 is Kennisorganisatie's position, 99 none at all; both refused, nothing written.
        foreach (var getal in new[] { ((int)OrganisatieType.Kennisorganisatie).ToString(System.Globalization.CultureInfo.InvariantCulture), "99" })
        {
            var fout = await ImporteerAsync(id, getal);
            Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
            Assert.Equal("application/problem+json", fout.Content.Headers.ContentType?.MediaType);
            Assert.Contains("contents[0].schakel_organisation_type", await fout.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.False(await DbAsync(db => db.Set<Organisatie>().AnyAsync(o => o.Id == id)));
        }

        var goed = await ImporteerAsync(id, nameof(OrganisatieType.Kennisorganisatie));
        Assert.True(goed.StatusCode == HttpStatusCode.OK, $"{goed.StatusCode} {await goed.Content.ReadAsStringAsync()}");
        var o = await DbAsync(db => db.Set<Organisatie>().AsNoTracking().Include(x => x.Werkgebied).SingleAsync(x => x.Id == id));
        Assert.Equal(OrganisatieType.Kennisorganisatie, o.Type);
        Assert.Empty(o.Werkgebied);
        Assert.False(await DbAsync(db => db.Set<Organisatie>().DieCasussenOntvangen().AnyAsync(x => x.Id == id)));
    }
}

public sealed class KennisorganisatieTestsSqlite(DoorverwijzingSqliteFactory factory) : KennisorganisatieTests(factory), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class KennisorganisatieTestsPostgres(DoorverwijzingPostgresFactory factory) : KennisorganisatieTests(factory), IClassFixture<DoorverwijzingPostgresFactory>;
