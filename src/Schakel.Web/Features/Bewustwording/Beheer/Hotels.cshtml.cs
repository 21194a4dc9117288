using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording.Beheer;

public sealed class HotelInvoer
{
    public Guid? Id { get; set; }
    public string? Naam { get; set; }
    public string? GemeenteCode { get; set; }
    public Accommodatiesoort Soort { get; set; }
    public DateOnly? Geregistreerd { get; set; }
    public int? Personeel { get; set; }
    public int? Getraind { get; set; }
    public DateOnly? Certificaatdatum { get; set; }
    public Certificaatstatus Status { get; set; }
}

public sealed class LandelijkInvoer
{
    public int? Jaar { get; set; }
    public string? Omschrijving { get; set; }
    public int? Aantal { get; set; }
    public Cijferduiding Duiding { get; set; }
    public string? Bron { get; set; }
}

/// <summary>
/// The NPST hotel register for the ketenregisseur and focal officers: hotels with staff trained and the certificate-due
/// check, counts per municipality, district and region, and national figures as context with their source.
/// </summary>
[Authorize(Policy = BewustwordingModule.Regie)]
public sealed class HotelsModel(Hotelregister register, SchakelDbContext db, AuditTrail audit) : PageModel
{
    public const string ActieHotel = "bewustwording.hotel-bewaard";
    public const string ActieLandelijk = "bewustwording.npst-landelijk-bewaard";

    public IReadOnlyList<Hotel> Hotels { get; private set; } = [];
    public IReadOnlyList<Hoteltelling> PerGemeente { get; private set; } = [];
    public IReadOnlyList<Hoteltelling> PerDistrict { get; private set; } = [];
    public Hoteltelling? Regio { get; private set; }
    public IReadOnlyList<NpstLandelijkCijfer> Landelijk { get; private set; } = [];
    public IReadOnlyList<(string Code, string Naam)> Gemeenten { get; private set; } = [];
    /// <summary>What the caller may change: every hotel (ketenregisseur) or those of their own municipality (focal officer).</summary>
    public Gemeenterecht Recht { get; private set; } = new("");
    public Dictionary<string, string> Fouten { get; } = new(StringComparer.Ordinal);
    [BindProperty] public HotelInvoer Invoer { get; set; } = new();
    [BindProperty] public LandelijkInvoer Cijfer { get; set; } = new();
    [TempData] public string? Melding { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid? bewerk, CancellationToken ct)
    {
        await LaadAsync(ct);
        if (bewerk is { } id)
        {
            if (Hotels.FirstOrDefault(x => x.Id == id) is not { } h || !Recht.MagHotel(h.GemeenteCode))
            {
                return NotFound();
            }
            Invoer = new HotelInvoer
            {
                Id = h.Id, Naam = h.Naam, GemeenteCode = h.GemeenteCode, Soort = h.Soort, Geregistreerd = h.Geregistreerd, Personeel = h.Personeel,
                Getraind = h.Getraind, Certificaatdatum = h.Certificaatdatum, Status = h.Status,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LaadAsync(ct);
        var i = Invoer;
        // Someone else's hotel does not exist for a focal officer (as in the focal-officer register).
        var h = i.Id is { } id ? await db.Set<Hotel>().FirstOrDefaultAsync(x => x.Id == id, ct) : null;
        if (i.Id is not null && (h is null || !Recht.MagHotel(h.GemeenteCode)))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(i.Naam) || i.Naam.Trim().Length > 200)
        {
            Fouten["naam"] = "HtFoutNaam";
        }
        if (i.GemeenteCode is null || !Gemeenten.Any(g => g.Code == i.GemeenteCode))
        {
            Fouten["gemeente"] = "BkFoutGemeente";
        }
        else if (!Recht.MagHotel(i.GemeenteCode))
        {
            Fouten["gemeente"] = "HtFoutEigenGemeente";
        }
        if (i.Geregistreerd is null)
        {
            Fouten["geregistreerd"] = "HtFoutDatum";
        }
        if (i.Personeel is not (>= 0 and <= 100_000))
        {
            Fouten["personeel"] = "HtFoutAantal";
        }
        if (i.Getraind is not (>= 0 and <= 100_000) || (i.Personeel is { } p && i.Getraind > p))
        {
            Fouten["getraind"] = "HtFoutGetraind";
        }
        if (i.Status == Certificaatstatus.Gecertificeerd && i.Certificaatdatum is null)
        {
            Fouten["certificaatdatum"] = "HtFoutCertificaatdatum";
        }
        if (!Enum.IsDefined(i.Soort) || !Enum.IsDefined(i.Status))
        {
            Fouten["soort"] = "BkFoutSoort";
        }
        if (Fouten.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (h is null)
        {
            h = new Hotel { Id = Guid.NewGuid(), Naam = "", GemeenteCode = "" };
            db.Add(h);
        }
        (h.Naam, h.GemeenteCode, h.Soort, h.Geregistreerd, h.Personeel, h.Getraind, h.Certificaatdatum, h.Status) =
            (i.Naam!.Trim(), i.GemeenteCode!, i.Soort, i.Geregistreerd!.Value, i.Personeel!.Value, i.Getraind!.Value, i.Certificaatdatum, i.Status);
        await audit.VastleggenAsync(db, new AuditInvoer(User.AlsActor(), ActieHotel, "bewustwording.hotel", h.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Web), ct);
        Melding = "BkBewaard";
        return Redirect("/bewustwording/hotels");
    }

    public async Task<IActionResult> OnPostLandelijkAsync(CancellationToken ct)
    {
        await LaadAsync(ct);
        if (!Recht.Alles)
        {
            // National figures are the region's context, kept by the ketenregisseur, not by one municipality.
            return Forbid();
        }
        var c = Cijfer;
        if (c.Jaar is not (>= 2000 and <= 2100))
        {
            Fouten["jaar"] = "HtFoutJaar";
        }
        if (string.IsNullOrWhiteSpace(c.Omschrijving) || c.Omschrijving.Length > 300)
        {
            Fouten["omschrijving"] = "HtFoutOmschrijving";
        }
        if (c.Aantal is not (>= 0 and <= 10_000_000))
        {
            Fouten["aantal"] = "HtFoutAantal";
        }
        if (string.IsNullOrWhiteSpace(c.Bron) || c.Bron.Length > 500)
        {
            Fouten["bron"] = "HtFoutBron";
        }
        if (!Enum.IsDefined(c.Duiding))
        {
            Fouten["duiding"] = "BkFoutSoort";
        }
        if (Fouten.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var rij = new NpstLandelijkCijfer
        {
            Id = Guid.NewGuid(), Jaar = c.Jaar!.Value, Omschrijving = c.Omschrijving!.Trim(), Aantal = c.Aantal!.Value, Duiding = c.Duiding, Bron = c.Bron!.Trim(),
        };
        db.Add(rij);
        await audit.VastleggenAsync(db, new AuditInvoer(User.AlsActor(), ActieLandelijk, "bewustwording.npst-landelijk", rij.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Web), ct);
        Melding = "BkBewaard";
        return Redirect("/bewustwording/hotels");
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        Hotels = await register.LijstAsync(ct);
        (PerGemeente, PerDistrict, Regio) = await register.TellingenAsync(ct);
        Landelijk = (await db.Set<NpstLandelijkCijfer>().AsNoTracking().ToListAsync(ct)).OrderByDescending(c => c.Jaar).ToList();
        Gemeenten = await Publiek.GemeenteKeuzes.LaadAsync(db, ct);
        Recht = await Gemeenterecht.VoorAsync(User, db, ct);
    }
}
