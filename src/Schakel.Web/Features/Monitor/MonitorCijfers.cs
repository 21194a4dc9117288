using Microsoft.Extensions.Options;
using Schakel.Core.Monitor;

namespace Schakel.Web.Features.Monitor;

public sealed class MonitorOpties
{
    /// <summary>Threshold T per region code; regions not listed use <see cref="Suppressie.StandaardDrempel"/>.</summary>
    public Dictionary<string, int> Drempels { get; set; } = [];

    /// <summary>The first year Schakel counts itself; earlier years come from imports. Unset: the year of the first report.</summary>
    public int? StartjaarSchakel { get; set; }

    public int DrempelVoor(string regio) => Drempels.TryGetValue(regio, out var t) && t >= 1 ? t : Suppressie.StandaardDrempel;
}

public sealed record TabelGebied(string Sleutel, string Naam, string Niveau);

/// <summary>
/// One figure as shown: the value (null when hidden in a public view), whether it is hidden and, in the internal
/// view only, why. For shares and durations also the denominator and the 90th percentile.
/// </summary>
public sealed record TabelCel(
    string Gebied, string Periode, string Categorie, decimal? Waarde, bool Verborgen,
    string? Reden = null, string? Beschermt = null, long? Noemer = null, decimal? P90 = null,
    Cijferherkomst Herkomst = Cijferherkomst.Berekend, CijferBron? Bron = null);

public sealed record MonitorTabel(
    string Maatstaf, string Uitsplitsing, int Drempel, bool Publiek,
    IReadOnlyList<string> Perioden, IReadOnlyList<TabelGebied> Gebieden, IReadOnlyList<string> Categorieen,
    IReadOnlyList<TabelCel> Cellen)
{
    public TabelCel? Cel(string gebied, string periode, string categorie = Core.Monitor.Uitsplitsing.Totaal) =>
        Cellen.FirstOrDefault(c => c.Gebied == gebied && c.Periode == periode && c.Categorie == categorie);
}

/// <summary>
/// Computes the monitor's tables for a region and year from live data, with the suppression pattern. Per request
/// (scoped): the geography and a year's facts are read once and reused for every table.
/// </summary>
public sealed partial class MonitorCijfers(
    MonitorGegevens gegevens, TimeProvider tijd, IOptions<MonitorOpties> opties, Imports.PartnerImports imports)
{
    private Indeling? _indeling;
    private readonly Dictionary<int, MonitorFeiten> _feiten = [];
    private readonly Dictionary<(Periode Venster, string Bron), IReadOnlyList<Feitgroep>> _groepen = [];

    public async Task<Indeling> IndelingAsync(CancellationToken ct) => _indeling ??= await gegevens.IndelingAsync(ct);

    public async Task<MonitorFeiten> FeitenAsync(int jaar, CancellationToken ct)
    {
        if (!_feiten.TryGetValue(jaar, out var f))
        {
            _feiten[jaar] = f = await gegevens.FeitenAsync(await IndelingAsync(ct), jaar, ct);
        }

        return f;
    }

    /// <summary>
    /// What a measure is counted from, grouped in the database where its rule allows (see <see cref="Feitgroep"/>), read
    /// once per request and year and shared by the measures on the same facts.
    /// </summary>
    public Task<IReadOnlyList<Feitgroep>> GroepenAsync(Maatstaf maatstaf, int jaar, CancellationToken ct) =>
        GroepenAsync(maatstaf, Periode.VanJaar(jaar), ct);

    /// <summary>
    /// The same for a year or one month (<paramref name="venster"/>): a month is grouped as one part, so the stand-ins of
    /// a month's groups lie inside that month.
    /// </summary>
    public async Task<IReadOnlyList<Feitgroep>> GroepenAsync(Maatstaf maatstaf, Periode venster, CancellationToken ct)
    {
        var bron = maatstaf.Code switch
        {
            "meldingen" or "adviesvragen" or "na-triage" or "vermoedelijke-slachtoffers" => "meldingen",
            "doorverwijzingen" => "doorverwijzingen",
            "comensha-registraties" => "registraties",
            "eerste-actie-binnen-termijn" => "eerste-actie",
            "tijd-tot-triage" or "tijd-tot-doorverwijzing" or "ontvangst-bevestigd-binnen-7-dagen" or "terugkoppeling-binnen-3-maanden" => "verloop",
            _ when maatstaf.Code.StartsWith("opvang-", StringComparison.Ordinal) => "opvang",
            _ => "feiten",
        };
        if (_groepen.TryGetValue((venster, bron), out var klaar))
        {
            return klaar;
        }

        var indeling = await IndelingAsync(ct);
        IReadOnlyList<Feitgroep> groepen = bron switch
        {
            "meldingen" => await gegevens.MeldingGroepenAsync(indeling, venster, ct),
            "doorverwijzingen" => await gegevens.DoorverwijzingGroepenAsync(indeling, venster, ct),
            "registraties" => await gegevens.RegistratieGroepenAsync(indeling, venster, ct),
            "eerste-actie" => await gegevens.EersteActieGroepenAsync(indeling, venster, ct),
            "verloop" => await gegevens.MeldingVerloopAsync(indeling, venster, ct),
            "opvang" => await gegevens.OpvangGroepenAsync(indeling, venster, ct),
            // A measure without its own query: all of the year's facts, each counted once.
            _ => [new Feitgroep(await FeitenAsync(venster.Jaar, ct), 1)],
        };
        _groepen[(venster, bron)] = groepen;
        return groepen;
    }

    public int Drempel(string regio) => opties.Value.DrempelVoor(regio);

    /// <summary>
    /// The quarters a table shows: in a public view only finished ones (the current quarter never); internally
    /// every quarter that has begun.
    /// </summary>
    public IReadOnlyList<Periode> Kwartalen(int jaar, bool publiek)
    {
        var nu = tijd.GetUtcNow();
        return Periode.VanJaar(jaar).Kwartalen()
            .Where(k => publiek ? k.IsAfgerond(nu) : Periode.Lokaal(nu) >= k.Begin).ToList();
    }

    public async Task<MonitorTabel> TabelAsync(
        Regiodefinitie regio, int jaar, Maatstaf maatstaf, string uitsplitsing, bool publiek, int drempel,
        IReadOnlySet<string>? eerderVerborgen, CancellationToken ct, IReadOnlyList<Periode>? kwartalen = null)
    {
        kwartalen ??= Kwartalen(jaar, publiek);
        if (await IsGeimporteerdAsync(maatstaf, jaar, ct))
        {
            return await ImportTabelAsync(regio, jaar, kwartalen, maatstaf, uitsplitsing, publiek, drempel, ct);
        }

        var indeling = await IndelingAsync(ct);
        var groepen = await GroepenAsync(maatstaf, jaar, ct);
        return maatstaf.Soort == MaatstafSoort.Aantal
            ? Aantallen(indeling, groepen, regio, jaar, kwartalen, maatstaf, uitsplitsing, publiek, drempel, eerderVerborgen)
            : Verhoudingen(indeling, groepen, regio, jaar, kwartalen, maatstaf, publiek, drempel);
    }

    private static MonitorTabel Aantallen(
        Indeling indeling, IReadOnlyList<Feitgroep> groepen, Regiodefinitie regio, int jaar, IReadOnlyList<Periode> kwartalen,
        Maatstaf maatstaf, string uitsplitsing, bool publiek, int drempel, IReadOnlySet<string>? eerderVerborgen)
    {
        var tellingen = new Dictionary<(Toewijzing Plaats, Periode Kwartaal, string Categorie), long>();
        foreach (var groep in groepen)
        {
            foreach (var p in Telling.Telpunten(maatstaf, uitsplitsing, groep.Feit))
            {
                if (p.Plaats is null || !Indeling.InRegio(p.Plaats, regio))
                {
                    continue;
                }

                var sleutel = (p.Plaats, Periode.KwartaalVan(p.Moment), p.Categorie);
                if (sleutel.Item2.Jaar == jaar)
                {
                    tellingen[sleutel] = tellingen.GetValueOrDefault(sleutel) + groep.Aantal;
                }
            }
        }

        var alle = Telling.Categorieen(uitsplitsing);
        var exclusief = Uitsplitsing.IsExclusief(uitsplitsing) && alle.Count > 1;
        // A category with no case in the region's year is 0 everywhere, and that follows from its own total anyway:
        // it is shown as 0 and left out of the suppression, which keeps the exact check small.
        var kwartaalSleutels = kwartalen.ToHashSet();
        var gevuld = alle.Where(c => tellingen.Any(t => t.Key.Categorie == c && kwartaalSleutels.Contains(t.Key.Kwartaal) && t.Value > 0)).ToList();
        if (gevuld.Count == 0)
        {
            gevuld = [alle[0]];
        }

        var enkel = exclusief && gevuld.Count == 1;
        var tabel = Margetabel.Bouw(indeling, regio, jaar, kwartalen, gevuld, exclusief,
            (e, k, c) => tellingen.GetValueOrDefault((e, k, c)));
        var patroon = tabel.Onderdruk(drempel, eerderVerborgen);

        var cellen = tabel.Cellen.Select(c =>
        {
            var verborgen = patroon.Verborgen.GetValueOrDefault(c.Sleutel);
            return Maskering.Voor(new TabelCel(c.Gebied, c.Periode, c.Categorie, c.Waarde, verborgen is not null,
                verborgen?.Reden.ToString(), verborgen?.Beschermt), publiek);
        }).ToList();
        if (enkel)
        {
            // One filled category: the total is that same figure, hidden exactly when it is.
            cellen.AddRange(cellen.Select(c => c with { Categorie = Uitsplitsing.Totaal }).ToList());
        }

        foreach (var leeg in alle.Except(gevuld))
        {
            cellen.AddRange(tabel.Gebieden.SelectMany(g => tabel.Perioden.Select(p => new TabelCel(g, p, leeg, 0, false))));
        }

        var categorieen = exclusief ? alle.Append(Uitsplitsing.Totaal).ToList() : alle.ToList();
        return new MonitorTabel(maatstaf.Code, uitsplitsing, drempel, publiek, tabel.Perioden,
            tabel.Gebieden.Select(g => Gebied(indeling, regio, g)).ToList(), categorieen, cellen);
    }

    private static MonitorTabel Verhoudingen(
        Indeling indeling, IReadOnlyList<Feitgroep> groepen, Regiodefinitie regio, int jaar, IReadOnlyList<Periode> kwartalen,
        Maatstaf maatstaf, bool publiek, int drempel)
    {
        // Each observation goes once into the box of its place and quarter; a cell then adds up the boxes it covers, instead
        // of every cell going through every observation.
        var kwartaalIndex = kwartalen.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var bakken = new Dictionary<(Toewijzing Plaats, int Kwartaal), Bak>();
        foreach (var groep in groepen)
        {
            foreach (var w in Telling.Waarnemingen(maatstaf, groep.Feit))
            {
                if (w.Plaats is null || !kwartaalIndex.TryGetValue(Periode.KwartaalVan(w.Moment), out var k))
                {
                    continue;
                }

                if (!bakken.TryGetValue((w.Plaats, k), out var bak))
                {
                    bakken[(w.Plaats, k)] = bak = new Bak();
                }

                bak.Aantal += groep.Aantal;
                bak.Voldoet += w.Voldoet ? groep.Aantal : 0;
                if (w.Duur is { } duur && kwartalen[k].Jaar == jaar)
                {
                    bak.Duren.AddRange(Enumerable.Repeat(duur, (int)groep.Aantal));
                }
            }
        }

        var gebieden = new List<(string Sleutel, Func<Toewijzing, bool> Telt)>();
        foreach (var g in regio.GemeenteCodes)
        {
            gebieden.Add(($"gemeente:{g}", t => t.GemeenteCode == g));
        }

        foreach (var d in indeling.DistrictenVan(regio))
        {
            gebieden.Add(($"district:{d}", t => t.DistrictId == d));
        }

        gebieden.Add((Margetabel.RegioSleutel(regio), t => Indeling.InRegio(t, regio)));
        // Shares and durations of a part of a year cover only the quarters shown, like the counts.
        var perioden = kwartalen.Select((k, i) => (k.ToString(), (IReadOnlyList<int>)[i]))
            .Append((Periode.VanJaar(jaar).ToString(), Enumerable.Range(0, kwartalen.Count).ToList())).ToList();

        var cellen = new List<TabelCel>();
        foreach (var (sleutel, telt) in gebieden)
        {
            var vanGebied = bakken.Where(b => telt(b.Key.Plaats)).ToList();
            foreach (var (naam, delen) in perioden)
            {
                var binnen = vanGebied.Where(b => delen.Contains(b.Key.Kwartaal)).Select(b => b.Value).ToList();
                decimal? waarde;
                decimal? p90 = null;
                long noemer;
                if (maatstaf.Soort == MaatstafSoort.Aandeel)
                {
                    noemer = binnen.Sum(b => b.Aantal);
                    waarde = noemer == 0 ? null : Math.Round(100m * binnen.Sum(b => b.Voldoet) / noemer, 1, MidpointRounding.AwayFromZero);
                }
                else
                {
                    var duur = Telling.Duur(binnen.SelectMany(b => b.Duren).ToList());
                    noemer = duur.Aantal;
                    waarde = (decimal?)duur.MediaanUur;
                    p90 = (decimal?)duur.P90Uur;
                }

                // A share or duration of a handful of cases points at those cases: hidden like a small count.
                var klein = noemer > 0 && noemer < drempel;
                cellen.Add(Maskering.Voor(new TabelCel(sleutel, naam, Uitsplitsing.Totaal, waarde, klein,
                    klein ? nameof(VerbergReden.KleinAantal) : null, null, noemer, p90), publiek));
            }
        }

        return new MonitorTabel(maatstaf.Code, Uitsplitsing.Geen, drempel, publiek, perioden.Select(p => p.Item1).ToList(),
            gebieden.Select(g => Gebied(indeling, regio, g.Sleutel)).ToList(), [Uitsplitsing.Totaal], cellen);
    }

    /// <summary>The observations of one place and quarter: how many, how many meet the measure, their durations.</summary>
    private sealed class Bak
    {
        public long Aantal;
        public long Voldoet;
        public readonly List<TimeSpan> Duren = [];
    }

    private static TabelGebied Gebied(Indeling indeling, Regiodefinitie regio, string sleutel)
    {
        var delen = sleutel.Split(':');
        return delen[0] switch
        {
            "regio" => new TabelGebied(sleutel, regio.Naam, "regio"),
            "district" => new TabelGebied(sleutel, indeling.DistrictNaam(delen[1]), "district"),
            "eenheid" => new TabelGebied(sleutel, "Gemeente onbekend", "zonder-gemeente"),
            _ when delen.Length == 3 => new TabelGebied(sleutel,
                $"{Indeling.Roepnaam(indeling.Gemeente(delen[1])?.Naam ?? delen[1])}, {indeling.DistrictNaam(delen[2])}", "deel"),
            _ => new TabelGebied(sleutel, indeling.Gemeente(delen[1])?.Naam ?? delen[1], "gemeente"),
        };
    }
}
