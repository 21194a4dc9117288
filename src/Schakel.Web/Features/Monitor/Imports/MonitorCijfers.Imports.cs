using Microsoft.EntityFrameworkCore;
using Schakel.Core.Meldpunt;
using Schakel.Core.Monitor;
using Schakel.Web.Features.Monitor.Imports;

namespace Schakel.Web.Features.Monitor;

/// <summary>Where an imported figure comes from: the source, its document, section and date, and whether it published it.</summary>
public sealed record CijferBron(string Bron, string BronNaam, string Document, string? Sectie, DateOnly Datum, bool Gepubliceerd)
{
    public static CijferBron Van(ActiefCijfer a) => new(a.Bron, PartnerBronnen.Zoek(a.Bron)?.Naam ?? a.Bron, a.Rij.Document,
        a.Rij.Sectie, a.Rij.Datum, a.Rij.Gepubliceerd);
}

/// <summary>One point of a trend: a year (or a partner's own from–to range) and its figure with where it comes from.</summary>
public sealed record ReeksPunt(string Periode, TabelCel Cel);

public sealed partial class MonitorCijfers
{
    /// <summary>Why an imported figure is not public: its source has not published it.</summary>
    public const string RedenNietGepubliceerd = "NietGepubliceerdDoorBron";

    private int? _startjaar;

    /// <summary>The first year Schakel counts itself (configured, or the year of its first report).</summary>
    public async Task<int> StartjaarAsync(CancellationToken ct)
    {
        if (_startjaar is { } klaar)
        {
            return klaar;
        }

        if (opties.Value.StartjaarSchakel is { } ingesteld)
        {
            return (_startjaar = ingesteld).Value;
        }

        var eerste = await gegevens.EersteMeldingAsync(ct);
        return (_startjaar = eerste is { } e ? Periode.Lokaal(e).Year : Periode.Lokaal(tijd.GetUtcNow()).Year).Value;
    }

    /// <summary>
    /// A measure only partners deliver, or a year before Schakel: the figures come from imports. A cell without an
    /// import is "geen gegevens", never 0.
    /// </summary>
    public async Task<bool> IsGeimporteerdAsync(Maatstaf maatstaf, int jaar, CancellationToken ct) =>
        PartnerMaatstaven.Zoek(maatstaf.Code) is not null || await VoorStartjaarAsync(jaar, ct);

    private readonly Dictionary<int, bool> _voorStartjaar = [];

    /// <summary>
    /// Exactly <c>jaar &lt; StartjaarAsync</c>, asked the cheap way first. Finding the first report reads every report (no
    /// index on the receipt moment: a third of a second at a million reports, on every request for a table); whether any
    /// report came in before the end of the year (Dutch time) stops at the first one found. If one did, the first report's
    /// year is at most this year, so the year is Schakel's own; only when none did is the first year looked up.
    /// </summary>
    private async Task<bool> VoorStartjaarAsync(int jaar, CancellationToken ct)
    {
        if (opties.Value.StartjaarSchakel is not null || _startjaar is not null)
        {
            return jaar < await StartjaarAsync(ct);
        }

        if (!_voorStartjaar.TryGetValue(jaar, out var voor))
        {
            _voorStartjaar[jaar] = voor = !await gegevens.MeldingVoorAsync(Periode.VanJaar(jaar).EindeMoment, ct)
                && jaar < await StartjaarAsync(ct);
        }

        return voor;
    }

    /// <summary>
    /// An imported cell as shown. The public view shows only what the source itself published (as published, no
    /// suppression on top); a figure the source did not publish is hidden from the public, and internally shown with why.
    /// </summary>
    public static TabelCel ImportCel(string gebied, string periode, string categorie, ActiefCijfer? a, bool publiek)
    {
        if (a is null)
        {
            return new TabelCel(gebied, periode, categorie, null, false, Herkomst: Cijferherkomst.GeenGegevens);
        }

        var herkomst = a.Rij.Waarde is null ? Cijferherkomst.GeenGegevens : Cijferherkomst.Geimporteerd;
        var verborgen = !a.Rij.Gepubliceerd && a.Rij.Waarde is not null;
        return Maskering.Voor(new TabelCel(gebied, periode, categorie, a.Rij.Waarde, verborgen,
            verborgen ? RedenNietGepubliceerd : null, null, null, null, herkomst, CijferBron.Van(a)), publiek);
    }

    public Task<IReadOnlyList<ActiefCijfer>> ImportcijfersAsync(Maatstaf maatstaf, CancellationToken ct) => imports.ActiefAsync(maatstaf.Code, ct);

    private async Task<MonitorTabel> ImportTabelAsync(
        Regiodefinitie regio, int jaar, IReadOnlyList<Periode> kwartalen, Maatstaf maatstaf, string uitsplitsing, bool publiek,
        int drempel, CancellationToken ct)
    {
        var indeling = await IndelingAsync(ct);
        var rijen = (await imports.ActiefAsync(maatstaf.Code, ct))
            .ToDictionary(a => (a.Rij.Gebied, a.Rij.Periode, a.Rij.Categorie));
        var gebieden = regio.GemeenteCodes.Select(g => $"gemeente:{g}")
            .Concat(indeling.DistrictenVan(regio).Select(d => $"district:{d}"))
            .Append(Margetabel.RegioSleutel(regio)).ToList();
        if (PartnerMaatstaven.IsReferentie(maatstaf.Code))
        {
            gebieden = ["land"];
        }

        var perioden = kwartalen.Select(k => k.ToString()).Append(Periode.VanJaar(jaar).ToString()).ToList();
        var categorieen = uitsplitsing == Uitsplitsing.Uitbuitingsvorm
            ? Enum.GetValues<Uitbuitingsvorm>().Select(Woorden.Van).Append(Uitsplitsing.Totaal).ToList()
            : [Uitsplitsing.Totaal];
        var cellen = (from g in gebieden
                      from p in perioden
                      from c in categorieen
                      select ImportCel(g, p, c, rijen.GetValueOrDefault((g, p, c)), publiek)).ToList();
        return new MonitorTabel(maatstaf.Code, uitsplitsing, drempel, publiek, perioden,
            gebieden.Select(g => g == "land" ? new TabelGebied(g, "Nederland", "land") : Gebied(indeling, regio, g)).ToList(),
            categorieen, cellen);
    }

    /// <summary>
    /// The trend of a measure for one geography over years: Schakel's own figure from its first year, imported
    /// figures before (marked as imported with their source), "geen gegevens" where neither exists, and a partner's
    /// from–to ranges inside those years as points of their own.
    /// </summary>
    public async Task<IReadOnlyList<ReeksPunt>> ReeksAsync(
        Maatstaf maatstaf, string gebied, string categorie, int vanJaar, int totJaar, bool publiek, CancellationToken ct, int? drempel = null)
    {
        var indeling = await IndelingAsync(ct);
        var (_, regio, sleutel, _) = CijfersVraag.Lees(indeling, gebied);
        if (gebied == "land")
        {
            sleutel = "land";
        }

        var rijen = await imports.ActiefAsync(maatstaf.Code, ct);
        var punten = new List<ReeksPunt>();
        for (var jaar = vanJaar; jaar <= totJaar; jaar++)
        {
            var label = Periode.VanJaar(jaar).ToString();
            if (await IsGeimporteerdAsync(maatstaf, jaar, ct) || regio is null)
            {
                var a = rijen.FirstOrDefault(r => r.Rij.Gebied == sleutel && r.Rij.Periode == label && r.Rij.Categorie == categorie);
                punten.Add(new ReeksPunt(label, ImportCel(sleutel, label, categorie, a, publiek)));
            }
            else
            {
                var tabel = await TabelAsync(regio, jaar, maatstaf, categorie == Uitsplitsing.Totaal ? Uitsplitsing.Geen : Uitsplitsing.Uitbuitingsvorm,
                    publiek, drempel ?? Drempel(regio.Code), null, ct);
                punten.Add(new ReeksPunt(label, tabel.Cel(sleutel, label, categorie)
                    ?? new TabelCel(sleutel, label, categorie, null, false, Herkomst: Cijferherkomst.GeenGegevens)));
            }

            punten.AddRange(rijen.Where(r => r.Rij.Gebied == sleutel && r.Rij.Categorie == categorie && r.Rij.PeriodeVan.Year == jaar
                    && r.Rij.Periode.Contains('/', StringComparison.Ordinal))
                .Select(r => new ReeksPunt(r.Rij.Periode, ImportCel(sleutel, r.Rij.Periode, categorie, r, publiek))));
        }

        return punten;
    }
}
