using System.Globalization;
using System.Text;

namespace Schakel.Web.Tests.Features.Api.Invoer;

/// <summary>
/// Seeded hostile values: what issue 13 found (lone surrogates, NUL, null in lists, numbers for enums, dates at the
/// edge of the calendar) and their neighbours. JSON is written as text, so a lone surrogate stays an escape.
/// </summary>
internal sealed class Vijandig(int zaad)
{
    public Random Kans { get; } = new(zaad);

    private static readonly string[] JsonWaarden =
    [
        "null", "\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud800\\ud800\"", "\"a\\u0000b\"", "\"\\u0007\"", "\"\\u001b[31m\"", "\"\\u0085\"",
        "-1", "0", "1", "-2147483649", "99999999999999999999999", "1e309", "-0", "0.5", "true", "false", "\"\"", "\" \"",
        "\"0001-01-01\"", "\"9999-12-31\"", "\"0001-01-01T00:00:00+14:00\"", "\"9999-12-31T23:59:59-14:00\"", "\"2026-02-30\"",
        "[]", "{}", "[null]", "[[]]", "[\"\\u0000\"]", "{\"\":null}", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"",
        "\"\\u202e\\ufeff\"", "\"😀\"", "\"-1\"", "\"1\"", "\"vrouw, man\"", "\"NaN\"", "\"12345678901234567\"",
        "\"00000000-0000-0000-0000-000000000000\"", "\"GM0518\"",
    ];

    private static readonly string[] PadWaarden =
    [
        // A NUL in the path never reaches the app: Kestrel (and the test server's client) refuse it first.
        "%01", "a%1Fb", "%7F", "%ED%A0%80", "%C0%AF", "%FF", "..", "%2E%2E", "%2F", "x%20y", "0", "-1",
        "00000000-0000-0000-0000-000000000000", "not-a-guid", "%E2%80%AE", "%F0%9F%98%80",
    ];

    private static readonly string[] QueryWaarden =
    [
        "%00", "%01", "%ED%A0%80", "0001-01-01", "9999-12-31", "0000-00-00", "-1", "0", "2147483648", "true", "TRUE", "",
        "%20", "a%00b", "2026-02-30", "1e309", "%F0%9F%98%80", "x%0D%0Ay",
    ];

    /// <summary>Raw form values, already percent-encoded; %ED%A0%80 is a surrogate as invalid UTF-8.</summary>
    private static readonly string[] FormulierWaarden =
    [
        "%00", "a%00b", "%01", "%1B", "%7F", "%C2%85", "%ED%A0%80", "%FF%FE", "", "%20", "-1", "0001-01-01", "9999-12-31",
        "%3Cscript%3E", "true", "on", "x%0D%0Ay", "%E2%80%AE", "%F0%9F%98%80", "12345678901234567", "GM0518",
    ];

    public bool Keer(double kans) => Kans.NextDouble() < kans;

    public T Kies<T>(IReadOnlyList<T> lijst) => lijst[Kans.Next(lijst.Count)];

    public string JsonWaarde() => Keer(0.1) ? JsonTekst(LangeTekst()) : Kies(JsonWaarden);

    public string PadWaarde(IReadOnlyList<string> bekend) => bekend.Count > 0 && Keer(0.5)
        ? Uri.EscapeDataString(Kies(bekend))
        : Keer(0.3) ? Guid.NewGuid().ToString() : Kies(PadWaarden);

    public string QueryWaarde() => Keer(0.1) ? Uri.EscapeDataString(LangeTekst()) : Kies(QueryWaarden);

    public string FormulierWaarde() => Keer(0.05)
        ? new string('k', 2100 + Kans.Next(500))
        : Keer(0.1) ? Uri.EscapeDataString(LangeTekst()) : Kies(FormulierWaarden);

    public string LangeTekst() => new('x', Kies(new[] { 65, 101, 256, 1001, 5000, 70000 }));

    public static string JsonTekst(string waarde)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in waarde)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < 0x20 || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }
}
