namespace Schakel.Core.Opvang;

/// <summary>A share as a count over a count, so small numbers can still be suppressed downstream.</summary>
public sealed record Aandeel(int Teller, int Noemer)
{
    /// <summary><c>null</c> when there is nothing to divide by.</summary>
    public double? Fractie => Noemer == 0 ? null : (double)Teller / Noemer;
}
