namespace Schakel.Web.Features.Keten.Gids.Beheer;

/// <summary>Texts of the directory's staff pages (nl and en).</summary>
public sealed class GidsBeheerTeksten;
