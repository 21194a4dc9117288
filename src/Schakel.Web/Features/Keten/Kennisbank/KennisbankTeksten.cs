namespace Schakel.Web.Features.Keten.Kennisbank;

/// <summary>Texts of the public knowledge library (every public language).</summary>
public sealed class KennisbankTeksten;

/// <summary>Texts of the chain director's library page (staff: nl and en).</summary>
public sealed class KennisbankBeheerTeksten;
