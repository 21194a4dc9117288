using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Sturing.Referentie;

/// <summary>
/// The demo chain's organisations as owners of the plans' actions: each published owner name is read as the
/// organisation of Eenheid Den Haag that carries it (national "Politie" = the unit's police, "RIEC's" = RIEC Den Haag).
/// A real installation links its own organisations the same way (<see cref="Eigenaarskoppeling"/>).
/// </summary>
public sealed class SturingDemoEigenaren(SchakelDbContext db) : IZaaier
{
    public bool AlleenDemo => true;
    public int Volgorde => 150;

    public static IReadOnlyList<EigenaarOrganisaties> Kaart { get; } =
    [
        new(NationaalActieplan.Code, "CoMensha", [DemoOrganisaties.CoMensha]),
        new(NationaalActieplan.Code, "Politie", [DemoOrganisaties.Politie]),
        new(NationaalActieplan.Code, "OM", [DemoOrganisaties.Om]),
        new(NationaalActieplan.Code, "RIEC's", [DemoOrganisaties.Riec]),
        new(RegionaalJaarplan.Code, "RSIV", [DemoOrganisaties.Rsiv]),
        new(RegionaalJaarplan.Code, "De mensenhandel monitor 2024", [DemoOrganisaties.Rsiv]),
        new(RegionaalJaarplan.Code, "RIEC", [DemoOrganisaties.Riec]),
        new(RegionaalJaarplan.Code, "SHOP", [DemoOrganisaties.Shop]),
    ];

    public Task ZaaiAsync(CancellationToken ct) => Eigenaarskoppeling.KoppelAsync(db, Kaart, ct);
}
