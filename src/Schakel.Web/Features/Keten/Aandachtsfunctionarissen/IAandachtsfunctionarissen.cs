using Microsoft.EntityFrameworkCore;
using Schakel.Core.Keten;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Keten.Aandachtsfunctionarissen;

/// <summary>A focal officer as other features read it: the published contact and the place in the internal route.</summary>
public sealed record AandachtsfunctionarisGegevens(
    Guid Id,
    string GemeenteCode,
    Guid OrganisatieId,
    Guid? MedewerkerId,
    string Naam,
    string? Functietitel,
    string? Email,
    string? Telefoon,
    Aandachtsfunctionarisafdeling Afdeling,
    Aandachtsfunctionariszijde Zijde,
    Guid? PlaatsvervangerId,
    DateOnly AangesteldOp,
    bool Actief,
    bool IsDemo,
    DateOnly? BeeindigdOp = null)
{
    /// <summary>Whether the officer served on <paramref name="dag"/>: appointed by then and not yet ended.</summary>
    public bool DiendeOp(DateOnly dag) => AangesteldOp <= dag && (BeeindigdOp is { } eind ? dag < eind : Actief);

    public AandachtsfunctionarisKenmerken Kenmerken => new(Id, Afdeling, Zijde, Actief, AangesteldOp);
}

/// <summary>Read access to the focal-officer register, for the route, the policy checklist and the awareness menu.</summary>
public interface IAandachtsfunctionarissen
{
    /// <summary>Every officer of a municipality (active and inactive), OOV first, then by appointment date.</summary>
    Task<IReadOnlyList<AandachtsfunctionarisGegevens>> VoorGemeenteAsync(string gemeenteCode, CancellationToken ct = default);

    /// <summary>The active officers of a municipality who handle the side, best first (internal route, Midden-Delfland §5.2.1).</summary>
    Task<IReadOnlyList<AandachtsfunctionarisGegevens>> VoorZijdeAsync(string gemeenteCode, Aandachtsfunctionariszijde zijde, CancellationToken ct = default);

    /// <summary>The whole register, by municipality; for overviews and the monitor.</summary>
    Task<IReadOnlyList<AandachtsfunctionarisGegevens>> AlleAsync(bool alleenActief = true, CancellationToken ct = default);

    Task<AandachtsfunctionarisGegevens?> VindAsync(Guid id, CancellationToken ct = default);

    /// <summary>The officers linked to a Schakel account (a person can serve more than one municipality).</summary>
    Task<IReadOnlyList<AandachtsfunctionarisGegevens>> VoorMedewerkerAsync(Guid medewerkerId, CancellationToken ct = default);
}

internal sealed class Aandachtsfunctionarissen(SchakelDbContext db) : IAandachtsfunctionarissen
{
    public async Task<IReadOnlyList<AandachtsfunctionarisGegevens>> VoorGemeenteAsync(string gemeenteCode, CancellationToken ct = default)
    {
        var code = gemeenteCode.Trim().ToUpperInvariant();
        var lijst = await Lees(db.Set<Aandachtsfunctionaris>().Where(a => a.GemeenteCode == code), ct);
        return Orden(lijst);
    }

    public async Task<IReadOnlyList<AandachtsfunctionarisGegevens>> VoorZijdeAsync(string gemeenteCode, Aandachtsfunctionariszijde zijde, CancellationToken ct = default)
    {
        var code = gemeenteCode.Trim().ToUpperInvariant();
        var lijst = await Lees(db.Set<Aandachtsfunctionaris>().Where(a => a.GemeenteCode == code && a.Actief), ct);
        return AandachtsfunctionarisKeuze.Rangschik(lijst, a => a.Kenmerken, zijde);
    }

    public async Task<IReadOnlyList<AandachtsfunctionarisGegevens>> AlleAsync(bool alleenActief = true, CancellationToken ct = default)
    {
        var lijst = await Lees(db.Set<Aandachtsfunctionaris>().Where(a => !alleenActief || a.Actief), ct);
        return lijst.GroupBy(a => a.GemeenteCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => Orden(g.ToList())).ToList();
    }

    public async Task<AandachtsfunctionarisGegevens?> VindAsync(Guid id, CancellationToken ct = default) =>
        (await Lees(db.Set<Aandachtsfunctionaris>().Where(a => a.Id == id), ct)).SingleOrDefault();

    public async Task<IReadOnlyList<AandachtsfunctionarisGegevens>> VoorMedewerkerAsync(Guid medewerkerId, CancellationToken ct = default) =>
        Orden(await Lees(db.Set<Aandachtsfunctionaris>().Where(a => a.MedewerkerId == medewerkerId), ct));

    private static List<AandachtsfunctionarisGegevens> Orden(List<AandachtsfunctionarisGegevens> lijst) =>
        lijst.OrderByDescending(a => a.Actief).ThenBy(a => a.Afdeling).ThenBy(a => a.AangesteldOp).ThenBy(a => a.Naam, StringComparer.CurrentCulture).ToList();

    private static Task<List<AandachtsfunctionarisGegevens>> Lees(IQueryable<Aandachtsfunctionaris> bron, CancellationToken ct) =>
        bron.AsNoTracking()
            .Select(a => new AandachtsfunctionarisGegevens(a.Id, a.GemeenteCode, a.OrganisatieId, a.MedewerkerId, a.Naam, a.Functietitel,
                a.Email, a.Telefoon, a.Afdeling, a.Zijde, a.PlaatsvervangerId, a.AangesteldOp, a.Actief, a.IsDemo, a.BeeindigdOp))
            .ToListAsync(ct);
}
