namespace Schakel.Web.Features.Keten.Signalentafel;

/// <summary>Texts of the signals-table pages (staff: nl and en).</summary>
public sealed class SignalentafelTeksten;
