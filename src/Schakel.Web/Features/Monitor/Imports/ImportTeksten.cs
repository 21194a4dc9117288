namespace Schakel.Web.Features.Monitor.Imports;

/// <summary>Texts of the partner-figure import page (Dutch neutral, English).</summary>
public sealed class ImportTeksten;
