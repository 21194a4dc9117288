using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Beheer.Organisaties;

/// <summary>Create or edit a chain partner: name, kind, party category, work area, public contact data.</summary>
[Authorize(Policy = AccountsBeleid.Beheerder)]
[ToontInvoerfouten(Invoerfout.Alle)]
public sealed class BewerkenModel(SchakelDbContext db, AuditTrail audit) : PageModel
{
    public const string Aangemaakt = "organisatie.aangemaakt";
    public const string Gewijzigd = "organisatie.gewijzigd";

    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty] public string? Naam { get; set; }
    [BindProperty] public OrganisatieType Type { get; set; }
    [BindProperty] public Partijcategorie Partijcategorie { get; set; }
    [BindProperty] public List<string> Werkgebied { get; set; } = [];
    [BindProperty] public string? Telefoon { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Website { get; set; }
    [BindProperty] public string? Openingstijden { get; set; }
    [BindProperty] public bool DagEnNacht { get; set; }
    [BindProperty] public bool Actief { get; set; } = true;

    public IReadOnlyList<Gemeente> Gemeenten { get; private set; } = [];
    public bool Opgeslagen { get; private set; }
    private const string OpgeslagenSleutel = "OrganisatieOpgeslagen";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Opgeslagen = TempData[OpgeslagenSleutel] is string;
        if (Id is { } id)
        {
            if (await db.Set<Organisatie>().Include(o => o.Werkgebied).FirstOrDefaultAsync(o => o.Id == id, ct) is not { } o)
            {
                return NotFound();
            }
            (Naam, Type, Partijcategorie, Telefoon, Email, Website, Openingstijden, DagEnNacht, Actief) =
                (o.Naam, o.Type, o.Partijcategorie, o.Telefoon, o.Email, o.Website, o.Openingstijden, o.DagEnNacht, o.Actief);
            Werkgebied = o.Werkgebied.Select(w => w.CbsCode).ToList();
        }
        await LaadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LaadAsync(ct);
        if (string.IsNullOrWhiteSpace(Naam))
        {
            ModelState.AddModelError(nameof(Naam), "FoutNaam");
        }
        else if (await db.Set<Organisatie>().AnyAsync(o => o.Naam == Naam.Trim() && o.Id != Id, ct))
        {
            ModelState.AddModelError(nameof(Naam), "FoutNaamBestaat");
        }
        if (!Enum.IsDefined(Type) || !Enum.IsDefined(Partijcategorie))
        {
            ModelState.AddModelError(nameof(Type), "FoutType");
        }
        var bekend = Gemeenten.Select(g => g.CbsCode).ToHashSet(StringComparer.Ordinal);
        if (Werkgebied.Any(c => !bekend.Contains(c)))
        {
            ModelState.AddModelError(nameof(Werkgebied), "FoutWerkgebied");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var nieuw = Id is null;
        var o = nieuw
            ? new Organisatie { Id = Guid.NewGuid(), Naam = Naam!.Trim(), Toegetreden = DateTimeOffset.UtcNow }
            : await db.Set<Organisatie>().Include(x => x.Werkgebied).FirstOrDefaultAsync(x => x.Id == Id, ct);
        if (o is null)
        {
            return NotFound();
        }
        o.Naam = Naam!.Trim();
        o.Type = Type;
        o.Partijcategorie = Partijcategorie;
        o.Telefoon = Leeg(Telefoon);
        o.Email = Leeg(Email);
        o.Website = Leeg(Website);
        o.Openingstijden = Leeg(Openingstijden);
        o.DagEnNacht = DagEnNacht;
        o.Actief = Actief;
        o.Werkgebied.RemoveAll(w => !Werkgebied.Contains(w.CbsCode));
        o.Werkgebied.AddRange(Werkgebied.Distinct(StringComparer.Ordinal).Where(c => o.Werkgebied.All(w => w.CbsCode != c))
            .Select(c => new OrganisatieWerkgebied { OrganisatieId = o.Id, CbsCode = c }));
        if (nieuw)
        {
            db.Add(o);
        }
        // The change and its audit entry commit together (docs/adr/0004).
        await audit.VastleggenAsync(db, new AuditInvoer(User.AlsActor(), nieuw ? Aangemaakt : Gewijzigd, "organisatie", o.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Web), ct);
        // Post/redirect/get: a reload shows the saved organisation instead of posting again.
        TempData[OpgeslagenSleutel] = "ja";
        return RedirectToPage(new { id = o.Id });
    }

    public string? Fout(string veld) => ModelState[veld]?.Errors.FirstOrDefault()?.ErrorMessage;

    private async Task LaadAsync(CancellationToken ct) =>
        Gemeenten = (await db.Set<Gemeente>().AsNoTracking().ToListAsync(ct)).OrderBy(g => g.Naam, StringComparer.Ordinal).ToList();

    private static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
