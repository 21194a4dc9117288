using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt;

public abstract class MeldingenApiTests(SchakelFactory factory)
{
    [Fact]
    public async Task Melding_geeft_201_met_code_en_de_ontvangstbevestiging_staat_klaar()
    {
        var client = factory.CreateClient();
        var antwoord = await client.MeldAsync(MeldpuntApi.MinimaleMelding);
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var json = await antwoord.JsonAsync();
        var code = json.GetProperty("ontvangstcode").GetString()!;
        Assert.Matches(@"^\d{4} \d{4} \d{4} \d{4}$", code);
        Assert.Equal("ontvangen", json.GetProperty("status").GetString());

        var status = await client.StatusAsync(code.Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var s = await status.JsonAsync();
        Assert.Equal("ontvangen", s.GetProperty("status").GetString());
        var bericht = Assert.Single(s.GetProperty("berichten").EnumerateArray());
        Assert.Equal("meldpunt", bericht.GetProperty("van").GetString());
        Assert.StartsWith("Wij hebben uw bericht ontvangen", bericht.GetProperty("tekst").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("Z", bericht.GetProperty("tijdstip").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ongeldige_melding_geeft_400_met_elk_ongeldig_veld()
    {
        var antwoord = await factory.CreateClient().MeldAsync(new
        {
            soort = "klacht",
            melderType = "marsmannetje",
            omschrijving = "",
            gemeenteCode = "Den Haag",
            uitbuitingsvormen = new[] { "arbeid", "piraterij" },
            indicatoren = new[] { "BESTAAT-NIET" },
            minderjarigBetrokken = "misschien",
            acuutGevaar = "ja",
            taal = "tlh",
            betrokkenen = new { aantal = 0 },
            contact = new { email = "geen-adres", toestemming = false },
        });
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        var velden = await antwoord.FoutveldenAsync();
        foreach (var veld in new[]
        {
            "soort", "melderType", "omschrijving", "gemeenteCode", "uitbuitingsvormen", "minderjarigBetrokken",
            "acuutGevaar", "taal", "betrokkenen.aantal", "contact.email", "contact.toestemming",
        })
        {
            Assert.Contains(veld, velden);
        }
    }

    [Fact]
    public async Task Onbekende_gemeente_en_signalen_worden_tegen_de_database_gecontroleerd()
    {
        var antwoord = await factory.CreateClient().MeldAsync(new
        {
            melderType = "burger",
            omschrijving = "Iets gezien.",
            gemeenteCode = "GM9999",
            indicatoren = new[] { "BESTAAT-NIET" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        var velden = await antwoord.FoutveldenAsync();
        Assert.Contains("gemeenteCode", velden);
        Assert.Contains("indicatoren", velden);
    }

    [Fact]
    public async Task Bestaande_signalen_worden_aangenomen()
    {
        string code;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            code = await db.Set<Schakel.Web.Features.Meldpunt.Indicatoren.Indicator>().Where(i => i.Actief).Select(i => i.Code).FirstAsync();
        }
        var antwoord = await factory.CreateClient().MeldAsync(new { melderType = "professional", sector = "zorg", omschrijving = "Signalen gezien.", indicatoren = new[] { code } });
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
    }

    [Fact]
    public async Task Geen_of_kapotte_json_geeft_400()
    {
        var client = factory.CreateClient();
        var kapot = await client.PostAsync(new Uri("/api/v1/meldingen", UriKind.Relative), new StringContent("{niet json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, kapot.StatusCode);
        var teGroot = await client.MeldAsync(new { melderType = "burger", omschrijving = new string('x', 70_000) });
        Assert.Equal(HttpStatusCode.BadRequest, teGroot.StatusCode);
        var teLang = await client.MeldAsync(new { melderType = "burger", omschrijving = new string('x', MeldingLimieten.Omschrijving + 1) });
        Assert.Contains("omschrijving", await teLang.FoutveldenAsync());
    }

    [Theory]
    [InlineData("1234 5678 9012 3456")]
    [InlineData("12345")]
    [InlineData("geen code")]
    public async Task Onbekende_code_geeft_404_problem(string code)
    {
        var client = factory.CreateClient();
        foreach (var antwoord in new[] { await client.StatusAsync(code), await client.ReactieAsync(code, "hallo") })
        {
            Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
            Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Status_zonder_code_geeft_400()
    {
        var antwoord = await factory.CreateClient().PostAsJsonAsync(new Uri("/api/v1/meldingen/_status", UriKind.Relative), new { });
        Assert.Contains("ontvangstcode", await antwoord.FoutveldenAsync());
    }

    [Fact]
    public async Task Reactie_van_de_melder_komt_bij_de_berichten()
    {
        var client = factory.CreateClient();
        var code = await client.MeldEnGeefCodeAsync();
        var reactie = await client.ReactieAsync(code, "Vannacht stonden er drie busjes.");
        Assert.Equal(HttpStatusCode.OK, reactie.StatusCode);
        var berichten = (await reactie.JsonAsync()).GetProperty("berichten").EnumerateArray().ToList();
        Assert.Equal(2, berichten.Count);
        Assert.Equal("melder", berichten[1].GetProperty("van").GetString());
        Assert.Equal("Vannacht stonden er drie busjes.", berichten[1].GetProperty("tekst").GetString());

        var leeg = await client.ReactieAsync(code, "  ");
        Assert.Contains("tekst", await leeg.FoutveldenAsync());
    }

    [Fact]
    public async Task Anoniem_mag_geen_kanaal_zetten()
    {
        var antwoord = await factory.CreateClient().MeldAsync(new { melderType = "burger", omschrijving = "Iets gezien.", kanaal = "telefoon" });
        Assert.Contains("kanaal", await antwoord.FoutveldenAsync());
    }

    [Fact]
    public async Task Partnersysteem_met_token_zet_het_kanaal()
    {
        var partner = DemoOrganisaties.IdVan(DemoOrganisaties.MeldMisdaadAnoniem);
        var client = factory.AlsApiClient(partner, Rollen.Aandachtsfunctionaris);
        var antwoord = await client.MeldAsync(new { melderType = "anders", omschrijving = "Doorgezette tip over een woning.", kanaal = "telefoon" });
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var code = (await antwoord.JsonAsync()).GetProperty("ontvangstcode").GetString()!;

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var melding = await db.Set<Melding>().SingleAsync(m => m.IndienerClient == $"client-{partner:N}");
        Assert.Equal(Kanaal.Telefoon, melding.Kanaal);
        Assert.Equal(partner, melding.IndienerOrganisatieId);
        Assert.Equal(DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv), melding.MeldpuntOrganisatieId);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().StatusAsync(code)).StatusCode);
    }

    [Fact]
    public async Task Adviesvraag_met_persoonsgegevens_waarschuwt_en_mag_na_bevestiging()
    {
        var client = factory.CreateClient();
        var vraag = new Dictionary<string, object>
        {
            ["soort"] = "adviesvraag",
            ["melderType"] = "professional",
            ["sector"] = "onderwijs",
            ["omschrijving"] = "Een leerling noemt jan.devries@voorbeeld.nl als contact van de baas. Wat moet ik doen?",
        };
        var eerst = await client.MeldAsync(vraag);
        Assert.Equal(HttpStatusCode.BadRequest, eerst.StatusCode);
        var json = await eerst.JsonAsync();
        Assert.Contains("omschrijving", json.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Contains(json.GetProperty("waarschuwingen").EnumerateArray(), w => w.GetProperty("soort").GetString() == "email");

        vraag["negeerPersoonsgegevensWaarschuwing"] = true;
        var daarna = await client.MeldAsync(vraag);
        Assert.Equal(HttpStatusCode.Created, daarna.StatusCode);
        Assert.Equal("adviesvraag", (await daarna.JsonAsync()).GetProperty("soort").GetString());
    }

    [Fact]
    public async Task Acuut_gevaar_maakt_de_melding_urgent()
    {
        var antwoord = await factory.CreateClient().MeldAsync(new { melderType = "burger", omschrijving = "Er wordt nu iemand vastgehouden.", acuutGevaar = true });
        Assert.True((await antwoord.JsonAsync()).GetProperty("urgent").GetBoolean());
    }
}

public sealed class MeldingenApiTestsSqlite(MeldpuntSqliteFactory f) : MeldingenApiTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class MeldingenApiTestsPostgres(MeldpuntPostgresFactory f) : MeldingenApiTests(f), IClassFixture<MeldpuntPostgresFactory>;

/// <summary>Limits per source: on a fresh app with low limits, the next request past the limit is 429 problem+json.</summary>
public abstract class MeldpuntLimietTests(SchakelFactory factory)
{
    [Fact]
    public async Task Te_veel_meldingen_en_codepogingen_geven_429()
    {
        var client = factory.CreateClient();
        // Refused input does not count: only accepted reports use up the budget.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.MeldAsync(new { melderType = "burger", omschrijving = "" })).StatusCode);
        }
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await client.MeldAsync(MeldpuntApi.MinimaleMelding)).StatusCode);
        }
        var teVeel = await client.MeldAsync(MeldpuntApi.MinimaleMelding);
        Assert.Equal(HttpStatusCode.TooManyRequests, teVeel.StatusCode);
        Assert.Equal("application/problem+json", teVeel.Content.Headers.ContentType?.MediaType);
        Assert.True(teVeel.Headers.RetryAfter is not null);

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.StatusAsync("1111 2222 3333 4444")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.StatusAsync("1111 2222 3333 4444")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.ReactieAsync("1111 2222 3333 4444", "x")).StatusCode);
    }
}

public sealed class MeldpuntLimietTestsSqlite(BegrensdeSqliteFactory f) : MeldpuntLimietTests(f), IClassFixture<BegrensdeSqliteFactory>;

public sealed class MeldpuntLimietTestsPostgres(BegrensdePostgresFactory f) : MeldpuntLimietTests(f), IClassFixture<BegrensdePostgresFactory>;
