using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Keten.Overleg;

/// <summary>
/// Demo only: the member organisations of the bodies and one platform meeting two months ago at which district E
/// had a single municipality, so the quorum flag can be seen.
/// </summary>
public sealed class OverlegDemo(SchakelDbContext db, TimeProvider tijd) : IZaaier
{
    public bool AlleenDemo => true;
    public int Volgorde => 60;

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var organen = await db.Set<Overlegorgaan>().Include(o => o.Leden).ToListAsync(ct);
        if (organen.Count == 0 || organen.Any(o => o.Leden.Count > 0))
        {
            return;
        }
        var gemeenten = await db.Set<Organisatie>().Where(o => o.Type == OrganisatieType.Gemeente && o.IsDemo).ToListAsync(ct);
        Guid Id(string naam) => DemoOrganisaties.IdVan(naam);
        var kern = new[] { Id(DemoOrganisaties.Rsiv), Id(DemoOrganisaties.Shop), Id(DemoOrganisaties.Politie), Id(DemoOrganisaties.Riec) };
        var gDistrict = await db.Set<GemeenteDistrict>().Where(d => d.DistrictId == "DH-G").Select(d => d.CbsCode).ToListAsync(ct);
        var leden = new Dictionary<string, IEnumerable<Guid>>
        {
            ["regionaal-platform"] = gemeenten.Select(g => g.Id).Concat(kern),
            ["bestuurlijke-tafel"] = [Id(DemoOrganisaties.Rsiv), Id(DemoOrganisaties.Politie), Id(DemoOrganisaties.Om)],
            ["netwerkbijeenkomsten"] = gemeenten.Select(g => g.Id).Concat(kern),
            ["mensenhandeltafels"] = kern.Concat([Id(DemoOrganisaties.Nla), Id(DemoOrganisaties.CoMensha), Id(DemoOrganisaties.Heit)]),
            ["werkgroep-monitor"] = kern,
            ["werkgroep-arbeidsuitbuiting-g"] = gemeenten.Where(g => gDistrict.Contains(g.GemeenteCode!)).Select(g => g.Id)
                .Concat([Id(DemoOrganisaties.Riec), Id(DemoOrganisaties.Rsiv), Id(DemoOrganisaties.Nla)]),
        };
        var bestaand = (await db.Set<Organisatie>().Select(o => o.Id).ToListAsync(ct)).ToHashSet();
        foreach (var orgaan in organen)
        {
            if (leden.TryGetValue(orgaan.Code, out var ids))
            {
                orgaan.Leden.AddRange(ids.Distinct().Where(bestaand.Contains).Select(id => new OverlegorgaanLid { OverlegorgaanId = orgaan.Id, OrganisatieId = id }));
            }
        }

        var platform = organen.SingleOrDefault(o => o.Code == "regionaal-platform");
        if (platform is not null)
        {
            // Every municipality except those of district E but Delft: one of four there.
            var eDistrict = await db.Set<GemeenteDistrict>().Where(d => d.DistrictId == "DH-E").Select(d => d.CbsCode).ToListAsync(ct);
            var aanwezig = gemeenten.Where(g => !eDistrict.Contains(g.GemeenteCode!) || g.GemeenteCode == "GM0503").Select(g => g.Id)
                .Append(Id(DemoOrganisaties.Rsiv)).Append(Id(DemoOrganisaties.Shop));
            var id = Guid.CreateVersion7();
            db.Add(new Bijeenkomst
            {
                Id = id, OverlegorgaanId = platform.Id, Datum = new DateTimeOffset(tijd.GetUtcNow().AddDays(-60).UtcDateTime.Date, TimeSpan.Zero), VastgelegdOp = tijd.GetUtcNow(),
                Agenda = "1. Opening\n2. Stand van de meldroutekaart\n3. Mensenhandelmonitor 2024\n4. Rondvraag",
                Aanwezig = aanwezig.Select(a => new BijeenkomstAanwezigheid { BijeenkomstId = id, OrganisatieId = a }).ToList(),
                Punten =
                [
                    new() { Id = Guid.CreateVersion7(), BijeenkomstId = id, Volgorde = 1, Soort = BesluitpuntSoort.Besluit,
                        Tekst = "De meldroutekaart wordt na elke wijziging van de route opnieuw verspreid." },
                    new() { Id = Guid.CreateVersion7(), BijeenkomstId = id, Volgorde = 2, Soort = BesluitpuntSoort.Actiepunt,
                        Tekst = "Werkgroep monitor levert de conceptcijfers aan.", ActiehouderId = Id(DemoOrganisaties.Rsiv) },
                ],
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
