using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.ApiClients;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// The recheck of published editions on both databases. One edition is published by the current code (safe); the other's
/// snapshot is written as an older publication could have left it: in its signals table only Zoetermeer's year is hidden,
/// while its four quarters are published, so the year follows from them. The recheck must name exactly that cell, by its
/// labels, on the page and over the API, for the chain director only, and audit every run.
/// </summary>
public abstract class MonitorEditieControleTests(SchakelFactory factory) : IAsyncLifetime
{
    private const string OudJaar = "2020";
    private const string AfleidbareCel = "gemeente:GM0637|2020|totaal";

    private Guid _veilig;
    private Guid _lek;

    public async Task InitializeAsync()
    {
        await MonitorVaste.ZaaiAsync(factory);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var edities = scope.ServiceProvider.GetRequiredService<MonitorEdities>();
        if (await db.Set<MonitorEditie>().AsNoTracking().Where(e => e.Status == EditieStatus.Gepubliceerd).ToListAsync() is { Count: 2 } klaar)
        {
            _veilig = klaar.Single(e => e.Jaar == MonitorVaste.Jaar).Id;
            _lek = klaar.Single(e => e.Jaar == 2020).Id;
            return;
        }

        var veilig = await PubliceerAsync(edities, MonitorVaste.Jaar);
        var lek = await PubliceerAsync(edities, 2020);

        // The older publication: the figures of the safe edition moved to 2020, all of the signals table shown but
        // Zoetermeer's year.
        var bron = Momentopname.Lees(veilig.Momentopname)!;
        string Jaar(string p) => OudJaar + p[4..];
        var oud = bron with
        {
            Secties = bron.Secties.Select(s => s with
            {
                Tabel = s.Tabel is null ? null : s.Tabel with
                {
                    Perioden = s.Tabel.Perioden.Select(Jaar).ToList(),
                    Cellen = s.Tabel.Cellen.Select(c => c with { Periode = Jaar(c.Periode) })
                        .Select(c => s.Sectie.Code != "signalen" ? c
                            : Margetabel(c) == AfleidbareCel
                                ? c with { Verborgen = true, Reden = nameof(Core.Monitor.VerbergReden.KleinAantal) }
                                : c with { Verborgen = false, Reden = null, Beschermt = null })
                        .ToList(),
                },
                Reeks = null,
                Referenties = null,
            }).ToList(),
        };
        var opgeslagen = await db.Set<MonitorEditie>().SingleAsync(e => e.Id == lek.Id);
        opgeslagen.Momentopname = oud.Schrijf();
        await db.SaveChangesAsync();
        _veilig = veilig.Id;
        _lek = lek.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Margetabel(TabelCel c) => Core.Monitor.Margetabel.Sleutel(c.Gebied, c.Periode, c.Categorie);

    private static async Task<MonitorEditie> PubliceerAsync(MonitorEdities edities, int jaar)
    {
        var editie = (await edities.MaakAsync("DH", jaar, AuditActor.Systeem, "test", default)).Editie!;
        foreach (var stap in new[] { EditieStatus.InReview, EditieStatus.Vastgesteld, EditieStatus.Gepubliceerd })
        {
            Assert.Null((await edities.VolgendeStapAsync(editie.Id, stap, AuditActor.Systeem, "test", default)).Fout);
        }

        return (await edities.VindAsync(editie.Id, default))!;
    }

    private static Uri U(string pad) => new(pad, UriKind.Relative);

    [Fact]
    public async Task De_controle_vindt_precies_de_afleidbare_cel_van_de_oude_publicatie_en_niets_in_de_nieuwe()
    {
        await using var scope = factory.Scope();
        var controle = scope.ServiceProvider.GetRequiredService<EditieControle>();
        var lijst = await controle.GepubliceerdAsync(null, default);
        var uitkomsten = await controle.ControleerAsync(lijst, AuditActor.Systeem, "test", default);

        Assert.Equal(2, uitkomsten.Count);
        var veilig = uitkomsten.Single(u => u.Editie.Id == _veilig);
        Assert.True(veilig.Veilig);
        // The current publication did hide cells, and every count table was checked, none left as not checkable.
        var bevroren = Momentopname.Lees(veilig.Editie.Momentopname)!;
        Assert.Contains(bevroren.Secties.Where(s => s.Tabel is not null).SelectMany(s => s.Tabel!.Cellen), c => c.Verborgen);
        Assert.Contains(veilig.Tabellen, t => t.Sectie == "signalen");
        Assert.All(veilig.Tabellen, t => Assert.Equal(TabelControleStatus.Veilig, t.Status));

        var lek = uitkomsten.Single(u => u.Editie.Id == _lek);
        Assert.False(lek.Veilig);
        var tabel = Assert.Single(lek.Tabellen, t => t.Status != TabelControleStatus.Veilig);
        Assert.Equal("signalen", tabel.Sectie);
        Assert.Equal(TabelControleStatus.Afleidbaar, tabel.Status);
        var cel = Assert.Single(tabel.Cellen);
        Assert.Equal(("gemeente:GM0637", "Zoetermeer", OudJaar, "totaal"), (cel.Gebied, cel.GebiedNaam, cel.Periode, cel.Categorie));
    }

    [Fact]
    public async Task De_ketenregisseur_ziet_de_uitkomst_met_de_weg_naar_een_correctie_en_elke_controle_wordt_vastgelegd()
    {
        var regisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        Assert.Contains("/monitor/edities/controle", await regisseur.GetStringAsync(U("/monitor/edities")));
        var html = await regisseur.GetStringAsync(U("/monitor/edities/controle"));
        Assert.Contains($"data-editie=\"{_veilig}\" data-veilig=\"true\"", html);
        Assert.Contains($"data-editie=\"{_lek}\" data-veilig=\"false\"", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "data-cel=\""));
        Assert.Contains($"data-cel=\"{AfleidbareCel}\"", html);
        Assert.Contains($"href=\"/monitor/edities/{_lek}#correctie-kop\" data-correctie=\"{_lek}\"", html);
        Assert.DoesNotContain($"data-correctie=\"{_veilig}\"", html);

        // The correction flow the link leads to is the existing one; once begun, the page points at it instead.
        var correctieForm = await regisseur.GetStringAsync(U($"/monitor/edities/{_lek}"));
        Assert.Contains("id=\"correctie-kop\"", correctieForm);

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var regels = await db.Set<AuditRegel>().AsNoTracking().Where(r => r.Actie == "monitor.editie.controle" && r.Herkomst == Herkomst.Web).ToListAsync();
        var lek = regels.Where(r => r.ObjectId == _lek.ToString()).ToList();
        Assert.NotEmpty(lek);
        Assert.All(lek, r => Assert.Contains("afleidbaar 1 (1 cellen)", r.Reden, StringComparison.Ordinal));
        Assert.All(lek, r => Assert.NotNull(r.ActorId));
        Assert.Contains(regels, r => r.ObjectId == _veilig.ToString() && r.Reden!.Contains("afleidbaar 0 (0 cellen)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Rollen.Zorgcoordinator)]
    [InlineData(Rollen.Aandachtsfunctionaris)]
    [InlineData(Rollen.Opsporing)]
    public async Task Een_andere_rol_krijgt_de_pagina_niet(string rol)
    {
        var client = await factory.AlsAsync(rol);
        var antwoord = await client.GetAsync(U("/monitor/edities/controle"));
        // Refused by the chain director's policy: the sign-in sends a professional to the refusal page.
        Assert.Equal(HttpStatusCode.Found, antwoord.StatusCode);
        Assert.Equal("/geweigerd", Aanmelden.Pad(antwoord));
        Assert.DoesNotContain("data-cel=", await antwoord.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Zonder_aanmelding_geen_pagina()
    {
        var anoniem = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var antwoord = await anoniem.GetAsync(U("/monitor/edities/controle"));
        Assert.NotEqual(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.DoesNotContain("data-cel=", await antwoord.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task De_api_geeft_de_controle_alleen_aan_de_ketenregisseur()
    {
        var regisseur = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var lek = JsonDocument.Parse(await regisseur.GetStringAsync(Pad($"/api/v1/monitor/edities/{_lek}/controle"))).RootElement;
        Assert.False(lek.GetProperty("veilig").GetBoolean());
        var tabel = Assert.Single(lek.GetProperty("tabellen").EnumerateArray(), t => t.GetProperty("status").GetString() != "veilig");
        Assert.Equal("afleidbaar", tabel.GetProperty("status").GetString());
        var cel = Assert.Single(tabel.GetProperty("afleidbaar").EnumerateArray());
        Assert.Equal("gemeente:GM0637", cel.GetProperty("gebied").GetString());
        Assert.Equal(OudJaar, cel.GetProperty("periode").GetString());
        Assert.False(cel.TryGetProperty("waarde", out _));
        var veilig = JsonDocument.Parse(await regisseur.GetStringAsync(Pad($"/api/v1/monitor/edities/{_veilig}/controle"))).RootElement;
        Assert.True(veilig.GetProperty("veilig").GetBoolean());

        var zorg = await ClientMetTokenAsync(factory.CreateClient, Zorgcoordinator);
        await ProbleemAsync(await zorg.GetAsync(Pad($"/api/v1/monitor/edities/{_lek}/controle")), 403);
        var anoniem = factory.CreateClient();
        await ProbleemAsync(await anoniem.GetAsync(Pad($"/api/v1/monitor/edities/{_lek}/controle")), 401);

        await ProbleemAsync(await regisseur.GetAsync(Pad($"/api/v1/monitor/edities/{Guid.NewGuid()}/controle")), 404);
        await using var scope = factory.Scope();
        var concept = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<MonitorEditie>()
            .FirstAsync(e => e.Status != EditieStatus.Gepubliceerd);
        await ProbleemAsync(await regisseur.GetAsync(Pad($"/api/v1/monitor/edities/{concept.Id}/controle")), 404);
    }

    [Fact]
    public async Task Een_ketenregisseur_buiten_de_eenheid_van_de_editie_krijgt_403()
    {
        // A chain director of an organisation that serves no municipality of the edition's police unit (a national one).
        var organisatie = Guid.NewGuid();
        var clientId = "test-regie-" + organisatie.ToString("N")[..8];
        var geheim = clientId + "-geheim-voor-de-test";
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.Add(new Organisatie { Id = organisatie, Naam = "Landelijke ketenregie " + clientId, Type = OrganisatieType.Ketenregie });
            db.Add(new ApiClient
            {
                Id = Guid.NewGuid(), ClientId = clientId, Naam = "Test ketenregie", OrganisatieId = organisatie, Rollen = [Rollen.Ketenregisseur],
                GeheimHash = ClientGeheim.Hash(geheim), Aangemaakt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        var elders = factory.CreateClient();
        elders.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(factory.CreateClient(), clientId, geheim));

        await ProbleemAsync(await elders.GetAsync(Pad($"/api/v1/monitor/edities/{_lek}/controle")), 403);
    }

    [Theory]
    [InlineData("a%01b")]
    [InlineData("a%1B")]
    [InlineData("%ED%A0%80")]
    [InlineData("99999999999999999999999999999999999999")]
    [InlineData("-1")]
    [InlineData("null")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task Vijandige_ids_geven_een_probleem_en_nooit_een_5xx(string id)
    {
        var regisseur = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var antwoord = await regisseur.GetAsync(Pad($"/api/v1/monitor/edities/{id}/controle"));
        Assert.True((int)antwoord.StatusCode is >= 400 and < 500, $"{id}: {antwoord.StatusCode}");
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class MonitorEditieControleTestsSqlite(SqliteFactory factory) : MonitorEditieControleTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorEditieControleTestsPostgres(PostgresFactory factory) : MonitorEditieControleTests(factory), IClassFixture<PostgresFactory>;
