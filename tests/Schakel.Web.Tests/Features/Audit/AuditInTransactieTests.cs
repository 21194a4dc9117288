using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Opvang;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Beheer.Accounts;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Features.Audit;

/// <summary>A crash stands in here: thrown once, at the armed moment, inside the unit of work of the armed action.</summary>
public sealed class GesimuleerdeCrash() : Exception("gesimuleerde crash");

/// <summary>Throws at one moment for one audit action, once; otherwise lets everything through.</summary>
public sealed class TestOnderbreking : AuditOnderbreking
{
    private (AuditMoment Moment, string Actie)? _gewapend;
    private readonly Lock _slot = new();

    public void Wapen(AuditMoment moment, string actie)
    {
        lock (_slot)
        {
            _gewapend = (moment, actie);
        }
    }

    public override ValueTask BijAsync(AuditMoment moment, IReadOnlyList<AuditInvoer> invoer, CancellationToken ct)
    {
        lock (_slot)
        {
            if (_gewapend is { } g && g.Moment == moment && invoer.Any(i => i.Actie == g.Actie))
            {
                _gewapend = null;
                throw new GesimuleerdeCrash();
            }
        }
        return ValueTask.CompletedTask;
    }
}

public sealed class OnderbrekendeSqliteFactory : MeldpuntSqliteFactory
{
    public TestOnderbreking Onderbreking { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<AuditOnderbreking>(Onderbreking));
    }
}

public sealed class OnderbrekendePostgresFactory : MeldpuntPostgresFactory
{
    public TestOnderbreking Onderbreking { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<AuditOnderbreking>(Onderbreking));
    }
}

/// <summary>
/// Each kind of change is stopped by a simulated crash between storing the change and appending its audit
/// entry, and between appending and committing: afterwards there is neither, never one without the other.
/// Then the same change without a crash stores both, and the chain still verifies.
/// </summary>
public abstract class AuditInTransactieTests(SchakelFactory factory, TestOnderbreking onderbreking)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Partner = DemoOrganisaties.IdVan(DemoOrganisaties.MeldMisdaadAnoniem);
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
    private static readonly Guid Opvang = DemoOrganisaties.IdVan(DemoOrganisaties.OpvangHaaglanden);
    private static readonly Guid CrisisVrouwen = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
    private static readonly Guid CrisisLocatie = DemoOrganisaties.IdVan("opvanglocatie:Crisisopvang Haaglanden");

    public static TheoryData<AuditMoment> Momenten => [AuditMoment.NaWijziging, AuditMoment.VoorCommit];

    internal static ClaimsPrincipal Gebruiker(Guid organisatie, string rol, string? client = null)
    {
        var claims = new List<Claim>
        {
            new(SchakelClaims.Organisatie, organisatie.ToString()),
            new(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new(SchakelClaims.Rol, rol),
        };
        if (client is not null)
        {
            claims.Add(new Claim(SchakelClaims.ClientId, client));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", ClaimTypes.NameIdentifier, SchakelClaims.Rol));
    }

    private static MeldingInvoer Invoer() => new()
    {
        MelderType = "burger",
        Omschrijving = "Transactieproef " + Guid.NewGuid().ToString("N"),
        GemeenteCode = "GM0518",
    };

    private static Plaatsingsverzoek Verzoek() => new()
    {
        Behoefte = new Behoefte { Geslacht = Geslacht.Vrouw, Uitbuitingsvormen = [Uitbuitingsvorm.Seksueel], Urgentie = Urgentie.Acuut },
        GevondenOp = DateTimeOffset.UtcNow.AddHours(-1),
        GevondenInGemeenteCode = "GM0518",
        Urgentie = Urgentie.Acuut,
    };

    private async Task<T> MetScopeAsync<T>(Func<IServiceProvider, Task<T>> werk)
    {
        await using var scope = factory.Scope();
        return await werk(scope.ServiceProvider);
    }

    private Task<int> TelAsync<TEntiteit>() where TEntiteit : class =>
        MetScopeAsync(s => s.GetRequiredService<SchakelDbContext>().Set<TEntiteit>().CountAsync());

    private Task<List<string?>> AuditObjectenAsync(string actie, string resultaat = AuditResultaat.Gelukt) =>
        MetScopeAsync(s => s.GetRequiredService<SchakelDbContext>().Set<AuditRegel>()
            .Where(r => r.Actie == actie && r.Resultaat == resultaat).Select(r => r.ObjectId).ToListAsync());

    /// <summary>
    /// Crashes <paramref name="wijziging"/> at <paramref name="moment"/>: the stored rows (counted by
    /// <paramref name="tel"/>) and the entries for <paramref name="actie"/> stay as they were. Then runs it
    /// again unhindered: one more row and one more entry, naming the object that <paramref name="nieuwObject"/> finds.
    /// </summary>
    private async Task ControleerAsync(AuditMoment moment, string actie, Func<Task<int>> tel, Func<IServiceProvider, Task> wijziging, Func<Task<string>> nieuwObject,
        string resultaat = AuditResultaat.Gelukt)
    {
        var rijenVoor = await tel();
        var entriesVoor = await AuditObjectenAsync(actie, resultaat);

        onderbreking.Wapen(moment, actie);
        await Assert.ThrowsAsync<GesimuleerdeCrash>(() => MetScopeAsync(async s => { await wijziging(s); return 0; }));
        Assert.Equal(rijenVoor, await tel());
        Assert.Equal(entriesVoor.Count, (await AuditObjectenAsync(actie, resultaat)).Count);

        await MetScopeAsync(async s => { await wijziging(s); return 0; });
        Assert.Equal(rijenVoor + 1, await tel());
        var entriesNa = await AuditObjectenAsync(actie, resultaat);
        Assert.Equal(entriesVoor.Count + 1, entriesNa.Count);
        Assert.Contains(await nieuwObject(), entriesNa);

        var verificatie = await MetScopeAsync(s => s.GetRequiredService<AuditTrail>().VerifieerAsync());
        Assert.True(verificatie.Intact, $"De keten breekt bij {verificatie.EersteGebrokenVolgnummer}: {verificatie.Reden}.");
    }

    [Theory]
    [MemberData(nameof(Momenten))]
    public async Task Aangenomen_melding_en_haar_auditregel_bestaan_samen_of_niet(AuditMoment moment)
    {
        var medewerker = Gebruiker(Rsiv, Rollen.Ketenregisseur);
        Guid? id = null;
        await ControleerAsync(moment, "melding.aangenomen", TelAsync<Melding>,
            async s => id = (await s.GetRequiredService<MeldpuntIntake>().MeldAsync(Invoer(), [], Indiener.NamensMelder(medewerker, Kanaal.Telefoon))).MeldingId,
            () => Task.FromResult(id!.Value.ToString()));
    }

    [Theory]
    [MemberData(nameof(Momenten))]
    public async Task Partnermelding_en_haar_auditregel_bestaan_samen_of_niet(AuditMoment moment)
    {
        var systeem = Gebruiker(Partner, Rollen.Aandachtsfunctionaris, $"client-{Partner:N}");
        Guid? id = null;
        await ControleerAsync(moment, "melding.aangenomen", TelAsync<Melding>,
            async s => id = (await s.GetRequiredService<MeldpuntIntake>().MeldAsync(Invoer(), [], Indiener.Partner(systeem, null))).MeldingId,
            () => Task.FromResult(id!.Value.ToString()));
    }

    [Theory]
    [MemberData(nameof(Momenten))]
    public async Task Plaatsingsverzoek_en_zijn_auditregel_bestaan_samen_of_niet(AuditMoment moment)
    {
        var shop = Gebruiker(Shop, Rollen.Zorgcoordinator);
        Guid? id = null;
        await ControleerAsync(moment, "plaatsingsverzoek.aangemaakt", TelAsync<Plaatsingsverzoek>,
            async s => id = ((Uitkomst<Plaatsingsverzoek>.Gelukt)await s.GetRequiredService<OpvangService>().MaakVerzoekAsync(shop, Verzoek(), Herkomst.Api)).Waarde.Id,
            () => Task.FromResult(id!.Value.ToString()));
    }

    [Theory]
    [MemberData(nameof(Momenten))]
    public async Task Reservering_en_haar_auditregel_bestaan_samen_of_niet(AuditMoment moment)
    {
        var shop = Gebruiker(Shop, Rollen.Zorgcoordinator);
        var opvang = Gebruiker(Opvang, Rollen.Opvangmedewerker);
        await MetScopeAsync(async s =>
        {
            await s.GetRequiredService<SchakelDbContext>().Set<Reservering>().Where(r => r.PlekkenpoolId == CrisisVrouwen && r.Status == ReserveringStatus.Actief)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ReserveringStatus.Geannuleerd));
            // Written around the service: the pools' held beds are counted again from the holds.
            await s.GetRequiredService<SchakelDbContext>().Database.ExecuteSqlRawAsync(VastgehoudenTelling.HertelSql);
            return await s.GetRequiredService<OpvangService>().ZetBezettingAsync(opvang, CrisisLocatie, CrisisVrouwen, 0, 0, Herkomst.Api);
        });
        var verzoek = await MetScopeAsync(async s => ((Uitkomst<Plaatsingsverzoek>.Gelukt)await s.GetRequiredService<OpvangService>().MaakVerzoekAsync(shop, Verzoek(), Herkomst.Api)).Waarde.Id);
        var sleutel = Guid.NewGuid().ToString();
        Guid? id = null;
        await ControleerAsync(moment, "reservering.aangemaakt", TelAsync<Reservering>,
            async s =>
            {
                var uitkomst = await s.GetRequiredService<OpvangService>().ReserveerAsync(shop, verzoek, CrisisVrouwen, sleutel, Herkomst.Api);
                id = Assert.IsType<Uitkomst<Reservering>.Gelukt>(uitkomst).Waarde.Id;
            },
            () => Task.FromResult(id!.Value.ToString()));
    }

    [Theory]
    [MemberData(nameof(Momenten))]
    public async Task Bezetting_en_haar_auditregel_bestaan_samen_of_niet(AuditMoment moment)
    {
        var opvang = Gebruiker(Opvang, Rollen.Opvangmedewerker);
        var bezetVoor = await MetScopeAsync(s => s.GetRequiredService<SchakelDbContext>().Set<Plekkenpool>().Where(p => p.Id == CrisisVrouwen).Select(p => p.Bezet).SingleAsync());
        var nieuw = bezetVoor == 1 ? 2 : 1;
        await ControleerAsync(moment, "plekkenpool.bezetting", TelAsync<BezettingSnapshot>,
            s => s.GetRequiredService<OpvangService>().ZetBezettingAsync(opvang, CrisisLocatie, CrisisVrouwen, nieuw, 0, Herkomst.Api),
            () => Task.FromResult(CrisisVrouwen.ToString()));
        // The pool's own figure moved only with the unhindered run.
        Assert.Equal(nieuw, await MetScopeAsync(s => s.GetRequiredService<SchakelDbContext>().Set<Plekkenpool>().Where(p => p.Id == CrisisVrouwen).Select(p => p.Bezet).SingleAsync()));
    }

    // Account administration: ASP.NET Identity saves each step itself; the steps and the entry now share one transaction.
    [Theory]
    [MemberData(nameof(Momenten))]
    public async Task Uitnodiging_en_haar_auditregel_bestaan_samen_of_niet(AuditMoment moment)
    {
        var beheerder = AuditActor.Medewerker(Guid.NewGuid(), Rsiv);
        Guid? id = null;
        await ControleerAsync(moment, AccountBeheer.Uitgenodigd, TelAsync<Medewerker>,
            async s => id = (await s.GetRequiredService<AccountBeheer>().UitnodigenAsync(beheerder, $"proef-{Guid.NewGuid():N}@demo.schakel.nl", Rsiv, [Rollen.Ketenregisseur], default)).MedewerkerId,
            () => Task.FromResult(id!.Value.ToString()));
        // The crashed invitation left no account behind, also not its roles.
        Assert.Equal(0, await MetScopeAsync(s => s.GetRequiredService<SchakelDbContext>().Set<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>()
            .CountAsync(r => !s.GetRequiredService<SchakelDbContext>().Set<Medewerker>().Any(m => m.Id == r.UserId))));
    }

    [Theory]
    [MemberData(nameof(Momenten))]
    public async Task Deactivering_en_haar_auditregel_bestaan_samen_of_niet(AuditMoment moment)
    {
        var beheerder = AuditActor.Medewerker(Guid.NewGuid(), Rsiv);
        var id = await MetScopeAsync(async s => (await s.GetRequiredService<AccountBeheer>().UitnodigenAsync(beheerder, $"proef-{Guid.NewGuid():N}@demo.schakel.nl", Rsiv, [Rollen.Ketenregisseur], default)).MedewerkerId);
        await ControleerAsync(moment, AccountBeheer.Gedeactiveerd,
            () => MetScopeAsync(s => s.GetRequiredService<SchakelDbContext>().Set<Medewerker>().CountAsync(m => !m.Actief)),
            s => s.GetRequiredService<AccountBeheer>().ZetActiefAsync(beheerder, id, false, default),
            () => Task.FromResult(id.ToString()));
    }

    [Theory]
    [MemberData(nameof(Momenten))]
    public async Task Mislukte_aanmelding_telt_en_wordt_vastgelegd_samen_of_niet(AuditMoment moment)
    {
        const string email = "opvangmedewerker@demo.schakel.nl";
        Task<int> PogingenAsync() => MetScopeAsync(s => s.GetRequiredService<SchakelDbContext>().Set<Medewerker>().Where(m => m.Email == email).Select(m => m.AccessFailedCount).SingleAsync());
        var medewerkerId = await MetScopeAsync(s => s.GetRequiredService<SchakelDbContext>().Set<Medewerker>().Where(m => m.Email == email).Select(m => m.Id).SingleAsync());
        await ControleerAsync(moment, Aanmeldregistratie.Aanmelden, PogingenAsync,
            async s =>
            {
                var medewerker = (await s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Medewerker>>().FindByEmailAsync(email))!;
                var aanmelding = s.GetRequiredService<SchakelSignInManager>();
                var uitkomst = await s.GetRequiredService<Aanmeldregistratie>().AanmeldenAsync(medewerker,
                    () => aanmelding.CheckPasswordSignInAsync(medewerker, "een fout wachtwoord", lockoutOnFailure: true), u => !u.Succeeded);
                Assert.False(uitkomst.Succeeded);
            },
            () => Task.FromResult(medewerkerId.ToString()), AuditResultaat.Mislukt);
    }

    [Theory]
    [MemberData(nameof(Momenten))]
    public async Task Meldrouteregel_en_haar_auditregel_bestaan_samen_of_niet(AuditMoment moment)
    {
        var beheerder = AuditActor.Medewerker(Guid.NewGuid(), Rsiv);
        string? object_ = null;
        Task<int> KaartmeldingenAsync() => MetScopeAsync(s => s.GetRequiredService<SchakelDbContext>().Set<Schakel.Web.Features.Notificaties.Notificatie>()
            .CountAsync(n => n.Soort == Schakel.Web.Features.Notificaties.NotificatieSoorten.MeldroutekaartGewijzigd));
        var organisaties = (await MetScopeAsync(s => s.GetRequiredService<Schakel.Web.Features.Notificaties.NotificatieService>()
            .OrganisatiesMetRolAsync(Rollen.Aandachtsfunctionaris))).Count;
        Assert.True(organisaties > 0);
        var meldingenVoor = await KaartmeldingenAsync();
        await ControleerAsync(moment, "meldroute.regel.gewijzigd", TelAsync<MeldrouteRegelVersie>,
            async s =>
            {
                var opslag = s.GetRequiredService<MeldrouteOpslag>();
                var regel = (await opslag.HuidigeAsync()).Regels.First();
                var wijziging = await opslag.WijzigAsync(new RegelInvoer(regel.Code, regel.Nummer, regel.Naam, regel.Actief, regel.Voorwaarden, regel.Uitkomsten, "Transactieproef"),
                    beheerder, Herkomst.Web);
                Assert.True(wijziging.Gelukt, string.Join("; ", wijziging.Fouten.SelectMany(f => f.Value)));
                object_ = $"{wijziging.Opgeslagen!.Code}:{wijziging.Opgeslagen.Versie}";
            },
            () => Task.FromResult(object_!));
        // The focal officers' notices are in the change's transaction: the crashed attempt placed none, the change one per organisation.
        Assert.Equal(meldingenVoor + organisaties, await KaartmeldingenAsync());
    }

    /// <summary>The 36-hour job sends every escalation that is due in one run; each has its entry, or none of them is stored.</summary>
    [Theory]
    [MemberData(nameof(Momenten))]
    public async Task Escalaties_van_de_36_uursklok_en_hun_auditregels_bestaan_samen_of_niet(AuditMoment moment)
    {
        const string actie = "plaatsingsverzoek.escalatie";
        var shop = Gebruiker(Shop, Rollen.Zorgcoordinator);
        var oud = Verzoek();
        oud.GevondenOp = DateTimeOffset.UtcNow.AddHours(-40);
        await MetScopeAsync(s => s.GetRequiredService<OpvangService>().MaakVerzoekAsync(shop, oud, Herkomst.Api));
        var rijenVoor = await TelAsync<EscalatieRegel>();
        var entriesVoor = (await AuditObjectenAsync(actie)).Count;

        onderbreking.Wapen(moment, actie);
        await Assert.ThrowsAsync<GesimuleerdeCrash>(() => MetScopeAsync(async s => { await s.GetRequiredService<OpvangBewaking>().VoerUitAsync(default); return 0; }));
        Assert.Equal(rijenVoor, await TelAsync<EscalatieRegel>());
        Assert.Equal(entriesVoor, (await AuditObjectenAsync(actie)).Count);

        await MetScopeAsync(async s => { await s.GetRequiredService<OpvangBewaking>().VoerUitAsync(default); return 0; });
        var nieuw = await TelAsync<EscalatieRegel>() - rijenVoor;
        Assert.True(nieuw > 0, "een verzoek van 40 uur oud heeft escalaties");
        Assert.Equal(nieuw, (await AuditObjectenAsync(actie)).Count - entriesVoor);
        var verificatie = await MetScopeAsync(s => s.GetRequiredService<AuditTrail>().VerifieerAsync());
        Assert.True(verificatie.Intact, $"De keten breekt bij {verificatie.EersteGebrokenVolgnummer}: {verificatie.Reden}.");
    }
}

public sealed class AuditInTransactieTestsSqlite(OnderbrekendeSqliteFactory f)
    : AuditInTransactieTests(f, f.Onderbreking), IClassFixture<OnderbrekendeSqliteFactory>;

public sealed class AuditInTransactieTestsPostgres(OnderbrekendePostgresFactory f)
    : AuditInTransactieTests(f, f.Onderbreking), IClassFixture<OnderbrekendePostgresFactory>;
