namespace Schakel.Core.Meldpunt;

/// <summary>A report of a signal, or a professional's question for advice (which may later become a report).</summary>
public enum MeldingSoort
{
    Melding,
    Adviesvraag,
}
