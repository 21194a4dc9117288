using Schakel.Web.Features.Privacy.Declaraties;

namespace Schakel.Web.Features.Privacy.Bewaring;

/// <summary>
/// Configuration section <c>Privacy:Bewaring</c>. <c>Termijnen:{code}</c> overrides a retention period in days; the codes and
/// defaults are those of <see cref="Verwerkingsactiviteiten"/> (README of Features/Privacy).
/// </summary>
public sealed class BewaringOpties
{
    public Dictionary<string, int> Termijnen { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often the job runs; it also runs once at start, before the app serves requests.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Records per round, so one round never holds the writer long.</summary>
    public int PerRonde { get; set; } = 500;

    public TimeSpan Termijn(Bewaarregel regel) =>
        TimeSpan.FromDays(Termijnen.TryGetValue(regel.Code, out var dagen) && dagen > 0 ? dagen : regel.StandaardDagen);
}
