using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Bewustwording;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Bewustwording;

/// <summary>The menukaart, sessions and coverage in the API and on the public pages; on both databases.</summary>
public abstract class BewustwordingApiTests(SchakelFactory factory)
{
    [Fact]
    public async Task De_menukaart_is_openbaar_filtert_en_noemt_nooit_wie_zich_aanmeldde()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 4);
        var (client, velden) = await factory.FormulierAsync(sessie, "Zichtbaar Nooit", "zichtbaar.nooit@voorbeeld.nl");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"/bewustwording/sessies/{sessie}/aanmelden", new FormUrlEncodedContent(velden))).StatusCode);

        var anoniem = factory.CreateClient();
        var alles = await anoniem.GetStringAsync("/api/v1/aanbod");
        var hotel = await anoniem.GetFromJsonAsync<JsonElement>("/api/v1/aanbod?doelgroep=hotel.personeel");
        Assert.All(hotel.EnumerateArray(), a => Assert.Contains("hotel.personeel", a.GetProperty("doelgroepen").EnumerateArray().Select(d => d.GetString())));
        Assert.Contains(hotel.EnumerateArray(), a => a.GetProperty("titel").GetString()!.Contains("No Place for Sex Trafficking", StringComparison.Ordinal));
        Assert.DoesNotContain(hotel.EnumerateArray(), a => a.GetProperty("id").GetGuid() == DemoAanbod.FairWorkTraining);
        var pools = await anoniem.GetFromJsonAsync<JsonElement>("/api/v1/aanbod?taal=pl");
        Assert.All(pools.EnumerateArray(), a => Assert.Contains("pl", a.GetProperty("talen").EnumerateArray().Select(d => d.GetString())));

        var een = await anoniem.GetStringAsync($"/api/v1/aanbod/{DemoAanbod.CoMenshaTraining}");
        var pagina = await anoniem.GetStringAsync($"/bewustwording/aanbod/{DemoAanbod.CoMenshaTraining}");
        var lijst = await anoniem.GetStringAsync("/bewustwording?doelgroep=extern.zorg");
        Assert.Contains(sessie.ToString(), een);
        Assert.Contains(sessie.ToString(), pagina);
        foreach (var tekst in new[] { alles, een, pagina, lijst })
        {
            Assert.DoesNotContain("Zichtbaar", tekst, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("zichtbaar.nooit", tekst, StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain("ingeschreven", een, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Foute_filters_geven_400_met_alle_fouten_tegelijk()
    {
        var antwoord = await factory.CreateClient().GetAsync("/api/v1/aanbod?doelgroep=x&vorm=y&gemeente=Z&soort=q");
        var probleem = await ProbleemAsync(antwoord, 400);
        var fouten = probleem.GetProperty("errors");
        foreach (var veld in new[] { "doelgroep", "vorm", "gemeente", "soort" })
        {
            Assert.True(fouten.TryGetProperty(veld, out _), veld);
        }
    }

    [Fact]
    public async Task Sessies_en_dekking_vragen_een_token()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/sessies")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/trainingsdekking")).StatusCode);
        var shop = await ClientMetTokenAsync(factory.CreateClient, Zorgcoordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await shop.GetAsync("/api/v1/trainingsdekking")).StatusCode);
    }

    [Fact]
    public async Task Sessies_tellen_aanwezigheid_per_rol_zonder_namen()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 10);
        await VoegDeelnamesToeAsync(sessie, "GM0603", "gemeente.boa", "gemeente.boa", "gemeente.wmo");
        var rsiv = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var lijst = await rsiv.GetFromJsonAsync<JsonElement>($"/api/v1/sessies?aanbodId={DemoAanbod.CoMenshaTraining}");
        var rij = lijst.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == sessie);
        Assert.Equal(3, rij.GetProperty("ingeschreven").GetInt32());
        Assert.Equal(3, rij.GetProperty("aanwezig").GetInt32());
        Assert.Equal(2, rij.GetProperty("aanwezigPerRol").GetProperty("gemeente.boa").GetInt32());
    }

    [Fact]
    public async Task Dekking_is_gelijk_aan_een_handtelling()
    {
        // Rijswijk, 2025: two roles of the default plan attended (one twice), one role outside the plan, and an
        // attendance of the year before that must not count.
        var in2025 = await factory.NieuweSessieAsync(capaciteit: 10, begin: new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero));
        var in2024 = await factory.NieuweSessieAsync(capaciteit: 10, begin: new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero));
        await VoegDeelnamesToeAsync(in2025, "GM0603", "gemeente.balie", "gemeente.balie", "gemeente.vergunningen", "extern.zorg");
        await VoegDeelnamesToeAsync(in2024, "GM0603", "gemeente.boa");
        await VoegDeelnamesToeAsync(in2025, "GM0603", aanwezig: false, "gemeente.wmo");

        var rsiv = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var stand = (await rsiv.GetFromJsonAsync<JsonElement>("/api/v1/trainingsdekking?jaar=2025&gemeente=GM0603")).EnumerateArray().Single();

        var verplicht = Doelgroepen.StandaardPlan;
        var getraind = new[] { "gemeente.balie", "gemeente.vergunningen" };
        Assert.Equal(getraind.Order(), stand.GetProperty("rollenGetraind").EnumerateArray().Select(r => r.GetString()!).Order());
        Assert.Equal(verplicht.Except(getraind).Order(), stand.GetProperty("rollenAchterstallig").EnumerateArray().Select(r => r.GetString()!).Order());
        Assert.True(stand.GetProperty("standaardPlan").GetBoolean());
    }

    [Fact]
    public async Task Dekking_van_aandachtsfunctionarissen_is_gelijk_aan_een_handtelling()
    {
        // Westland, 2025: the register's active officers. The first attended a session of its own track that year; the
        // second one of the other track that year and one of its own track the year before: neither counts.
        const string westland = "GM1783";
        List<Schakel.Web.Features.Keten.Aandachtsfunctionarissen.Aandachtsfunctionaris> officieren;
        Guid eersteAccount, tweedeAccount;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            officieren = await db.Set<Schakel.Web.Features.Keten.Aandachtsfunctionarissen.Aandachtsfunctionaris>()
                .Where(a => a.GemeenteCode == westland && a.Actief).OrderBy(a => a.Id).ToListAsync();
            Assert.True(officieren.Count >= 2);
            eersteAccount = await db.Set<Schakel.Web.Features.Accounts.Medewerker>().Where(m => m.Email == Schakel.Web.Features.Accounts.DemoAccounts.Voor(Schakel.Core.Organisaties.Rollen.Opsporing).Email).Select(m => m.Id).SingleAsync();
            tweedeAccount = await db.Set<Schakel.Web.Features.Accounts.Medewerker>().Where(m => m.Email == Schakel.Web.Features.Accounts.DemoAccounts.Voor(Schakel.Core.Organisaties.Rollen.Zorgcoordinator).Email).Select(m => m.Id).SingleAsync();
            officieren[0].MedewerkerId = eersteAccount;
            officieren[1].MedewerkerId = tweedeAccount;
            await db.SaveChangesAsync();
        }
        var spoor0 = Trainingsspoor.Voor(officieren[0].AangesteldOp, 2025);
        var spoor1 = Trainingsspoor.Voor(officieren[1].AangesteldOp, 2025);
        static Spoor Ander(Spoor s) => s == Spoor.Nieuw ? Spoor.Ervaren : Spoor.Nieuw;
        var eigen0 = await factory.NieuweSessieAsync(capaciteit: 10, begin: new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero), spoor: spoor0);
        var ander1 = await factory.NieuweSessieAsync(capaciteit: 10, begin: new DateTimeOffset(2025, 6, 9, 9, 0, 0, TimeSpan.Zero), spoor: Ander(spoor1));
        var vorigJaar1 = await factory.NieuweSessieAsync(capaciteit: 10, begin: new DateTimeOffset(2024, 6, 9, 9, 0, 0, TimeSpan.Zero), spoor: spoor1);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            foreach (var (sessie, account) in new[] { (eigen0, eersteAccount), (ander1, tweedeAccount), (vorigJaar1, tweedeAccount) })
            {
                db.Add(new Inschrijving
                {
                    Id = Guid.NewGuid(), SessieId = sessie, Status = Inschrijfstatus.Ingeschreven, Volgnummer = 1, MedewerkerId = account,
                    IngeschrevenOp = DateTimeOffset.UtcNow, Aanwezig = true,
                });
            }
            await db.SaveChangesAsync();
        }

        var rsiv = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var stand = (await rsiv.GetFromJsonAsync<JsonElement>($"/api/v1/trainingsdekking?jaar=2025&gemeente={westland}")).EnumerateArray().Single();
        var functionarissen = stand.GetProperty("aandachtsfunctionarissen").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetGuid(), f => (Getraind: f.GetProperty("getraind").GetBoolean(), Spoor: f.GetProperty("spoor").GetString()!));
        Assert.Equal(officieren.Select(o => o.Id).Order(), functionarissen.Keys.Order());
        Assert.True(functionarissen[officieren[0].Id].Getraind);
        Assert.Equal(spoor0.ToString(), functionarissen[officieren[0].Id].Spoor, ignoreCase: true);
        Assert.All(officieren.Skip(1), o => Assert.False(functionarissen[o.Id].Getraind));
        var rollen = stand.GetProperty("rollenGetraind").GetArrayLength();
        Assert.Equal(rollen + 1, stand.GetProperty("getraind").GetInt32());
        Assert.Equal(rollen + stand.GetProperty("rollenAchterstallig").GetArrayLength() + officieren.Count, stand.GetProperty("verplicht").GetInt32());
    }

    [Fact]
    public async Task Een_jaar_zonder_eigen_plan_houdt_het_laatste_eerdere_plan_en_de_pagina_toont_het_zoals_het_is()
    {
        // Leidschendam-Voorburg chose, in 2023, one role and no focal officers; 2025 has no plan of its own.
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.Add(new Trainingsplan { GemeenteCode = "GM1916", Jaar = 2023, Rollen = ["gemeente.boa"], AandachtsfunctionarissenVerplicht = false });
            await db.SaveChangesAsync();
        }
        var rsiv = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var stand = (await rsiv.GetFromJsonAsync<JsonElement>("/api/v1/trainingsdekking?jaar=2025&gemeente=GM1916")).EnumerateArray().Single();
        Assert.False(stand.GetProperty("standaardPlan").GetBoolean());
        Assert.Equal(["gemeente.boa"], stand.GetProperty("rollenAchterstallig").EnumerateArray().Select(r => r.GetString()!));
        Assert.Empty(stand.GetProperty("aandachtsfunctionarissen").EnumerateArray());
        // Before the plan, the default list still applies.
        var ervoor = (await rsiv.GetFromJsonAsync<JsonElement>("/api/v1/trainingsdekking?jaar=2022&gemeente=GM1916")).EnumerateArray().Single();
        Assert.True(ervoor.GetProperty("standaardPlan").GetBoolean());

        // The plan form shows "no focal officers" as saved, so saving it again does not turn it back on.
        var regisseur = await Schakel.Web.Tests.Accounts.Aanmelden.AlsAsync(factory, Schakel.Core.Organisaties.Rollen.Ketenregisseur);
        var html = await regisseur.GetStringAsync("/bewustwording/dekking?jaar=2025");
        var vak = System.Text.RegularExpressions.Regex.Match(html, "<input[^>]*id=\"af-GM1916\"[^>]*>").Value;
        Assert.NotEmpty(vak);
        Assert.DoesNotContain("checked", vak, StringComparison.Ordinal);
    }

    private async Task VoegDeelnamesToeAsync(Guid sessie, string gemeente, params string[] rollen) => await VoegDeelnamesToeAsync(sessie, gemeente, true, rollen);

    private async Task VoegDeelnamesToeAsync(Guid sessie, string gemeente, bool aanwezig, params string[] rollen)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var volg = 1000;
        foreach (var rol in rollen)
        {
            db.Add(new Inschrijving
            {
                Id = Guid.NewGuid(), SessieId = sessie, Status = Inschrijfstatus.Ingeschreven, Volgnummer = volg++, Rol = rol, GemeenteCode = gemeente,
                IngeschrevenOp = DateTimeOffset.UtcNow, Aanwezig = aanwezig,
            });
        }
        await db.SaveChangesAsync();
    }
}

public sealed class BewustwordingApiTestsSqlite(SqliteFactory factory) : BewustwordingApiTests(factory), IClassFixture<SqliteFactory>;

public sealed class BewustwordingApiTestsPostgres(PostgresFactory factory) : BewustwordingApiTests(factory), IClassFixture<PostgresFactory>;
