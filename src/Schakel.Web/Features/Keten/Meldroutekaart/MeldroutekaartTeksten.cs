namespace Schakel.Web.Features.Keten.Meldroutekaart;

/// <summary>Texts of the reporting-route map, in every public language (the public map shows them all).</summary>
public sealed class MeldroutekaartTeksten;
