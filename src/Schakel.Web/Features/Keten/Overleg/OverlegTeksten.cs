namespace Schakel.Web.Features.Keten.Overleg;

/// <summary>Texts of the meeting pages (staff: nl and en).</summary>
public sealed class OverlegTeksten;
