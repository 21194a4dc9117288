using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Taal;

namespace Schakel.Web.Features.Bewustwording.Publiek;

/// <summary>The anonymous knowledge survey: no account, no personal data, a one-time form token, post/redirect/get.</summary>
public sealed class KennispeilingModel(Kennispeilingen peilingen, ITeksten<BewustwordingTeksten> teksten) : PageModel
{
    public Dictionary<string, string> Fouten { get; } = new(StringComparer.Ordinal);
    public bool Bedankt { get; private set; }
    [BindProperty] public string? Doelgroep { get; set; }
    [BindProperty] public Meting? Meting { get; set; }
    [BindProperty] public string? Sleutel { get; set; }
    [BindProperty] public Dictionary<string, int?> Scores { get; set; } = [];

    public void OnGet(string? klaar)
    {
        Bedankt = klaar == "ja";
        Sleutel = VerzendsleutelInvoer.Nieuw();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var (veld, sleutel) in Kennispeilingen.Controleer(Doelgroep, Meting, Scores))
        {
            Fouten[veld] = teksten[sleutel];
        }
        if (!VerzendsleutelInvoer.IsGeldig(Sleutel))
        {
            Fouten["verstuur"] = teksten["InVerlopen"];
            Sleutel = VerzendsleutelInvoer.Nieuw();
        }
        if (Fouten.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await peilingen.OpslaanAsync(Doelgroep!, Meting!.Value, Scores, Sleutel!, ct);
        return Redirect("/bewustwording/kennispeiling?klaar=ja");
    }
}
