namespace Schakel.Core.Doorverwijzing;

/// <summary>The plain status a reporter sees with the receipt code; coarser than the workflow on purpose.</summary>
public enum MelderStatus
{
    Ontvangen,
    InBehandeling,
    Doorgezet,
    Afgerond,
}
