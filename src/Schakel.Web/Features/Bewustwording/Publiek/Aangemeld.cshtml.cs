using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Meldpunt.Publiek;

namespace Schakel.Web.Features.Bewustwording.Publiek;

/// <summary>
/// The content-free confirmation: place or waiting list, and the cancel code read from the short-lived encrypted
/// cookie the sign-up set. The address carries only the outcome, never the code or anything about the person.
/// </summary>
public sealed class AangemeldModel(Ontvangstweergave ontvangst) : PageModel
{
    public const string Pagina = "bewustwording-aangemeld";

    public bool Wachtlijst { get; private set; }
    public string? Code { get; private set; }

    public void OnGet()
    {
        Wachtlijst = string.Equals(Request.Query["status"], "wachtlijst", StringComparison.Ordinal);
        Code = ontvangst.Lees(HttpContext, Pagina)?.Code;
    }
}
