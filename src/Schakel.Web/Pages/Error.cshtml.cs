using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Pages;

// No handler methods, so the page renders for whatever method the exception handler re-executes.
// It shows no details on purpose: an error may carry personal data from the request.
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    [FromRoute]
    public int? Status { get; set; }
}
