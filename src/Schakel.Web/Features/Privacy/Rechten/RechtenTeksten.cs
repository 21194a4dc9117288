namespace Schakel.Web.Features.Privacy.Rechten;

/// <summary>Marker for the texts of the pages for requests of people concerned (staff: nl, en).</summary>
public sealed class RechtenTeksten;
