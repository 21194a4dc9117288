namespace Schakel.Web.Features.Monitor.Rapport;

/// <summary>Texts around the public report (nl, en, pl, bg, ro); the report itself is published in Dutch.</summary>
public sealed class RapportTeksten;
