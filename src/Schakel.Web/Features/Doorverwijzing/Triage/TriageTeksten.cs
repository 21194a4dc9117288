namespace Schakel.Web.Features.Doorverwijzing.Triage;

/// <summary>Marker for the texts of the triage and route decision pages (TriageTeksten.resx, .en.resx).</summary>
public sealed class TriageTeksten;
