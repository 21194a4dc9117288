using Microsoft.AspNetCore.Mvc;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>Lets a page handler answer with the shared document service's result (a PDF, or 503 problem+json).</summary>
internal sealed class IResultActie(IResult resultaat) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => resultaat.ExecuteAsync(context.HttpContext);
}
