namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Where a rule looks for its target organisation. The search starts at this reach and widens
/// (local → regional → national) when nothing is found, and the proposal says it widened.
/// </summary>
public enum Doelbereik
{
    /// <summary>The local organisation whose work area holds the report's municipality.</summary>
    WerkgebiedVanGemeente,

    /// <summary>The regional organisation whose work area holds the report's municipality.</summary>
    Regionaal,

    /// <summary>A national organisation (CoMensha, NLA).</summary>
    Landelijk,

    /// <summary>
    /// The focal officer of the report's municipality for the report's side (the internal route, Midden-Delfland
    /// §5.2.1: perpetrator side to OOV, victim side to the social domain); the referral goes to the officer's
    /// organisation. Without a known municipality, side or active officer: as <see cref="WerkgebiedVanGemeente"/>.
    /// </summary>
    AandachtsfunctionarisVanGemeente,
}
