using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Features.Sturing.Referentie;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Sturing;

/// <summary>
/// The plans as loaded reference data, against the published tables transcribed here by hand (Actieplan
/// "Samen tegen mensenhandel", chapter 4, the "Totaal" row of each action line's budget table, € x1000, and the
/// programme table in € mln.), never against the loader's own output.
/// </summary>
public abstract class ActieplannenTests(SchakelFactory factory)
{
    /// <summary>The "Totaal" rows as published: line → 2023, 2024, 2025, 2026.</summary>
    private static readonly Dictionary<int, decimal[]> GepubliceerdeTotalen = new()
    {
        [1] = [0, 200, 300, 0],
        [2] = [0, 150, 400, 350],
        [3] = [0, 400, 200, 0],
        [4] = [0, 350, 300, 200],
        [5] = [0, 100, 300, 100],
    };

    /// <summary>The programme table "Programma Samen tegen mensenhandel (€ 2 mln.)", rows c–g, in millions (its fourth column is headed 2025 a second time).</summary>
    private static readonly Dictionary<int, decimal[]> ProgrammaTabelMiljoen = new()
    {
        [1] = [0, 0.2m, 0.3m, 0],
        [2] = [0, 0.15m, 0.4m, 0.35m],
        [3] = [0, 0.4m, 0.2m, 0],
        [4] = [0, 0.35m, 0.3m, 0.2m],
        [5] = [0, 0.1m, 0.3m, 0.1m],
    };

    private async Task<(Plan Plan, List<Actielijn> Lijnen, List<Actie> Acties, List<Begrotingsregel> Regels)> NationaalAsync()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var plan = await db.Set<Plan>().SingleAsync(p => p.Code == NationaalActieplan.Code);
        var lijnen = await db.Set<Actielijn>().Where(l => l.PlanId == plan.Id).ToListAsync();
        var ids = lijnen.Select(l => l.Id).ToList();
        return (plan, lijnen, await db.Set<Actie>().Where(a => a.PlanId == plan.Id).ToListAsync(),
            await db.Set<Begrotingsregel>().Where(r => ids.Contains(r.ActielijnId)).ToListAsync());
    }

    [Fact]
    public async Task Het_landelijke_plan_heeft_5_actielijnen_en_32_acties()
    {
        var (_, lijnen, acties, _) = await NationaalAsync();
        Assert.Equal([1, 2, 3, 4, 5], lijnen.Select(l => l.Nummer).Order());
        Assert.Equal(32, acties.Count);
        Assert.Equal(Enumerable.Range(1, 32).Select(n => n.ToString()), acties.OrderBy(a => a.Volgorde).Select(a => a.Nummer));
    }

    [Fact]
    public async Task De_begrotingstotalen_per_lijn_en_jaar_zijn_de_gepubliceerde()
    {
        var (_, lijnen, _, regels) = await NationaalAsync();
        int[] jaren = [2023, 2024, 2025, 2026];
        foreach (var lijn in lijnen)
        {
            for (var j = 0; j < jaren.Length; j++)
            {
                var som = regels.Where(r => r.ActielijnId == lijn.Id && r.Jaar == jaren[j]).Sum(r => r.Bedrag);
                Assert.True(GepubliceerdeTotalen[lijn.Nummer][j] == som, $"actielijn {lijn.Nummer}, {jaren[j]}: gepubliceerd {GepubliceerdeTotalen[lijn.Nummer][j]}, geladen {som}");
                Assert.Equal(ProgrammaTabelMiljoen[lijn.Nummer][j] * 1000, som);
            }
        }
    }

    [Fact]
    public async Task De_api_geeft_plannen_en_acties_met_begroting_planning_en_eigenaren()
    {
        var api = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var plannen = await api.GetFromJsonAsync<JsonElement>(Pad("/api/v1/plannen"));
        Assert.Equal(3, plannen.GetArrayLength());
        var nationaal = plannen.EnumerateArray().Single(p => p.GetProperty("niveau").GetString() == "nationaal");
        Assert.Contains(plannen.EnumerateArray(), p => p.GetProperty("niveau").GetString() == "regionaal");
        Assert.Contains(plannen.EnumerateArray(), p => p.GetProperty("niveau").GetString() == "gemeentelijk" && p.GetProperty("gemeenteCode").GetString() == "GM1842");

        var acties = await api.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plannen/{nationaal.GetProperty("id").GetString()}/acties"));
        Assert.Equal(32, acties.GetArrayLength());
        JsonElement Actie(string nr) => acties.EnumerateArray().Single(a => a.GetProperty("nummer").GetString() == nr);

        // "3 en 4" is one published row: both actions show it, each naming the other.
        var drie = Actie("3").GetProperty("begroting").EnumerateArray().ToList();
        Assert.Equal([2024, 2025], drie.Select(b => b.GetProperty("jaar").GetInt32()));
        Assert.All(drie, b => Assert.Equal(100, b.GetProperty("bedrag").GetDecimal()));
        Assert.All(drie, b => Assert.Equal(["4"], b.GetProperty("gedeeldMet").EnumerateArray().Select(x => x.GetString())));
        Assert.Equal(["VNG"], Actie("22").GetProperty("eigenaren").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(4, Actie("22").GetProperty("actielijn").GetProperty("nummer").GetInt32());
        Assert.Equal("nietGestart", Actie("22").GetProperty("status").GetString());

        Assert.Equal(404, (int)(await api.GetAsync(Pad($"/api/v1/plannen/{Guid.NewGuid()}/acties"))).StatusCode);
        await ProbleemAsync(await api.GetAsync(Pad("/api/v1/plannen/geen-id/acties")), 400);
    }

    [Fact]
    public async Task De_begrotingstotalen_per_lijn_en_jaar_staan_in_de_api_en_op_de_planpagina_zoals_gepubliceerd()
    {
        var (plan, _, _, _) = await NationaalAsync();
        var api = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var begroting = await api.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plannen/{plan.Id}/begroting"));
        int[] jaren = [2023, 2024, 2025, 2026];
        var web = await factory.AlsAsync(Core.Organisaties.Rollen.Ketenregisseur);
        var html = await web.GetStringAsync(Pad($"/sturing/plannen/{plan.Id}"));
        foreach (var (lijn, bedragen) in GepubliceerdeTotalen)
        {
            var rij = begroting.GetProperty("actielijnen").EnumerateArray().Single(l => l.GetProperty("actielijn").GetInt32() == lijn);
            var perJaar = rij.GetProperty("perJaar").EnumerateArray().ToDictionary(b => b.GetProperty("jaar").GetInt32(), b => b.GetProperty("bedrag").GetDecimal());
            var tr = Regex.Match(html, $"<tr[^>]*data-lijn=\"{lijn}\"[^>]*>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
            for (var j = 0; j < jaren.Length; j++)
            {
                Assert.Equal(bedragen[j], perJaar.GetValueOrDefault(jaren[j]));
                if (perJaar.ContainsKey(jaren[j]))
                {
                    Assert.Contains($"data-jaar=\"{jaren[j]}\">{bedragen[j]:0.##}<", tr, StringComparison.Ordinal);
                }
            }
            Assert.Equal(bedragen.Sum(), rij.GetProperty("totaal").GetDecimal());
            Assert.Contains($"data-jaar=\"totaal\">{bedragen.Sum():0.##}<", tr, StringComparison.Ordinal);
        }
        Assert.Equal(GepubliceerdeTotalen.Values.Sum(b => b.Sum()), begroting.GetProperty("totaal").GetDecimal());
        Assert.Equal(404, (int)(await api.GetAsync(Pad($"/api/v1/plannen/{Guid.NewGuid()}/begroting"))).StatusCode);
    }

    [Fact]
    public async Task Het_beoogde_effect_en_de_vormen_van_een_actie_staan_in_de_api_en_op_de_paginas()
    {
        var (plan, _, acties, _) = await NationaalAsync();
        var api = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var lijst = await api.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plannen/{plan.Id}/acties"));
        JsonElement Actie(string nr) => lijst.EnumerateArray().Single(a => a.GetProperty("nummer").GetString() == nr);

        // Action 14 serves the goal "In 2025 is onderzocht hoe de vaststelling van slachtofferschap …" with its published effect.
        Assert.Equal("Voor slachtoffers zijn adequate zorg en opvang beschikbaar.", Actie("14").GetProperty("beoogdEffect").GetString());
        Assert.Equal(2025, Actie("14").GetProperty("doeljaar").GetInt32());
        Assert.Equal(["criminele uitbuiting"], Actie("13").GetProperty("vormen").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["seksuele uitbuiting", "criminele uitbuiting", "arbeidsuitbuiting"], Actie("14").GetProperty("vormen").EnumerateArray().Select(v => v.GetString()));

        var web = await factory.AlsAsync(Core.Organisaties.Rollen.Ketenregisseur);
        Assert.Contains("Voor slachtoffers zijn adequate zorg en opvang beschikbaar.", WebUtility.HtmlDecode(await web.GetStringAsync(Pad($"/sturing/plannen/{plan.Id}"))));
        var veertien = acties.Single(a => a.Nummer == "14").Id;
        var actiepagina = WebUtility.HtmlDecode(await web.GetStringAsync(Pad($"/sturing/acties/{veertien}")));
        Assert.Contains("Beoogd effect", actiepagina);
        Assert.Contains("Voor slachtoffers zijn adequate zorg en opvang beschikbaar.", actiepagina);
    }

    [Fact]
    public async Task Tegenstrijdigheden_blijven_zoals_gepubliceerd_en_staan_op_de_pagina()
    {
        var api = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var plannen = await api.GetFromJsonAsync<JsonElement>(Pad("/api/v1/plannen"));
        var id = plannen.EnumerateArray().Single(p => p.GetProperty("niveau").GetString() == "nationaal").GetProperty("id").GetString();
        var acties = await api.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plannen/{id}/acties"));
        JsonElement Actie(string nr) => acties.EnumerateArray().Single(a => a.GetProperty("nummer").GetString() == nr);

        // Action 18: text 2025, planning table 2026, budget 2025 — the planning keeps the table, the budget its year.
        Assert.Equal([2026], Actie("18").GetProperty("planning").GetProperty("jaren").EnumerateArray().Select(j => j.GetInt32()));
        Assert.Equal([2025], Actie("18").GetProperty("begroting").EnumerateArray().Select(b => b.GetProperty("jaar").GetInt32()));
        Assert.StartsWith("In 2025", Actie("18").GetProperty("tekst").GetString());
        // Actions 11 and 12: the budget table numbers them the other way round; the row stays under its printed number.
        var elf = Assert.Single(Actie("11").GetProperty("begroting").EnumerateArray());
        Assert.Contains("proeftuin aangiftebereidheid", elf.GetProperty("regel").GetString());
        Assert.Contains("verklaringen", Actie("11").GetProperty("tekst").GetString());
        // Action 26: planning 2024, budget 2026; action 25: planning 2026, budget 2024.
        Assert.Equal([2024], Actie("26").GetProperty("planning").GetProperty("jaren").EnumerateArray().Select(j => j.GetInt32()));
        Assert.Equal(2026, Assert.Single(Actie("26").GetProperty("begroting").EnumerateArray()).GetProperty("jaar").GetInt32());
        Assert.Equal(2024, Assert.Single(Actie("25").GetProperty("begroting").EnumerateArray()).GetProperty("jaar").GetInt32());

        var web = await factory.AlsAsync(Core.Organisaties.Rollen.Ketenregisseur);
        var html = await web.GetStringAsync(Pad("/sturing/tegenstrijdigheden"));
        foreach (var code in new[] { "nat-11-12", "nat-18", "nat-25", "nat-26", "md-5-1" })
        {
            Assert.Contains($"data-tegenstrijdigheid=\"{code}\"", html);
        }
    }

    [Fact]
    public async Task De_paginas_zijn_er_voor_medewerkers_en_niet_voor_opvang()
    {
        var web = await factory.AlsAsync(Core.Organisaties.Rollen.Ketenregisseur);
        foreach (var pad in new[] { "/sturing", "/sturing/rapportage", "/sturing/basisniveau", "/sturing/basisniveau/vng?soort=eind", "/sturing/basisniveau/GM1842", "/sturing/tegenstrijdigheden" })
        {
            var status = (await web.GetAsync(Pad(pad))).StatusCode;
            Assert.True(status == HttpStatusCode.OK, $"{pad}: {status}");
        }
        var opvang = await factory.AlsAsync(Core.Organisaties.Rollen.Opvangmedewerker);
        Assert.NotEqual(HttpStatusCode.OK, (await opvang.GetAsync(Pad("/sturing"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await web.GetAsync(Pad("/sturing/basisniveau/GM9999"))).StatusCode);
    }
}

public sealed class ActieplannenTestsSqlite(SqliteFactory factory) : ActieplannenTests(factory), IClassFixture<SqliteFactory>;

public sealed class ActieplannenTestsPostgres(PostgresFactory factory) : ActieplannenTests(factory), IClassFixture<PostgresFactory>;
