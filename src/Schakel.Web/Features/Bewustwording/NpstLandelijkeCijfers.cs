using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Sturing.Model;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>
/// The national NPST figures as published, loaded as reference data so every installation shows them as context
/// with their source. Bijlage I (no-regret projects 2023–2024, "No place for sex trafficking") gives them twice:
/// at the application (early 2023) and at its reference date 15 July 2024. Each is stored as the document words it:
/// "ruim 200" as 200 at least, "ongeveer 150" new hotels as about 150, the others exact. That 200 + 150 is not 351 is
/// the document's own rounding; it stays as published and is listed with the contradictions (<see cref="NpstTegenstrijdigheid"/>).
/// A figure already present (same year and description) is never touched again, so corrections made on the page stay.
/// </summary>
public sealed class NpstLandelijkeCijfers(SchakelDbContext db) : IZaaier
{
    public bool AlleenDemo => false;
    public int Volgorde => 60;

    public const string Bron = "Bijlage I – no-regret projecten programma Samen tegen mensenhandel 2023–2024, \"No place for sex trafficking\"";

    public static IReadOnlyList<(int Jaar, string Omschrijving, int Aantal, Cijferduiding Duiding)> Gepubliceerd { get; } =
    [
        (2023, "Deelnemende hotels begin 2023 (gepubliceerd als \"ruim 200\")", 200, Cijferduiding.TenMinste),
        (2023, "Uitgereikte certificaten begin 2023", 127, Cijferduiding.Precies),
        (2024, "Nieuw ingeschreven hotels in de projectperiode (gepubliceerd als \"ongeveer 150\")", 150, Cijferduiding.Ongeveer),
        (2024, "Ingeschreven hotels op 15 juli 2024", 351, Cijferduiding.Precies),
        (2024, "Hotels met certificaat op 15 juli 2024", 172, Cijferduiding.Precies),
    ];

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var bestaand = (await db.Set<NpstLandelijkCijfer>().Select(c => new { c.Jaar, c.Omschrijving }).ToListAsync(ct))
            .Select(c => (c.Jaar, c.Omschrijving)).ToHashSet();
        foreach (var (jaar, omschrijving, aantal, duiding) in Gepubliceerd.Where(g => !bestaand.Contains((g.Jaar, g.Omschrijving))))
        {
            db.Add(new NpstLandelijkCijfer { Id = Guid.NewGuid(), Jaar = jaar, Omschrijving = omschrijving, Aantal = aantal, Duiding = duiding, Bron = Bron });
        }
        if (!await db.Set<Tegenstrijdigheid>().AnyAsync(t => t.Code == NpstTegenstrijdigheid.Code, ct))
        {
            db.Add(NpstTegenstrijdigheid.Maak());
        }
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Bijlage I's own figures do not add up; listed as published on the contradictions page, never corrected.</summary>
public static class NpstTegenstrijdigheid
{
    public const string Code = "npst-bijlage-i-200-150-351";

    public static Tegenstrijdigheid Maak() => new()
    {
        Id = Guid.CreateVersion7(), Code = Code, PlanId = null,
        Onderwerp = "Aantal hotels in No place for sex trafficking (NPST)",
        BronA = "Bijlage I: begin 2023 \"ruim 200\" deelnemende hotels, en in de projectperiode \"ongeveer 150\" nieuwe hotels",
        BronB = "Bijlage I: 351 ingeschreven hotels op 15 juli 2024 (200 + 150 = 350, niet 351)",
        Toelichting = "Schakel bewaart de cijfers zoals gepubliceerd, met hun duiding (ten minste 200, ongeveer 150, precies 351), en telt ze niet op.",
    };
}
