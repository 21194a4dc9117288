using System.Globalization;
using Schakel.Core.Meldpunt;

namespace Schakel.Core.Monitor;

/// <summary>
/// One presumed victim before anonymisation, in CTDC terms (Counter Trafficking Data Collaborative, global synthetic
/// dataset): null is "unknown". <see cref="MiddelenVanDwang"/> holds the means-of-control columns that are true.
/// </summary>
public sealed record CtdcSlachtoffer(
    string? Gender, string? AgeBroad, string? Citizenship, int? YearOfRegistration,
    bool? IsForcedLabour, bool? IsSexualExploit, bool? IsOtherExploit, IReadOnlySet<string> MiddelenVanDwang);

/// <summary>The dataset as delivered: every quasi-identifier combination occurs at least <see cref="K"/> times.</summary>
public sealed record CtdcDataset(
    IReadOnlyList<CtdcSlachtoffer> Rijen, int K, int Niveau, string NiveauOmschrijving, int Bronrijen, int RijenOnderdrukt, int CellenGegeneraliseerd);

/// <summary>
/// The CTDC column layout and its k-anonymisation. Quasi-identifiers: gender, ageBroad, citizenship,
/// yearOfRegistration and the three exploitation flags. Generalisation goes up a fixed ladder (year in bands of three,
/// then citizenship, age, the exploitation flags and the year made unknown) and stops at the first level where at most
/// a tenth of the rows lie in combinations smaller than k; those rows are then left out (row suppression). So every
/// combination in the result occurs at least k times, whatever the input.
/// </summary>
public static class Ctdc
{
    public const int StandaardK = 11;

    public static readonly IReadOnlyList<string> MiddelenKolommen =
    [
        "meansOfControlDebtBondage", "meansOfControlTakesEarnings", "meansOfControlRestrictsFinancialAccess",
        "meansOfControlThreats", "meansOfControlPsychologicalAbuse", "meansOfControlPhysicalAbuse",
        "meansOfControlSexualAbuse", "meansOfControlFalsePromises", "meansOfControlRestrictsMovement",
        "meansOfControlRestrictsMedicalCare", "meansOfControlExcessiveWorkingHours", "meansOfControlThreatOfLawEnforcement",
        "meansOfControlWithholdsDocuments",
    ];

    public static readonly IReadOnlyList<string> Kolommen =
    [
        "gender", "ageBroad", "citizenship", "yearOfRegistration", "isForcedLabour", "isSexualExploit", "isOtherExploit",
        .. MiddelenKolommen,
    ];

    /// <summary>Schakel's signals (indicator codes of the signals card) that show a CTDC means of control.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> IndicatorNaarMiddel = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["AFH-08"] = ["meansOfControlDebtBondage"],
        ["VRH-05"] = ["meansOfControlTakesEarnings"],
        ["ARB-05"] = ["meansOfControlTakesEarnings"],
        ["VRH-04"] = ["meansOfControlRestrictsFinancialAccess"],
        ["ARB-04"] = ["meansOfControlThreats"],
        ["AFH-04"] = ["meansOfControlThreats", "meansOfControlThreatOfLawEnforcement"],
        ["INT-01"] = ["meansOfControlThreats", "meansOfControlPhysicalAbuse"],
        ["INT-03"] = ["meansOfControlPsychologicalAbuse"],
        ["AFH-07"] = ["meansOfControlPsychologicalAbuse"],
        ["INT-02"] = ["meansOfControlSexualAbuse"],
        ["ARB-08"] = ["meansOfControlFalsePromises"],
        ["SEK-07"] = ["meansOfControlFalsePromises"],
        ["VRH-01"] = ["meansOfControlRestrictsMovement"],
        ["VRH-02"] = ["meansOfControlRestrictsMedicalCare"],
        ["ARB-03"] = ["meansOfControlExcessiveWorkingHours"],
        ["VRH-03"] = ["meansOfControlWithholdsDocuments"],
    };

    /// <summary>Signals that say the person is not a Dutch citizen (labour migrant, no residence status, asylum seeker).</summary>
    public static readonly IReadOnlySet<string> BuitenlandseIndicatoren = new HashSet<string>(["KWB-03", "KWB-05"], StringComparer.Ordinal);

    public const string AgeMinderjarig = "0--17";
    public const string AgeMeerderjarig = "18+";
    public const string CitizenshipBuitenland = "non-NL";

    /// <summary>
    /// A victim-side report as a CTDC row. Schakel records no gender or nationality on a report: gender stays unknown,
    /// citizenship is "non-NL" only when a signal says so. Age: "0--17" when a minor is involved, "18+" when not.
    /// </summary>
    public static CtdcSlachtoffer VanMelding(int jaar, JaNeeOnbekend minderjarig, IReadOnlyCollection<Uitbuitingsvorm> vormen, IReadOnlyCollection<string> indicatoren)
    {
        var bekend = vormen.Any(v => v != Uitbuitingsvorm.Onbekend);
        return new CtdcSlachtoffer(
            null,
            minderjarig == JaNeeOnbekend.Ja || indicatoren.Contains("KWB-01") ? AgeMinderjarig : minderjarig == JaNeeOnbekend.Nee ? AgeMeerderjarig : null,
            indicatoren.Any(BuitenlandseIndicatoren.Contains) ? CitizenshipBuitenland : null,
            jaar,
            bekend ? vormen.Contains(Uitbuitingsvorm.Arbeid) : null,
            bekend ? vormen.Contains(Uitbuitingsvorm.Seksueel) : null,
            bekend ? vormen.Any(v => v is Uitbuitingsvorm.Crimineel or Uitbuitingsvorm.Orgaanverwijdering) : null,
            indicatoren.SelectMany(i => IndicatorNaarMiddel.GetValueOrDefault(i, [])).ToHashSet(StringComparer.Ordinal));
    }

    private static readonly (string Omschrijving, Func<CtdcSlachtoffer, CtdcSlachtoffer> Stap)[] Ladder =
    [
        ("geen generalisatie", r => r),
        ("registratiejaar in blokken van drie jaar", r => r),
        ("nationaliteit onbekend", r => r with { Citizenship = null }),
        ("leeftijd onbekend", r => r with { AgeBroad = null }),
        ("uitbuitingsvormen onbekend", r => r with { IsForcedLabour = null, IsSexualExploit = null, IsOtherExploit = null }),
        ("registratiejaar onbekend", r => r with { YearOfRegistration = null }),
    ];

    /// <summary>The label of a generalised year: a band of three years from a multiple of three ("2022--2024").</summary>
    public static string Jaarblok(int jaar)
    {
        var begin = jaar - (((jaar % 3) + 3) % 3);
        return string.Create(CultureInfo.InvariantCulture, $"{begin}--{begin + 2}");
    }

    /// <summary>The quasi-identifier key of a row at a level (the year as a band from level 1).</summary>
    public static string Sleutel(CtdcSlachtoffer r, int niveau) => string.Join('|',
        r.Gender ?? "", r.AgeBroad ?? "", r.Citizenship ?? "",
        JaarCel(r, niveau) ?? "", Vlag(r.IsForcedLabour), Vlag(r.IsSexualExploit), Vlag(r.IsOtherExploit));

    /// <summary>The year as grouped and as delivered: one place, so the file stays k-anonymous.</summary>
    private static string? JaarCel(CtdcSlachtoffer r, int niveau) =>
        r.YearOfRegistration is { } j ? (niveau >= 1 ? Jaarblok(j) : j.ToString(CultureInfo.InvariantCulture)) : null;

    private static string Vlag(bool? b) => b switch { true => "1", false => "0", null => "" };

    public static CtdcDataset Anonimiseer(IReadOnlyList<CtdcSlachtoffer> bron, int k = StandaardK)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        var rijen = bron.ToList();
        for (var niveau = 0; niveau < Ladder.Length; niveau++)
        {
            rijen = rijen.Select(Ladder[niveau].Stap).ToList();
            var klassen = rijen.GroupBy(r => Sleutel(r, niveau), StringComparer.Ordinal).ToList();
            var klein = klassen.Where(g => g.Count() < k).Sum(g => g.Count());
            if (klein * 10 <= rijen.Count || niveau == Ladder.Length - 1)
            {
                var blijft = klassen.Where(g => g.Count() >= k).SelectMany(g => g).ToList();
                return new CtdcDataset(blijft, k, niveau, Ladder[niveau].Omschrijving, bron.Count, rijen.Count - blijft.Count,
                    Gegeneraliseerd(bron, rijen, niveau));
            }
        }

        throw new InvalidOperationException("De ladder eindigt altijd.");
    }

    /// <summary>Cells whose value the generalisation changed (a year shown as a band counts once per row).</summary>
    private static int Gegeneraliseerd(IReadOnlyList<CtdcSlachtoffer> voor, IReadOnlyList<CtdcSlachtoffer> na, int niveau) =>
        voor.Zip(na).Sum(p =>
            (p.First.Citizenship != p.Second.Citizenship ? 1 : 0) + (p.First.AgeBroad != p.Second.AgeBroad ? 1 : 0)
            + (p.First.IsForcedLabour != p.Second.IsForcedLabour ? 1 : 0) + (p.First.IsSexualExploit != p.Second.IsSexualExploit ? 1 : 0)
            + (p.First.IsOtherExploit != p.Second.IsOtherExploit ? 1 : 0)
            + (p.First.YearOfRegistration is not null && (niveau >= 1) ? 1 : 0));

    /// <summary>A row's cells in <see cref="Kolommen"/> order, the year as a band from level 1; unknown is empty.</summary>
    public static IReadOnlyList<object?> Cellen(CtdcSlachtoffer r, int niveau) =>
    [
        r.Gender, r.AgeBroad, r.Citizenship, JaarCel(r, niveau),
        Vlag(r.IsForcedLabour), Vlag(r.IsSexualExploit), Vlag(r.IsOtherExploit),
        .. MiddelenKolommen.Select(m => (object?)(r.MiddelenVanDwang.Contains(m) ? "1" : "0")),
    ];
}
