namespace Schakel.Core.Doorverwijzing;

/// <summary>The outcome of a requested status change: success, or a Dutch error that names the allowed next states.</summary>
public sealed record Statusovergang<TStatus>(bool Gelukt, TStatus Status, string? Fout)
    where TStatus : struct, Enum
{
    public static Statusovergang<TStatus> Geslaagd(TStatus status) => new(true, status, null);

    public static Statusovergang<TStatus> Mislukt(TStatus huidig, string fout) => new(false, huidig, fout);
}

/// <summary>
/// A table of allowed transitions. Shared by the report workflow and the partner's part so both
/// answer a forbidden change in the same words.
/// </summary>
public sealed class Toestandsmachine<TStatus>(
    string onderwerp,
    IReadOnlyDictionary<TStatus, TStatus[]> overgangen,
    Func<TStatus, string> label)
    where TStatus : struct, Enum
{
    public IReadOnlyList<TStatus> Volgende(TStatus van) =>
        overgangen.TryGetValue(van, out var naar) ? naar : [];

    public bool Mag(TStatus van, TStatus naar) => Volgende(van).Contains(naar);

    public Statusovergang<TStatus> Probeer(TStatus van, TStatus naar)
    {
        if (Mag(van, naar))
        {
            return Statusovergang<TStatus>.Geslaagd(naar);
        }

        var toegestaan = Volgende(van);
        var fout = toegestaan.Count == 0
            ? $"{onderwerp} met status '{label(van)}' kan niet meer van status veranderen."
            : $"{onderwerp} met status '{label(van)}' kan niet naar '{label(naar)}'; " +
              $"toegestaan: {string.Join(", ", toegestaan.Select(s => $"'{label(s)}'"))}.";
        return Statusovergang<TStatus>.Mislukt(van, fout);
    }
}
