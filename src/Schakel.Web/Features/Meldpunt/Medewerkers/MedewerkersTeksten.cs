namespace Schakel.Web.Features.Meldpunt.Medewerkers;

/// <summary>Marker for the texts of the reporting point's staff pages (nl, en).</summary>
public sealed class MedewerkersTeksten;
