using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.ApiClients;

/// <summary>
/// One API client per demo organisation (Development only), with fixed ids and secrets so the README
/// table works on every machine. Meld Misdaad Anoniem gets none: no API role fits an anonymous tip line.
/// </summary>
public sealed class DemoApiClients(SchakelDbContext db, TimeProvider tijd) : IZaaier
{
    public bool AlleenDemo => true;
    public int Volgorde => 100;

    /// <summary>The fixed demo secret of a client; public in the README, so never valid outside demo data.</summary>
    public static string Geheim(string clientId) => $"{clientId}-geheim-alleen-voor-demo";

    private static readonly Dictionary<string, string> VasteIds = new(StringComparer.Ordinal)
    {
        [DemoOrganisaties.Politie] = "demo-politie-den-haag",
        [DemoOrganisaties.Shop] = "demo-shop-den-haag",
        [DemoOrganisaties.Riec] = "demo-riec-den-haag",
        [DemoOrganisaties.Heit] = "demo-heit-haaglanden",
        [DemoOrganisaties.Nla] = "demo-nla",
        [DemoOrganisaties.VeiligThuisHaaglanden] = "demo-veilig-thuis-haaglanden",
        [DemoOrganisaties.VeiligThuisHollandsMidden] = "demo-veilig-thuis-hollands-midden",
        [DemoOrganisaties.CoMensha] = "demo-comensha",
        [DemoOrganisaties.Rsiv] = "demo-rsiv-den-haag",
        [DemoOrganisaties.OpvangHaaglanden] = "demo-opvang-haaglanden",
        [DemoOrganisaties.OpvangLandelijk] = "demo-opvang-landelijk",
        [DemoOrganisaties.Om] = "demo-om-den-haag",
    };

    public static string[] RollenVoor(OrganisatieType type) => type switch
    {
        OrganisatieType.Gemeente => [Rollen.Aandachtsfunctionaris],
        OrganisatieType.Zorgcoordinatie or OrganisatieType.CoMensha or OrganisatieType.VeiligThuis => [Rollen.Zorgcoordinator],
        OrganisatieType.Politie or OrganisatieType.KMar or OrganisatieType.NLA or OrganisatieType.RIEC
            or OrganisatieType.HEIT or OrganisatieType.OM => [Rollen.Opsporing],
        OrganisatieType.Opvang => [Rollen.Opvangmedewerker],
        OrganisatieType.Ketenregie => [Rollen.Ketenregisseur, Rollen.Beheerder],
        _ => [],
    };

    public static string? ClientIdVoor(Organisatie o) => o.Type == OrganisatieType.Gemeente
        ? "demo-" + DemoOrganisaties.Slug(o.Naam)
        : VasteIds.GetValueOrDefault(o.Naam);

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var bestaand = await db.Set<ApiClient>().Select(c => c.ClientId).ToHashSetAsync(StringComparer.Ordinal, ct);
        foreach (var o in await db.Set<Organisatie>().AsNoTracking().Where(o => o.IsDemo).OrderBy(o => o.Naam).ToListAsync(ct))
        {
            var rollen = RollenVoor(o.Type);
            if (ClientIdVoor(o) is not { } id || rollen.Length == 0 || bestaand.Contains(id))
            {
                continue;
            }
            db.Add(new ApiClient
            {
                Id = DemoOrganisaties.IdVan("apiclient:" + id),
                ClientId = id,
                Naam = $"Demo-koppeling {o.Naam}",
                OrganisatieId = o.Id,
                Rollen = [.. rollen],
                GeheimHash = ClientGeheim.Hash(Geheim(id)),
                Aangemaakt = tijd.GetUtcNow(),
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
