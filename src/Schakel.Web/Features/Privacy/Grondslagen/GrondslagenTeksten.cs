namespace Schakel.Web.Features.Privacy.Grondslagen;

/// <summary>Marker for the texts of recorded legal bases (staff pages: nl, en).</summary>
public sealed class GrondslagenTeksten;
