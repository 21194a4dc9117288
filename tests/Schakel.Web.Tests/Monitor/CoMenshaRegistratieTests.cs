using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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
using Schakel.Web.Features.Monitor.CoMensha;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// CoMensha records registrations on the victim-side referrals it received (API and page); the chain director counts
/// them per municipality and party kind. Each test uses its own year so they share one host.
/// </summary>
public abstract class CoMenshaRegistratieTests(SchakelFactory factory)
{
    private const string CoMenshaClient = "demo-comensha";

    /// <summary>One report in Zoetermeer in <paramref name="jaar"/> referred to CoMensha on the victim side, and one on the perpetrator side.</summary>
    private async Task<(Guid Slachtofferkant, Guid Daderkant)> ZaaiAsync(int jaar)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var rsiv = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
        var comensha = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.CoMensha).Select(o => o.Id).SingleAsync();
        var op = new DateTimeOffset(jaar, 3, 2, 9, 0, 0, TimeSpan.Zero);
        Guid Doorverwijs(Zijde zijde)
        {
            var melding = new Melding
            {
                Id = Guid.NewGuid(), Soort = MeldingSoort.Melding, MelderType = MelderType.Professional, Kanaal = Kanaal.Web,
                OmschrijvingVersleuteld = "niet gelezen", GemeenteCode = "GM0637", OntvangenOp = op, MeldpuntOrganisatieId = rsiv, Uitbuitingsvormen = "arbeid",
            };
            db.Add(melding);
            var triage = new MeldingTriage { MeldingId = melding.Id, OrganisatieId = rsiv, Tijdstip = op.AddHours(1), Zijde = zijde, GemeenteCode = "GM0637", Urgentie = Urgentie.Normaal };
            db.Add(triage);
            melding.Trieer(triage);
            db.SaveChanges();
            var besluit = new Routebesluit { Id = Guid.NewGuid(), MeldingId = melding.Id, TriageId = triage.Id, OrganisatieId = rsiv, Tijdstip = op.AddHours(2) };
            db.Add(besluit);
            var d = new DoorverwijzingRij
            {
                Id = Guid.NewGuid(), MeldingId = melding.Id, RoutebesluitId = besluit.Id, AfzenderOrganisatieId = rsiv, OntvangerOrganisatieId = comensha,
                Rol = Rol.Behandelaar, Deelniveau = Deelniveau.Geen, Doel = "registratie", VerstuurdOp = op.AddHours(2), EersteActieUiterlijk = op.AddHours(26),
            };
            db.Add(d);
            melding.Doorverwezen(d.VerstuurdOp);
            db.SaveChanges();
            return d.Id;
        }

        return (Doorverwijs(Zijde.Slachtofferkant), Doorverwijs(Zijde.Daderkant));
    }

    private async Task<int> AuditAsync(string actie, string objectId)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<AuditRegel>().CountAsync(a => a.Actie == actie && a.ObjectId == objectId);
    }

    private async Task<CoMenshaRegistratie?> RegistratieAsync(Guid doorverwijzing)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<CoMenshaRegistratie>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.DoorverwijzingId == doorverwijzing);
    }

    [Fact]
    public async Task CoMensha_legt_een_registratie_vast_via_de_API_met_alle_fouten_tegelijk_en_een_keer_geaudit()
    {
        var (slachtoffer, dader) = await ZaaiAsync(2017);
        var comensha = await ClientMetTokenAsync(factory.CreateClient, CoMenshaClient);

        var lijst = await comensha.GetFromJsonAsync<JsonElement>(Pad("/api/v1/monitor/comensha/doorverwijzingen"));
        var ids = lijst.EnumerateArray().Select(d => d.GetProperty("doorverwijzingId").GetGuid()).ToList();
        Assert.Contains(slachtoffer, ids);
        Assert.DoesNotContain(dader, ids);

        var pad = Pad($"/api/v1/monitor/comensha/doorverwijzingen/{slachtoffer}/registratie");
        var fout = await ProbleemAsync(await comensha.PutAsJsonAsync(pad, new { geregistreerdOp = "2017-03-01", partijsoort = "buurman" }), 400);
        Assert.True(fout.GetProperty("errors").TryGetProperty("geregistreerdOp", out _));
        Assert.True(fout.GetProperty("errors").TryGetProperty("partijsoort", out _));
        Assert.Null(await RegistratieAsync(slachtoffer));

        var nieuw = await comensha.PutAsJsonAsync(pad, new { geregistreerdOp = "2017-03-09", partijsoort = "politie" });
        Assert.Equal(HttpStatusCode.Created, nieuw.StatusCode);
        var nogEens = await comensha.PutAsJsonAsync(pad, new { geregistreerdOp = "2017-03-09", partijsoort = "politie" });
        Assert.Equal(HttpStatusCode.OK, nogEens.StatusCode);
        Assert.Equal("2017-03-09", (await nogEens.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("geregistreerdOp").GetString());
        Assert.Equal("politie", (await RegistratieAsync(slachtoffer))!.Partijsoort);
        Assert.Equal(1, await AuditAsync("monitor.comensha.vastgelegd", slachtoffer.ToString()));
        Assert.Equal(0, await AuditAsync("monitor.comensha.gewijzigd", slachtoffer.ToString()));

        await ProbleemAsync(await comensha.PutAsJsonAsync(Pad($"/api/v1/monitor/comensha/doorverwijzingen/{dader}/registratie"),
            new { geregistreerdOp = "2017-03-09", partijsoort = "zorg" }), 404);
        var shop = await ClientMetTokenAsync(factory.CreateClient, Zorgcoordinator);
        await ProbleemAsync(await shop.PutAsJsonAsync(pad, new { geregistreerdOp = "2017-03-10", partijsoort = "zorg" }), 403);
        await ProbleemAsync(await shop.GetAsync(Pad("/api/v1/monitor/comensha/doorverwijzingen")), 403);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(Pad("/api/v1/monitor/comensha/doorverwijzingen"))).StatusCode);
        Assert.Equal("politie", (await RegistratieAsync(slachtoffer))!.Partijsoort);
    }

    [Fact]
    public async Task De_ketenregisseur_telt_per_gemeente_en_soort_partij_en_die_telling_wordt_geaudit()
    {
        var (slachtoffer, _) = await ZaaiAsync(2016);
        var comensha = await ClientMetTokenAsync(factory.CreateClient, CoMenshaClient);
        Assert.Equal(HttpStatusCode.Created, (await comensha.PutAsJsonAsync(Pad($"/api/v1/monitor/comensha/doorverwijzingen/{slachtoffer}/registratie"),
            new { geregistreerdOp = "2016-04-20", partijsoort = "zorg" })).StatusCode);

        var rsiv = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var telling = await rsiv.GetFromJsonAsync<JsonElement>(Pad("/api/v1/monitor/comensha/registraties?jaar=2016&eenheid=DH"));
        int Aantal(string gemeente, string soort) => telling.EnumerateArray()
            .Single(t => t.GetProperty("gemeente").GetString() == gemeente && t.GetProperty("partijsoort").GetString() == soort).GetProperty("aantal").GetInt32();
        Assert.Equal(1, Aantal("GM0637", Partijsoorten.Zorg));
        Assert.Equal(0, Aantal("GM0637", Partijsoorten.Politie));
        Assert.Equal(0, Aantal("GM1916", Partijsoorten.Zorg));
        Assert.Equal(1, await AuditAsync("monitor.comensha.export", "DH:2016"));

        var fout = await ProbleemAsync(await rsiv.GetAsync(Pad("/api/v1/monitor/comensha/registraties")), 400);
        Assert.True(fout.GetProperty("errors").TryGetProperty("jaar", out _));
        Assert.True(fout.GetProperty("errors").TryGetProperty("eenheid", out _));
        await ProbleemAsync(await rsiv.GetAsync(Pad("/api/v1/monitor/comensha/registraties?jaar=2016&eenheid=AM")), 403);
        await ProbleemAsync(await comensha.GetAsync(Pad("/api/v1/monitor/comensha/registraties?jaar=2016&eenheid=DH")), 403);
    }

    [Fact]
    public async Task Op_de_pagina_legt_CoMensha_vast_met_de_fout_bij_het_veld_en_ziet_de_ketenregisseur_de_telling_en_CSV()
    {
        var (slachtoffer, _) = await ZaaiAsync(2015);
        var web = await factory.AlsAsync(Rollen.Aanbieder);
        var pagina = await web.GetStringAsync(Pad("/monitor/comensha"));
        Assert.Contains($"data-doorverwijzing=\"{slachtoffer}\"", pagina, StringComparison.Ordinal);

        var fout = await Aanmelden.PostFormAsync(web, "/monitor/comensha", new()
        {
            ["doorverwijzing"] = slachtoffer.ToString(), ["geregistreerdOp"] = "2099-01-01", ["partijsoort"] = "gemeente",
        });
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Contains($"id=\"datum-{slachtoffer.ToString("N")[..8]}-fout\"", await fout.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await RegistratieAsync(slachtoffer));

        var goed = await Aanmelden.PostFormAsync(web, "/monitor/comensha", new()
        {
            ["doorverwijzing"] = slachtoffer.ToString(), ["geregistreerdOp"] = "2015-05-04", ["partijsoort"] = "gemeente",
        });
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        Assert.Equal(Partijsoorten.Gemeente, (await RegistratieAsync(slachtoffer))!.Partijsoort);

        var regisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        var overzicht = await regisseur.GetStringAsync(Pad("/monitor/comensha?jaar=2015"));
        Assert.Matches("data-gemeente=\"GM0637\">[\\s\\S]*?data-partijsoort=\"gemeente\">1</td>", overzicht);
        Assert.DoesNotContain("data-doorverwijzing=", overzicht, StringComparison.Ordinal);
        var csv = await regisseur.GetStringAsync(Pad("/monitor/comensha?handler=Csv&jaar=2015"));
        Assert.Contains("Zoetermeer,GM0637,gemeente,1", csv, StringComparison.Ordinal);

        var zorg = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var niets = await zorg.GetStringAsync(Pad("/monitor/comensha"));
        Assert.DoesNotContain("data-doorverwijzing=", niets, StringComparison.Ordinal);
        Assert.DoesNotContain("data-gemeente=", niets, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_telling_telt_in_SQL_en_leest_alleen_de_registraties()
    {
        var (slachtoffer, _) = await ZaaiAsync(2017);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        db.Add(new CoMenshaRegistratie
        {
            Id = Guid.NewGuid(), DoorverwijzingId = slachtoffer, GeregistreerdOp = new DateTimeOffset(2017, 4, 3, 12, 0, 0, TimeSpan.Zero),
            Partijsoort = Partijsoorten.Politie, VastgelegdOp = new DateTimeOffset(2017, 4, 3, 12, 0, 0, TimeSpan.Zero),
        });
        await db.SaveChangesAsync();

        using var teller = new Opdrachtenteller();
        await using var meting = factory.Scope();
        teller.Context = meting.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var telling = await meting.ServiceProvider.GetRequiredService<CoMenshaRegistraties>()
            .TellingAsync("DH", 2017, AuditActor.Systeem, "test", default);
        Assert.Equal(1, telling.Single(t => t.GemeenteCode == "GM0637" && t.Partijsoort == Partijsoorten.Politie).Aantal);
        // Counted by the database; the year's reports, referrals and placements are not read for it.
        Assert.Contains(teller.Opdrachten, o => o.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(teller.Opdrachten, o => o.Contains("Uitbuitingsvormen", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(teller.Opdrachten, o => o.Contains("EersteActieUiterlijk", StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class CoMenshaRegistratieTestsSqlite(SqliteFactory factory) : CoMenshaRegistratieTests(factory), IClassFixture<SqliteFactory>;

public sealed class CoMenshaRegistratieTestsPostgres(PostgresFactory factory) : CoMenshaRegistratieTests(factory), IClassFixture<PostgresFactory>;
