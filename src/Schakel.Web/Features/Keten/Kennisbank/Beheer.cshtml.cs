using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Schakel.Core.Meldpunt;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Keten.Kennisbank;

/// <summary>Every document for the chain's professionals; the chain director adds a document or a version here.</summary>
[Authorize(Policy = KetenBeleid.Lezen)]
[RequestSizeLimit(KennisbankOpslag.MaxBestand + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = KennisbankOpslag.MaxBestand + 1024 * 1024)]
[ToontInvoerfouten(Invoerfout.Keuze)]
public sealed class BeheerModel(KennisbankOpslag opslag, IAuthorizationService autorisatie, IStringLocalizer<KennisbankBeheerTeksten> t) : PageModel
{
    public sealed class FormulierInvoer
    {
        public Guid? DocumentId { get; set; }
        public string? Titel { get; set; }
        public KennisSoort Soort { get; set; }
        public KennisDoelgroep Doelgroep { get; set; } = KennisDoelgroep.Professionals;
        public Uitbuitingsvorm? Vorm { get; set; }
        public string? GemeenteCode { get; set; }
        public bool Openbaar { get; set; }
        public string? Link { get; set; }
        public string? Toelichting { get; set; }
    }

    public IReadOnlyList<DocumentKop> Documenten { get; private set; } = [];
    public bool MagBeheren { get; private set; }
    public List<string> Fouten { get; } = [];

    [BindProperty]
    public FormulierInvoer Formulier { get; set; } = new();

    [BindProperty]
    public IFormFile? Bestand { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LaadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await autorisatie.AuthorizeAsync(User, KetenBeleid.Beheren)).Succeeded)
        {
            return Forbid();
        }
        // The enum binder refuses a list or a number; the property then keeps its default, which must not be saved.
        Fouten.AddRange(new[] { "soort", "doelgroep", "vorm" }.Where(v => ModelState[$"Formulier.{char.ToUpperInvariant(v[0])}{v[1..]}"]?.ValidationState == ModelValidationState.Invalid));
        byte[]? inhoud = null;
        if (Bestand is { Length: > 0 and <= KennisbankOpslag.MaxBestand })
        {
            using var buffer = new MemoryStream();
            await Bestand.CopyToAsync(buffer, ct);
            inhoud = buffer.ToArray();
        }
        else if (Bestand is { Length: > KennisbankOpslag.MaxBestand })
        {
            Fouten.Add("bestand");
        }
        if (Fouten.Count == 0)
        {
            var (id, fouten) = await opslag.VastleggenAsync(new KennisInvoer(
                Formulier.DocumentId, Formulier.Titel, Formulier.Soort, Formulier.Doelgroep, Formulier.Vorm, Formulier.GemeenteCode,
                Formulier.Openbaar, Formulier.Link, Bestand?.FileName, Bestand?.ContentType, inhoud, Formulier.Toelichting),
                User.AlsActor(), Herkomst.Web, ct);
            if (id is { } opgeslagen)
            {
                TempData["Melding"] = t["Opgeslagen"].Value;
                return Redirect(Url.Content("~/keten/kennisbank") + "#doc-" + opgeslagen);
            }
            Fouten.AddRange(new[] { "documentId", "titel", "gemeenteCode", "link", "bestand", "toelichting" }.Where(fouten.ContainsKey));
        }
        await LaadAsync(ct);
        return Page();
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        Documenten = await opslag.LijstAsync(metBeperkt: true, ct);
        MagBeheren = (await autorisatie.AuthorizeAsync(User, KetenBeleid.Beheren)).Succeeded;
    }
}
