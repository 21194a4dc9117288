using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording.Beheer;

public sealed class BijeenkomstInvoer
{
    public Bijeenkomstsoort Soort { get; set; }
    public string? Titel { get; set; }
    public DateTime? Begin { get; set; }
    public int? DuurUren { get; set; }
    public string? Plaats { get; set; }
    public string? Organisatoren { get; set; }
    public List<string> Gemeenten { get; set; } = [];
    public string? Reeks { get; set; }
}

/// <summary>
/// Regional events for the ketenregisseur and focal officers: plan a theme or network meeting or an activity of the
/// Regional Week (its series), and afterwards enter how many attended. Every change is audited.
/// </summary>
[Authorize(Policy = BewustwordingModule.Regie)]
public sealed class BijeenkomstenModel(Bijeenkomsten bijeenkomsten, SchakelDbContext db, AuditTrail audit) : PageModel
{
    public const string ActieBijeenkomst = "bewustwording.bijeenkomst-bewaard";

    public IReadOnlyList<Bijeenkomst> Lijst { get; private set; } = [];
    public IReadOnlyList<(string Code, string Naam)> Gemeenten { get; private set; } = [];
    /// <summary>What the caller may change: every event (ketenregisseur) or those their own municipality joins (focal officer).</summary>
    public Gemeenterecht Recht { get; private set; } = new("");
    public Dictionary<string, string> Fouten { get; } = new(StringComparer.Ordinal);
    [BindProperty] public BijeenkomstInvoer Invoer { get; set; } = new();
    [TempData] public string? Melding { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LaadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LaadAsync(ct);
        var i = Invoer;
        if (string.IsNullOrWhiteSpace(i.Titel) || i.Titel.Trim().Length > 200)
        {
            Fouten["titel"] = "FoutTitel";
        }
        if (i.Begin is null)
        {
            Fouten["begin"] = "FoutBegin";
        }
        if (i.DuurUren is not (>= 1 and <= 24))
        {
            Fouten["duur"] = "BkFoutDuur";
        }
        if (i.Plaats is { Length: > 300 } || i.Organisatoren is { Length: > 500 } || i.Reeks is { Length: > 200 })
        {
            Fouten["plaats"] = "BkFoutTeLang";
        }
        if (i.Gemeenten.Any(g => !Gemeenten.Any(k => k.Code == g)))
        {
            Fouten["gemeenten"] = "BkFoutGemeente";
        }
        else if (!Recht.MagBijeenkomst(i.Gemeenten))
        {
            Fouten["gemeenten"] = "BkFoutEigenGemeente";
        }
        if (!Enum.IsDefined(i.Soort))
        {
            Fouten["soort"] = "BkFoutSoort";
        }
        if (Fouten.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var begin = new DateTimeOffset(DateTime.SpecifyKind(i.Begin!.Value, DateTimeKind.Unspecified), Shell.NederlandseTijd.Zone.GetUtcOffset(i.Begin.Value)).ToUniversalTime();
        var b = new Bijeenkomst
        {
            Id = Guid.NewGuid(), Soort = i.Soort, Titel = i.Titel!.Trim(), Begin = begin, Einde = begin.AddHours(i.DuurUren!.Value),
            Plaats = i.Plaats?.Trim() ?? "", Organisatoren = i.Organisatoren?.Trim() ?? "", Gemeenten = [.. i.Gemeenten.Distinct()],
            Reeks = string.IsNullOrWhiteSpace(i.Reeks) ? null : i.Reeks.Trim(),
        };
        db.Add(b);
        await audit.VastleggenAsync(db, new AuditInvoer(User.AlsActor(), ActieBijeenkomst, "bewustwording.bijeenkomst", b.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Web), ct);
        Melding = "BkBewaard";
        return Redirect("/bewustwording/bijeenkomsten/beheer");
    }

    public async Task<IActionResult> OnPostAanwezigenAsync(Guid id, int? aanwezigen, CancellationToken ct)
    {
        var b = await db.Set<Bijeenkomst>().FindAsync([id], ct);
        if (b is null || !(await Gemeenterecht.VoorAsync(User, db, ct)).MagBijeenkomst(b.Gemeenten))
        {
            return NotFound();
        }
        if (aanwezigen is not (>= 0 and <= 100_000))
        {
            await LaadAsync(ct);
            Fouten["aanwezigen-" + id] = "BkFoutAanwezigen";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        b.Aanwezigen = aanwezigen;
        await audit.VastleggenAsync(db, new AuditInvoer(User.AlsActor(), ActieBijeenkomst, "bewustwording.bijeenkomst", b.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Web), ct);
        Melding = "BkBewaard";
        return Redirect("/bewustwording/bijeenkomsten/beheer");
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        Lijst = await bijeenkomsten.AlleAsync(ct);
        Gemeenten = await Publiek.GemeenteKeuzes.LaadAsync(db, ct);
        Recht = await Gemeenterecht.VoorAsync(User, db, ct);
    }
}
