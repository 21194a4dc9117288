using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor;

/// <summary>How a published table fares in the recheck.</summary>
public enum TabelControleStatus
{
    /// <summary>No hidden cell can be computed from what was published.</summary>
    Veilig,
    /// <summary>At least one hidden cell can be computed from what was published.</summary>
    Afleidbaar,
    /// <summary>The table's areas no longer match the geography, so its relations cannot be rebuilt with certainty.</summary>
    NietTeControleren,
}

/// <summary>A hidden cell by its labels only: never its value.</summary>
public sealed record AfleidbareCel(string Gebied, string GebiedNaam, string Periode, string Categorie);

public sealed record TabelControle(string Sectie, string Titel, string Maatstaf, string Uitsplitsing, TabelControleStatus Status, IReadOnlyList<AfleidbareCel> Cellen);

public sealed record EditieControleUitkomst(MonitorEditie Editie, IReadOnlyList<TabelControle> Tabellen, MonitorEditie? Correctie)
{
    /// <summary>Safe: every checked table is safe. A table that could not be checked is not called safe.</summary>
    public bool Veilig => Tabellen.All(t => t.Status == TabelControleStatus.Veilig);
    public int AfleidbareCellen => Tabellen.Sum(t => t.Cellen.Count);
}

/// <summary>
/// The recheck of published editions. Editions published before the exact check's fix (a remainder scaled only from
/// its pivot on) may have left a hidden cell computable from the published figures. This reads only what the public saw,
/// the edition's snapshot, never live data: per count table of Schakel's own data, which cells are hidden, and the
/// table's relations (areas, quarters and year, categories and their total), which the snapshot does not store: they
/// are rebuilt from the table's own areas, periods, breakdown and the edition's region, as <see cref="Margetabel"/> built
/// them at publication. When the table's cells and the rebuilt ones differ (the geography changed since), the table is
/// reported as not checkable rather than guessed. Shares and durations (no sums between them) and imported figures (shown
/// as their source published them) have no secondary suppression, so there is nothing to recheck there. Every run is
/// audited per edition with its result counts.
/// </summary>
public sealed class EditieControle(SchakelDbContext db, MonitorEdities edities, MonitorCijfers cijfers, AuditTrail audit)
{
    /// <summary>The latest published version of every series, for the police units given (null: all).</summary>
    public async Task<List<MonitorEditie>> GepubliceerdAsync(IReadOnlySet<string>? eenheden, CancellationToken ct)
    {
        var gepubliceerd = await db.Set<MonitorEditie>().AsNoTracking().Where(e => e.Status == EditieStatus.Gepubliceerd).ToListAsync(ct);
        return gepubliceerd.Where(e => eenheden is null || (e.EenheidCode is { } eenheid && eenheden.Contains(eenheid)))
            .GroupBy(e => e.ReeksId).Select(g => g.MaxBy(e => e.Versie)!)
            .OrderByDescending(e => e.Jaar).ThenBy(e => e.RegioCode, StringComparer.Ordinal).ToList();
    }

    /// <summary>Rechecks these editions and audits the run (one entry per edition with its counts).</summary>
    public async Task<List<EditieControleUitkomst>> ControleerAsync(IReadOnlyList<MonitorEditie> lijst, AuditActor actor, string herkomst, CancellationToken ct)
    {
        var uitkomsten = new List<EditieControleUitkomst>();
        foreach (var editie in lijst)
        {
            uitkomsten.Add(await ControleerAsync(editie, ct));
        }

        await audit.VastleggenAsync(db, uitkomsten.Select(u => new AuditInvoer(actor, "monitor.editie.controle", nameof(MonitorEditie),
            u.Editie.Id.ToString(), AuditResultaat.Gelukt, herkomst, Samenvatting(u))).ToList(), ct);
        return uitkomsten;
    }

    /// <summary>The counts the audit trail keeps of one edition's recheck (labels and values stay out of it).</summary>
    public static string Samenvatting(EditieControleUitkomst u) => string.Create(CultureInfo.InvariantCulture,
        $"tabellen {u.Tabellen.Count}; afleidbaar {u.Tabellen.Count(t => t.Status == TabelControleStatus.Afleidbaar)} ({u.AfleidbareCellen} cellen); niet te controleren {u.Tabellen.Count(t => t.Status == TabelControleStatus.NietTeControleren)}");

    private async Task<EditieControleUitkomst> ControleerAsync(MonitorEditie editie, CancellationToken ct)
    {
        var correctie = await db.Set<MonitorEditie>().AsNoTracking().FirstOrDefaultAsync(e => e.VorigeVersieId == editie.Id, ct);
        if (Momentopname.Lees(editie.Momentopname) is not { } momentopname)
        {
            return new(editie, [], correctie);
        }

        var indeling = await cijfers.IndelingAsync(ct);
        var regio = edities.Regio(editie);
        var tabellen = new List<TabelControle>();
        foreach (var sectie in momentopname.Secties)
        {
            if (sectie.Tabel is { } tabel && Maatstaven.Zoek(tabel.Maatstaf) is { Soort: MaatstafSoort.Aantal }
                && tabel.Cellen.Count > 0 && tabel.Cellen.All(c => c.Herkomst == Cijferherkomst.Berekend))
            {
                tabellen.Add(Controleer(sectie.Sectie, tabel, indeling, regio, editie.Jaar));
            }
        }

        return new(editie, tabellen, correctie);
    }

    /// <summary>One published count table: its relations rebuilt, then the exact check on its published pattern.</summary>
    public static TabelControle Controleer(Sectie sectie, MonitorTabel tabel, Indeling indeling, Regiodefinitie regio, int jaar)
    {
        TabelControle Uitkomst(TabelControleStatus status, IReadOnlyList<AfleidbareCel> cellen) =>
            new(sectie.Code, sectie.Titel, tabel.Maatstaf, tabel.Uitsplitsing, status, cellen);

        var jaarSleutel = Periode.VanJaar(jaar).ToString();
        var kwartalen = new List<Periode>();
        foreach (var p in tabel.Perioden.Where(p => p != jaarSleutel))
        {
            if (!Periode.TryParse(p, out var kwartaal) || kwartaal.Soort != PeriodeSoort.Kwartaal || kwartaal.Jaar != jaar)
            {
                return Uitkomst(TabelControleStatus.NietTeControleren, []);
            }

            kwartalen.Add(kwartaal);
        }

        // The categories the table was suppressed over: an exclusive breakdown with more than one category has a total
        // that is their sum. A category without any case was left out of the suppression then and shown as published
        // zeros; taking it in as published zeros gives the same row space.
        var zonderTotaal = tabel.Categorieen.Where(c => c != Uitsplitsing.Totaal).ToList();
        var exclusief = Uitsplitsing.IsExclusief(tabel.Uitsplitsing) && zonderTotaal.Count > 1;
        var categorieen = exclusief ? zonderTotaal : tabel.Categorieen.ToList();
        if (kwartalen.Count == 0 || categorieen.Count == 0)
        {
            return Uitkomst(TabelControleStatus.NietTeControleren, []);
        }

        // Zero counts: only the shape (cells and relations) is needed. A municipality the geography no longer knows is left
        // out here, and the cell sets then differ.
        var opbouw = Margetabel.Bouw(indeling, regio, jaar, kwartalen, categorieen, exclusief, (_, _, _) => 0);

        var gepubliceerd = tabel.Cellen.GroupBy(c => Margetabel.Sleutel(c.Gebied, c.Periode, c.Categorie), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var opgebouwd = opbouw.Cellen.Select(c => c.Sleutel).ToHashSet(StringComparer.Ordinal);
        if (!opgebouwd.SetEquals(gepubliceerd.Keys))
        {
            return Uitkomst(TabelControleStatus.NietTeControleren, []);
        }

        var verborgen = gepubliceerd.Where(c => c.Value.Verborgen).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var namen = tabel.Gebieden.ToDictionary(g => g.Sleutel, g => g.Naam, StringComparer.Ordinal);
        var afleidbaar = Suppressie.Afleidbaar(opgebouwd, verborgen, opbouw.Vergelijkingen)
            .Select(s => gepubliceerd[s])
            .Select(c => new AfleidbareCel(c.Gebied, namen.GetValueOrDefault(c.Gebied, c.Gebied), c.Periode, c.Categorie))
            .ToList();
        return Uitkomst(afleidbaar.Count > 0 ? TabelControleStatus.Afleidbaar : TabelControleStatus.Veilig, afleidbaar);
    }
}
