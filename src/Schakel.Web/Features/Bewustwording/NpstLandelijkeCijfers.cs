using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>
/// The national NPST figures as published, loaded as reference data so every installation shows them as context
/// with their source. Bijlage I (no-regret projects 2023–2024, "No place for sex trafficking") gives them twice:
/// at the application (early 2023) and at its reference date 15 July 2024. "ruim 200" is kept as its lower bound
/// with the published words in the description; the document's own rounding ("ongeveer 150 nieuwe hotels") makes
/// 200 + 150 differ from 351, which is left as published. A figure already present (same year and description) is
/// never touched again, so corrections made on the page stay.
/// </summary>
public sealed class NpstLandelijkeCijfers(SchakelDbContext db) : IZaaier
{
    public bool AlleenDemo => false;
    public int Volgorde => 60;

    public const string Bron = "Bijlage I – no-regret projecten programma Samen tegen mensenhandel 2023–2024, \"No place for sex trafficking\"";

    public static IReadOnlyList<(int Jaar, string Omschrijving, int Aantal)> Gepubliceerd { get; } =
    [
        (2023, "Deelnemende hotels begin 2023 (gepubliceerd als \"ruim 200\")", 200),
        (2023, "Uitgereikte certificaten begin 2023", 127),
        (2024, "Ingeschreven hotels op 15 juli 2024", 351),
        (2024, "Hotels met certificaat op 15 juli 2024", 172),
    ];

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var bestaand = (await db.Set<NpstLandelijkCijfer>().Select(c => new { c.Jaar, c.Omschrijving }).ToListAsync(ct))
            .Select(c => (c.Jaar, c.Omschrijving)).ToHashSet();
        foreach (var (jaar, omschrijving, aantal) in Gepubliceerd.Where(g => !bestaand.Contains((g.Jaar, g.Omschrijving))))
        {
            db.Add(new NpstLandelijkCijfer { Id = Guid.NewGuid(), Jaar = jaar, Omschrijving = omschrijving, Aantal = aantal, Bron = Bron });
        }
        await db.SaveChangesAsync(ct);
    }
}
