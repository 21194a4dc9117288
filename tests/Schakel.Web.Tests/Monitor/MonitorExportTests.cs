using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Monitor;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Monitor.Exports;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// The monitor's exports. The RIEC quarterly CSV of 2020: Zoetermeer Q1 6 victim-side reports (and 1 on the perpetrator side, not counted),
/// Leidschendam-Voorburg Q1 2 (a small number). The layout is fixed (docs/monitor-riec-csv.md) and every cell is the
/// public monitor's cell: the same value or the same hidden cell.
/// </summary>
public abstract class MonitorExportTests(SchakelFactory factory) : IAsyncLifetime
{
    private const int Jaar = 2020;

    public async Task InitializeAsync()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var begin = new DateTimeOffset(Jaar, 1, 1, 0, 0, 0, TimeSpan.Zero);
        if (await db.Set<Melding>().AnyAsync(m => m.OntvangenOp >= begin && m.OntvangenOp < begin.AddYears(1)))
        {
            return;
        }

        var rsiv = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
        var q1 = new DateTimeOffset(Jaar, 2, 12, 9, 0, 0, TimeSpan.Zero);
        void Melding(string gemeente, int i, Zijde zijde)
        {
            var m = new Melding
            {
                Id = Guid.NewGuid(), Soort = MeldingSoort.Melding, MelderType = MelderType.Professional, Kanaal = Kanaal.Web,
                OmschrijvingVersleuteld = "niet gelezen", GemeenteCode = gemeente, OntvangenOp = q1.AddHours(i), MeldpuntOrganisatieId = rsiv, Uitbuitingsvormen = "arbeid",
            };
            db.Add(m);
            var triage = new MeldingTriage { MeldingId = m.Id, OrganisatieId = rsiv, Tijdstip = q1.AddHours(i + 1), Zijde = zijde, GemeenteCode = gemeente, Urgentie = Urgentie.Normaal };
            db.Add(triage);
            m.Trieer(triage);
        }

        foreach (var i in Enumerable.Range(0, 6))
        {
            Melding("GM0637", i, i % 2 == 0 ? Zijde.Slachtofferkant : Zijde.Beide);
        }

        Melding("GM0637", 7, Zijde.Daderkant);
        Melding("GM1916", 1, Zijde.Slachtofferkant);
        Melding("GM1916", 2, Zijde.Slachtofferkant);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static List<string[]> Regels(string csv) =>
        csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToList();

    [Fact]
    public async Task De_CSV_heeft_de_vaste_indeling_en_verbergt_dezelfde_cellen_als_de_openbare_monitor()
    {
        var antwoord = await factory.CreateClient().GetAsync(Pad($"/api/v1/monitor/riec?jaar={Jaar}&eenheid=DH"));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/csv", antwoord.Content.Headers.ContentType?.MediaType);
        var regels = Regels(await antwoord.Content.ReadAsStringAsync());

        Assert.Equal(["jaar", "kwartaal", "gemeentecode", "gemeentenaam", "politie_eenheid", "indicator", "waarde", "status", "bron"], regels[0]);
        await using var scope = factory.Scope();
        var cijfers = scope.ServiceProvider.GetRequiredService<MonitorCijfers>();
        var indeling = await cijfers.IndelingAsync(default);
        var gemeenten = indeling.Gemeenten.Where(g => g.EenheidCode == "DH").Select(g => g.CbsCode).Order(StringComparer.Ordinal).ToList();
        var data = regels.Skip(1).ToList();
        Assert.Equal(gemeenten.Count * 4, data.Count);
        Assert.Equal(gemeenten.SelectMany(g => Enumerable.Range(1, 4).Select(k => $"{g}|{k}")), data.Select(r => $"{r[2]}|{r[1]}"));
        Assert.All(data, r => Assert.Equal((Jaar.ToString(), "DH", RiecExport.Indicator, "Schakel"), (r[0], r[4], r[5], r[8])));

        var publiek = await cijfers.TabelAsync(Indeling.EenheidAlsRegio(indeling, "DH"), Jaar, Maatstaven.VermoedelijkeSlachtoffers,
            Uitsplitsing.Geen, true, 5, null, default);
        foreach (var r in data)
        {
            var cel = publiek.Cel($"gemeente:{r[2]}", $"{Jaar}-K{r[1]}")!;
            Assert.Equal(cel.Verborgen ? ("", RiecExport.StatusVerborgen) : (((long)cel.Waarde!.Value).ToString(), RiecExport.StatusGepubliceerd), (r[6], r[7]));
            Assert.False(long.TryParse(r[6], out var n) && n is > 0 and < 5, $"{r[2]} K{r[1]}: {n} is een klein aantal");
        }

        var leidschendam = data.Single(r => r[2] == "GM1916" && r[1] == "1");
        Assert.Equal(("", RiecExport.StatusVerborgen), (leidschendam[6], leidschendam[7]));
        // Internally the perpetrator-side report is not a victim: Zoetermeer Q1 is 6, not 7.
        var intern = await cijfers.TabelAsync(Indeling.EenheidAlsRegio(indeling, "DH"), Jaar, Maatstaven.VermoedelijkeSlachtoffers,
            Uitsplitsing.Geen, false, 5, null, default);
        Assert.Equal(6m, intern.Cel("gemeente:GM0637", $"{Jaar}-K1")!.Waarde);
    }

    [Fact]
    public async Task Foute_vraag_geeft_alle_fouten_tegelijk_en_de_ketenregisseur_vindt_de_download_op_zijn_pagina()
    {
        var fout = await ProbleemAsync(await factory.CreateClient().GetAsync(Pad("/api/v1/monitor/riec?jaar=99")), 400);
        Assert.True(fout.GetProperty("errors").TryGetProperty("jaar", out _));
        Assert.True(fout.GetProperty("errors").TryGetProperty("eenheid", out _));
        await ProbleemAsync(await factory.CreateClient().GetAsync(Pad($"/api/v1/monitor/riec?jaar={Jaar}&eenheid=XX")), 400);

        var regisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        var pagina = await regisseur.GetStringAsync(Pad($"/monitor/exports?jaar={Jaar}"));
        Assert.Contains($"href=\"/api/v1/monitor/riec?jaar={Jaar}&amp;eenheid=DH\"", pagina, StringComparison.Ordinal);
        var zorg = await factory.AlsAsync(Rollen.Zorgcoordinator);
        Assert.NotEqual(HttpStatusCode.OK, (await zorg.GetAsync(Pad("/monitor/exports"))).StatusCode);
    }

    [Fact]
    public async Task De_CTDC_dataset_heeft_de_CTDC_kolommen_is_k_anoniem_met_codeboek_en_elke_download_wordt_geaudit()
    {
        int voor;
        await using (var scope = factory.Scope())
        {
            voor = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Schakel.Web.Security.Audit.AuditRegel>()
                .CountAsync(a => a.Actie == "monitor.ctdc.export" && a.ObjectId == "DH");
        }

        var regisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        var pagina = await regisseur.GetStringAsync(Pad("/monitor/exports"));
        Assert.Contains("href=\"?handler=Ctdc&amp;eenheid=DH\"", pagina, StringComparison.Ordinal);

        var regels = Regels(await regisseur.GetStringAsync(Pad("/monitor/exports?handler=Ctdc&eenheid=DH")));
        Assert.Equal(Ctdc.Kolommen, regels[0]);
        // Quasi-identifiers: the first seven columns; every combination at least k times.
        Assert.All(regels.Skip(1).GroupBy(r => string.Join('|', r.Take(7))), g => Assert.True(g.Count() >= Ctdc.StandaardK, g.Key));
        var codeboek = await regisseur.GetStringAsync(Pad("/monitor/exports?handler=Codeboek&eenheid=DH"));
        Assert.Contains("\r\nk,", codeboek, StringComparison.Ordinal);
        Assert.Contains(",11,", codeboek, StringComparison.Ordinal);
        Assert.Contains("rijen onderdrukt", codeboek, StringComparison.Ordinal);

        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            Assert.Equal(voor + 2, await db.Set<Schakel.Web.Security.Audit.AuditRegel>().CountAsync(a => a.Actie == "monitor.ctdc.export" && a.ObjectId == "DH"));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await regisseur.GetAsync(Pad("/monitor/exports?handler=Ctdc&eenheid=AM"))).StatusCode);
        var zorg = await factory.AlsAsync(Rollen.Zorgcoordinator);
        Assert.NotEqual(HttpStatusCode.OK, (await zorg.GetAsync(Pad("/monitor/exports?handler=Ctdc&eenheid=DH"))).StatusCode);
    }

    [Fact]
    public async Task Een_vermoedelijk_slachtoffer_zonder_gemeente_telt_in_de_CTDC_dataset_van_de_eenheid_van_het_meldpunt()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var export = scope.ServiceProvider.GetRequiredService<CtdcExport>();
        async Task<int> Bronrijen()
        {
            var codeboek = (await export.MaakAsync("DH", Schakel.Web.Security.Audit.AuditActor.Systeem, "test", default))!.Codeboek;
            var rijen = (string)codeboek.Rijen.Single(r => (string?)r[0] == "rijen")[2]!;
            return int.Parse(rijen.Split(" / ")[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        var voor = await Bronrijen();
        var rsiv = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
        var op = new DateTimeOffset(Jaar, 9, 1, 9, 0, 0, TimeSpan.Zero);
        var melding = new Melding
        {
            Id = Guid.NewGuid(), Soort = MeldingSoort.Melding, MelderType = MelderType.Professional, Kanaal = Kanaal.Web,
            OmschrijvingVersleuteld = "niet gelezen", GemeenteCode = null, OntvangenOp = op, MeldpuntOrganisatieId = rsiv, Uitbuitingsvormen = "arbeid",
        };
        db.Add(melding);
        var triage = new MeldingTriage { MeldingId = melding.Id, OrganisatieId = rsiv, Tijdstip = op.AddHours(1), Zijde = Zijde.Slachtofferkant, Urgentie = Urgentie.Normaal };
        db.Add(triage);
        melding.Trieer(triage);
        await db.SaveChangesAsync();

        // The RIEC figure counts it for the unit of its reporting point; so does the dataset.
        Assert.Equal(voor + 1, await Bronrijen());
    }
}

public sealed class MonitorExportTestsSqlite(SqliteFactory factory) : MonitorExportTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorExportTestsPostgres(PostgresFactory factory) : MonitorExportTests(factory), IClassFixture<PostgresFactory>;
