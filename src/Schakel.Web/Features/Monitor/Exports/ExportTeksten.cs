namespace Schakel.Web.Features.Monitor.Exports;

/// <summary>Texts of the monitor's exports page (Dutch neutral, English).</summary>
public sealed class ExportTeksten;
