namespace Schakel.Web.Features.Doorverwijzing.Beheer;

/// <summary>Marker for the texts of the reporting-route administration pages (nl, en).</summary>
public sealed class MeldrouteTeksten;
