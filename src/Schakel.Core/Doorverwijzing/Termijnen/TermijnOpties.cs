namespace Schakel.Core.Doorverwijzing;

/// <summary>Deadline settings; the defaults are those of the policy and the EU whistleblower directive.</summary>
public sealed record TermijnOpties
{
    public TimeSpan Acuut { get; init; } = TimeSpan.FromHours(1);

    public int HoogWerkdagen { get; init; } = 1;

    public int NormaalWerkdagen { get; init; } = 5;

    public bool GoedeVrijdagIsVrij { get; init; }

    public int OntvangstbevestigingDagen { get; init; } = 7;

    public int TerugkoppelingMaanden { get; init; } = 3;

    /// <summary>IANA id; working days and ends of day are Dutch whatever the server's zone.</summary>
    public string Tijdzone { get; init; } = "Europe/Amsterdam";
}
