namespace Schakel.Web.Features.Keten.Stroomschema;

/// <summary>Texts of the public flow chart (nl, en, pl, bg, ro).</summary>
public sealed class StroomschemaPubliekTeksten;
