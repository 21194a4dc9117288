namespace Schakel.Web.Features.Keten.Gids.Publiek;

/// <summary>Marker for the public directory pages' texts (GidsTeksten.resx, .en, .pl, .bg, .ro).</summary>
public sealed class GidsTeksten;
