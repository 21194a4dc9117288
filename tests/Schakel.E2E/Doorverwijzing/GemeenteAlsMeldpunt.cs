using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Grondslagen;

namespace Schakel.E2E.Doorverwijzing;

/// <summary>
/// Lets the municipality of 's-Gravenhage run the reporting point of Eenheid Den Haag, so the demo focal officer
/// handles the reports from the public form. A municipality has no default basis to take in reports (national plan,
/// actions 30–32), so the basis is recorded as a beheerder would on /beheer/grondslagen; without it every intake is refused.
/// </summary>
public static class GemeenteAlsMeldpunt
{
    public static readonly string Naam = DemoOrganisaties.GemeenteNaam("'s-Gravenhage");

    public static void Instellen(IWebHostBuilder builder)
    {
        builder.UseSetting("Meldpunt:Organisatie:DH", Naam);
        builder.UseSetting("Meldpunt:Organisatie:Standaard", Naam);
        builder.ConfigureServices(s => s.AddScoped<IZaaier, GrondslagZaaier>());
    }

    private sealed class GrondslagZaaier(SchakelDbContext db, TimeProvider tijd) : IZaaier
    {
        public bool AlleenDemo => true;

        // After the default bases (32), which are only written into an empty table.
        public int Volgorde => 33;

        public async Task ZaaiAsync(CancellationToken ct)
        {
            var gemeente = DemoOrganisaties.IdVan(Naam);
            if (await db.Set<VerwerkingsgrondslagRij>().AnyAsync(r => r.OrganisatieId == gemeente && r.Doel == Verwerkingsdoel.Meldpunt, ct))
            {
                return;
            }
            var nu = tijd.GetUtcNow();
            db.Add(new VerwerkingsgrondslagRij
            {
                Id = Guid.NewGuid(), Doel = Verwerkingsdoel.Meldpunt, OrganisatieId = gemeente,
                Grondslag = "Convenant meldpunt mensenhandel Eenheid Den Haag (browsertest)", VastgelegdOp = nu, GewijzigdOp = nu,
            });
            await db.SaveChangesAsync(ct);
        }
    }
}
