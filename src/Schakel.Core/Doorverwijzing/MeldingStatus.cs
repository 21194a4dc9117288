namespace Schakel.Core.Doorverwijzing;

/// <summary>Status of a report in the reporting point's workflow; see <see cref="MeldingStatusmachine"/>.</summary>
public enum MeldingStatus
{
    Ontvangen,
    InTriage,
    Doorverwezen,
    InBehandeling,
    Afgerond,
    NietOntvankelijk,
    Samengevoegd,
    Heropend,
}
