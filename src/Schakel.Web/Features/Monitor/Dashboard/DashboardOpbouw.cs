using System.Globalization;
using Schakel.Core.Monitor;

namespace Schakel.Web.Features.Monitor.Dashboard;

/// <summary>The filters of the dashboard, all from the GET query so a view can be bookmarked and shared.</summary>
public sealed record DashboardFilter(string Eenheid, int Jaar, string Maatstaf, string Uitsplitsing, string? District, string? Gemeente);

/// <summary>
/// One cell as the internal dashboard shows it: the value, and when the public edition would hide it, why
/// (<see cref="VerbergReden"/> or <see cref="MonitorCijfers.RedenNietGepubliceerd"/>) and which cell it protects.
/// </summary>
public sealed record DashboardCel(decimal? Waarde, Cijferherkomst Herkomst, string? Reden, string? BeschermtNaam, long? Noemer);

/// <summary>A row: an area (with the link one level down) or, in the breakdown table, a category.</summary>
public sealed record DashboardRij(string Sleutel, string Naam, string? Link, bool IsTotaal, IReadOnlyList<DashboardCel> Cellen);

public sealed record DashboardKruimel(string Naam, string? Link);

public sealed record DashboardWeergave(
    DashboardFilter Filter, Maatstaf Maatstaf, string Niveau, string GebiedNaam, IReadOnlyList<DashboardKruimel> Kruimels,
    IReadOnlyList<string> Perioden, IReadOnlyList<DashboardRij> Gebieden, IReadOnlyList<DashboardRij> Categorieen, int Drempel);

/// <summary>
/// The internal dashboard: the region's table of one measure and year, cut by level. The region shows its districts,
/// a district its municipalities (and the parts of a municipality spanning districts), a municipality its own rows; each
/// with its quarters and year, and per category when a breakdown is chosen. The cells are the very cells of
/// <see cref="MonitorCijfers.TabelAsync"/> (internal), which also answers <c>/api/v1/monitor/cijfers?editie=intern</c>.
/// </summary>
public static class DashboardOpbouw
{
    public static DashboardWeergave Bouw(DashboardFilter f, Maatstaf m, Indeling indeling, Regiodefinitie regio, MonitorTabel t, Func<DashboardFilter, string> link)
    {
        var namen = t.Gebieden.ToDictionary(g => g.Sleutel, g => g.Naam, StringComparer.Ordinal);
        var regioSleutel = Margetabel.RegioSleutel(regio);
        var eenheden = indeling.Toewijzingseenheden(regio);
        var perGemeente = eenheden.Where(e => e.GemeenteCode is not null).GroupBy(e => e.GemeenteCode!).ToDictionary(g => g.Key, g => g.Count());

        // The key a smallest unit has in the table: a municipality in one district is its own row, the parts of one
        // spanning districts have a row each.
        string Sleutel(Toewijzing e) => e.GemeenteCode is null ? e.Sleutel : perGemeente[e.GemeenteCode] == 1 ? $"gemeente:{e.GemeenteCode}" : e.Sleutel;

        string niveau;
        string gebied;
        List<(string Sleutel, string? Link, bool Totaal)> rijen;
        var kruimels = new List<DashboardKruimel> { new(regio.Naam, f.District is null && f.Gemeente is null ? null : link(f with { District = null, Gemeente = null })) };
        if (f.Gemeente is { } g)
        {
            niveau = "gemeente";
            var delen = eenheden.Where(e => e.GemeenteCode == g).Select(Sleutel).Distinct().ToList();
            gebied = $"gemeente:{g}";
            rijen = delen.Where(d => d != gebied).Select(d => (d, (string?)null, false)).Append((gebied, null, true)).ToList();
            var district = eenheden.FirstOrDefault(e => e.GemeenteCode == g)?.DistrictId;
            if (f.District is { } d2 || district is not null && indeling.DistrictenVan(regio).Contains(district))
            {
                var dd = f.District ?? district!;
                kruimels.Add(new(namen.GetValueOrDefault($"district:{dd}", dd), link(f with { District = dd, Gemeente = null })));
            }
        }
        else if (f.District is { } d)
        {
            niveau = "district";
            gebied = $"district:{d}";
            rijen = eenheden.Where(e => e.DistrictId == d).Select(Sleutel).Distinct()
                .Select(s => (s, s.StartsWith("gemeente:", StringComparison.Ordinal) ? link(f with { Gemeente = s.Split(':')[1] }) : null, false))
                .Append((gebied, (string?)null, true)).ToList();
        }
        else
        {
            niveau = "regio";
            gebied = regioSleutel;
            rijen = indeling.DistrictenVan(regio).Select(x => ($"district:{x}", (string?)link(f with { District = x }), false))
                .Concat(t.Gebieden.Where(x => x.Niveau == "zonder-gemeente").Select(x => (x.Sleutel, (string?)null, false)))
                .Append((regioSleutel, null, true)).ToList();
        }

        if (niveau != "regio")
        {
            kruimels.Add(new(namen.GetValueOrDefault(gebied, gebied), null));
        }

        DashboardCel Cel(TabelCel? c) => c is null
            ? new DashboardCel(null, Cijferherkomst.GeenGegevens, null, null, null)
            : new DashboardCel(c.Waarde, c.Herkomst, c.Reden, c.Beschermt is { } b ? Omschrijf(b, namen, t.Uitsplitsing) : null, c.Noemer);

        var gebieden = rijen.Where(r => namen.ContainsKey(r.Sleutel))
            .Select(r => new DashboardRij(r.Sleutel, namen[r.Sleutel], r.Link, r.Totaal, t.Perioden.Select(p => Cel(t.Cel(r.Sleutel, p))).ToList()))
            .ToList();
        var categorieen = t.Categorieen.Count > 1
            ? t.Categorieen.Select(c => new DashboardRij(c, Monitorwoorden.Categorie(t.Uitsplitsing, c, CultureInfo.CurrentUICulture), null, c == Core.Monitor.Uitsplitsing.Totaal,
                t.Perioden.Select(p => Cel(t.Cel(gebied, p, c))).ToList())).ToList()
            : [];
        return new DashboardWeergave(f, m, niveau, namen.GetValueOrDefault(gebied, gebied), kruimels, t.Perioden, gebieden, categorieen, t.Drempel);
    }

    /// <summary>A protected cell's key (area|period|category) in words, in Dutch like the area's name: "Zoetermeer, 1e kwartaal 2021".</summary>
    private static string Omschrijf(string sleutel, IReadOnlyDictionary<string, string> namen, string uitsplitsing)
    {
        var delen = sleutel.Split('|');
        if (delen.Length < 2)
        {
            return sleutel;
        }

        var naam = namen.GetValueOrDefault(delen[0], delen[0]);
        var categorie = delen.Length > 2 && delen[2] != Core.Monitor.Uitsplitsing.Totaal
            ? ", " + Monitorwoorden.Categorie(uitsplitsing, delen[2], Monitorwoorden.Nederlands) : "";
        return $"{naam}, {Monitorwoorden.Periode(delen[1], Monitorwoorden.Nederlands)}{categorie}";
    }

    public static string Getal(decimal d) => d.ToString("0.#", CultureInfo.InvariantCulture);
}
