using System.Text;

namespace Schakel.Core.Invoer;

/// <summary>
/// The one rule for text that enters Schakel, whatever the door (JSON, form, query string, path): no unpaired
/// UTF-16 surrogates (they cannot be stored or encoded; .NET refuses to read them) and no control characters
/// except tab, line feed and carriage return (PostgreSQL refuses NUL; none of them means anything in a name,
/// a code or a free text). Checked at the edge, so every handler behind it can trust its strings.
/// </summary>
public static class Invoertekst
{
    public const string Melding = "Deze tekst bevat tekens die niet zijn toegestaan (stuurtekens of een losse UTF-16-surrogaat).";

    public static bool IsToegestaan(ReadOnlySpan<char> tekst)
    {
        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= tekst.Length || !char.IsLowSurrogate(tekst[i + 1]))
                {
                    return false;
                }
                i++;
            }
            else if (char.IsLowSurrogate(c) || IsVerbodenStuurteken(c))
            {
                return false;
            }
        }
        return true;
    }

    public static bool IsToegestaan(string? tekst) => tekst is null || IsToegestaan(tekst.AsSpan());

    /// <summary>The text without the characters the rule refuses, for forms that show a message and keep the rest.</summary>
    public static string Schoon(string tekst)
    {
        if (IsToegestaan(tekst))
        {
            return tekst;
        }
        var schoon = new StringBuilder(tekst.Length);
        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (char.IsHighSurrogate(c) && i + 1 < tekst.Length && char.IsLowSurrogate(tekst[i + 1]))
            {
                schoon.Append(c).Append(tekst[++i]);
            }
            else if (!char.IsSurrogate(c) && !IsVerbodenStuurteken(c))
            {
                schoon.Append(c);
            }
        }
        return schoon.ToString();
    }

    /// <summary>C0 and C1 control characters and DEL, except the white space a multi-line text needs.</summary>
    private static bool IsVerbodenStuurteken(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');
}

/// <summary>
/// Dates a person can mean in Schakel's work. Outside this range a date is a typo or a probe, and arithmetic on
/// it (a day earlier, a year back, a time zone) would run off the calendar.
/// </summary>
public static class Invoerdatum
{
    public static readonly DateOnly Vroegst = new(1900, 1, 1);
    public static readonly DateOnly Laatst = new(2999, 12, 31);

    public const string Melding = "Geef een datum tussen 1900-01-01 en 2999-12-31.";

    public static bool IsToegestaan(DateOnly datum) => datum >= Vroegst && datum <= Laatst;

    public static bool IsToegestaan(DateTime datum) => IsToegestaan(DateOnly.FromDateTime(datum));

    public static bool IsToegestaan(DateTimeOffset datum) => IsToegestaan(DateOnly.FromDateTime(datum.UtcDateTime));
}
