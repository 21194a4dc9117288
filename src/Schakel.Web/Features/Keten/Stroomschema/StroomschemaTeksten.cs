namespace Schakel.Web.Features.Keten.Stroomschema;

/// <summary>Texts of the flow chart (staff: nl and en).</summary>
public sealed class StroomschemaTeksten;
