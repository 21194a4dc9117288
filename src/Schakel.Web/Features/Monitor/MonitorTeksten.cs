namespace Schakel.Web.Features.Monitor;

/// <summary>Texts of the monitor's staff pages (Dutch neutral, English).</summary>
public sealed class MonitorTeksten;
