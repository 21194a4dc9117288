using Microsoft.EntityFrameworkCore;
using Schakel.Core.Opvang;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Gids;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Schaal.Wijzigingen;

namespace Schakel.Web.Features.Opvang.Zoeken;

/// <summary>
/// The organisations as the shelter board reads them — each with its type and work area (who asks: <see cref="Aanvrager"/>)
/// and with its contact fields from the directory (who may place, <see cref="Contactgids"/>) — and the placement rules,
/// kept per node between changes. They change only when a beheerder changes an organisation, the directory or the rules,
/// while every search that shows a refused pool and every hold asks for them: read from the database each time, they
/// were most of a search's cost (issue 19). A change on any node makes every node read them again (<see cref="PlaatsingsgidsVolger"/> sends,
/// <see cref="Wijzigingsluisteraar"/> hears); they are read again after <see cref="MaxLeeftijd"/> in any case, which
/// bounds a missed message. Reachability depends on the moment, so it is still worked out per search.
/// </summary>
public sealed class Plaatsingsgids(TimeProvider tijd) : IWijzigingsvolger
{
    public const string KanaalNaam = "schakel_plaatsingsgids";
    public static readonly TimeSpan MaxLeeftijd = TimeSpan.FromMinutes(1);

    /// <summary>What was read; the organisations are never changed after loading (readers only read them).</summary>
    public sealed record Stand(long Generatie, DateTimeOffset GeladenOp, IReadOnlyList<Organisatie> Organisaties, IReadOnlyDictionary<Guid, Aanvrager> Aanvragers,
        Plaatsingsbevoegdheid Regels);

    private long _generatie;
    private Stand? _stand;

    public string Kanaal => KanaalNaam;

    /// <summary>The kept copy while nothing changed since it was read, otherwise a fresh one from <paramref name="db"/>.</summary>
    public async Task<Stand> HuidigAsync(SchakelDbContext db, CancellationToken ct)
    {
        // The generation is read before loading: a change that commits while this load runs raises it, so what this load
        // read is used for this request only and the next one reads again.
        var generatie = Interlocked.Read(ref _generatie);
        if (Volatile.Read(ref _stand) is { } stand && stand.Generatie == generatie && tijd.GetUtcNow() - stand.GeladenOp < MaxLeeftijd)
        {
            return stand;
        }
        var organisaties = await GidsContactgegevens.OrganisatiesAsync(db, GidsContactgegevens.Plaatsing, ct);
        var nieuw = new Stand(generatie, tijd.GetUtcNow(), organisaties,
            organisaties.ToDictionary(o => o.Id, o => new Aanvrager(o.Type, [.. o.Werkgebied.Select(w => w.CbsCode)])),
            await LeesRegelsAsync(db, ct));
        Volatile.Write(ref _stand, nieuw);
        return nieuw;
    }

    /// <summary>Who may place, with reachability at <paramref name="nu"/>.</summary>
    public async Task<Contactgids> ContactgidsAsync(SchakelDbContext db, DateTimeOffset nu, CancellationToken ct) =>
        new((await HuidigAsync(db, ct)).Organisaties, nu);

    /// <summary>The requesting organisation's type and area. One missing from the copy (written around the app) is read again once.</summary>
    public async Task<Aanvrager> AanvragerAsync(SchakelDbContext db, Guid organisatie, CancellationToken ct)
    {
        if ((await HuidigAsync(db, ct)).Aanvragers.TryGetValue(organisatie, out var aanvrager))
        {
            return aanvrager;
        }
        Vergeet();
        return (await HuidigAsync(db, ct)).Aanvragers.TryGetValue(organisatie, out aanvrager)
            ? aanvrager
            : throw new InvalidOperationException("Onbekende organisatie.");
    }

    /// <summary>Who may place in which kind of pool, as the beheerder set it (the defaults until then).</summary>
    public async Task<Plaatsingsbevoegdheid> RegelsAsync(SchakelDbContext db, CancellationToken ct) => (await HuidigAsync(db, ct)).Regels;

    /// <summary>The rules as stored, read past any copy.</summary>
    public static async Task<Plaatsingsbevoegdheid> LeesRegelsAsync(SchakelDbContext db, CancellationToken ct)
    {
        var instelling = await db.Set<PlaatsingsbevoegdheidInstelling>().AsNoTracking().OrderBy(i => i.Id).FirstOrDefaultAsync(ct);
        return instelling is null ? Plaatsingsbevoegdheid.Standaard : new Plaatsingsbevoegdheid(instelling.Regels);
    }

    public void Vergeet() => Interlocked.Increment(ref _generatie);

    public void Gewijzigd(string bericht) => Vergeet();

    public void AllesOpnieuw() => Vergeet();
}

/// <summary>Tells <see cref="Plaatsingsgids"/> when an organisation, its work area, the directory's contact fields or the rules changed.</summary>
public sealed class PlaatsingsgidsVolger(Plaatsingsgids gids) : Commitvolger(Gevolgd, Plaatsingsgids.KanaalNaam)
{
    private static readonly HashSet<Type> Gevolgd =
    [
        typeof(Organisatie), typeof(OrganisatieWerkgebied), typeof(Dienst), typeof(Dienstgebied), typeof(GidsTelefoon), typeof(Openingstijd),
        typeof(PlaatsingsbevoegdheidInstelling),
    ];

    protected override void Gecommit() => gids.Vergeet();
}
