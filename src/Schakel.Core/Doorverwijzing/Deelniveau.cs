namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Disclosure level of a referral. Ordered from least to most personal data,
/// so policy caps can be compared with &lt; and &gt;.
/// </summary>
public enum Deelniveau
{
    /// <summary>Only that a signal exists and how to reach the sender.</summary>
    Geen = 0,

    /// <summary>No direct identifiers: stable pseudonyms, age band, municipality only.</summary>
    Gepseudonimiseerd = 1,

    Volledig = 2,
}
