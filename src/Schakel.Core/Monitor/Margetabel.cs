namespace Schakel.Core.Monitor;

/// <summary>One figure of a table: geography node, period ("2026-K1" or the year "2026"), category.</summary>
public sealed record MargeCel(string Sleutel, string Gebied, string Periode, string Categorie, long Waarde);

/// <summary>
/// All tables of one count measure for one region and year as one set of cells with the relations between them:
/// municipalities (a municipality spanning districts as the sum of its parts), districts (the sum of their
/// municipalities' parts), the region (the sum of everything, cases without a municipality included for a police
/// unit); quarters and the year; and, for an exclusive breakdown, the categories and their total. Suppression runs on
/// this whole set, so no table can give away what another hides.
/// </summary>
public sealed class Margetabel
{
    private readonly Dictionary<string, MargeCel> _cellen;

    private Margetabel(List<MargeCel> cellen, List<Vergelijking> vergelijkingen, IReadOnlyList<string> gebieden,
        IReadOnlyList<string> perioden, IReadOnlyList<string> categorieen)
    {
        Cellen = cellen;
        Vergelijkingen = vergelijkingen;
        Gebieden = gebieden;
        Perioden = perioden;
        Categorieen = categorieen;
        _cellen = cellen.ToDictionary(c => c.Sleutel, StringComparer.Ordinal);
    }

    public IReadOnlyList<MargeCel> Cellen { get; }
    public IReadOnlyList<Vergelijking> Vergelijkingen { get; }
    /// <summary>Geography keys in display order: municipalities (and their parts), districts, the region.</summary>
    public IReadOnlyList<string> Gebieden { get; }
    public IReadOnlyList<string> Perioden { get; }
    public IReadOnlyList<string> Categorieen { get; }

    public MargeCel? Cel(string gebied, string periode, string categorie) =>
        _cellen.GetValueOrDefault(Sleutel(gebied, periode, categorie));

    public static string Sleutel(string gebied, string periode, string categorie) => $"{gebied}|{periode}|{categorie}";

    public static string RegioSleutel(Regiodefinitie regio) => $"regio:{regio.Code}";

    /// <summary>
    /// Builds the set. <paramref name="tel"/> gives the count of one smallest unit, quarter and category;
    /// <paramref name="kwartalen"/> are the quarters shown (a public edition leaves out the unfinished one, and the
    /// year is then the sum of those shown).
    /// </summary>
    public static Margetabel Bouw(
        Indeling indeling, Regiodefinitie regio, int jaar, IReadOnlyList<Periode> kwartalen,
        IReadOnlyList<string> categorieen, bool exclusief, Func<Toewijzing, Periode, string, long> tel)
    {
        var eenheden = indeling.Toewijzingseenheden(regio);
        var perGemeente = eenheden.Where(e => e.GemeenteCode is not null).GroupBy(e => e.GemeenteCode!).ToList();

        string EenheidSleutel(Toewijzing e) => e.GemeenteCode is null ? e.Sleutel
            : perGemeente.First(g => g.Key == e.GemeenteCode).Count() == 1 ? $"gemeente:{e.GemeenteCode}" : e.Sleutel;

        // Geography: node → its smallest units (a unit is its own node).
        var geo = new List<(string Sleutel, List<string> Delen)>();
        foreach (var e in eenheden)
        {
            geo.Add((EenheidSleutel(e), []));
        }

        foreach (var g in perGemeente.Where(g => g.Count() > 1))
        {
            geo.Add(($"gemeente:{g.Key}", g.Select(EenheidSleutel).ToList()));
        }

        foreach (var d in indeling.DistrictenVan(regio))
        {
            geo.Add(($"district:{d}", eenheden.Where(e => e.DistrictId == d).Select(EenheidSleutel).ToList()));
        }

        geo.Add((RegioSleutel(regio), eenheden.Select(EenheidSleutel).ToList()));

        var jaarSleutel = Periode.VanJaar(jaar).ToString();
        var kwartaalSleutels = kwartalen.Select(k => k.ToString()).ToList();
        var perioden = kwartaalSleutels.Append(jaarSleutel).ToList();
        var cats = exclusief && categorieen.Count > 1 ? categorieen.Append(Uitsplitsing.Totaal).ToList() : categorieen.ToList();

        var basis = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in eenheden)
        {
            for (var k = 0; k < kwartalen.Count; k++)
            {
                foreach (var c in categorieen)
                {
                    basis[Sleutel(EenheidSleutel(e), kwartaalSleutels[k], c)] = tel(e, kwartalen[k], c);
                }
            }
        }

        long Waarde(string gebied, string periode, string categorie)
        {
            var gebieden = geo.First(x => x.Sleutel == gebied).Delen is { Count: > 0 } delen ? delen : [gebied];
            var ps = periode == jaarSleutel ? kwartaalSleutels : [periode];
            var cs = categorie == Uitsplitsing.Totaal && cats.Count > categorieen.Count ? categorieen : [categorie];
            return gebieden.Sum(g => ps.Sum(p => cs.Sum(c => basis[Sleutel(g, p, c)])));
        }

        var cellen = new List<MargeCel>();
        foreach (var (g, _) in geo)
        {
            foreach (var p in perioden)
            {
                foreach (var c in cats)
                {
                    cellen.Add(new MargeCel(Sleutel(g, p, c), g, p, c, Waarde(g, p, c)));
                }
            }
        }

        var vergelijkingen = new List<Vergelijking>();
        foreach (var p in perioden)
        {
            foreach (var c in cats)
            {
                vergelijkingen.AddRange(geo.Where(x => x.Delen.Count > 0)
                    .Select(x => new Vergelijking(Sleutel(x.Sleutel, p, c), x.Delen.Select(d => Sleutel(d, p, c)).ToList())));
            }
        }

        foreach (var (g, _) in geo)
        {
            foreach (var c in cats)
            {
                vergelijkingen.Add(new Vergelijking(Sleutel(g, jaarSleutel, c), kwartaalSleutels.Select(p => Sleutel(g, p, c)).ToList()));
            }

            if (cats.Count > categorieen.Count)
            {
                foreach (var p in perioden)
                {
                    vergelijkingen.Add(new Vergelijking(Sleutel(g, p, Uitsplitsing.Totaal), categorieen.Select(c => Sleutel(g, p, c)).ToList()));
                }
            }
        }

        return new Margetabel(cellen, vergelijkingen, geo.Select(x => x.Sleutel).ToList(), perioden, cats);
    }

    public Suppressiepatroon Onderdruk(int drempel, IReadOnlySet<string>? eerderVerborgen = null) =>
        Suppressie.Bepaal(Cellen.Select(c => new SuppressieCel(c.Sleutel, c.Waarde)).ToList(), Vergelijkingen, drempel, eerderVerborgen);
}
