using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Features.Api.Invoer;

namespace Schakel.Web.Features.Keten.Overleg;

/// <summary>One body with its meetings; the chain director records a meeting here (post/redirect/get).</summary>
[Authorize(Policy = KetenBeleid.Lezen)]
public sealed class OrgaanModel(OverlegOpslag opslag, SchakelDbContext db, IAuthorizationService autorisatie, IActiekeuze actiekeuze, IStringLocalizer<OverlegTeksten> t)
    : PageModel
{
    public sealed class FormulierInvoer
    {
        public Guid Id { get; set; }
        public string? Datum { get; set; }
        public string? Agenda { get; set; }
        public List<Guid> Aanwezig { get; set; } = [];
        public string? Besluiten { get; set; }
        public string? Actiepunten { get; set; }
    }

    public OrgaanDetail? Detail { get; private set; }
    public IReadOnlyList<Organisatie> Organisaties { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Namen { get; private set; } = new Dictionary<Guid, string>();
    public bool MagVastleggen { get; private set; }

    /// <summary>The plans' actions this professional may see: the link's choices, and the names of linked actions.</summary>
    public IReadOnlyList<ActieOptie> Acties { get; private set; } = [];

    /// <summary>The decision point whose link was refused, to show the message next to its select.</summary>
    public Guid? KoppelFout { get; private set; }

    [BindProperty]
    public Guid KoppelPunt { get; set; }

    [BindProperty]
    public Guid? KoppelActie { get; set; }

    /// <summary>Field names with a problem, in the order of the form.</summary>
    public List<string> Fouten { get; } = [];

    [BindProperty]
    public FormulierInvoer Formulier { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Formulier = new FormulierInvoer { Id = Guid.CreateVersion7() };
        return await LaadAsync(id, ct) ? Page() : NotFound();
    }

    [Invoerlengte(OverlegOpslag.MaxAgenda, "Formulier.Agenda"), Invoerlengte(OverlegOpslag.MaxPunten * (OverlegOpslag.MaxPuntTekst + 1), "Formulier.Besluiten", "Formulier.Actiepunten")]
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!(await autorisatie.AuthorizeAsync(User, KetenBeleid.Beheren)).Succeeded)
        {
            return Forbid();
        }
        DateTimeOffset? datum = null;
        if (DateOnly.TryParseExact(Formulier.Datum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dag))
        {
            datum = OverlegOpslag.Middag(dag);
        }
        var punten = Regels(Formulier.Besluiten).Select(r => new PuntInvoer(BesluitpuntSoort.Besluit, r, null, null))
            .Concat(Regels(Formulier.Actiepunten).Select(r => new PuntInvoer(BesluitpuntSoort.Actiepunt, r, null, null)))
            .ToList();
        var uitkomst = await opslag.VastleggenAsync(id,
            new BijeenkomstInvoer(Formulier.Id == Guid.Empty ? null : Formulier.Id, datum, Formulier.Agenda, Formulier.Aanwezig, punten),
            User, Herkomst.Web, ct);
        if (uitkomst.Fouten.ContainsKey("overleg"))
        {
            return NotFound();
        }
        if (uitkomst.Opgeslagen is not null)
        {
            TempData["Melding"] = t["Opgeslagen"].Value;
            return Redirect(Url.Content($"~/keten/overleggen/{id}") + "#bijeenkomst-" + uitkomst.Opgeslagen.Bijeenkomst.Id);
        }
        foreach (var veld in new[] { "datum", "agenda", "aanwezig", "punten" })
        {
            if (uitkomst.Fouten.Keys.Any(k => k == veld || k.StartsWith(veld + "[", StringComparison.Ordinal)))
            {
                Fouten.Add(veld);
            }
        }
        await LaadAsync(id, ct);
        return Page();
    }

    /// <summary>Links one decision point to an action of a plan (or removes the link: the empty choice).</summary>
    public async Task<IActionResult> OnPostKoppelenAsync(Guid id, CancellationToken ct)
    {
        if (!(await autorisatie.AuthorizeAsync(User, KetenBeleid.Beheren)).Succeeded)
        {
            return Forbid();
        }
        var uitkomst = await opslag.KoppelActieAsync(id, KoppelPunt, KoppelActie == Guid.Empty ? null : KoppelActie, User, Herkomst.Web, ct);
        if (!uitkomst.Gevonden)
        {
            return NotFound();
        }
        if (uitkomst.Punt is { } punt)
        {
            TempData["Melding"] = t[punt.ActieId is null ? "Ontkoppeld" : "Gekoppeld"].Value;
            return Redirect(Url.Content($"~/keten/overleggen/{id}") + "#punt-" + punt.Id);
        }
        KoppelFout = KoppelPunt;
        Formulier = new FormulierInvoer { Id = Guid.CreateVersion7() };
        await LaadAsync(id, ct);
        return Page();
    }

    private static IEnumerable<string> Regels(string? tekst) =>
        (tekst ?? "").Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0);

    private async Task<bool> LaadAsync(Guid id, CancellationToken ct)
    {
        Detail = await opslag.OrgaanAsync(id, ct);
        if (Detail is null)
        {
            return false;
        }
        MagVastleggen = (await autorisatie.AuthorizeAsync(User, KetenBeleid.Beheren)).Succeeded;
        Acties = await actiekeuze.ZichtbaarAsync(User, ct);
        var alle = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Actief).OrderBy(o => o.Naam).ToListAsync(ct);
        Namen = alle.ToDictionary(o => o.Id, o => o.Naam);
        var leden = Detail.Leden.Select(l => l.Id).ToHashSet();
        // Members first: they are the ones usually present.
        Organisaties = alle.OrderBy(o => leden.Contains(o.Id) ? 0 : 1).ThenBy(o => o.Naam).ToList();
        return true;
    }
}
