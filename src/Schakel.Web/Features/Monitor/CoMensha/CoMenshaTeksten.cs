namespace Schakel.Web.Features.Monitor.CoMensha;

/// <summary>Texts of the CoMensha registration page (Dutch neutral, English).</summary>
public sealed class CoMenshaTeksten;
