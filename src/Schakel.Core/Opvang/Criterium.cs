namespace Schakel.Core.Opvang;

/// <summary>A criterion a pool can fail for a need; unmet demand is counted per criterion.</summary>
public enum Criterium
{
    Geslacht,
    Leeftijd,
    Minderjarig,
    Uitbuitingsvorm,
    Multiproblematiek,
    Verslaving,
    Taal,
    Rolstoel,
    KinderenMee,
    BedenktijdB8,
    Beveiligingsniveau,
    UitgeslotenGemeente,
    MinimaleAfstand,
    Capaciteit,
}
