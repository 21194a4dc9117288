namespace Schakel.Web.Features.Documenten;

/// <summary>Where headless Chromium is and how much printing one node may do at once.</summary>
public sealed class PdfOpties
{
    public const string Sectie = "Pdf";

    /// <summary>Path of the Chromium binary; empty: <c>SCHAKEL_CHROMIUM</c>, then <c>chromium</c> on the PATH.</summary>
    public string? Chromium { get; set; }

    /// <summary>Printing is CPU-heavy; more at once only slows every request down.</summary>
    public int MaxGelijktijdig { get; set; } = 2;

    public int TijdslimietSeconden { get; set; } = 60;
}
