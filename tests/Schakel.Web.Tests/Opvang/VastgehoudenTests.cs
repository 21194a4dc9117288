using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Organisaties;
using Schakel.Core.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Audit.AuditInTransactieTests;

namespace Schakel.Web.Tests.Opvang;

/// <summary>
/// The pool's held beds (<see cref="Plekkenpool.Vastgehouden"/>), which the hold reads under the pool's lock instead of
/// counting holds: every change of a hold's status moves it, it always equals the holds with status Actief, and a hold
/// past its time frees its bed before the expiry job marks it.
/// </summary>
public abstract class VastgehoudenTests(SchakelFactory factory)
{
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
    private static readonly Guid Opvang = DemoOrganisaties.IdVan(DemoOrganisaties.OpvangHaaglanden);
    private static readonly Guid CrisisVrouwen = DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
    private static readonly Guid CrisisLocatie = DemoOrganisaties.IdVan("opvanglocatie:Crisisopvang Haaglanden");

    private static readonly ClaimsPrincipal Aanvrager = Gebruiker(Shop, Rollen.Zorgcoordinator);
    private static readonly ClaimsPrincipal Medewerker = Gebruiker(Opvang, Rollen.Opvangmedewerker);

    private async Task<T> MetScopeAsync<T>(Func<IServiceProvider, Task<T>> werk)
    {
        await using var scope = factory.Scope();
        return await werk(scope.ServiceProvider);
    }

    /// <summary>The pool with no holds and <paramref name="vrij"/> free beds; returns its capacity.</summary>
    private Task<int> VrijAsync(int vrij) => MetScopeAsync(async s =>
    {
        var db = s.GetRequiredService<SchakelDbContext>();
        await db.Set<Reservering>().Where(r => r.PlekkenpoolId == CrisisVrouwen && r.Status == ReserveringStatus.Actief)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ReserveringStatus.Geannuleerd));
        await db.Database.ExecuteSqlRawAsync(VastgehoudenTelling.HertelSql);
        var capaciteit = await db.Set<Plekkenpool>().Where(p => p.Id == CrisisVrouwen).Select(p => p.Capaciteit).SingleAsync();
        Assert.IsType<Uitkomst<PoolStand>.Gelukt>(await s.GetRequiredService<OpvangService>().ZetBezettingAsync(Medewerker, CrisisLocatie, CrisisVrouwen, capaciteit - vrij, 0, Herkomst.Api));
        return capaciteit;
    });

    private Task<Guid> VerzoekAsync() => MetScopeAsync(async s =>
    {
        var verzoek = new Plaatsingsverzoek
        {
            Behoefte = new Behoefte { Geslacht = Geslacht.Vrouw, Uitbuitingsvormen = [Uitbuitingsvorm.Seksueel], Urgentie = Urgentie.Acuut },
            GevondenOp = DateTimeOffset.UtcNow.AddHours(-1),
            GevondenInGemeenteCode = "GM0518",
            Urgentie = Urgentie.Acuut,
        };
        return Assert.IsType<Uitkomst<Plaatsingsverzoek>.Gelukt>(await s.GetRequiredService<OpvangService>().MaakVerzoekAsync(Aanvrager, verzoek, Herkomst.Api)).Waarde.Id;
    });

    /// <summary>A service whose clock runs <paramref name="vooruit"/> ahead of the app's, on the scope's own database context.</summary>
    private static OpvangService Dienst(IServiceProvider s, TimeSpan vooruit) =>
        vooruit == TimeSpan.Zero ? s.GetRequiredService<OpvangService>() : ActivatorUtilities.CreateInstance<OpvangService>(s, new VerschovenKlok(vooruit));

    private Task<Uitkomst<Reservering>> ReserveerAsync(Guid verzoek, TimeSpan vooruit = default) =>
        MetScopeAsync(s => Dienst(s, vooruit).ReserveerAsync(Aanvrager, verzoek, CrisisVrouwen, Guid.NewGuid().ToString(), Herkomst.Api));

    private Task<(int Vastgehouden, int Actief, int Bezet)> StandAsync() => MetScopeAsync(async s =>
    {
        var db = s.GetRequiredService<SchakelDbContext>();
        var pool = await db.Set<Plekkenpool>().AsNoTracking().SingleAsync(p => p.Id == CrisisVrouwen);
        var actief = await db.Set<Reservering>().CountAsync(r => r.PlekkenpoolId == CrisisVrouwen && r.Status == ReserveringStatus.Actief);
        return (pool.Vastgehouden, actief, pool.Bezet);
    });

    private static Guid Id(Uitkomst<Reservering> uitkomst) => Assert.IsType<Uitkomst<Reservering>.Gelukt>(uitkomst).Waarde.Id;

    [Fact]
    public async Task Een_reservering_telt_op_en_bevestigen_afwijzen_en_annuleren_tellen_af()
    {
        var capaciteit = await VrijAsync(3);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(Id(await ReserveerAsync(await VerzoekAsync())));
            Assert.Equal((i + 1, i + 1, capaciteit - 3), await StandAsync());
        }

        Assert.IsType<Uitkomst<Reservering>.Gelukt>(await MetScopeAsync(s => s.GetRequiredService<OpvangService>().BevestigAsync(Medewerker, ids[0], Herkomst.Api)));
        // The confirmed bed moves from held to occupied.
        Assert.Equal((2, 2, capaciteit - 2), await StandAsync());
        Assert.IsType<Uitkomst<Reservering>.Gelukt>(await MetScopeAsync(s => s.GetRequiredService<OpvangService>().AfwijzenAsync(Medewerker, ids[1], "Geen plek voor deze situatie", Herkomst.Api)));
        Assert.Equal((1, 1, capaciteit - 2), await StandAsync());
        Assert.IsType<Uitkomst<Reservering>.Gelukt>(await MetScopeAsync(s => s.GetRequiredService<OpvangService>().AnnulerenAsync(Aanvrager, ids[2], Herkomst.Api)));
        Assert.Equal((0, 0, capaciteit - 2), await StandAsync());

        // A second answer to an ended hold is refused and lowers nothing.
        Assert.IsType<Uitkomst<Reservering>.Fout>(await MetScopeAsync(s => s.GetRequiredService<OpvangService>().AnnulerenAsync(Aanvrager, ids[2], Herkomst.Api)));
        Assert.Equal((0, 0, capaciteit - 2), await StandAsync());

        // A refused hold (no bed left) raises nothing either.
        await VrijAsync(0);
        Assert.IsType<Uitkomst<Reservering>.Fout>(await ReserveerAsync(await VerzoekAsync()));
        Assert.Equal(0, (await StandAsync()).Vastgehouden);
    }

    [Fact]
    public async Task Een_verlopen_reservering_geeft_haar_bed_vrij_voor_de_taak_en_de_taak_telt_af()
    {
        await VrijAsync(1);
        Assert.IsType<Uitkomst<Reservering>.Gelukt>(await ReserveerAsync(await VerzoekAsync()));
        Assert.IsType<Uitkomst<Reservering>.Fout>(await ReserveerAsync(await VerzoekAsync()));

        // Past the hold's time (90 minutes) the bed is free by time, though the counter still has the hold.
        var later = TimeSpan.FromHours(2);
        Assert.IsType<Uitkomst<Reservering>.Gelukt>(await ReserveerAsync(await VerzoekAsync(), later));
        Assert.Equal(2, (await StandAsync()).Vastgehouden);
        Assert.IsType<Uitkomst<Reservering>.Fout>(await ReserveerAsync(await VerzoekAsync(), later));

        // The job marks the first hold expired and lowers the counter in the same transaction; the second stays.
        await MetScopeAsync(async s =>
        {
            var klok = new VerschovenKlok(later);
            var dienst = ActivatorUtilities.CreateInstance<OpvangService>(s, klok);
            await ActivatorUtilities.CreateInstance<OpvangBewaking>(s, klok, dienst).VoerUitAsync(CancellationToken.None);
            return 0;
        });
        var stand = await StandAsync();
        Assert.Equal((1, 1), (stand.Vastgehouden, stand.Actief));
        Assert.IsType<Uitkomst<Reservering>.Fout>(await ReserveerAsync(await VerzoekAsync(), later));
    }

    [Fact]
    public async Task Gelijktijdige_reserveringen_op_een_pool_geven_precies_de_vrije_plekken_en_de_teller_klopt()
    {
        await VrijAsync(3);
        var verzoeken = new List<Guid>();
        for (var i = 0; i < 24; i++)
        {
            verzoeken.Add(await VerzoekAsync());
        }

        // Each on its own scope (its own connection), so they race for the pool's lock.
        var uitkomsten = await Task.WhenAll(verzoeken.Select(v => Task.Run(() => ReserveerAsync(v))));

        Assert.Equal(3, uitkomsten.Count(u => u is Uitkomst<Reservering>.Gelukt));
        Assert.All(uitkomsten.OfType<Uitkomst<Reservering>.Fout>(), f => Assert.Equal(409, f.Status));
        var stand = await StandAsync();
        Assert.Equal((3, 3), (stand.Vastgehouden, stand.Actief));
    }

    [Fact]
    public async Task De_hertelling_van_de_migratie_zet_elke_pool_op_haar_actieve_reserveringen()
    {
        await VrijAsync(2);
        Id(await ReserveerAsync(await VerzoekAsync()));
        Id(await ReserveerAsync(await VerzoekAsync()));
        var (voor, actief) = await MetScopeAsync(async s =>
        {
            var db = s.GetRequiredService<SchakelDbContext>();
            await db.Set<Plekkenpool>().ExecuteUpdateAsync(u => u.SetProperty(p => p.Vastgehouden, 99));
            await db.Database.ExecuteSqlRawAsync(VastgehoudenTelling.HertelSql);
            var tellers = await db.Set<Plekkenpool>().ToDictionaryAsync(p => p.Id, p => p.Vastgehouden);
            var holds = await db.Set<Reservering>().Where(r => r.Status == ReserveringStatus.Actief).GroupBy(r => r.PlekkenpoolId)
                .ToDictionaryAsync(g => g.Key, g => g.Count());
            return (tellers, holds);
        });
        Assert.Equal(2, voor[CrisisVrouwen]);
        Assert.All(voor, t => Assert.Equal(actief.GetValueOrDefault(t.Key), t.Value));
    }

    /// <summary>
    /// PostgreSQL only (its subclass runs it): there every command is a round trip to another process, and those inside
    /// the pool's row lock are time the lock is held; SQLite runs in process under its one writer. Counted from Npgsql's
    /// own activities, so the commands sent around EF (the pool's lock and row, the chain's lock and head) count too.
    /// </summary>
    protected async Task RondreizenOnderHetSlotAsync()
    {
        await VrijAsync(2);
        // A first hold fills this node's caches (the requester, the rules), as on a node that has been running.
        Assert.IsType<Uitkomst<Reservering>.Gelukt>(await ReserveerAsync(await VerzoekAsync()));
        var verzoek = await VerzoekAsync();

        using var bron = new ActivitySource("Schakel.Tests.Rondreizen");
        var spoor = default(ActivityTraceId);
        var opdrachten = new ConcurrentQueue<(DateTime Begin, string Sql)>();
        using var luisteraar = new ActivityListener
        {
            ShouldListenTo = b => b.Name == "Npgsql" || ReferenceEquals(b, bron),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            // Only this hold's commands (the activity below is their parent); a physical connection's opening has no
            // statement. Npgsql tags the statement after the start, so it is read at the end.
            ActivityStopped = a =>
            {
                if (a.Source.Name == "Npgsql" && a.TraceId == spoor && (a.GetTagItem("db.query.text") ?? a.GetTagItem("db.statement")) is string sql)
                {
                    opdrachten.Enqueue((a.StartTimeUtc, sql));
                }
            },
        };
        ActivitySource.AddActivityListener(luisteraar);
        using (var hold = bron.StartActivity("hold"))
        {
            spoor = hold!.TraceId;
            Id(await ReserveerAsync(verzoek));
        }

        var lijst = opdrachten.OrderBy(o => o.Begin).Select(o => o.Sql).ToList();
        Assert.DoesNotContain(lijst, o => o.Contains("SAVEPOINT", StringComparison.Ordinal));
        Assert.NotEmpty(lijst);
        var uitleg = string.Join("\n---\n", lijst);
        var opslag = lijst.FindIndex(o => o.Contains("INSERT INTO reserveringen ", StringComparison.Ordinal));
        Assert.True(opslag >= 0, uitleg);
        // The hold, the request's mark, the held beds and the entry go in one save.
        Assert.Contains("INSERT INTO audit_regels ", lijst[opslag], StringComparison.Ordinal);
        Assert.Contains("\"Vastgehouden\"", lijst[opslag], StringComparison.Ordinal);
        // The lock and the locked row with its checks in one round trip; then only the chain's lock and head, the save,
        // and the commit (no command): no savepoint before the save either.
        var slot = lijst.FindLastIndex(opslag, o => o.Contains("FOR UPDATE", StringComparison.Ordinal));
        Assert.True(slot >= 0, uitleg);
        Assert.Contains("FROM plekkenpools p WHERE", lijst[slot], StringComparison.Ordinal);
        Assert.True(opslag - slot == 2, uitleg);
        Assert.Contains("pg_advisory_xact_lock", lijst[slot + 1], StringComparison.Ordinal);
        // Before the lock one round trip: the request, the key's earlier hold and the pool's figures together.
        Assert.True(slot == 1, uitleg);
    }

    private sealed class VerschovenKlok(TimeSpan vooruit) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + vooruit;
    }
}

public sealed class VastgehoudenTestsSqlite(SqliteFactory f) : VastgehoudenTests(f), IClassFixture<SqliteFactory>;

public sealed class VastgehoudenTestsPostgres(PostgresFactory f) : VastgehoudenTests(f), IClassFixture<PostgresFactory>
{
    [Fact]
    public Task Een_reservering_leest_voor_het_slot_eenmaal_en_onder_het_slot_van_de_pool_eenmaal_en_slaat_met_haar_auditregel_eenmaal_op() =>
        RondreizenOnderHetSlotAsync();
}
