using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Publiek;
using Schakel.Web.Features.Regio;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Meldpunt.Medewerkers;

/// <summary>
/// Staff take a report by phone or at the desk for a caller. The caller gets a new receipt code, read out
/// or handed over. Post/redirect/get: the code rides once in the short-lived encrypted
/// <see cref="Ontvangstweergave"/> to <c>?handler=Ontvangen</c>, which shows it and deletes the carrier; never
/// in a URL or a log. The form's one-time token makes a double submit store the report once.
/// </summary>
[Authorize(Policy = MeldpuntBeleid.Behandelen)]
[RequestSizeLimit(256 * 1024)]
[ToontInvoerfouten(Invoerfout.Keuze)]
[Invoerlengte(MeldingLimieten.Omschrijving, "Invoer.Omschrijving")]
public sealed class AannemenModel(MeldpuntIntake intake, SchakelDbContext db, Ontvangstweergave weergave) : PageModel
{
    public sealed class Formulier
    {
        public Kanaal Kanaal { get; set; } = Kanaal.Telefoon;
        public string? Soort { get; set; } = "melding";
        public string? MelderType { get; set; } = "burger";
        public string? Sector { get; set; }
        public string? Omschrijving { get; set; }
        public string? GemeenteCode { get; set; }
        public string? Plaats { get; set; }
        public string? Tijdstip { get; set; }
        public List<string> Uitbuitingsvormen { get; set; } = [];
        public string? MinderjarigBetrokken { get; set; } = "onbekend";
        public bool AcuutGevaar { get; set; }
        public string? Taal { get; set; } = "nl";
        public string? ContactNaam { get; set; }
        public string? ContactTelefoon { get; set; }
        public string? ContactEmail { get; set; }
        public bool ContactToestemming { get; set; }
        public bool NegeerPersoonsgegevensWaarschuwing { get; set; }
    }

    [BindProperty]
    public Formulier Invoer { get; set; } = new();

    public IReadOnlyList<Gemeente> Gemeenten { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Fouten { get; private set; } = new Dictionary<string, string[]>();
    public string? Ontvangstcode { get; private set; }
    public bool HeeftWaarschuwingen { get; private set; }
    /// <summary>The form's token was used before for other content; nothing new was stored.</summary>
    public bool AndereInhoud { get; private set; }
    public string Verzendsleutel { get; private set; } = VerzendsleutelInvoer.Nieuw();

    private const string Pagina = "aannemen";

    public async Task OnGetAsync(CancellationToken ct) => Gemeenten = await GemeentenAsync(ct);

    public async Task OnGetOntvangenAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-cache, no-store";
        if (weergave.Lees(HttpContext, Pagina) is { } inhoud)
        {
            Ontvangstcode = inhoud.Code;
            Ontvangstweergave.Wis(HttpContext);
        }
        Gemeenten = await GemeentenAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        string? token = Request.Form["verzendsleutel"];
        var sleutel = VerzendsleutelInvoer.IsGeldig(token) ? VerzendsleutelInvoer.Formulier(token!) : null;
        if (sleutel is not null)
        {
            Verzendsleutel = sleutel.Sleutel;
        }
        // The enum binder refuses a list or a number; the channel then keeps its default, which must not be stored as chosen.
        if (ModelState["Invoer.Kanaal"] is { ValidationState: ModelValidationState.Invalid } kanaal)
        {
            Fouten = new Dictionary<string, string[]> { ["kanaal"] = [.. kanaal.Errors.Select(e => e.ErrorMessage)] };
            Gemeenten = await GemeentenAsync(ct);
            return Page();
        }
        if (Invoer.Kanaal is not (Kanaal.Telefoon or Kanaal.Balie))
        {
            Invoer.Kanaal = Kanaal.Telefoon;
        }
        var uitkomst = await intake.MeldAsync(new MeldingInvoer
        {
            Soort = Invoer.Soort,
            MelderType = Invoer.MelderType,
            Sector = Invoer.Sector,
            Omschrijving = Invoer.Omschrijving,
            GemeenteCode = Invoer.GemeenteCode,
            Plaats = Invoer.Plaats,
            Tijdstip = Invoer.Tijdstip,
            Uitbuitingsvormen = Invoer.Uitbuitingsvormen,
            MinderjarigBetrokken = Invoer.MinderjarigBetrokken,
            AcuutGevaar = Invoer.AcuutGevaar,
            Taal = Invoer.Taal,
            Contact = new ContactInvoer { Naam = Invoer.ContactNaam, Telefoon = Invoer.ContactTelefoon, Email = Invoer.ContactEmail, Toestemming = Invoer.ContactToestemming },
            NegeerPersoonsgegevensWaarschuwing = Invoer.NegeerPersoonsgegevensWaarschuwing,
        }, [], Indiener.NamensMelder(User, Invoer.Kanaal), sleutel, ct);

        if (uitkomst.Gelukt)
        {
            weergave.Zet(HttpContext, new Ontvangstweergave.Inhoud(Pagina, uitkomst.Ontvangstcode, uitkomst.Urgent, false, uitkomst.Herhaald));
            return RedirectToPage(null, "Ontvangen");
        }
        if (uitkomst.AndereInhoud)
        {
            AndereInhoud = true;
            Verzendsleutel = VerzendsleutelInvoer.Nieuw();
        }
        else
        {
            Fouten = uitkomst.Fouten;
            HeeftWaarschuwingen = uitkomst.Waarschuwingen.Count > 0;
        }
        Gemeenten = await GemeentenAsync(ct);
        return Page();
    }

    public string? Fout(string veld) => Fouten.TryGetValue(veld, out var f) ? string.Join(" ", f) : null;

    private async Task<IReadOnlyList<Gemeente>> GemeentenAsync(CancellationToken ct) =>
        await db.Set<Gemeente>().AsNoTracking().OrderBy(g => g.Naam).ToListAsync(ct);
}
