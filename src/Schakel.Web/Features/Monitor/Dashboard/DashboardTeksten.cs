namespace Schakel.Web.Features.Monitor.Dashboard;

/// <summary>Texts of the internal monitor dashboard (Dutch neutral, English).</summary>
public sealed class DashboardTeksten;
