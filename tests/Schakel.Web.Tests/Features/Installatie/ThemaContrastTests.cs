using System.Globalization;
using System.Text.RegularExpressions;

namespace Schakel.Web.Tests.Features.Installatie;

/// <summary>
/// The shipped default theme (the token file the build writes to wwwroot/lib/schakel-neutraal-thema) meets
/// WCAG 2.2 AA contrast for the token pairs the components put on each other: for every colour group of the
/// set (default, action, accent, feedback, their inverse), its text colours on its backgrounds reach 4.5:1.
/// axe checks the rendered pages on the browser walks; this checks the tokens themselves, including pairs no walk shows.
/// </summary>
public sealed partial class ThemaContrastTests
{
    private static readonly string Bestand = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..",
        "src", "Schakel.Web", "wwwroot", "lib", "schakel-neutraal-thema", "theme.css"));

    [GeneratedRegex(@"--([a-z0-9-]+)\s*:\s*([^;]+);")]
    private static partial Regex Declaratie();

    [GeneratedRegex(@"^var\(--([a-z0-9-]+)\)$")]
    private static partial Regex Verwijzing();

    [GeneratedRegex(@"--basis-color-([a-z0-9-]+?)-color-default\s*:")]
    private static partial Regex Groep();

    private static Dictionary<string, string> Tokens(string css)
    {
        // Later declarations win, as in the cascade: Schakel's changes come after the set they change.
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Declaratie().Matches(css))
        {
            tokens[m.Groups[1].Value] = m.Groups[2].Value.Trim();
        }
        return tokens;
    }

    private static string Kleur(Dictionary<string, string> tokens, string naam)
    {
        var waarde = tokens[naam];
        for (var i = 0; i < 20 && Verwijzing().Match(waarde) is { Success: true } v; i++)
        {
            waarde = tokens[v.Groups[1].Value];
        }
        return waarde;
    }

    private static double Luminantie(string hex)
    {
        Assert.Matches("^#[0-9a-fA-F]{6}$", hex);
        double Kanaal(int start)
        {
            var c = int.Parse(hex.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return (0.2126 * Kanaal(1)) + (0.7152 * Kanaal(3)) + (0.0722 * Kanaal(5));
    }

    internal static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminantie(a), Luminantie(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [Fact]
    public void De_contrastberekening_volgt_WCAG()
    {
        Assert.Equal(21.0, Contrast("#000000", "#ffffff"), 2);
        Assert.Equal(4.54, Contrast("#767676", "#ffffff"), 2);
    }

    [Fact]
    public void Het_standaardthema_haalt_AA_voor_elk_kleurpaar()
    {
        Assert.True(File.Exists(Bestand), $"{Bestand} ontbreekt: de build schrijft het thema");
        var css = File.ReadAllText(Bestand);
        Assert.Contains(".schakel-neutraal-theme {", css, StringComparison.Ordinal);
        Assert.DoesNotContain(".voorbeeld-theme", css, StringComparison.Ordinal);
        var tokens = Tokens(css);
        var groepen = Groep().Matches(css).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.Contains("action-1", groepen);
        Assert.Contains("default-inverse", groepen);

        var teLaag = new List<string>();
        foreach (var g in groepen)
        {
            foreach (var (tekst, achtergrond) in new[] { ("color-default", "bg-default"), ("color-document", "bg-document"), ("color-default", "bg-document"), ("color-subtle", "bg-document") })
            {
                var (t, a) = ($"basis-color-{g}-{tekst}", $"basis-color-{g}-{achtergrond}");
                if (tokens.ContainsKey(t) && tokens.ContainsKey(a))
                {
                    var ratio = Contrast(Kleur(tokens, t), Kleur(tokens, a));
                    if (ratio < 4.5)
                    {
                        teLaag.Add($"{t} op {a}: {ratio:0.00}");
                    }
                }
            }
        }
        Assert.Empty(teLaag);
    }

    [Fact]
    public void Het_standaardthema_is_niet_het_voorbeeldthema()
    {
        var tokens = Tokens(File.ReadAllText(Bestand));
        // The example organisation's violet is replaced by Schakel's own colour.
        Assert.NotEqual("#5115ef", Kleur(tokens, "basis-color-action-1-color-default"));
    }
}
