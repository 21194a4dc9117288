namespace Schakel.Web.Features.Monitor;

/// <summary>
/// The one place where a hidden cell loses what a public reader may not see. Tables, trends and context figures are
/// computed and stored (an edition's snapshot too) in their internal form: the value, whether it is hidden and why, under
/// the threshold of the edition or export they belong to. Every public output (API, public tables) passes its cells through
/// <see cref="Publiek"/>; the report shows a hidden cell as "&lt; T" or "verborgen" and never its value.
/// </summary>
public static class Maskering
{
    /// <summary>A cell as the public sees it: a hidden cell without value, denominator or p90; no cell says why.</summary>
    public static TabelCel Publiek(TabelCel c) => c.Verborgen
        ? c with { Waarde = null, Noemer = null, P90 = null, Reden = null, Beschermt = null }
        : c with { Reden = null, Beschermt = null };

    /// <summary>The cell for a public or an internal view.</summary>
    public static TabelCel Voor(TabelCel c, bool publiek) => publiek ? Publiek(c) : c;

    public static ReeksPunt Publiek(ReeksPunt p) => p with { Cel = Publiek(p.Cel) };
}
