namespace Schakel.Core.Opvang;

public enum EscalatieStatus
{
    /// <summary>The moment has not come yet and the step is still open.</summary>
    NogNiet,

    /// <summary>The moment passed while the step was still open: this escalation fires (or fired).</summary>
    Bereikt,

    /// <summary>The step was done at or before the moment: it never fires.</summary>
    Overbodig,
}

/// <summary>One escalation moment of the 36-hour clock. <see cref="Code"/> is stable, so a job can record what it sent.</summary>
public sealed record Escalatie(Stap Stap, TimeSpan Na, DateTimeOffset Op, EscalatieStatus Status)
{
    public string Code => $"{(Stap == Stap.EersteOpvang ? "eerste-opvang" : "vervolgplaatsing")}-{(long)Na.TotalMinutes}m";
}
