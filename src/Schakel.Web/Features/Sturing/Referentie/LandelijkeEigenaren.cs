using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Sturing.Referentie;

/// <summary>
/// The national programme's owners that are no chain partner in a region (Actieplan, seeds/003): the ministries
/// of JenV and VWS, the VNG, CKM and CCV. They are reference data (never demo), of type <see cref="OrganisatieType.Landelijk"/>,
/// without a service area, so no route, referral or shelter request ever reaches them; an account of theirs reads the
/// plans and reports progress on the actions they own.
/// </summary>
public static class LandelijkeEigenaren
{
    public const string JenV = "Ministerie van Justitie en Veiligheid";
    public const string Vws = "Ministerie van Volksgezondheid, Welzijn en Sport";
    public const string Vng = "Vereniging van Nederlandse Gemeenten";
    public const string Ckm = "Centrum tegen Kinderhandel en Mensenhandel";
    public const string Ccv = "Centrum voor Criminaliteitspreventie en Veiligheid";

    public static IReadOnlyList<EigenaarOrganisaties> Kaart { get; } =
    [
        new(NationaalActieplan.Code, "JenV", [JenV]),
        new(NationaalActieplan.Code, "VWS", [Vws]),
        new(NationaalActieplan.Code, "VNG", [Vng]),
        new(NationaalActieplan.Code, "CKM", [Ckm]),
        new(NationaalActieplan.Code, "CCV", [Ccv]),
    ];

    public static async Task ZaaiAsync(SchakelDbContext db, CancellationToken ct)
    {
        var namen = Kaart.SelectMany(k => k.Organisaties).ToList();
        var bestaand = await db.Set<Organisatie>().Where(o => namen.Contains(o.Naam)).Select(o => o.Naam).ToListAsync(ct);
        db.AddRange(namen.Except(bestaand).Select(n => new Organisatie
        {
            // The id follows from the name, as the demo chain's, so every installation has the same one.
            Id = DemoOrganisaties.IdVan("landelijk:" + n), Naam = n, Type = OrganisatieType.Landelijk,
            Partijcategorie = Partijcategorie.PartijMetMeldOfCoordinatiefunctie,
        }));
        await db.SaveChangesAsync(ct);
        await Eigenaarskoppeling.KoppelAsync(db, Kaart, ct);
    }
}
