namespace Schakel.Web.Features.Installatie;

/// <summary>
/// Marker for the texts of the footer links and the public statements (privacy, accessibility, colofon):
/// InstallatieTeksten.resx (Dutch), .en, .pl, .bg, .ro.
/// </summary>
public sealed class InstallatieTeksten;
