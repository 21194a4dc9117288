using System.Globalization;

namespace Schakel.Core.Teksten;

/// <summary>
/// A message from the domain as a stable code with its arguments, so the web layer can say it in the reader's
/// language; <see cref="Nederlands"/> is the Dutch text, which the API keeps as its detail. An argument is a
/// literal (a number, a municipality's name), another <see cref="Bericht"/> (a word such as "crisisplek") or an
/// <see cref="Opsomming"/>.
/// </summary>
public sealed record Bericht(string Code, string Nederlands, IReadOnlyList<object> Argumenten)
{
    /// <summary>A message whose Dutch text is <paramref name="sjabloon"/> filled with the arguments' Dutch texts.</summary>
    public static Bericht Van(string code, string sjabloon, params object[] argumenten) =>
        new(code, string.Format(CultureInfo.InvariantCulture, sjabloon, [.. argumenten.Select(NederlandsVan)]), argumenten);

    /// <summary>A word for an enum value: code <c>woord.{Type}.{Waarde}</c>, or with a variant (<c>.meervoud</c>).</summary>
    public static Bericht Woord<T>(T waarde, string nederlands, string? variant = null) where T : struct, Enum =>
        new(WoordCode(typeof(T), waarde.ToString(), variant), nederlands, []);

    public static string WoordCode(Type type, string waarde, string? variant = null) =>
        variant is null ? $"woord.{type.Name}.{waarde}" : $"woord.{type.Name}.{waarde}.{variant}";

    /// <summary>The code of parts said one after the other, joined by a dash; each part is a <see cref="Bericht"/>.</summary>
    public const string ReeksCode = "reeks";

    /// <summary>The code of whole sentences said one after the other, joined by a space.</summary>
    public const string ZinnenCode = "zinnen";

    public override string ToString() => Nederlands;

    private static string NederlandsVan(object argument) => argument switch
    {
        Bericht b => b.Nederlands,
        Opsomming o => o.Nederlands,
        double d => Math.Round(d, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ','),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => argument.ToString() ?? "",
    };
}

/// <summary>"a, b and c" or "a, b or c", each part a literal or a <see cref="Bericht"/>.</summary>
public sealed record Opsomming(IReadOnlyList<object> Delen, bool En)
{
    public string Nederlands
    {
        get
        {
            var delen = Delen.Select(d => d is Bericht b ? b.Nederlands : d.ToString() ?? "").ToList();
            return delen.Count <= 1
                ? string.Concat(delen)
                : $"{string.Join(", ", delen.Take(delen.Count - 1))} {(En ? "en" : "of")} {delen[^1]}";
        }
    }
}
