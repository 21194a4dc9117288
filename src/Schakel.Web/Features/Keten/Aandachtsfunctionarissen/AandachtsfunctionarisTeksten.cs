namespace Schakel.Web.Features.Keten.Aandachtsfunctionarissen;

/// <summary>Texts of the focal-officer register page (staff: nl and en).</summary>
public sealed class AandachtsfunctionarisTeksten;
