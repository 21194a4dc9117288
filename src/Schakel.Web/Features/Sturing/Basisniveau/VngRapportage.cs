using Schakel.Core.Sturing;
using Schakel.Web.Features.Documenten;

namespace Schakel.Web.Features.Sturing.Basisniveau;

/// <summary>One VNG report: which one, the day it describes, and the checklist of every municipality as it stood then.</summary>
public sealed record VngRapport(string Soort, DateOnly Peildatum, bool PeildatumInToekomst, Matrix Matrix)
{
    public bool Eind => Soort == VngRapportage.Eind;
}

/// <summary>
/// The VNG framework reports of action 23 of the national plan: the interim report describes the state on its reference
/// date (mid-2025), the final picture the state at the end of the period (end of 2026). Each reads the checklist as it
/// stood at the end of that day (answers given later do not count), so the two differ as soon as anything changed in
/// between; a reference date still to come reads today's state and says so. A group (district, sub-region, region)
/// gets a verdict per item by the same rule as a municipality: met when every municipality says "ja", not met when
/// none says "ja" or "deels", otherwise partly.
/// </summary>
public static class VngRapportage
{
    public const string Tussen = "tussen";
    public const string Eind = "eind";

    /// <summary>"Medio 2025" in the national plan's action 23.</summary>
    public static readonly DateOnly TussenPeildatum = new(2025, 6, 30);

    /// <summary>"In 2026 een beeld welke gemeenten en regio's voldoen": the end of the plan's period.</summary>
    public static readonly DateOnly EindPeildatum = new(2026, 12, 31);

    public static DateOnly Peildatum(string soort) => soort == Eind ? EindPeildatum : TussenPeildatum;

    /// <summary>The end of the reference day in Dutch time, or now when that is still to come.</summary>
    public static (DateTimeOffset Peil, bool InToekomst) Peilmoment(DateOnly dag, DateTimeOffset nu)
    {
        var middernacht = dag.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var einde = new DateTimeOffset(middernacht, Shell.NederlandseTijd.Zone.GetUtcOffset(middernacht));
        return einde > nu ? (nu, true) : (einde, false);
    }

    public static Basisniveauoordeel ItemOordeel(GroepTelling groep, string item)
    {
        var telling = groep.PerItem[item];
        var totaal = telling.Values.Sum();
        var ja = telling.GetValueOrDefault(Basisniveaustand.Ja);
        return totaal > 0 && ja == totaal ? Basisniveauoordeel.Voldoet
            : ja + telling.GetValueOrDefault(Basisniveaustand.Deels) > 0 ? Basisniveauoordeel.VoldoetDeels
            : Basisniveauoordeel.VoldoetNiet;
    }

    /// <summary>A group meets the basic level when every municipality in it does, does not when none does even partly.</summary>
    public static Basisniveauoordeel GroepOordeel(GroepTelling groep) =>
        groep.Gemeenten > 0 && groep.Oordelen[Basisniveauoordeel.Voldoet] == groep.Gemeenten ? Basisniveauoordeel.Voldoet
        : groep.Oordelen[Basisniveauoordeel.VoldoetNiet] == groep.Gemeenten ? Basisniveauoordeel.VoldoetNiet
        : Basisniveauoordeel.VoldoetDeels;

    private static string Woord(Basisniveauoordeel o) => o switch
    {
        Basisniveauoordeel.Voldoet => "voldoet",
        Basisniveauoordeel.VoldoetDeels => "voldoet deels",
        _ => "voldoet niet",
    };

    /// <summary>
    /// The report as one flat table (CSV): every municipality with its verdict and per item its answer, then every group
    /// with its verdict and per item the group's verdict; the same figures the page shows.
    /// </summary>
    public static Tabel Tabel(VngRapport r)
    {
        var m = r.Matrix;
        string[] kolommen = ["Niveau", "Naam", "CBS-code", "Oordeel", "Ontbrekend", .. m.Items.Select(i => i.NaamNl)];
        var rijen = new List<IReadOnlyList<object?>>();
        foreach (var g in m.Gemeenten)
        {
            rijen.Add([
                "gemeente", g.Naam, g.CbsCode, Woord(g.Oordeel), string.Join("; ", g.Ontbrekend.Select(i => i.NaamNl)),
                .. m.Items.Select(i => (object?)g.Items.Single(s => s.Code == i.Code).Stand.ToString().ToLowerInvariant()),
            ]);
        }
        foreach (var groep in m.Groepen)
        {
            rijen.Add([
                groep.Soort, groep.Naam, null, Woord(GroepOordeel(groep)),
                string.Join("; ", m.Items.Where(i => ItemOordeel(groep, i.Code) != Basisniveauoordeel.Voldoet).Select(i => i.NaamNl)),
                .. m.Items.Select(i => (object?)Woord(ItemOordeel(groep, i.Code))),
            ]);
        }
        var titel = (r.Eind ? "VNG-eindbeeld" : "VNG-tussenrapportage") + $", stand op {r.Peildatum:yyyy-MM-dd}";
        return new Tabel(r.Eind ? "Eindbeeld" : "Tussenrapportage", titel, kolommen, rijen);
    }

    public static void MapVngExport(WebApplication app) =>
        app.MapGet("/sturing/basisniveau/vng/export", async (string? soort, string? eenheid, string? formaat, Basisniveaulijst lijst, TimeProvider tijd, CancellationToken ct) =>
            formaat is null or "csv"
            && await MaakAsync(lijst, await lijst.EenhedenAsync(ct), soort, eenheid, tijd.GetUtcNow(), ct) is { } rapport
                ? Documentresultaat.Csv(Tabel(rapport), $"vng-{rapport.Soort}-{eenheid ?? IndexModel.StandaardEenheid}-{rapport.Peildatum:yyyy-MM-dd}")
                : Results.NotFound())
        .RequireAuthorization(SturingModule.Lezen).ExcludeFromDescription();

    /// <summary>
    /// The report of this kind (default the interim one) for this police unit (default the start unit); null when
    /// either does not exist, which the page and the export both answer with 404.
    /// </summary>
    public static async Task<VngRapport?> MaakAsync(Basisniveaulijst lijst, IReadOnlyList<Regio.Eenheid> eenheden,
        string? soort, string? eenheid, DateTimeOffset nu, CancellationToken ct)
    {
        soort ??= Tussen;
        eenheid ??= IndexModel.StandaardEenheid;
        if (soort is not (Tussen or Eind) || eenheden.All(e => e.Code != eenheid))
        {
            return null;
        }
        var dag = Peildatum(soort);
        var (peil, inToekomst) = Peilmoment(dag, nu);
        return new VngRapport(soort, dag, inToekomst, await lijst.MatrixAsync(eenheid, ct, peil));
    }
}
