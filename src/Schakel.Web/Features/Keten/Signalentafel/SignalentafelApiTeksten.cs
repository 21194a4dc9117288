namespace Schakel.Web.Features.Keten.Signalentafel;

/// <summary>The signals table's own messages (API problem details and field errors): nl and en, by Accept-Language.</summary>
public sealed class SignalentafelApiTeksten;
