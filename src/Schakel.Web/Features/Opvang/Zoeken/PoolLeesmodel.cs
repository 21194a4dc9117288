using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Opvang;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Opvang.Zoeken;

/// <summary>One pool as the search reads it: its rows, its criteria as compact values and the end times of its live holds.</summary>
public sealed record PoolRij(Opvanglocatie Locatie, Plekkenpool Pool, Zoekpool Zoek, DateTimeOffset[] HoldsTot, long Versie)
{
    /// <summary>Holds count until they expire, so every node works out the same figure from the same end times.</summary>
    public int Gereserveerd(DateTimeOffset nu)
    {
        var n = 0;
        foreach (var tot in HoldsTot)
        {
            if (tot > nu)
            {
                n++;
            }
        }
        return n;
    }

    public PoolStand Stand(DateTimeOffset nu) => new(Locatie, Pool, Gereserveerd(nu));

    /// <summary>The last figures handed out; they change only with the live holds, the row itself is replaced on every change.</summary>
    private Beschikbaarheid? _figuren;

    /// <summary>
    /// The figures alone (as <see cref="PoolStand.Beschikbaarheid"/>), for the pass over every pool. Kept while the number
    /// of live holds stays the same (usually until the row is replaced), so a search allocates nothing per pool; two
    /// searches racing here at worst both make them.
    /// </summary>
    public Beschikbaarheid Beschikbaarheid(DateTimeOffset nu)
    {
        var gereserveerd = Gereserveerd(nu);
        if (_figuren is { } figuren && figuren.Gereserveerd == gereserveerd)
        {
            return figuren;
        }
        figuren = new(Pool.Capaciteit, Pool.Bezet, Pool.BuitenGebruik, gereserveerd, Pool.BijgewerktOp);
        _figuren = figuren;
        return figuren;
    }
}

/// <summary>An immutable picture of every pool and the placement rules; replaced as a whole, never changed.</summary>
public sealed class Momentopname
{
    public Momentopname(IReadOnlyList<PoolRij> rijen, Plaatsingsbevoegdheid regels, DateTimeOffset geladenOp)
        : this([.. rijen], rijen.Select((r, i) => (r.Pool.Id, i)).ToDictionary(x => x.Id, x => x.i), regels, geladenOp)
    {
    }

    private Momentopname(PoolRij[] rijen, Dictionary<Guid, int> index, Plaatsingsbevoegdheid regels, DateTimeOffset geladenOp)
    {
        Rijen = rijen;
        Zoekpools = [.. rijen.Select(r => r.Zoek)];
        Index = index;
        Regels = regels;
        GeladenOp = geladenOp;
    }

    public IReadOnlyList<PoolRij> Rijen { get; }
    public IReadOnlyList<Zoekpool> Zoekpools { get; }
    public IReadOnlyDictionary<Guid, int> Index { get; }
    public Plaatsingsbevoegdheid Regels { get; }
    public DateTimeOffset GeladenOp { get; }

    /// <summary>
    /// The same pools with some rows replaced, in place of a rebuild when no pool came or went (the usual case: figures
    /// and holds change, pools rarely do); null when the set of pools changed.
    /// </summary>
    public Momentopname? MetVervangen(IReadOnlyCollection<Guid> gelezen, IReadOnlyList<PoolRij> nieuw)
    {
        if (nieuw.Count != gelezen.Count || nieuw.Any(r => !Index.ContainsKey(r.Pool.Id)))
        {
            return null;
        }
        var rijen = Rijen.ToArray();
        foreach (var r in nieuw)
        {
            rijen[Index[r.Pool.Id]] = r;
        }
        return new Momentopname(rijen, (Dictionary<Guid, int>)Index, Regels, GeladenOp);
    }
}

/// <summary>
/// The pools of the whole country in memory on each node, so a search costs no database work beyond reading its
/// request (issue 19). The picture is swapped atomically (a volatile reference to an immutable
/// <see cref="Momentopname"/>); a change marks its pool (<see cref="Gewijzigd"/>: after the app's own commits, and from
/// other nodes through PostgreSQL <c>NOTIFY</c>, see <see cref="PoolWijzigingen"/>) and the next search reloads only the
/// marked pools in one query. Everything is reloaded on start, on a timer and after the notification connection was
/// lost. Holds are counted from their end times at the moment of the search. A stale picture can at worst show a bed
/// that a hold then refuses with 409: holds count under the pool's row lock in the database, never here.
/// </summary>
public sealed class PoolLeesmodel(IServiceScopeFactory scopes, TimeProvider tijd)
{
    private volatile Momentopname? _huidig;
    private volatile bool _alles = true;
    private readonly ConcurrentQueue<Guid> _gewijzigd = new();
    private readonly SemaphoreSlim _laden = new(1, 1);
    private long _versie;

    /// <summary>A pool's figures, criteria or holds changed (after the commit).</summary>
    public void Gewijzigd(Guid poolId) => _gewijzigd.Enqueue(poolId);

    /// <summary>Reload everything before the next search: rules changed, a notification may have been missed, or data was written around the app.</summary>
    public void AllesOpnieuw() => _alles = true;

    public async ValueTask<Momentopname> HuidigAsync(CancellationToken ct)
    {
        var huidig = _huidig;
        if (huidig is not null && !_alles && _gewijzigd.IsEmpty)
        {
            return huidig;
        }
        await _laden.WaitAsync(ct);
        try
        {
            huidig = _huidig;
            if (huidig is null || _alles)
            {
                // Cleared before reading: a change committed before this point is in the read, a later one marks again.
                _alles = false;
                _gewijzigd.Clear();
                huidig = await LaadAsync(null, huidig, ct);
            }
            else if (!_gewijzigd.IsEmpty)
            {
                var ids = new HashSet<Guid>();
                while (_gewijzigd.TryDequeue(out var id))
                {
                    ids.Add(id);
                }
                huidig = await LaadAsync(ids, huidig, ct);
            }
            _huidig = huidig;
            return huidig;
        }
        finally
        {
            _laden.Release();
        }
    }

    private async Task<Momentopname> LaadAsync(HashSet<Guid>? alleen, Momentopname? vorige, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var nu = tijd.GetUtcNow();
        var versie = Interlocked.Increment(ref _versie);
        var pools = db.Set<Plekkenpool>().AsNoTracking();
        var holds = db.Set<Reservering>().AsNoTracking().Where(r => r.Status == ReserveringStatus.Actief && r.VerlooptOp > nu);
        if (alleen is not null)
        {
            pools = pools.Where(p => alleen.Contains(p.Id));
            holds = holds.Where(r => alleen.Contains(r.PlekkenpoolId));
        }
        var rijen = await (from p in pools join l in db.Set<Opvanglocatie>().AsNoTracking() on p.OpvanglocatieId equals l.Id select new { p, l }).ToListAsync(ct);
        var tot = (await holds.Select(r => new { r.PlekkenpoolId, r.VerlooptOp }).ToListAsync(ct))
            .ToLookup(r => r.PlekkenpoolId, r => r.VerlooptOp);
        var nieuw = rijen.Select(r => new PoolRij(r.l, r.p, new Zoekpool(new PoolStand(r.l, r.p, 0).AlsAanbod()), [.. tot[r.p.Id]], versie)).ToList();

        if (alleen is null || vorige is null)
        {
            return new Momentopname([.. nieuw.OrderBy(r => r.Pool.Id)], await Plaatsingsgids.LeesRegelsAsync(db, ct), nu);
        }
        if (vorige.MetVervangen(alleen, nieuw) is { } ter)
        {
            return ter;
        }
        // A pool came or went: the rest is taken over, a marked pool that is gone is left out.
        var vervangen = nieuw.ToDictionary(r => r.Pool.Id);
        var samen = vorige.Rijen.Where(r => !alleen.Contains(r.Pool.Id)).Concat(vervangen.Values).OrderBy(r => r.Pool.Id).ToList();
        return new Momentopname(samen, vorige.Regels, vorige.GeladenOp);
    }
}
