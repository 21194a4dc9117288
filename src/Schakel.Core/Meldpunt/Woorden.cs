namespace Schakel.Core.Meldpunt;

/// <summary>The lower-case words the API and the forms use for the Meldpunt enums.</summary>
public static class Woorden
{
    public static string Van(MeldingSoort s) => s == MeldingSoort.Adviesvraag ? "adviesvraag" : "melding";
    public static string Van(MelderType t) => t.ToString().ToLowerInvariant();
    public static string Van(Uitbuitingsvorm v) => v.ToString().ToLowerInvariant();
    public static string Van(JaNeeOnbekend j) => j.ToString().ToLowerInvariant();
    public static string Van(Kanaal k) => k.ToString().ToLowerInvariant();

    public static bool TryLees<T>(string? woord, out T waarde) where T : struct, Enum
    {
        waarde = default;
        // Enum.TryParse also takes numbers ("1"); the API only takes the words.
        return woord is { Length: > 0 } && woord.All(char.IsAsciiLetter) && Enum.TryParse(woord, ignoreCase: true, out waarde);
    }

    public static string Lijst<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
}
