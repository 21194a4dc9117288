using Deque.AxeCore.Commons;

namespace Schakel.E2E.Infrastructure;

/// <summary>
/// The axe rules every browser test checks against: WCAG 2.2 level A and AA, the level Dutch government sites must meet.
/// Only the violations come back in full (the tests read nothing else; the passing nodes of a long page are most of the
/// result otherwise).
/// </summary>
public static class Wcag
{
    public static readonly AxeRunOptions AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>The same, and axe's best practices (one main landmark, headings in order) for the pages every visitor sees.</summary>
    public static readonly AxeRunOptions AAMetBestPractice = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        ResultTypes = [ResultType.Violations],
    };
}
