namespace Schakel.Core.Meldpunt;

/// <summary>How a report reached the reporting point.</summary>
public enum Kanaal
{
    Web,
    Telefoon,
    Balie,
    Api,
    Portaal,
}
