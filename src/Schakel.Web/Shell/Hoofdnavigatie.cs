namespace Schakel.Web.Shell;

/// <summary>
/// One entry of the main navigation: <see cref="Pad"/> is app-relative ("/melden"), its text is looked up
/// in the resources of <see cref="Teksten"/>.
/// </summary>
public sealed record NavigatieItem(string Pad, string Tekstsleutel, Type Teksten, int Volgorde);

/// <summary>The main navigation of the layout, filled by the features in their Add&lt;Part&gt;.</summary>
public sealed class HoofdnavigatieOptions
{
    public List<NavigatieItem> Items { get; } = [];
}

public static class HoofdnavigatieExtensions
{
    /// <summary>
    /// Adds a link to the main navigation, e.g. <c>services.AddHoofdnavigatie&lt;MeldpuntTeksten&gt;("/melden", "Melden", 20)</c>.
    /// </summary>
    public static IServiceCollection AddHoofdnavigatie<TTeksten>(
        this IServiceCollection services, string pad, string tekstsleutel, int volgorde = 100) =>
        services.Configure<HoofdnavigatieOptions>(o => o.Items.Add(new NavigatieItem(pad, tekstsleutel, typeof(TTeksten), volgorde)));

    /// <summary>
    /// "page" on the page itself, "true" below it (a section), null elsewhere; the home page only matches itself.
    /// </summary>
    public static string? AriaCurrent(string itemPad, string huidigPad)
    {
        var item = Normaliseer(itemPad);
        var huidig = Normaliseer(huidigPad);
        if (string.Equals(item, huidig, StringComparison.OrdinalIgnoreCase))
        {
            return "page";
        }

        return item != "/" && huidig.StartsWith(item + "/", StringComparison.OrdinalIgnoreCase) ? "true" : null;
    }

    private static string Normaliseer(string pad) => pad.Length > 1 ? pad.TrimEnd('/') : (pad.Length == 0 ? "/" : pad);
}
