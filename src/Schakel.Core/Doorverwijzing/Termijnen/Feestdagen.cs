namespace Schakel.Core.Doorverwijzing;

/// <summary>A Dutch public holiday on a date.</summary>
public sealed record Feestdag(DateOnly Datum, string Naam);

/// <summary>
/// Dutch public holidays, computed rather than listed so deadlines stay right in any year.
/// Bevrijdingsdag counts every year and Goede Vrijdag only when configured, as many collective
/// agreements differ there; the organisation decides.
/// </summary>
public static class Feestdagen
{
    public static IReadOnlyList<Feestdag> In(int jaar, bool goedeVrijdagIsVrij = false)
    {
        var pasen = Pasen(jaar);
        var koningsdag = new DateOnly(jaar, 4, 27);
        if (koningsdag.DayOfWeek == DayOfWeek.Sunday)
        {
            koningsdag = koningsdag.AddDays(-1);
        }

        var dagen = new List<Feestdag>
        {
            new(new DateOnly(jaar, 1, 1), "Nieuwjaarsdag"),
            new(pasen, "Eerste Paasdag"),
            new(pasen.AddDays(1), "Tweede Paasdag"),
            new(koningsdag, "Koningsdag"),
            new(new DateOnly(jaar, 5, 5), "Bevrijdingsdag"),
            new(pasen.AddDays(39), "Hemelvaartsdag"),
            new(pasen.AddDays(49), "Eerste Pinksterdag"),
            new(pasen.AddDays(50), "Tweede Pinksterdag"),
            new(new DateOnly(jaar, 12, 25), "Eerste Kerstdag"),
            new(new DateOnly(jaar, 12, 26), "Tweede Kerstdag"),
        };
        if (goedeVrijdagIsVrij)
        {
            dagen.Add(new Feestdag(pasen.AddDays(-2), "Goede Vrijdag"));
        }

        return dagen.OrderBy(d => d.Datum).ToList();
    }

    public static bool IsFeestdag(DateOnly dag, bool goedeVrijdagIsVrij = false) =>
        In(dag.Year, goedeVrijdagIsVrij).Any(f => f.Datum == dag);

    /// <summary>Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly Pasen(int jaar)
    {
        var a = jaar % 19;
        var b = jaar / 100;
        var c = jaar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var maand = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(jaar, maand, dag);
    }
}
