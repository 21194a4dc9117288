using Schakel.Core.Opvang;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Opvang;

/// <summary>
/// Who may place, with phone and whether they can be reached now, for one search. A search judges every pool in
/// the country and most share the same placing parties, so each organisation's reachability is worked out once
/// and each distinct set of placing parties is looked up once.
/// </summary>
public sealed class Contactgids(IReadOnlyList<Organisatie> organisaties, DateTimeOffset nu)
{
    private readonly ILookup<Schakel.Core.Organisaties.OrganisatieType, Organisatie> _perType =
        organisaties.Where(o => o.Actief).ToLookup(o => o.Type);
    private readonly Dictionary<Guid, Schakel.Core.Teksten.Bericht> _bereikbaarheid = [];
    private readonly Dictionary<string, IReadOnlyList<Contactpartij>> _gezien = new(StringComparer.Ordinal);

    public IReadOnlyList<Contactpartij> Voor(Bevoegdheidsoordeel oordeel)
    {
        var sleutel = string.Join('|', oordeel.Bevoegden.Select(b => $"{b.Type}:{string.Join(',', b.GemeenteCodes)}"));
        if (!_gezien.TryGetValue(sleutel, out var contacten))
        {
            contacten = oordeel.Bevoegden
                .SelectMany(b => _perType[b.Type].Where(o => b.GemeenteCodes.Count == 0 || o.Werkgebied.Any(w => b.GemeenteCodes.Contains(w.CbsCode))))
                .DistinctBy(o => o.Id)
                .Select(o => new Contactpartij(o.Id, o.Naam, o.Telefoon, Bereikbaarheid(o).Nederlands, Bereikbaarheid(o)))
                .ToList();
            _gezien[sleutel] = contacten;
        }
        return contacten;
    }

    private Schakel.Core.Teksten.Bericht Bereikbaarheid(Organisatie o)
    {
        if (!_bereikbaarheid.TryGetValue(o.Id, out var omschrijving))
        {
            omschrijving = Core.Opvang.Bereikbaarheid.Bepaal(o.DagEnNacht, o.Openingstijden, nu).Bericht;
            _bereikbaarheid[o.Id] = omschrijving;
        }
        return omschrijving;
    }
}
