namespace Schakel.Core.Monitor;

public sealed record IndelingDistrict(string Id, string Code, string Naam, string EenheidCode);

public sealed record IndelingGemeente(string CbsCode, string Naam, string EenheidCode, IReadOnlyList<string> DistrictIds);

public sealed record IndelingBasisteam(string Id, string DistrictId);

/// <summary>A region the monitor reports on: a police unit, or any set of municipalities (Hollands Midden's 18).</summary>
public sealed record Regiodefinitie(string Code, string Naam, string? EenheidCode, IReadOnlyList<string> GemeenteCodes)
{
    public bool IsEenheid => EenheidCode is not null;
}

/// <summary>
/// Where one case counts: its police unit, its municipality (null when unknown) and its district (null when the
/// municipality is unknown; a combined district such as "Den Haag (A–C)" when the municipality spans districts and
/// the base team is unknown).
/// </summary>
public sealed record Toewijzing(string EenheidCode, string? GemeenteCode, string? DistrictId)
{
    /// <summary>Stable key of the smallest unit a table counts in.</summary>
    public string Sleutel => GemeenteCode is null ? $"eenheid:{EenheidCode}:zonder-gemeente"
        : DistrictId is null ? $"gemeente:{GemeenteCode}" : $"gemeente:{GemeenteCode}:{DistrictId}";
}

public enum GebiedSoort
{
    Land,
    Eenheid,
    District,
    Gemeente,
    Regio,
}

/// <summary>A geography a figure is asked for. <see cref="Sleutel"/> is its API form ("gemeente:GM0518").</summary>
public sealed record Gebied(GebiedSoort Soort, string Code, string Naam)
{
    public string Sleutel => Soort == GebiedSoort.Land ? "land" : $"{Soort.ToString().ToLowerInvariant()}:{Code}";
}

/// <summary>
/// The geography of the country as the monitor uses it: units, districts, base teams and municipalities. Pure rules,
/// read from the reference data by the web layer.
/// </summary>
public sealed class Indeling
{
    private readonly Dictionary<string, IndelingGemeente> _gemeenten;
    private readonly Dictionary<string, IndelingDistrict> _districten;
    private readonly Dictionary<string, IndelingBasisteam> _basisteams;
    private readonly Dictionary<string, string> _eenheden;

    public Indeling(
        IEnumerable<(string Code, string Naam)> eenheden, IEnumerable<IndelingDistrict> districten,
        IEnumerable<IndelingGemeente> gemeenten, IEnumerable<IndelingBasisteam> basisteams)
    {
        _eenheden = eenheden.ToDictionary(e => e.Code, e => e.Naam, StringComparer.Ordinal);
        _districten = districten.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _gemeenten = gemeenten.ToDictionary(g => g.CbsCode, StringComparer.Ordinal);
        _basisteams = basisteams.ToDictionary(b => b.Id, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<IndelingGemeente> Gemeenten => _gemeenten.Values;
    public IReadOnlyCollection<IndelingDistrict> Districten => _districten.Values;
    public IReadOnlyDictionary<string, string> Eenheden => _eenheden;

    public IndelingGemeente? Gemeente(string? cbs) => cbs is not null && _gemeenten.TryGetValue(cbs, out var g) ? g : null;

    /// <summary>
    /// Attributes a case. A municipality spanning several districts ('s-Gravenhage: A–C) goes to the district of its
    /// base team when that is known and lies in the municipality, otherwise to the combined district, never split by
    /// guess. Without a municipality the case counts only for the unit (of the reporting point), or nowhere.
    /// </summary>
    public Toewijzing? Toewijzen(string? gemeenteCode, string? basisteamId, string? eenheidZonderGemeente)
    {
        var gemeente = Gemeente(gemeenteCode);
        if (gemeente is null)
        {
            return eenheidZonderGemeente is not null && _eenheden.ContainsKey(eenheidZonderGemeente)
                ? new Toewijzing(eenheidZonderGemeente, null, null)
                : null;
        }

        if (gemeente.DistrictIds.Count == 1)
        {
            return new Toewijzing(gemeente.EenheidCode, gemeente.CbsCode, gemeente.DistrictIds[0]);
        }

        if (basisteamId is not null && _basisteams.TryGetValue(basisteamId, out var team)
            && gemeente.DistrictIds.Contains(team.DistrictId))
        {
            return new Toewijzing(gemeente.EenheidCode, gemeente.CbsCode, team.DistrictId);
        }

        return new Toewijzing(gemeente.EenheidCode, gemeente.CbsCode, SamengesteldDistrictId(gemeente));
    }

    /// <summary>"DH-ABC" for 's-Gravenhage: the combined district of a municipality that spans districts.</summary>
    public string SamengesteldDistrictId(IndelingGemeente gemeente) =>
        gemeente.EenheidCode + "-" + string.Concat(gemeente.DistrictIds.Select(id => _districten.TryGetValue(id, out var d) ? d.Code : id).Order(StringComparer.Ordinal));

    public string DistrictNaam(string districtId)
    {
        if (_districten.TryGetValue(districtId, out var d))
        {
            return d.Naam;
        }

        var gemeente = _gemeenten.Values.FirstOrDefault(g => g.DistrictIds.Count > 1 && SamengesteldDistrictId(g) == districtId);
        if (gemeente is null)
        {
            return districtId;
        }

        var codes = gemeente.DistrictIds.Select(id => _districten.TryGetValue(id, out var x) ? x.Code : id).Order(StringComparer.Ordinal).ToList();
        return $"{Roepnaam(gemeente.Naam)} ({codes[0]}–{codes[^1]})";
    }

    /// <summary>The everyday name: 's-Gravenhage is "Den Haag" in speech and in the monitor's row labels.</summary>
    public static string Roepnaam(string gemeentenaam) => gemeentenaam == "'s-Gravenhage" ? "Den Haag" : gemeentenaam;

    public bool Telt(Toewijzing t, Gebied gebied, Regiodefinitie? regio = null) => gebied.Soort switch
    {
        GebiedSoort.Land => true,
        GebiedSoort.Eenheid => t.EenheidCode == gebied.Code,
        GebiedSoort.District => t.DistrictId == gebied.Code,
        GebiedSoort.Gemeente => t.GemeenteCode == gebied.Code,
        GebiedSoort.Regio => regio is not null && InRegio(t, regio),
        _ => false,
    };

    public static bool InRegio(Toewijzing t, Regiodefinitie regio) =>
        regio.IsEenheid ? t.EenheidCode == regio.EenheidCode : t.GemeenteCode is not null && regio.GemeenteCodes.Contains(t.GemeenteCode);

    /// <summary>
    /// The smallest units of a region's tables, in display order: each municipality (split by district where it spans
    /// several, with its combined district last) and, for a police unit, the cases without a municipality.
    /// </summary>

    public IReadOnlyList<Toewijzing> Toewijzingseenheden(Regiodefinitie regio)
    {
        var lijst = new List<Toewijzing>();
        foreach (var code in regio.GemeenteCodes)
        {
            var g = Gemeente(code);
            if (g is null)
            {
                continue;
            }

            if (g.DistrictIds.Count == 1)
            {
                lijst.Add(new Toewijzing(g.EenheidCode, g.CbsCode, g.DistrictIds[0]));
                continue;
            }

            lijst.AddRange(g.DistrictIds.Select(d => new Toewijzing(g.EenheidCode, g.CbsCode, d)));
            lijst.Add(new Toewijzing(g.EenheidCode, g.CbsCode, SamengesteldDistrictId(g)));
        }

        if (regio.EenheidCode is not null)
        {
            lijst.Add(new Toewijzing(regio.EenheidCode, null, null));
        }

        return lijst;
    }

    /// <summary>The districts a region reports: those wholly inside it, and the combined districts of its municipalities.</summary>
    public IReadOnlyList<string> DistrictenVan(Regiodefinitie regio)
    {
        var eenheden = Toewijzingseenheden(regio);
        return eenheden.Where(e => e.DistrictId is not null).Select(e => e.DistrictId!).Distinct()
            .Where(d => !_districten.ContainsKey(d) || _gemeenten.Values
                .Where(g => g.DistrictIds.Contains(d)).All(g => regio.GemeenteCodes.Contains(g.CbsCode)))
            .OrderBy(d => d, StringComparer.Ordinal).ToList();
    }

    public static Regiodefinitie EenheidAlsRegio(Indeling indeling, string eenheidCode) => new(
        eenheidCode, indeling._eenheden.GetValueOrDefault(eenheidCode, eenheidCode), eenheidCode,
        indeling._gemeenten.Values.Where(g => g.EenheidCode == eenheidCode).Select(g => g.CbsCode)
            .Order(StringComparer.Ordinal).ToList());
}
