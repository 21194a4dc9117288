namespace Schakel.Web.Features.Privacy;

/// <summary>Marker for the texts of the privacy pages for staff (nl, en).</summary>
public sealed class PrivacyTeksten;
