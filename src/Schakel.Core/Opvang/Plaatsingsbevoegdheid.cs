using Schakel.Core.Teksten;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;

namespace Schakel.Core.Opvang;

/// <summary>The party asking to hold or place: its organisation type and the municipalities (CBS codes) it acts for.</summary>
public sealed record Aanvrager(OrganisatieType Type, IReadOnlyList<string> Gemeenten);

/// <summary>
/// A party that may place in a pool, so the caller can look it up and say whether it is reachable now:
/// an organisation type, or (when <see cref="GemeenteCodes"/> is set) the municipality with one of these codes.
/// </summary>
public sealed record BevoegdePartij(OrganisatieType Type, IReadOnlyList<string> GemeenteCodes, bool SamenMetGemeente, Bericht Bericht)
{
    /// <summary>Dutch, e.g. "de gemeente Den Haag via haar toegang".</summary>
    public string Omschrijving => Bericht.Nederlands;
}

/// <summary>
/// The answer to "may this requester hold in this pool for this need?". When refused, <see cref="Uitleg"/> names who
/// may, fit for a 403 problem detail; <see cref="Bevoegden"/> lists them for a reachability check.
/// </summary>
public sealed record Bevoegdheidsoordeel(bool Toegestaan, bool SamenMetGemeente, IReadOnlyList<BevoegdePartij> Bevoegden, Bericht Bericht)
{
    /// <summary>Dutch, as the API's problem detail gives it.</summary>
    public string Uitleg => Bericht.Nederlands;
}

/// <summary>Applies the placement-authority rules. Construct with the rules as the administrator keeps them.</summary>
public sealed class Plaatsingsbevoegdheid(IReadOnlyList<Plaatsingsregel> regels)
{
    /// <summary>
    /// The rules from policy: CoMensha places in COSM and for labour exploitation; OMM by CoMensha together with the
    /// municipality; vrouwenopvang and maatschappelijke opvang by the municipalities through their access point.
    /// Policy is silent on the other types; they default to the municipality as well, for an administrator to change.
    /// </summary>
    public static readonly IReadOnlyList<Plaatsingsregel> Standaardregels =
    [
        new() { Type = Opvangtype.COSM, Organisatietypen = [OrganisatieType.CoMensha] },
        new() { Uitbuitingsvorm = Uitbuitingsvorm.Arbeid, Organisatietypen = [OrganisatieType.CoMensha] },
        new() { Type = Opvangtype.OMM, Organisatietypen = [OrganisatieType.CoMensha], SamenMetGemeente = true },
        new() { Type = Opvangtype.Vrouwenopvang, GemeenteVanLocatie = true },
        new() { Type = Opvangtype.MaatschappelijkeOpvang, GemeenteVanLocatie = true },
        new() { Type = Opvangtype.Mannenopvang, GemeenteVanLocatie = true },
        new() { Type = Opvangtype.JeugdBeschermdeOpvang, GemeenteVanLocatie = true },
        // The first bed must come at once, day and night: those who find and accompany victims place in crisis shelter.
        new() { Type = Opvangtype.Crisisopvang, Organisatietypen = [OrganisatieType.Zorgcoordinatie, OrganisatieType.Politie, OrganisatieType.KMar, OrganisatieType.CoMensha], GemeenteVanLocatie = true },
        new() { Type = Opvangtype.Anders, GemeenteVanLocatie = true },
    ];

    public static Plaatsingsbevoegdheid Standaard { get; } = new(Standaardregels);

    public IReadOnlyList<Plaatsingsregel> Regels { get; } = regels;

    public Bevoegdheidsoordeel Beoordeel(Aanvrager aanvrager, PlekkenpoolAanbod pool, Behoefte behoefte)
    {
        ArgumentNullException.ThrowIfNull(aanvrager);
        ArgumentNullException.ThrowIfNull(pool);
        var bevoegden = ZonderOverbodigeVoorwaarden(
            Regels.Where(r => r.GeldtVoor(pool, behoefte)).SelectMany(r => Partijen(r, pool)).Distinct(PartijVergelijker.Instantie).ToList());
        var toegestaan = bevoegden.Where(p => Mag(aanvrager, p)).ToList();
        object wieMag = bevoegden.Count == 0
            ? Bericht.Van(Opvangberichten.Niemand, "niemand: voor deze opvang is geen plaatsingsbevoegdheid vastgelegd; neem contact op met de beheerder")
            : new Opsomming([.. bevoegden.Select(p => p.Bericht)], En: false);
        var soort = Opvangberichten.Woord(pool.Type);

        if (toegestaan.Count == 0)
        {
            return new(false, false, bevoegden, Bericht.Van(Opvangberichten.MagNiet, "U mag niet plaatsen in deze plekkenpool ({0}). Plaatsen mag: {1}.", soort, wieMag));
        }

        var samen = toegestaan.All(p => p.SamenMetGemeente);
        var uitleg = samen
            ? Bericht.Van(Opvangberichten.MagSamen, "U mag plaatsen in deze plekkenpool ({0}), samen met de gemeente.", soort)
            : Bericht.Van(Opvangberichten.Mag, "U mag plaatsen in deze plekkenpool ({0}).", soort);
        return new(true, samen, bevoegden, uitleg);
    }

    private static bool Mag(Aanvrager aanvrager, BevoegdePartij partij) =>
        aanvrager.Type == partij.Type
        && (partij.GemeenteCodes.Count == 0 || aanvrager.Gemeenten.Any(g => partij.GemeenteCodes.Contains(g, StringComparer.OrdinalIgnoreCase)));

    private static IEnumerable<BevoegdePartij> Partijen(Plaatsingsregel regel, PlekkenpoolAanbod pool)
    {
        Bericht Samen(Bericht partij) => regel.SamenMetGemeente ? Bericht.Van(Opvangberichten.PartijSamen, "{0} samen met de gemeente", partij) : partij;
        foreach (var type in regel.Organisatietypen)
        {
            yield return new BevoegdePartij(type, [], regel.SamenMetGemeente, Samen(Opvangberichten.Woord(type)));
        }

        if (regel.GemeenteVanLocatie)
        {
            var codes = new[] { pool.GemeenteCode, pool.ToegangGemeenteCode }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var toegang = pool.ToegangGemeenteCode is { } t && !string.Equals(t, pool.GemeenteCode, StringComparison.OrdinalIgnoreCase)
                ? Bericht.Van(Opvangberichten.GemeenteOfToegang, "de gemeente {0} of de gemeente {1} via haar toegang", pool.GemeenteWeergave, pool.ToegangGemeenteNaam ?? t)
                : Bericht.Van(Opvangberichten.GemeenteToegang, "de gemeente {0} via haar toegang", pool.GemeenteWeergave);
            yield return new BevoegdePartij(OrganisatieType.Gemeente, codes, regel.SamenMetGemeente, Samen(toegang));
        }
    }

    /// <summary>A party that may place on its own needs no second mention "samen met de gemeente".</summary>
    private static List<BevoegdePartij> ZonderOverbodigeVoorwaarden(List<BevoegdePartij> partijen) =>
        partijen.Where(p => !p.SamenMetGemeente
            || !partijen.Any(q => !q.SamenMetGemeente && PartijVergelijker.Instantie.Equals(q, p with { SamenMetGemeente = false }))).ToList();

    /// <summary>The same party may come from two rules (COSM and labour exploitation both name CoMensha).</summary>
    private sealed class PartijVergelijker : IEqualityComparer<BevoegdePartij>
    {
        public static readonly PartijVergelijker Instantie = new();

        public bool Equals(BevoegdePartij? x, BevoegdePartij? y) =>
            x is not null && y is not null && x.Type == y.Type && x.SamenMetGemeente == y.SamenMetGemeente
            && x.GemeenteCodes.SequenceEqual(y.GemeenteCodes, StringComparer.OrdinalIgnoreCase);

        public int GetHashCode(BevoegdePartij obj) => HashCode.Combine(obj.Type, obj.SamenMetGemeente, obj.GemeenteCodes.Count);
    }
}
