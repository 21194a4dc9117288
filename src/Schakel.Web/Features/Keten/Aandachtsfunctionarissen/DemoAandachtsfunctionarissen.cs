using Microsoft.EntityFrameworkCore;
using Schakel.Core.Keten;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Keten.Aandachtsfunctionarissen;

/// <summary>
/// Focal officers for the 27 municipalities of Eenheid Den Haag (Development only). The documents name no
/// officer of the unit by name, so every row is a placeholder marked IsDemo, with the function as its name and
/// example contact data. The shape follows what the documents do say: Midden-Delfland (§5.1) has one OOV officer
/// and two of Dienstverlening &amp; Samenleving (the text says "two focal officers" and then names three; kept as
/// published), each other's deputies; the other municipalities get the same OOV / social-domain pair, and a few
/// small ones a single officer for both sides, so the fallback is visible in the demo.
/// </summary>
internal sealed class DemoAandachtsfunctionarissen(SchakelDbContext db) : IZaaier
{
    public bool AlleenDemo => true;

    // After the demo organisations and accounts (20), so the account link can be made.
    public int Volgorde => 40;

    public const string MiddenDelfland = "GM1842";
    public const string DenHaag = "GM0518";

    /// <summary>Small municipalities with one officer for both sides (demo choice, not from the documents).</summary>
    public static readonly IReadOnlyList<string> EenOfficierVoorBeide = ["GM0534", "GM0638"];

    public static Guid IdVan(string gemeenteCode, string sleutel) => DemoOrganisaties.IdVan($"aandachtsfunctionaris:{gemeenteCode}:{sleutel}");

    private static readonly DateOnly Aangesteld = new(2024, 1, 1);

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var gemeenten = await db.Set<Gemeente>().AsNoTracking().Where(g => g.EenheidCode == "DH").ToListAsync(ct);
        var organisaties = await db.Set<Organisatie>().AsNoTracking()
            .Where(o => o.Type == OrganisatieType.Gemeente && o.GemeenteCode != null)
            .ToDictionaryAsync(o => o.GemeenteCode!, o => o.Id, ct);
        var bestaand = (await db.Set<Aandachtsfunctionaris>().Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        var demoAccount = DemoOrganisaties.IdVan("account:" + DemoAccounts.Voor(Rollen.Aandachtsfunctionaris).Email);
        var accountBestaat = await db.Set<Medewerker>().AnyAsync(m => m.Id == demoAccount, ct);

        // Deputies point at each other: insert the rows first, then link them, or the save has a cycle.
        var plaatsvervangers = new List<(Aandachtsfunctionaris Rij, Guid Plaatsvervanger)>();
        foreach (var g in gemeenten.Where(g => organisaties.ContainsKey(g.CbsCode)))
        {
            var slug = DemoOrganisaties.Slug(g.Naam);
            var rijen = Rijen(g.CbsCode, g.Naam, slug, organisaties[g.CbsCode]);
            if (g.CbsCode == DenHaag && accountBestaat)
            {
                rijen[0].MedewerkerId = demoAccount;
            }
            // A beheerder may have edited or removed a placeholder; only add rows that are missing.
            foreach (var rij in rijen.Where(r => !bestaand.Contains(r.Id)))
            {
                if (rij.PlaatsvervangerId is { } p && (bestaand.Contains(p) || rijen.Any(r => r.Id == p)))
                {
                    plaatsvervangers.Add((rij, p));
                }
                rij.PlaatsvervangerId = null;
                db.Add(rij);
            }
        }
        await db.SaveChangesAsync(ct);
        foreach (var (rij, p) in plaatsvervangers)
        {
            rij.PlaatsvervangerId = p;
        }
        await db.SaveChangesAsync(ct);
    }

    private static List<Aandachtsfunctionaris> Rijen(string code, string naam, string slug, Guid organisatieId)
    {
        Aandachtsfunctionaris Maak(string sleutel, string titel, Aandachtsfunctionarisafdeling afdeling, Aandachtsfunctionariszijde zijde, string? plaatsvervanger) => new()
        {
            Id = IdVan(code, sleutel),
            GemeenteCode = code,
            OrganisatieId = organisatieId,
            Naam = $"{titel} {naam} (voorbeeld)",
            Functietitel = titel,
            Email = $"aandachtsfunctionaris-{sleutel}@{slug}.voorbeeld.nl",
            Telefoon = "14 0000",
            Afdeling = afdeling,
            Zijde = zijde,
            PlaatsvervangerId = plaatsvervanger is null ? null : IdVan(code, plaatsvervanger),
            AangesteldOp = Aangesteld,
            IsDemo = true,
        };

        if (EenOfficierVoorBeide.Contains(code))
        {
            return [Maak("oov", "Aandachtsfunctionaris mensenhandel", Aandachtsfunctionarisafdeling.OOV, Aandachtsfunctionariszijde.Beide, null)];
        }
        if (code == MiddenDelfland)
        {
            return
            [
                Maak("oov", "Aandachtsfunctionaris OOV", Aandachtsfunctionarisafdeling.OOV, Aandachtsfunctionariszijde.Dader, "ds-1"),
                Maak("ds-1", "Aandachtsfunctionaris Dienstverlening & Samenleving", Aandachtsfunctionarisafdeling.SociaalDomein, Aandachtsfunctionariszijde.Slachtoffer, "oov"),
                Maak("ds-2", "Aandachtsfunctionaris Dienstverlening & Samenleving", Aandachtsfunctionarisafdeling.SociaalDomein, Aandachtsfunctionariszijde.Slachtoffer, "ds-1"),
            ];
        }
        return
        [
            Maak("oov", "Aandachtsfunctionaris OOV", Aandachtsfunctionarisafdeling.OOV, Aandachtsfunctionariszijde.Dader, "sociaal-domein"),
            Maak("sociaal-domein", "Aandachtsfunctionaris sociaal domein", Aandachtsfunctionarisafdeling.SociaalDomein, Aandachtsfunctionariszijde.Slachtoffer, "oov"),
        ];
    }
}
