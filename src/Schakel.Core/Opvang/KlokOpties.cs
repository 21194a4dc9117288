namespace Schakel.Core.Opvang;

/// <summary>The 36-hour clock's settings; the defaults are the policy's.</summary>
public sealed record KlokOpties
{
    public static readonly KlokOpties Standaard = new();

    /// <summary>The first phase: a crisis place from the moment of finding, the long-term place arranged within it.</summary>
    public TimeSpan Duur { get; init; } = TimeSpan.FromHours(36);

    /// <summary>The first place is due at once; escalate when none is held this long after finding.</summary>
    public TimeSpan EersteOpvangEscalatieNa { get; init; } = TimeSpan.FromHours(2);

    /// <summary>
    /// Moments after finding at which to escalate while the long-term place is not arranged; the end of the crisis
    /// phase (<see cref="Duur"/>) is always one as well.
    /// </summary>
    public IReadOnlyList<TimeSpan> VervolgEscalatiesNa { get; init; } =
        [TimeSpan.FromHours(12), TimeSpan.FromHours(24), TimeSpan.FromHours(32)];

    public IReadOnlyList<Validatiefout> Valideer()
    {
        var fouten = new List<Validatiefout>();
        if (Duur <= TimeSpan.Zero)
        {
            fouten.Add(new("duur", Opvangfoutberichten.Duur, "De duur is positief."));
        }

        if (EersteOpvangEscalatieNa <= TimeSpan.Zero)
        {
            fouten.Add(new("eersteOpvangEscalatieNa", Opvangfoutberichten.Escalatie, "Het escalatiemoment is positief."));
        }

        if (VervolgEscalatiesNa.Any(t => t <= TimeSpan.Zero || t > Duur))
        {
            fouten.Add(new("vervolgEscalatiesNa", Opvangfoutberichten.VervolgEscalaties, "Elk escalatiemoment ligt na het vinden en uiterlijk aan het einde van de duur."));
        }

        return fouten;
    }
}
