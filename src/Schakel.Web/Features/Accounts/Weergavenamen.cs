namespace Schakel.Web.Features.Accounts;

/// <summary>The rules for a display name: optional, short, one line, and not an e-mail address (which must stay off certificates).</summary>
public static class Weergavenamen
{
    public const int Max = 100;

    /// <summary>The text key of the error, or null when the name may be stored (empty clears it).</summary>
    public static string? Fout(string? naam)
    {
        if (string.IsNullOrWhiteSpace(naam))
        {
            return null;
        }
        var n = naam.Trim();
        if (n.Length > Max)
        {
            return "NaamTeLang";
        }
        if (n.Any(char.IsControl))
        {
            return "NaamOngeldig";
        }
        return n.Contains('@', StringComparison.Ordinal) ? "NaamGeenEmail" : null;
    }

    public static string? Normaliseer(string? naam) => string.IsNullOrWhiteSpace(naam) ? null : naam.Trim();
}
