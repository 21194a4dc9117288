namespace Schakel.Web.Security.Audit;

/// <summary>The two moments inside one unit of work where a crash would once have split a change from its entry.</summary>
public enum AuditMoment
{
    /// <summary>The change is written (not committed); the audit entry is not.</summary>
    NaWijziging,

    /// <summary>The change and its entry are written; the commit has not happened.</summary>
    VoorCommit,
}

/// <summary>
/// A seam for fault-injection tests: a test replaces this singleton and throws at a moment, as a crash
/// would stop the process there. In the app it does nothing.
/// </summary>
public class AuditOnderbreking
{
    public virtual ValueTask BijAsync(AuditMoment moment, IReadOnlyList<AuditInvoer> invoer, CancellationToken ct) => ValueTask.CompletedTask;
}
