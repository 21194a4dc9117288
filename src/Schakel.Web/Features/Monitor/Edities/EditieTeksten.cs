namespace Schakel.Web.Features.Monitor.Edities;

/// <summary>Texts of the monitor's editing pages (staff: Dutch neutral, English).</summary>
public sealed class EditieTeksten;
