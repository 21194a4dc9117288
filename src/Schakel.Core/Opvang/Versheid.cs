namespace Schakel.Core.Opvang;

/// <summary>How far a pool's occupancy figures can be trusted, from the time of its last snapshot.</summary>
public enum Versheid
{
    /// <summary>Updated less than 2 hours ago.</summary>
    Vers,

    /// <summary>Updated 2 to 8 hours ago (both inclusive).</summary>
    Verouderend,

    /// <summary>Updated more than 8 hours ago, or never: the staff are nudged.</summary>
    Verouderd,
}
