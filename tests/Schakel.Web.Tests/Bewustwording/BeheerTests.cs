using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Bewustwording;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Features.Sturing.Referentie;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Bewustwording;

/// <summary>Staff pages: a provider keeps only its own offers; the policy warning; coverage; on both databases.</summary>
public abstract class BeheerTests(SchakelFactory factory)
{
    [Fact]
    public async Task Een_aanbieder_ziet_en_bewerkt_alleen_het_eigen_aanbod()
    {
        var aanbieder = await factory.AlsAsync(Rollen.Aanbieder);
        Assert.Contains("href=\"/bewustwording/beheer\"", await aanbieder.GetStringAsync("/werkplek"));
        var lijst = await aanbieder.GetStringAsync("/bewustwording/beheer");
        Assert.Contains(DemoAanbod.CoMenshaTraining.ToString(), lijst);
        Assert.DoesNotContain(DemoAanbod.FairWorkTraining.ToString(), lijst);
        Assert.Equal(HttpStatusCode.NotFound, (await aanbieder.GetAsync($"/bewustwording/beheer/aanbod/{DemoAanbod.FairWorkTraining}")).StatusCode);
        Assert.Equal("/inloggen", Aanmelden.Pad(await factory.NieuweClient().GetAsync("/bewustwording/beheer")));
    }

    [Fact]
    public async Task De_waarschuwing_leest_het_basisniveau_van_sturing()
    {
        var ketenregisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        // Katwijk answered policy and internal reporting route "ja" in Sturing; its focal officer is in the register.
        // Zoetermeer answered nothing: policy and agreements are missing, its registered focal officer is not.
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var rsiv = await db.Set<Schakel.Web.Features.Organisaties.Organisatie>().Where(o => o.Naam == Schakel.Web.Features.Organisaties.DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
            foreach (var item in new[] { BasisniveauItems.Beleid, BasisniveauItems.Meldroute })
            {
                db.Add(new BasisniveauAntwoord
                {
                    Id = Guid.NewGuid(), GemeenteCode = "GM0537", ItemCode = item, Stand = Schakel.Core.Sturing.Basisniveaustand.Ja, OrganisatieId = rsiv,
                    BevestigdOp = DateTimeOffset.UtcNow,
                });
            }
            await db.SaveChangesAsync();
        }
        var zonder = await factory.NieuweSessieAsync(capaciteit: 5, aanbodId: DemoAanbod.FairWorkTraining, gemeenten: ["GM0637"]);
        var met = await factory.NieuweSessieAsync(capaciteit: 5, aanbodId: DemoAanbod.FairWorkTraining, gemeenten: ["GM0537"]);
        var html = await ketenregisseur.GetStringAsync($"/bewustwording/beheer/aanbod/{DemoAanbod.FairWorkTraining}");
        Assert.DoesNotContain("data-waarschuwing=\"GM0537\"", html);
        Assert.Contains(zonder.ToString(), html);
        Assert.Contains(met.ToString(), html);
        var blok = html[html.IndexOf("data-waarschuwing=\"GM0637\"", StringComparison.Ordinal)..];
        blok = blok[..blok.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Contains($"data-ontbrekend=\"{Beleidsvoorwaarden.GeenBeleid}\"", blok);
        Assert.Contains($"data-ontbrekend=\"{Beleidsvoorwaarden.GeenAfspraken}\"", blok);
        Assert.DoesNotContain($"data-ontbrekend=\"{Beleidsvoorwaarden.GeenAandachtsfunctionaris}\"", blok);

        // The coverage page reads the same and has no form of its own for it any more.
        var dekking = await ketenregisseur.GetStringAsync("/bewustwording/dekking");
        Assert.DoesNotContain("data-waarschuwing=\"GM0537\"", dekking);
        Assert.Contains("data-waarschuwing=\"GM0637\"", dekking);
        Assert.DoesNotContain("handler=Voorwaarden", dekking);
        Assert.Contains("href=\"/sturing/basisniveau/GM0637\"", dekking);
    }

    [Fact]
    public async Task De_ketenregisseur_ziet_dekking_en_nieuwe_partners()
    {
        var ketenregisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        var html = await ketenregisseur.GetStringAsync("/bewustwording/dekking?jaar=2026");
        Assert.Contains("data-gemeente=\"GM1842\"", html);
        // The demo accounts were all made at start-up and none attended: each of their organisations is new and untrained.
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var coMensha = await db.Set<Schakel.Web.Features.Organisaties.Organisatie>().Where(o => o.Naam == Schakel.Web.Features.Organisaties.DemoOrganisaties.CoMensha).Select(o => o.Id).SingleAsync();
        Assert.Contains($"data-nieuwe-partner=\"{coMensha}\"", html);
    }
}

public sealed class BeheerTestsSqlite(SqliteFactory factory) : BeheerTests(factory), IClassFixture<SqliteFactory>;

public sealed class BeheerTestsPostgres(PostgresFactory factory) : BeheerTests(factory), IClassFixture<PostgresFactory>;
