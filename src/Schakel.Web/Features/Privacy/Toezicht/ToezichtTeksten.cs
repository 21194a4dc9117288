namespace Schakel.Web.Features.Privacy.Toezicht;

/// <summary>Marker for the texts of the data protection officer's overview (nl, en).</summary>
public sealed class ToezichtTeksten;
