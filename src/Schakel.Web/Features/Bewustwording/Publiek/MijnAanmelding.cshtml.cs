using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Bewustwording;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Certificaat;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording.Publiek;

/// <summary>
/// A public participant's own sign-up, opened with the cancel code from the confirmation: cancel it (the waiting list
/// moves up), fill in the evaluation once after attending, and download the certificate of attendance. The code only
/// ever travels in a form's body, never in the address; the page shows the session, not the name or e-mail.
/// </summary>
public sealed class MijnAanmeldingModel(Inschrijven inschrijven, Evaluaties evaluaties, Certificaten certificaten, SchakelDbContext db,
    ITeksten<BewustwordingTeksten> teksten, TimeProvider tijd) : PageModel
{
    public Dictionary<string, string> Fouten { get; } = new(StringComparer.Ordinal);
    public Inschrijving? Inschrijving { get; private set; }
    public Sessie? Sessie { get; private set; }
    public Model.Aanbod? Aanbod { get; private set; }
    public EvaluatieInvoer? Evaluatie { get; private set; }
    public string? Klaar { get; private set; }

    [BindProperty] public string? Code { get; set; }

    public bool KanAnnuleren => Inschrijving is { Status: not Inschrijfstatus.Geannuleerd } && Sessie is { Geannuleerd: false } s && tijd.GetUtcNow() < s.Begin;
    public bool KanEvalueren => Inschrijving is { } i && Sessie is { } s && Evaluatieresultaat.MagEvalueren(i.Status, i.Aanwezig, i.Geevalueerd, s.Begin, tijd.GetUtcNow());
    public bool HeeftCertificaat => Inschrijving is { } i && Evaluatieresultaat.HeeftCertificaat(i.Status, i.Aanwezig);

    public void OnGet(string? klaar)
    {
        // Only a fixed word after a redirect: what happened, never to whom.
        Klaar = klaar is "geannuleerd" or "geevalueerd" ? klaar : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await OpenAsync(ct) ? Page() : Ongeldig();

    public async Task<IActionResult> OnPostAnnulerenAsync(CancellationToken ct)
    {
        if (!await OpenAsync(ct))
        {
            return Ongeldig();
        }
        if (!KanAnnuleren)
        {
            Fouten["annuleren"] = teksten["MaKanNietAnnuleren"];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var hash = Inschrijving!.AnnuleercodeHash;
        var uitkomst = await inschrijven.AnnulerenAsync(Inschrijving.Id, i => i.AnnuleercodeHash == hash, AuditActor.Anoniem, Herkomst.Web, ct);
        return uitkomst is InschrijfUitkomst.Gelukt ? Redirect("/bewustwording/mijn-aanmelding?klaar=geannuleerd") : Ongeldig();
    }

    public async Task<IActionResult> OnPostEvaluatieAsync(int? inhoud, int? trainer, int? bruikbaarheid, string? opmerking, CancellationToken ct)
    {
        if (!await OpenAsync(ct))
        {
            return Ongeldig();
        }
        Evaluatie = new EvaluatieInvoer(inhoud, trainer, bruikbaarheid, opmerking);
        foreach (var (veld, sleutel) in Evaluaties.Controleer(Evaluatie))
        {
            Fouten[veld] = teksten[sleutel];
        }
        if (Fouten.Count > 0 || !KanEvalueren)
        {
            Response.StatusCode = Fouten.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
            return Page();
        }
        return await evaluaties.OpslaanAsync(Inschrijving!.Id, Evaluatie, AuditActor.Anoniem, Herkomst.Web, ct)
            ? Redirect("/bewustwording/mijn-aanmelding?klaar=geevalueerd")
            : StatusCode(StatusCodes.Status409Conflict);
    }

    public async Task<IActionResult> OnPostCertificaatAsync(CancellationToken ct)
    {
        if (!await OpenAsync(ct))
        {
            return Ongeldig();
        }
        return new IResultActie(await certificaten.PdfAsync(HttpContext, Inschrijving!.Id, AuditActor.Anoniem, ct));
    }

    private IActionResult Ongeldig()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> OpenAsync(CancellationToken ct)
    {
        Inschrijving = await inschrijven.MetCodeAsync(Code, ct);
        if (Inschrijving is null)
        {
            Fouten["code"] = teksten[string.IsNullOrWhiteSpace(Code) ? "MaCodeNodig" : "MaCodeOnbekend"];
            return false;
        }
        Sessie = await db.Set<Sessie>().FindAsync([Inschrijving.SessieId], ct);
        Aanbod = Sessie is null ? null : await db.Set<Model.Aanbod>().FindAsync([Sessie.AanbodId], ct);
        return Sessie is not null && Aanbod is not null;
    }
}
