namespace Schakel.Web.Features.Meldpunt.Publiek.Beheer;

/// <summary>Marker for the signals card's beheer texts (the languages of a sign); the rest comes from BeheerTeksten.</summary>
public sealed class IndicatorBeheerTeksten;
