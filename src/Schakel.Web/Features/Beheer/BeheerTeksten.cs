namespace Schakel.Web.Features.Beheer;

/// <summary>Marker for the texts of the administration pages (nl, en).</summary>
public sealed class BeheerTeksten;
