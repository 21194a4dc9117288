using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Monitor.Edities;

/// <summary>
/// One edition at work. The chain director writes the introduction, conclusions and a commentary per section, sets
/// the format while it is a concept, moves it through review to vastgesteld and publishes it (which freezes it), and
/// starts a correction of a published one. The working group comments per section while it is in review. Every change
/// goes through <see cref="MonitorEdities"/> or <see cref="EditieBewerking"/>, which audit it.
/// </summary>
[Authorize(Policy = MonitorModule.BeleidIntern)]
public sealed class EditieModel(MonitorEdities edities, EditieBewerking bewerking, MonitorWerkgroep werkgroep) : PageModel
{
    public MonitorEditie Editie { get; private set; } = null!;
    public IReadOnlyList<Sectie> Secties { get; private set; } = [];
    public IReadOnlyList<Sectie> Mogelijk { get; private set; } = [];

    /// <summary>How the format differs from today's standard; shown until the edition is published.</summary>
    public Formatverschil Verschil { get; private set; } = new([], []);
    public IReadOnlyDictionary<string, string> Commentaren { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<Opmerking> Opmerkingen { get; private set; } = [];
    public bool IsRegisseur { get; private set; }
    public bool IsLid { get; private set; }
    public string Formuliersleutel { get; private set; } = "";
    public Dictionary<string, string> Fouten { get; } = new(StringComparer.Ordinal);
    public string? OpmerkingSectie { get; private set; }
    public string? OpmerkingTekst { get; private set; }
    public string? Wijziging { get; private set; }

    public bool Bewerkbaar => IsRegisseur && Editie.Status is EditieStatus.Concept or EditieStatus.InReview;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LaadAsync(id, ct) ?? Page();

    [Invoerlengte(MonitorEdities.MaxInleiding, "inleiding", "conclusies"), Invoerlengte(MonitorEdities.MaxOpmerking, "commentaren[]")]
    public async Task<IActionResult> OnPostTekstenAsync(
        Guid id, [FromForm] string? inleiding, [FromForm] string? conclusies, [FromForm] Dictionary<string, string>? commentaren, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is { } fout)
        {
            return fout;
        }

        if (!IsRegisseur)
        {
            return Forbid();
        }

        var uitkomst = await edities.SchrijfTekstenAsync(id, inleiding, conclusies, commentaren ?? [], User, Herkomst.Web, ct);
        return Klaar(id, uitkomst, "teksten", "TekstenOpgeslagen");
    }

    public async Task<IActionResult> OnPostFormatAsync(Guid id, [FromForm] List<string>? secties, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is { } fout)
        {
            return fout;
        }

        if (!IsRegisseur)
        {
            return Forbid();
        }

        if (secties is null || secties.Count == 0)
        {
            Fouten["format"] = "FoutFormatLeeg";
            return Page();
        }

        var uitkomst = await bewerking.ZetFormatAsync(id, secties, User.AlsActor(), Herkomst.Web, ct);
        return Klaar(id, uitkomst, "format", "FormatOpgeslagen");
    }

    /// <summary>Adds the sections of today's standard format the edition lacks, in one action (see <see cref="EditieBewerking.VulFormatAanAsync"/>).</summary>
    public async Task<IActionResult> OnPostAanvullenAsync(Guid id, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is { } fout)
        {
            return fout;
        }

        if (!IsRegisseur)
        {
            return Forbid();
        }

        var uitkomst = await bewerking.VulFormatAanAsync(id, User.AlsActor(), Herkomst.Web, ct);
        return Klaar(id, uitkomst, "aanvullen", "FormatAangevuld");
    }

    [Invoerlengte(MonitorEdities.MaxOpmerking, "tekst")]
    public async Task<IActionResult> OnPostOpmerkingAsync(
        Guid id, [FromForm] string? sectie, [FromForm] string? tekst, [FromForm] string? formuliersleutel, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is { } fout)
        {
            return fout;
        }

        if (!IsLid)
        {
            return Forbid();
        }

        OpmerkingSectie = sectie;
        OpmerkingTekst = tekst;
        if (sectie is null || Secties.All(s => s.Code != sectie))
        {
            Fouten["sectie"] = "FoutSectie";
        }

        if (string.IsNullOrWhiteSpace(tekst))
        {
            Fouten["tekst"] = "FoutOpmerking";
        }
        else if (tekst.Trim().Length > MonitorEdities.MaxOpmerking)
        {
            Fouten["tekst"] = "FoutOpmerkingLang";
        }

        if (Fouten.Count > 0)
        {
            Formuliersleutel = VerzendsleutelInvoer.IsGeldig(formuliersleutel) ? formuliersleutel! : Formuliersleutel;
            return Page();
        }

        var sleutel = VerzendsleutelInvoer.IsGeldig(formuliersleutel) ? formuliersleutel : null;
        var uitkomst = await edities.OpmerkingAsync(id, sectie!, tekst!, User, Herkomst.Web, ct, sleutel);
        return Klaar(id, uitkomst, "opmerking", "OpmerkingOpgeslagen");
    }

    public async Task<IActionResult> OnPostStapAsync(Guid id, [FromForm] string? naar, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is { } fout)
        {
            return fout;
        }

        if (!IsRegisseur)
        {
            return Forbid();
        }

        if (!Enum.TryParse<EditieStatus>(naar, out var status) || !Enum.IsDefined(status))
        {
            Fouten["stap"] = "FoutStap";
            return Page();
        }

        var uitkomst = await edities.VolgendeStapAsync(id, status, User.AlsActor(), Herkomst.Web, ct);
        return Klaar(id, uitkomst, "stap", "Stap_" + status);
    }

    public async Task<IActionResult> OnPostCorrectieAsync(Guid id, [FromForm] string? wijziging, CancellationToken ct)
    {
        if (await LaadAsync(id, ct) is { } fout)
        {
            return fout;
        }

        if (!IsRegisseur)
        {
            return Forbid();
        }

        Wijziging = wijziging;
        if (string.IsNullOrWhiteSpace(wijziging))
        {
            Fouten["wijziging"] = "FoutWijziging";
            return Page();
        }

        var uitkomst = await edities.CorrectieAsync(id, wijziging, User.AlsActor(), Herkomst.Web, ct);
        if (uitkomst.Fout is not null || uitkomst.Editie is null)
        {
            Fouten["wijziging"] = "FoutCorrectie";
            return Page();
        }

        TempData["Gedaan"] = "CorrectieGemaakt";
        return RedirectToPage(new { id = uitkomst.Editie.Id });
    }

    /// <summary>Post/redirect/get on success; on a refusal the page again with the message next to the form.</summary>
    private IActionResult Klaar(Guid id, EditieUitkomst uitkomst, string veld, string gedaan)
    {
        if (uitkomst.Editie is null)
        {
            return NotFound();
        }

        if (uitkomst.Fout is not null)
        {
            Fouten[veld] = "FoutStatus";
            return Page();
        }

        TempData["Gedaan"] = gedaan;
        return RedirectToPage(new { id });
    }

    /// <summary>Loads the edition and what this professional may do with it; a result when the page must not show.</summary>
    private async Task<IActionResult?> LaadAsync(Guid id, CancellationToken ct)
    {
        if (await edities.VindAsync(id, ct) is not { } editie)
        {
            return NotFound();
        }

        Editie = editie;
        IsRegisseur = MonitorWerkgroep.IsKetenregisseur(User);
        IsLid = await werkgroep.IsLidAsync(User, editie, ct);
        if (!IsRegisseur && !IsLid)
        {
            return Forbid();
        }

        Secties = EditieFormat.Lees(editie.Format);
        Mogelijk = EditieBewerking.Mogelijk(editie);
        Verschil = editie.Status == EditieStatus.Gepubliceerd ? new([], []) : EditieFormat.Verschil(Secties);
        Commentaren = EditieFormat.LeesCommentaren(editie.Commentaren);
        Opmerkingen = await edities.OpmerkingenAsync(id, ct);
        Formuliersleutel = VerzendsleutelInvoer.Nieuw();
        return null;
    }
}
