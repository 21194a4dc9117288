using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Sturing;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Features.Sturing.Referentie;
using Schakel.Web.Security;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Sturing;

/// <summary>
/// Owners are specific organisations: the national owners (JenV, VWS, VNG, CKM, CCV) exist as reference data and may
/// report on their own actions; a second police organisation is no owner of the police's actions.
/// </summary>
public abstract class EigenaarsrechtenTests(SchakelFactory factory)
{
    private static ClaimsPrincipal Medewerker(Guid organisatie, string rol) => new(new ClaimsIdentity(
        [new(SchakelClaims.Organisatie, organisatie.ToString()), new(SchakelClaims.Rol, rol), new(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString())], "test"));

    [Fact]
    public async Task Eigenaren_zijn_organisaties_niet_soorten()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var landelijk = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Type == OrganisatieType.Landelijk).ToListAsync();
        Assert.Equal(
            new[] { LandelijkeEigenaren.Ccv, LandelijkeEigenaren.Ckm, LandelijkeEigenaren.JenV, LandelijkeEigenaren.Vws, LandelijkeEigenaren.Vng }.Order(StringComparer.Ordinal),
            landelijk.Select(o => o.Naam).Order(StringComparer.Ordinal));
        Assert.All(landelijk, o => Assert.False(o.IsDemo));

        var plan = await db.Set<Plan>().AsNoTracking().SingleAsync(p => p.Code == NationaalActieplan.Code);
        var acties = await db.Set<Actie>().AsNoTracking().Include(a => a.EigenaarKoppelingen).Where(a => a.PlanId == plan.Id).ToDictionaryAsync(a => a.Nummer);
        // Every one of the 32 national actions now has an owner organisation that can report on it.
        var gekoppeld = (await db.Set<ActieEigenaarOrganisatie>().AsNoTracking().Select(k => k.ActieId).ToListAsync()).ToHashSet();
        Assert.Equal(32, acties.Count);
        Assert.All(acties.Values, a => Assert.Contains(a.Id, gekoppeld));

        var andere = new Organisatie
        {
            Id = Guid.NewGuid(), Naam = $"Politie Eenheid Rotterdam {Guid.NewGuid():N}", Type = OrganisatieType.Politie, Partijcategorie = Partijcategorie.Opsporingsinstantie,
        };
        db.Add(andere);
        await db.SaveChangesAsync();
        var jenv = landelijk.Single(o => o.Naam == LandelijkeEigenaren.JenV).Id;
        var vng = landelijk.Single(o => o.Naam == LandelijkeEigenaren.Vng).Id;
        var politie = DemoOrganisaties.IdVan(DemoOrganisaties.Politie);
        var comensha = DemoOrganisaties.IdVan(DemoOrganisaties.CoMensha);

        async Task<bool> MagAsync(Guid org, string rol, string nr) =>
            await new SturingToegang(db).MagVoortgangMeldenAsync(Medewerker(org, rol), acties[nr], plan, default);

        // Action 14 is JenV's alone; 22 the VNG's; 11 the police's (with CKM).
        Assert.True(await MagAsync(jenv, Rollen.Ketenregisseur, "14"));
        Assert.True(await MagAsync(jenv, Rollen.Zorgcoordinator, "30"));
        Assert.False(await MagAsync(jenv, Rollen.Opvangmedewerker, "14"));
        Assert.False(await MagAsync(jenv, Rollen.Ketenregisseur, "1"));
        Assert.True(await MagAsync(vng, Rollen.Ketenregisseur, "22"));
        Assert.False(await MagAsync(vng, Rollen.Ketenregisseur, "14"));
        Assert.False(await MagAsync(comensha, Rollen.Zorgcoordinator, "14"));
        Assert.True(await MagAsync(comensha, Rollen.Zorgcoordinator, "1"));
        Assert.True(await MagAsync(politie, Rollen.Opsporing, "11"));
        Assert.False(await MagAsync(andere.Id, Rollen.Opsporing, "11"));
        Assert.False(await MagAsync(politie, Rollen.Opsporing, "14"));
    }

    [Fact]
    public async Task Na_koppelen_op_de_beheerpagina_meldt_die_organisatie_voortgang_en_een_andere_niet()
    {
        const string Pagina = "/sturing/eigenaren";
        var web = await factory.AlsAsync(Rollen.Ketenregisseur);
        Assert.Contains($"href=\"{Pagina}\"", await web.GetStringAsync("/werkplek"));
        var sleutel = NationaalActieplan.Code + "|Politie";
        var nla = DemoOrganisaties.IdVan(DemoOrganisaties.Nla);
        var heit = DemoOrganisaties.IdVan(DemoOrganisaties.Heit);

        async Task<bool> MagAsync(Guid org)
        {
            await using var scope = factory.Scope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var plan = await db.Set<Plan>().AsNoTracking().SingleAsync(p => p.Code == NationaalActieplan.Code);
            var actie = await db.Set<Actie>().AsNoTracking().Include(a => a.EigenaarKoppelingen).SingleAsync(a => a.PlanId == plan.Id && a.Nummer == "11");
            return await new SturingToegang(db).MagVoortgangMeldenAsync(Medewerker(org, Rollen.Opsporing), actie, plan, default);
        }
        Assert.False(await MagAsync(nla));

        // Both errors at once, next to their fields; nothing linked.
        var fout = await Aanmelden.PostFormAsync(web, Pagina, new() { ["Koppeling"] = "onbekend|niemand" }, Pagina + "?handler=Koppel");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, fout.StatusCode);
        var fouthtml = await fout.Content.ReadAsStringAsync();
        Assert.Contains("id=\"koppeling-fout\"", fouthtml);
        Assert.Contains("id=\"organisatie-fout\"", fouthtml);

        var r = await Aanmelden.PostFormAsync(web, Pagina, new() { ["Koppeling"] = sleutel, ["Organisatie"] = nla.ToString() }, Pagina + "?handler=Koppel");
        Assert.Equal(Pagina, Aanmelden.Pad(r));
        Assert.True(await MagAsync(nla));
        Assert.False(await MagAsync(heit));
        Assert.Contains($"data-organisatie=\"{nla}\"", await web.GetStringAsync(Pagina));
        // Linking twice is refused next to the field.
        var dubbel = await Aanmelden.PostFormAsync(web, Pagina, new() { ["Koppeling"] = sleutel, ["Organisatie"] = nla.ToString() }, Pagina + "?handler=Koppel");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, dubbel.StatusCode);

        var los = await Aanmelden.PostFormAsync(web, Pagina, new() { ["koppeling"] = sleutel, ["organisatie"] = nla.ToString() }, Pagina + "?handler=Ontkoppel");
        Assert.Equal(Pagina, Aanmelden.Pad(los));
        Assert.False(await MagAsync(nla));
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var nlaId = nla.ToString();
            var acties = await db.Set<Schakel.Web.Security.Audit.AuditRegel>().AsNoTracking().Where(a => a.ObjectId == nlaId && a.Actie.StartsWith("sturing.eigenaar-"))
                .Select(a => a.Actie).ToListAsync();
            Assert.Equal(["sturing.eigenaar-gekoppeld", "sturing.eigenaar-ontkoppeld"], acties.Order(StringComparer.Ordinal));
        }

        // The chain director cannot make its own organisation a national owner, and so report on the national plan.
        var rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
        var eigen = await Aanmelden.PostFormAsync(web, Pagina, new() { ["Koppeling"] = sleutel, ["Organisatie"] = rsiv.ToString() }, Pagina + "?handler=Koppel");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, eigen.StatusCode);
        Assert.Contains("Uw eigen organisatie kunt u niet koppelen", await eigen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await MagAsync(rsiv));

        // A role that may not: a focal officer gets no page.
        var af = await factory.AlsAsync(Rollen.Aandachtsfunctionaris);
        Assert.NotEqual(System.Net.HttpStatusCode.OK, (await af.GetAsync(Pagina)).StatusCode);
    }
}

public sealed class EigenaarsrechtenTestsSqlite(SqliteFactory factory) : EigenaarsrechtenTests(factory), IClassFixture<SqliteFactory>;

public sealed class EigenaarsrechtenTestsPostgres(PostgresFactory factory) : EigenaarsrechtenTests(factory), IClassFixture<PostgresFactory>;
