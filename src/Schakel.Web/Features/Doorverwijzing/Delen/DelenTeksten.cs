namespace Schakel.Web.Features.Doorverwijzing.Delen;

/// <summary>Marker for the texts of lawful sharing: legal-basis names and the sharing policy's decisions (nl, en).</summary>
public sealed class DelenTeksten;
