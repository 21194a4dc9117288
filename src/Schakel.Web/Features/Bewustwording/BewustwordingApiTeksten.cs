namespace Schakel.Web.Features.Bewustwording;

/// <summary>The Bewustwording API's field messages: nl (neutral) and en, by Accept-Language.</summary>
public sealed class BewustwordingApiTeksten;
