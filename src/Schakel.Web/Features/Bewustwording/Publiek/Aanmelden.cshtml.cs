using System.Net.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Bewustwording;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Publiek;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording.Publiek;

/// <summary>
/// The public sign-up: name and e-mail (encrypted, kept a year after the session), optionally role and municipality
/// for the coverage counts. A one-time form token makes a double post one sign-up; post/redirect/get shows the outcome.
/// </summary>
public sealed class AanmeldenModel(Menukaart menukaart, Inschrijven inschrijven, SchakelDbContext db, ITeksten<BewustwordingTeksten> teksten, TimeProvider tijd,
    Ontvangstweergave ontvangst) : PageModel
{
    public const int NaamMax = 200;
    public const int EmailMax = 254;

    public SessieStand Stand { get; private set; } = null!;
    public Model.Aanbod Aanbod { get; private set; } = null!;
    public IReadOnlyList<(string Code, string Naam)> Gemeenten { get; private set; } = [];
    public Dictionary<string, string> Fouten { get; } = new(StringComparer.Ordinal);
    public bool Gesloten { get; private set; }

    [BindProperty] public string? Naam { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Rol { get; set; }
    [BindProperty] public string? Gemeente { get; set; }
    [BindProperty] public string? Sleutel { get; set; }

    public (string Id, string? Tekst) Fout(string veld) => (veld, Fouten.GetValueOrDefault(veld));
    public string? AriaOngeldig(string veld) => Fouten.ContainsKey(veld) ? "true" : null;
    public string? Beschrijving(string veld, string? hint = null) =>
        string.Join(' ', new[] { Fouten.ContainsKey(veld) ? veld + "-fout" : null, hint }.Where(x => x is not null)) is { Length: > 0 } s ? s : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }
        Sleutel = VerzendsleutelInvoer.Nieuw();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LaadAsync(id, ct))
        {
            return NotFound();
        }
        Naam = Naam?.Trim();
        Email = Email?.Trim();
        if (string.IsNullOrEmpty(Naam))
        {
            Fouten["naam"] = teksten["InNaamNodig"];
        }
        else if (Naam.Length > NaamMax)
        {
            Fouten["naam"] = teksten["InNaamTeLang"];
        }
        if (string.IsNullOrEmpty(Email) || Email.Length > EmailMax || !MailAddress.TryCreate(Email, out var adres) || adres.Address != Email || !Email.Contains('.', StringComparison.Ordinal))
        {
            Fouten["email"] = teksten["InEmailNodig"];
        }
        if (!string.IsNullOrEmpty(Rol) && !Doelgroepen.IsGeldig(Rol))
        {
            Fouten["rol"] = teksten["InOngeldigeKeuze"];
        }
        if (!string.IsNullOrEmpty(Gemeente) && !Gemeenten.Any(g => g.Code == Gemeente))
        {
            Fouten["gemeente"] = teksten["InOngeldigeKeuze"];
        }
        if (!VerzendsleutelInvoer.IsGeldig(Sleutel))
        {
            // A form without its token (stale or hand-made): a fresh one, and the reader sends again.
            Fouten["verstuur"] = teksten["InVerlopen"];
            Sleutel = VerzendsleutelInvoer.Nieuw();
        }
        if (Fouten.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var code = inschrijven.Annuleercode(Sleutel!);
        var uitkomst = await inschrijven.InschrijvenAsync(id, new Deelnemer(null, null, Naam, Email, NullAlsLeeg(Rol), NullAlsLeeg(Gemeente),
            inschrijven.AnnuleercodeHash(code)), AuditActor.Anoniem, Herkomst.Web, Sleutel, ct);
        switch (uitkomst)
        {
            case InschrijfUitkomst.Gelukt g:
                // The code goes to the confirmation in a short-lived encrypted cookie, never in the address.
                ontvangst.Zet(HttpContext, new Ontvangstweergave.Inhoud(AangemeldModel.Pagina, Core.Meldpunt.Ontvangstcode.Formatteer(code), false, false, false));
                return Redirect($"/bewustwording/sessies/{id}/aangemeld?status={(g.Status == Inschrijfstatus.Wachtlijst ? "wachtlijst" : "ingeschreven")}");
            case InschrijfUitkomst.NietGevonden:
                return NotFound();
            default:
                Gesloten = true;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
    }

    private static string? NullAlsLeeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private async Task<bool> LaadAsync(Guid id, CancellationToken ct)
    {
        if (await menukaart.SessieAsync(id, ct) is not { } stand || await menukaart.AanbodAsync(stand.Sessie.AanbodId, ct) is not { } aanbod
            || aanbod.Aanmelding != Aanmeldwijze.InSchakel)
        {
            return false;
        }
        Stand = stand;
        Aanbod = aanbod;
        Gesloten = !stand.OpenVoorAanmelding(tijd.GetUtcNow());
        Gemeenten = await GemeenteKeuzes.LaadAsync(db, ct);
        return true;
    }
}
