using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Features.Audit;

/// <summary>
/// Partner intake (audited, so it appends to the chain) must not wait behind a flood of public intake.
/// Measured in counts, not time: the partner's reports must all be in before the public workers have used
/// up their fixed budget of reports.
/// </summary>
public abstract class GelijktijdigeIntakeTests(SchakelFactory factory)
{
    private const int PubliekeWerkers = 4;
    private const int PubliekBudget = 160;
    private const int PartnerMeldingen = 10;

    private static readonly Guid Partner = DemoOrganisaties.IdVan(DemoOrganisaties.MeldMisdaadAnoniem);

    private static MeldingInvoer Invoer(string wie) => new()
    {
        MelderType = "burger",
        Omschrijving = $"Drukteproef {wie} {Guid.NewGuid():N}",
        GemeenteCode = "GM0518",
    };

    private async Task MeldAsync(Indiener indiener, string wie)
    {
        await using var scope = factory.Scope();
        var uitkomst = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(Invoer(wie), [], indiener);
        Assert.True(uitkomst.Gelukt);
    }

    [Fact]
    public async Task Partnerintake_komt_er_doorheen_terwijl_publieke_intake_verzadigd_is()
    {
        var systeem = AuditInTransactieTests.Gebruiker(Partner, Rollen.Aandachtsfunctionaris, $"client-{Partner:N}");
        var publiekGedaan = 0;
        var partnerKlaar = false;
        var publiekBijPartnerKlaar = -1;

        async Task PubliekAsync()
        {
            while (!Volatile.Read(ref partnerKlaar) && Interlocked.Increment(ref publiekGedaan) <= PubliekBudget)
            {
                await MeldAsync(Indiener.Publiek(Herkomst.Api), "publiek");
            }
        }

        async Task PartnerAsync()
        {
            for (var i = 0; i < PartnerMeldingen; i++)
            {
                await MeldAsync(Indiener.Partner(systeem, null), "partner");
            }
            publiekBijPartnerKlaar = Volatile.Read(ref publiekGedaan);
            Volatile.Write(ref partnerKlaar, true);
        }

        var publiek = Enumerable.Range(0, PubliekeWerkers).Select(_ => Task.Run(PubliekAsync)).ToList();
        await Task.WhenAll([.. publiek, Task.Run(PartnerAsync)]);

        Assert.True(publiekBijPartnerKlaar < PubliekBudget,
            $"De partner kreeg {PartnerMeldingen} meldingen pas binnen toen de publieke werkers hun {PubliekBudget} al hadden gestart.");
        Assert.True((await factory.Services.GetRequiredService<AuditTrail>().VerifieerAsync()).Intact);
    }
}

public sealed class GelijktijdigeIntakeTestsSqlite(MeldpuntSqliteFactory f) : GelijktijdigeIntakeTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class GelijktijdigeIntakeTestsPostgres(MeldpuntPostgresFactory f) : GelijktijdigeIntakeTests(f), IClassFixture<MeldpuntPostgresFactory>;
