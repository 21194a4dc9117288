namespace Schakel.Core.Doorverwijzing;

/// <summary>Urgency set at triage; drives the first-action deadline.</summary>
public enum Urgentie
{
    Normaal,
    Hoog,
    Acuut,
}
