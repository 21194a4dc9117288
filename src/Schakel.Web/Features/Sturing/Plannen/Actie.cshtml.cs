using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Sturing;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Sturing.Plannen;

[Authorize(Policy = SturingModule.Lezen)]
public sealed class ActieModel(Actieplannen plannen, SturingToegang toegang, VoortgangMelden melden, IActiebesluiten besluiten, ITeksten<SturingTeksten> teksten, TimeProvider tijd) : PageModel
{
    private Dictionary<string, string[]> _fouten = [];

    public ActieRegel? Actie { get; private set; }
    public string PlanNaam { get; private set; } = "";
    public IReadOnlyList<VoortgangRegel> Voortgang { get; private set; } = [];
    public IReadOnlyList<Actiebesluit>? Besluiten { get; private set; }
    public bool MagMelden { get; private set; }
    public IReadOnlyList<Kwartaal> Kwartalen { get; private set; } = [];
    public VoortgangInvoer Invoer { get; private set; } = new(null, null, null, null, null, null);
    public string Formuliersleutel { get; private set; } = "";

    /// <summary>The message next to the field, in the reader's language (the API keeps the Dutch detail).</summary>
    public string? Fout(string veld) => _fouten.ContainsKey(veld) ? teksten["Fout_" + veld].Value : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LaadAsync(id, ct) ? Page() : NotFound();

    [Invoerlengte(VoortgangMelden.MaxTekst, "Tekst")]
    public async Task<IActionResult> OnPostAsync(Guid id, [FromForm] VoortgangInvoer invoer, [FromForm] string? formuliersleutel, CancellationToken ct)
    {
        var sleutel = VerzendsleutelInvoer.IsGeldig(formuliersleutel) ? formuliersleutel : null;
        switch (await melden.MeldAsync(id, invoer, User, Herkomst.Web, ct, sleutel))
        {
            case VoortgangUitkomst.Gelukt:
                TempData["Gedaan"] = "voortgang";
                return RedirectToPage(new { id });
            case VoortgangUitkomst.Ongeldig o:
                _fouten = o.Fouten;
                Invoer = invoer;
                await LaadAsync(id, ct);
                Formuliersleutel = sleutel ?? Formuliersleutel;
                return Page();
            case VoortgangUitkomst.Geweigerd:
                return Forbid();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LaadAsync(Guid id, CancellationToken ct)
    {
        if (await plannen.ActieAsync(id, ct) is not { } gevonden || await plannen.DetailAsync(gevonden.Plan.Id, ct) is not { } detail)
        {
            return false;
        }
        Actie = detail.Acties.Single(a => a.Id == id);
        PlanNaam = gevonden.Plan.Naam;
        Voortgang = await plannen.VoortgangAsync(id, ct);
        Besluiten = await besluiten.VoorActieAsync(id, ct);
        MagMelden = await toegang.MagVoortgangMeldenAsync(User, gevonden.Actie, gevonden.Plan, ct);
        // The plan's quarters up to the current one, newest first: the form offers only what validation accepts.
        var nu = Kwartaal.Van(tijd.GetUtcNow());
        Kwartalen = [.. Enumerable.Range(gevonden.Plan.VanJaar, gevonden.Plan.TotJaar - gevonden.Plan.VanJaar + 1)
            .SelectMany(Kwartaal.VanJaar).Where(k => k <= nu).OrderDescending()];
        Formuliersleutel = VerzendsleutelInvoer.Nieuw();
        return true;
    }
}
