namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Age bands wide enough not to identify, with the legal boundaries (12, 16, 18, 23) kept,
/// because minority and the young-adult age decide routes and shelter.
/// </summary>
public static class Leeftijdsband
{
    private static readonly (int Van, int Tot, string Band)[] Banden =
    [
        (0, 11, "0-11"), (12, 15, "12-15"), (16, 17, "16-17"), (18, 22, "18-22"), (23, 29, "23-29"),
        (30, 39, "30-39"), (40, 49, "40-49"), (50, 64, "50-64"),
    ];

    public static string Van(int leeftijd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(leeftijd);
        return Banden.FirstOrDefault(b => leeftijd >= b.Van && leeftijd <= b.Tot).Band ?? "65+";
    }

    public static int Leeftijd(DateOnly geboortedatum, DateOnly peildatum)
    {
        var jaren = peildatum.Year - geboortedatum.Year;
        return geboortedatum.AddYears(jaren) > peildatum ? jaren - 1 : jaren;
    }
}
