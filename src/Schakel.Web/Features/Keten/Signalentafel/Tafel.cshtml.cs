using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Signalentafel;

/// <summary>
/// One table: its basis and start, the agenda of pseudonymised signals, what partners add and the decision.
/// Every form posts and redirects back; a problem shows next to its field. Outside the table: 404.
/// </summary>
[Authorize(Policy = KetenBeleid.Lezen)]
public sealed class TafelModel(SignalentafelOpslag opslag, SchakelDbContext db) : PageModel
{
    public sealed record EigenMelding(Guid Id, string Referentie, DateTimeOffset OntvangenOp, bool Getrieerd);

    public TafelDetail? Detail { get; private set; }
    public IReadOnlyList<EigenMelding> EigenMeldingen { get; private set; } = [];
    /// <summary>Organisations outside the table a signal can go to as a case table: only those that receive cases.</summary>
    public IReadOnlyList<OrganisatieNaam> Casustafels { get; private set; } = [];
    public bool IsLid { get; private set; }
    public bool IsGast { get; private set; }

    /// <summary>The form with problems: which one (start, inbreng, or a signal's id plus bijdrage/besluit) and its fields.</summary>
    public string? FoutFormulier { get; private set; }
    public List<string> Fouten { get; } = [];

    [BindProperty] public string? Grondslag { get; set; }
    [BindProperty] public Guid? MeldingId { get; set; }
    [BindProperty] public Guid SignaalId { get; set; }
    [BindProperty] public Guid BijdrageId { get; set; }
    [BindProperty] public string? Tekst { get; set; }
    [BindProperty] public string? Soort { get; set; }
    [BindProperty] public Guid? OntvangerId { get; set; }
    [BindProperty] public string? Reden { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LaadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartenAsync(Guid id, CancellationToken ct) =>
        await AfhandelenAsync(id, "start", await opslag.StartenAsync(id, Grondslag, User, Herkomst.Web, ct), ["grondslag", "tafel"], ct);

    public async Task<IActionResult> OnPostInbrengenAsync(Guid id, CancellationToken ct) =>
        await AfhandelenAsync(id, "inbreng", await opslag.InbrengenAsync(id, MeldingId ?? Guid.Empty, User, Herkomst.Web, ct), ["meldingId", "tafel"], ct);

    public async Task<IActionResult> OnPostBijdragenAsync(Guid id, CancellationToken ct) =>
        await AfhandelenAsync(id, "bijdrage-" + SignaalId,
            await opslag.BijdragenAsync(id, SignaalId, Grondslag, Tekst, User, Herkomst.Web, ct, BijdrageId), ["grondslag", "tekst", "signaal"], ct);

    public async Task<IActionResult> OnPostBesluitAsync(Guid id, CancellationToken ct)
    {
        var u = await opslag.BesluitenAsync(id, SignaalId, new BesluitInvoer(Soort, OntvangerId, Reden), User, Herkomst.Web, ct);
        return u.Verboden ? Forbid() : await AfhandelenAsync(id, "besluit-" + SignaalId, u, ["soort", "ontvangerId", "reden", "signaal", "triage"], ct);
    }

    private async Task<IActionResult> AfhandelenAsync<T>(Guid id, string formulier, TafelUitkomst<T> u, string[] velden, CancellationToken ct) where T : class
    {
        if (u.NietGevonden)
        {
            return NotFound();
        }
        if (u.Waarde is not null)
        {
            return Redirect(Url.Content($"~/keten/signalentafels/{id}") + "#" + formulier.Replace("bijdrage-", "signaal-", StringComparison.Ordinal).Replace("besluit-", "signaal-", StringComparison.Ordinal));
        }
        FoutFormulier = formulier;
        Fouten.AddRange(velden.Where(u.Fouten.ContainsKey));
        return await LaadAsync(id, ct) ? Page() : NotFound();
    }

    public string? Fout(string formulier, string veld) => FoutFormulier == formulier && Fouten.Contains(veld) ? $"fout-{formulier}-{veld}" : null;

    private async Task<bool> LaadAsync(Guid id, CancellationToken ct)
    {
        Detail = await opslag.DetailAsync(id, User, Herkomst.Web, ct);
        if (Detail is null)
        {
            return false;
        }
        var org = User.OrganisatieId();
        IsLid = Detail.Stand.Leden.Any(l => l.Id == org);
        IsGast = Detail.Stand.Gast.Id == org;
        if (Detail.MagBesluiten && Detail.Signalen.Any(s => s.Besluit is null))
        {
            var leden = Detail.Stand.Leden.Select(l => l.Id).ToList();
            Casustafels = await db.Set<Organisatie>().AsNoTracking().DieCasussenOntvangen().Where(o => !leden.Contains(o.Id))
                .OrderBy(o => o.Naam).Select(o => new OrganisatieNaam(o.Id, o.Naam)).ToListAsync(ct);
        }
        if (IsLid && Detail.Stand.Gestart && org is { } eigen)
        {
            // Open reports of the caller's own reporting point that are not on this agenda yet, triaged or not.
            var op = db.Set<TafelSignaal>().Where(s => s.TafelId == id).Select(s => s.MeldingId);
            var gesloten = SignalentafelOpslag.Gesloten;
            var rijen = await db.Set<Melding>().AsNoTracking()
                .Where(m => m.MeldpuntOrganisatieId == eigen && !op.Contains(m.Id) && !gesloten.Contains(m.Status))
                .OrderByDescending(m => m.OntvangenOp).Take(50)
                .Select(m => new { m.Id, m.OntvangenOp, Getrieerd = db.Set<MeldingTriage>().Any(t => t.MeldingId == m.Id) }).ToListAsync(ct);
            EigenMeldingen = rijen.Select(r => new EigenMelding(r.Id, Meldpunt.Medewerkers.Weergave.Referentie(r.Id), r.OntvangenOp, r.Getrieerd)).ToList();
        }
        return true;
    }
}
