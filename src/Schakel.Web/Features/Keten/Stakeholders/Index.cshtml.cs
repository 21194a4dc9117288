using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Keten.Stakeholders;

/// <summary>The analysis for the chain's professionals; the chain director describes a partner (post/redirect/get).</summary>
[Authorize(Policy = KetenBeleid.Lezen)]
[ToontInvoerfouten(Invoerfout.Keuze)]
public sealed class IndexModel(StakeholderOpslag opslag, IAuthorizationService autorisatie, IStringLocalizer<StakeholderTeksten> t) : PageModel
{
    public sealed class FormulierInvoer
    {
        public Guid OrganisatieId { get; set; }
        public Niveau Belang { get; set; } = Niveau.Middel;
        public Niveau Invloed { get; set; } = Niveau.Middel;
        public string? BelangOmschrijving { get; set; }
        public string? Rol { get; set; }
        public string? Bereikbaarheid { get; set; }
        public string? Waarvoor { get; set; }
    }

    public IReadOnlyList<StakeholderRij> Rijen { get; private set; } = [];
    public bool MagBeheren { get; private set; }
    public List<string> Fouten { get; } = [];

    [BindProperty]
    public FormulierInvoer Formulier { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LaadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await autorisatie.AuthorizeAsync(User, KetenBeleid.Beheren)).Succeeded)
        {
            return Forbid();
        }
        // The enum binder refuses a list or a number; the property then keeps its default, which must not be saved.
        Fouten.AddRange(new[] { "belang", "invloed" }.Where(v => ModelState[$"Formulier.{char.ToUpperInvariant(v[0])}{v[1..]}"]?.ValidationState == ModelValidationState.Invalid));
        if (Fouten.Count > 0)
        {
            await LaadAsync(ct);
            return Page();
        }
        var f = Formulier;
        var fouten = await opslag.OpslaanAsync(new StakeholderInvoer(f.OrganisatieId, f.Belang, f.Invloed, f.BelangOmschrijving, f.Rol, f.Bereikbaarheid, f.Waarvoor),
            User.AlsActor(), Herkomst.Web, ct);
        if (fouten.Count == 0)
        {
            TempData["Melding"] = t["Opgeslagen"].Value;
            return Redirect(Url.Content("~/keten/stakeholders"));
        }
        Fouten.AddRange(new[] { "organisatieId", "belang", "invloed", "belangOmschrijving", "rol", "bereikbaarheid", "waarvoor" }.Where(fouten.ContainsKey));
        await LaadAsync(ct);
        return Page();
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        Rijen = await opslag.AllesAsync(ct);
        MagBeheren = (await autorisatie.AuthorizeAsync(User, KetenBeleid.Beheren)).Succeeded;
    }
}
