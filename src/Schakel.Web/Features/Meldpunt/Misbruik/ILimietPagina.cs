using Microsoft.AspNetCore.Mvc;

namespace Schakel.Web.Features.Meldpunt.Misbruik;

/// <summary>
/// A public form whose limit counts accepted submissions only, and which answers a source over its limit with
/// a real page (429) that keeps what was typed, so nothing is lost and nothing is stored.
/// </summary>
public interface ILimietPagina : ILimietWeergave
{
    /// <summary>True after the handler accepted (stored) the submission.</summary>
    bool Geaccepteerd { get; }
}

/// <summary>A public page that answers a source over its limit with a real page (429) in the reader's language.</summary>
public interface ILimietWeergave
{
    /// <summary>The page shown instead of running the handler; status 429, Retry-After is set by the filter.</summary>
    Task<IActionResult> TeVeelAsync(TimeSpan venster, CancellationToken ct);
}
