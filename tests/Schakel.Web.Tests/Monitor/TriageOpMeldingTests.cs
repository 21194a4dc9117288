using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Monitor;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Doorverwijzing.Werkstroom;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// The report carries its newest triage's place, side and urgency and its first triage and referral moments, written by
/// the triage and referral themselves (Melding.Trieer, Melding.Doorverwezen); the monitor and the deadlines read them there.
/// Through the API, on both databases.
/// </summary>
public abstract class TriageOpMeldingTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Politie = DemoOrganisaties.IdVan(DemoOrganisaties.Politie);

    private HttpClient Medewerker => factory.Als(Rsiv, Rollen.Aandachtsfunctionaris);

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private async Task<Guid> MeldAsync()
    {
        await using var scope = factory.Scope();
        var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
        {
            MelderType = "burger",
            Omschrijving = "Triagekolom: arbeiders slapen in de kas.",
            GemeenteCode = "GM0518",
            Uitbuitingsvormen = ["arbeid"],
            MinderjarigBetrokken = "onbekend",
        }, [], Indiener.Publiek());
        Assert.True(u.Gelukt);
        return u.MeldingId!.Value;
    }

    private async Task TrieerAsync(Guid id, string gemeente, string zijde, string urgentie)
    {
        var antwoord = await Medewerker.PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/triage"), new
        {
            uitbuitingsvormen = new[] { "arbeid" }, urgentie, minderjarigBetrokken = "nee", zijde, gemeenteCode = gemeente,
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
    }

    private async Task<T> MetAsync<T>(Func<IServiceProvider, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider);
    }

    private Task<Melding> MeldingAsync(Guid id) =>
        MetAsync(s => s.GetRequiredService<SchakelDbContext>().Set<Melding>().AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>Reports (not merged) the monitor counts in a municipality in the year, from its grouped count in the database.</summary>
    private Task<long> GeteldAsync(string gemeente, int jaar) => MetAsync(async s =>
    {
        var gegevens = s.GetRequiredService<MonitorGegevens>();
        var groepen = await gegevens.MeldingGroepenAsync(await gegevens.IndelingAsync(default), Periode.VanJaar(jaar), default);
        return groepen.Where(g => g.Feit.Meldingen.Single() is { Soort: MeldingSoort.Melding, Samengevoegd: false } m && m.Plaats?.GemeenteCode == gemeente)
            .Sum(g => g.Aantal);
    });

    [Fact]
    public async Task Een_tweede_triage_verplaatst_de_melding_en_de_monitor_telt_haar_in_de_nieuwe_gemeente()
    {
        var id = await MeldAsync();
        var nieuw = await MeldingAsync(id);
        Assert.Null(nieuw.TriageGemeenteCode);
        Assert.Null(nieuw.EersteTriageOp);
        var jaar = Periode.Lokaal(nieuw.OntvangenOp).Year;

        await TrieerAsync(id, "GM0518", "slachtofferkant", "normaal");
        var eerste = await MeldingAsync(id);
        var eersteTriage = await MetAsync(s => s.GetRequiredService<SchakelDbContext>().Set<MeldingTriage>().SingleAsync(t => t.MeldingId == id));
        Assert.Equal(("GM0518", Zijde.Slachtofferkant, Urgentie.Normaal), (eerste.TriageGemeenteCode, eerste.TriageZijde!.Value, eerste.TriageUrgentie!.Value));
        Assert.Equal(eersteTriage.Tijdstip, eerste.EersteTriageOp);
        var denHaag = await GeteldAsync("GM0518", jaar);
        var zoetermeer = await GeteldAsync("GM0637", jaar);

        await TrieerAsync(id, "GM0637", "daderkant", "acuut");
        var tweede = await MeldingAsync(id);
        Assert.Equal(("GM0637", Zijde.Daderkant, Urgentie.Acuut), (tweede.TriageGemeenteCode, tweede.TriageZijde!.Value, tweede.TriageUrgentie!.Value));
        // The first triage's moment stays; the reporter's own answer stays too.
        Assert.Equal(eersteTriage.Tijdstip, tweede.EersteTriageOp);
        Assert.Equal("GM0518", tweede.GemeenteCode);
        Assert.Equal(denHaag - 1, await GeteldAsync("GM0518", jaar));
        Assert.Equal(zoetermeer + 1, await GeteldAsync("GM0637", jaar));

        // The first-action deadline follows the newest urgency.
        var termijn = await MetAsync(s => s.GetRequiredService<Termijnbewaking>().EersteActieMeldingAsync(id));
        Assert.Equal(new Termijnen().EersteActie(tweede.OntvangenOp, Urgentie.Acuut), termijn!.Uiterlijk);
        Assert.Null(tweede.EersteDoorverwijzingOp);

        // A referral sets the first-referral moment in its own save.
        var antwoord = await Medewerker.PostAsJsonAsync(Pad($"/api/v1/meldingen/{id}/doorverwijzingen"), new
        {
            ontvangers = new[]
            {
                new
                {
                    organisatieId = Politie, rol = "behandelaar", deelniveau = "volledig", doel = "Opsporing bij een signaal van mensenhandel.",
                    grondslag = "OPS-WPG", toestemmingSlachtoffer = false, metMeldergegevens = false, toestemmingMelder = false,
                },
            },
            reden = "Toets: de politie handelt dit af.",
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        var verstuurd = await MetAsync(s => s.GetRequiredService<SchakelDbContext>().Set<DoorverwijzingRij>().Where(d => d.MeldingId == id)
            .Select(d => d.VerstuurdOp).SingleAsync());
        Assert.Equal(verstuurd, (await MeldingAsync(id)).EersteDoorverwijzingOp);
        Assert.False((await MetAsync(s => s.GetRequiredService<Termijnbewaking>().EersteActieMeldingAsync(id)))!.TeLaat);
    }

    [Fact]
    public async Task Een_samengevoegde_melding_houdt_haar_triage_en_telt_niet_meer_mee()
    {
        var hoofd = await MeldAsync();
        var dubbel = await MeldAsync();
        await TrieerAsync(hoofd, "GM0637", "slachtofferkant", "hoog");
        await TrieerAsync(dubbel, "GM0637", "beide", "normaal");
        var jaar = Periode.Lokaal((await MeldingAsync(dubbel)).OntvangenOp).Year;
        var voor = await GeteldAsync("GM0637", jaar);

        var samen = await Medewerker.PutAsJsonAsync(Pad($"/api/v1/meldingen/{dubbel}/status"), new { status = "samengevoegd", samengevoegdMet = hoofd });
        Assert.Equal(HttpStatusCode.NoContent, samen.StatusCode);

        // Merging moves no triage: each report keeps its own, and the merged one is counted once, in the report it went into.
        var (h, d) = (await MeldingAsync(hoofd), await MeldingAsync(dubbel));
        Assert.Equal(MeldingStatus.Samengevoegd, d.Status);
        Assert.Equal(("GM0637", Zijde.Beide, Urgentie.Normaal), (d.TriageGemeenteCode, d.TriageZijde!.Value, d.TriageUrgentie!.Value));
        Assert.Equal(("GM0637", Zijde.Slachtofferkant, Urgentie.Hoog), (h.TriageGemeenteCode, h.TriageZijde!.Value, h.TriageUrgentie!.Value));
        Assert.Equal(voor - 1, await GeteldAsync("GM0637", jaar));
    }
}

public sealed class TriageOpMeldingTestsSqlite(MeldpuntSqliteFactory factory) : TriageOpMeldingTests(factory), IClassFixture<MeldpuntSqliteFactory>;

public sealed class TriageOpMeldingTestsPostgres(MeldpuntPostgresFactory factory) : TriageOpMeldingTests(factory), IClassFixture<MeldpuntPostgresFactory>;
