using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Keten;
using Schakel.Core.Organisaties;
using Schakel.Core.Sturing;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Keten.Kennisbank;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Sturing;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Sturing;

/// <summary>
/// The basic level's own data: the checklist's items as managed data (add, reword, retire, load all or nothing), the
/// policy facts with their history and the document from the knowledge library, and focal officers' end dates.
/// </summary>
public abstract partial class BasisniveauTests
{
    private const string ItemsPagina = "/sturing/basisniveau/items";

    private async Task<List<BasisniveauItem>> ItemsAsync()
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<BasisniveauItem>().AsNoTracking().ToListAsync();
    }

    private async Task<int> AuditAsync(string actie, string resultaat)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<AuditRegel>()
            .CountAsync(a => a.Actie == actie && a.Resultaat == resultaat);
    }

    [Fact]
    public async Task Een_item_wordt_toegevoegd_gewijzigd_en_beeindigd_en_blijft_in_rapportages_van_daarvoor()
    {
        var web = await factory.AlsAsync(Rollen.Ketenregisseur);
        Assert.Contains(ItemsPagina, await web.GetStringAsync(Pad("/werkplek")));
        var r = await Aanmelden.PostFormAsync(web, ItemsPagina, new()
        {
            ["NaamNl"] = "Convenant met zorgpartners getekend", ["NaamEn"] = "Covenant with care partners signed", ["Bron"] = "VNG-kader (concept)",
            ["Beschrijving"] = "Het convenant is door alle partners getekend.",
        }, ItemsPagina + "?handler=Toevoegen");
        Assert.Equal(ItemsPagina, Aanmelden.Pad(r));
        var item = Assert.Single(await ItemsAsync(), i => i.NaamNl == "Convenant met zorgpartners getekend");
        Assert.Equal("convenant-met-zorgpartners-getekend", item.Code);
        Assert.True(await AuditAsync("sturing.basisniveau-item.toegevoegd", AuditResultaat.Gelukt) >= 1);

        // Reworded; the code stays, so answers and computations keep their key.
        r = await Aanmelden.PostFormAsync(web, ItemsPagina, new()
        {
            ["Code"] = item.Code, ["NaamNl"] = "Convenant getekend", ["NaamEn"] = "Covenant signed", ["Volgorde"] = "3",
        }, ItemsPagina + "?handler=Wijzigen");
        Assert.Equal(ItemsPagina, Aanmelden.Pad(r));
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        Assert.Equal(HttpStatusCode.OK, (await regie.PutAsJsonAsync(Pad($"/api/v1/gemeenten/GM0603/basisniveau/{item.Code}"), new { stand = "ja", bewijs = "Getekend" })).StatusCode);
        var lijst = await regie.GetFromJsonAsync<JsonElement>(Pad("/api/v1/gemeenten/GM0603/basisniveau"));
        Assert.Equal("Convenant getekend", Item(lijst, item.Code).GetProperty("naam").GetString());
        Assert.Contains("data-item=\"" + item.Code + "\"", await web.GetStringAsync(Pad("/sturing/basisniveau/GM0603")));
        var voorBeeindiging = DateTimeOffset.UtcNow;

        // A computed item is never retired; a hand-kept one is, once.
        r = await Aanmelden.PostFormAsync(web, ItemsPagina, new() { ["Code"] = "af-geregistreerd" }, ItemsPagina + "?handler=Beeindigen");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True(Assert.Single(await ItemsAsync(), i => i.Code == "af-geregistreerd").Actief);
        r = await Aanmelden.PostFormAsync(web, ItemsPagina, new() { ["Code"] = item.Code }, ItemsPagina + "?handler=Beeindigen");
        Assert.Equal(ItemsPagina, Aanmelden.Pad(r));
        Assert.Equal(HttpStatusCode.BadRequest, (await Aanmelden.PostFormAsync(web, ItemsPagina, new() { ["Code"] = item.Code }, ItemsPagina + "?handler=Beeindigen")).StatusCode);

        // Gone from the current checklist, the matrix and answering; its answer is kept and a list as of before shows it.
        lijst = await regie.GetFromJsonAsync<JsonElement>(Pad("/api/v1/gemeenten/GM0603/basisniveau"));
        Assert.DoesNotContain(lijst.GetProperty("items").EnumerateArray(), i => i.GetProperty("code").GetString() == item.Code);
        Assert.DoesNotContain(item.Code, await web.GetStringAsync(Pad("/sturing/basisniveau")));
        await ProbleemAsync(await regie.PutAsJsonAsync(Pad($"/api/v1/gemeenten/GM0603/basisniveau/{item.Code}"), new { stand = "nee" }), 404);
        var historie = await regie.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/gemeenten/GM0603/basisniveau/historie?item={item.Code}"));
        Assert.Equal(1, historie.GetArrayLength());
        await using var scope = factory.Scope();
        var basis = scope.ServiceProvider.GetRequiredService<Basisniveaulijst>();
        var toen = Assert.Single(await basis.ChecklistenAsync(["GM0603"], voorBeeindiging, default));
        Assert.Equal(Basisniveaustand.Ja, Assert.Single(toen.Items, i => i.Code == item.Code).Stand);
        var nu = Assert.Single(await basis.ChecklistenAsync(["GM0603"], DateTimeOffset.UtcNow, default));
        Assert.DoesNotContain(nu.Items, i => i.Code == item.Code);
        // Before it was added it was not on the checklist either.
        var vroeger = Assert.Single(await basis.ChecklistenAsync(["GM0603"], new DateTimeOffset(2025, 6, 30, 22, 0, 0, TimeSpan.Zero), default));
        Assert.DoesNotContain(vroeger.Items, i => i.Code == item.Code);
        Assert.True(await AuditAsync("sturing.basisniveau-item.beeindigd", AuditResultaat.Gelukt) >= 1);
        Assert.True(await AuditAsync("sturing.basisniveau-item.gewijzigd", AuditResultaat.Gelukt) >= 1);
    }

    [Fact]
    public async Task Een_reeks_items_laden_is_alles_of_niets_en_vijandige_invoer_wordt_geweigerd()
    {
        var web = await factory.AlsAsync(Rollen.Beheerder);
        var voor = (await ItemsAsync()).Count;
        var auditVoor = await AuditAsync("sturing.basisniveau-item.toegevoegd", AuditResultaat.Gelukt);
        async Task<HttpResponseMessage> Laad(string tekst, string bron = "VNG-kader 2026") =>
            await Aanmelden.PostFormAsync(web, ItemsPagina, new() { ["Tekst"] = tekst, ["Bron"] = bron }, ItemsPagina + "?handler=Laden");

        // The second line lacks its English name, the third repeats the first: nothing is added.
        var r = await Laad("Regionale samenwerking geborgd | Regional cooperation secured\nAlleen Nederlands\nRegionale samenwerking geborgd | Again");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("data-foute-regels=\"2,3\"", await r.Content.ReadAsStringAsync());
        Assert.Equal(voor, (await ItemsAsync()).Count);
        // A NUL or a name already on the checklist: refused too.
        Assert.Equal(HttpStatusCode.BadRequest, (await Laad("Met\0stuurteken | With control")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Laad("Interne meldroute vastgesteld | Internal reporting route adopted")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Laad(new string('x', 301) + " | Too long")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Laad("Goed | Good", bron: "")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Laad(string.Join('\n', Enumerable.Range(1, 201).Select(n => $"Item {n} | Item {n}")))).StatusCode);
        Assert.Equal(voor, (await ItemsAsync()).Count);
        Assert.Equal(auditVoor, await AuditAsync("sturing.basisniveau-item.toegevoegd", AuditResultaat.Gelukt));

        // Then a good set: both added, each with its audit entry.
        r = await Laad("Regionale samenwerking geborgd | Regional cooperation secured\r\n\r\nPreventie in het onderwijs | Prevention in education | Scholen kennen de signalen.");
        Assert.Equal(ItemsPagina, Aanmelden.Pad(r));
        var na = await ItemsAsync();
        Assert.Equal(voor + 2, na.Count);
        Assert.Equal("Scholen kennen de signalen.", Assert.Single(na, i => i.NaamNl == "Preventie in het onderwijs").Beschrijving);
        Assert.Equal(auditVoor + 2, await AuditAsync("sturing.basisniveau-item.toegevoegd", AuditResultaat.Gelukt));

        // Hostile single fields: a number beyond int, a name too long, a NUL, an unknown code.
        r = await Aanmelden.PostFormAsync(web, ItemsPagina, new() { ["NaamNl"] = "Groot getal", ["NaamEn"] = "Big number", ["Volgorde"] = "99999999999" }, ItemsPagina + "?handler=Toevoegen");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", await r.Content.ReadAsStringAsync());
        r = await Aanmelden.PostFormAsync(web, ItemsPagina, new() { ["NaamNl"] = "Nul\0teken", ["NaamEn"] = "Nul" }, ItemsPagina + "?handler=Toevoegen");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        r = await Aanmelden.PostFormAsync(web, ItemsPagina, new() { ["Code"] = "bestaat-niet", ["NaamNl"] = "X", ["NaamEn"] = "X" }, ItemsPagina + "?handler=Wijzigen");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal(voor + 2, (await ItemsAsync()).Count);
    }

    [Theory]
    [InlineData(Rollen.Aandachtsfunctionaris)]
    [InlineData(Rollen.Zorgcoordinator)]
    [InlineData(Rollen.Opsporing)]
    public async Task Items_bijhouden_is_niet_voor_andere_rollen(string rol)
    {
        var web = await factory.AlsAsync(rol);
        var pagina = await web.GetAsync(Pad(ItemsPagina));
        Assert.NotEqual(HttpStatusCode.OK, pagina.StatusCode);
        Assert.DoesNotContain(ItemsPagina, await web.GetStringAsync(Pad("/werkplek")));
        // A post with a valid token of the same account is refused as well, and changes nothing.
        var token = Aanmelden.Token(await web.GetStringAsync(Pad("/werkplek")));
        var voor = (await ItemsAsync()).Count;
        var r = await web.PostAsync(Pad(ItemsPagina + "?handler=Laden"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Tekst"] = "Ongeoorloofd | Unauthorised", ["Bron"] = "Test", ["__RequestVerificationToken"] = token,
        }));
        Assert.NotEqual(ItemsPagina, Aanmelden.Pad(r));
        Assert.NotEqual(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(voor, (await ItemsAsync()).Count);
    }

    [Fact]
    public async Task Een_herziening_na_30_juni_2025_laat_de_tussenrapportage_zoals_die_was()
    {
        const string cbs = "GM1916";
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var rsiv = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
            db.Add(new GemeenteBeleidVersie
            {
                Id = Guid.CreateVersion7(), GemeenteCode = cbs, VastgesteldOp = new DateOnly(2024, 3, 1), DocumentTitel = "Beleid 2024", EvaluatieIntervalJaren = 2,
                OrganisatieId = rsiv, Rol = Rollen.Ketenregisseur, VastgelegdOp = new DateTimeOffset(2024, 3, 5, 9, 0, 0, TimeSpan.Zero),
            });
            await db.SaveChangesAsync();
        }
        // Re-adopted in September 2025, recorded now through the API.
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var r = await regie.PutAsJsonAsync(Pad($"/api/v1/gemeenten/{cbs}/beleid"), new
        {
            vastgesteldOp = "2025-09-01", documentTitel = "Beleid 2025", documentLink = "https://example.org/beleid-2025.pdf", evaluatieIntervalJaren = 3,
        });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("2025-09-01", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("beleidVastgesteldOp").GetString());

        await using (var scope = factory.Scope())
        {
            var basis = scope.ServiceProvider.GetRequiredService<Basisniveaulijst>();
            var tussen = Assert.Single(await basis.ChecklistenAsync([cbs], new DateTimeOffset(2025, 6, 30, 22, 0, 0, TimeSpan.Zero), default));
            Assert.Equal(new DateOnly(2024, 3, 1), tussen.Beleid?.VastgesteldOp);
            Assert.Equal(2, tussen.Beleid?.EvaluatieIntervalJaren);
            Assert.Equal("Beleid 2024", tussen.Document?.Titel);
            var eind = Assert.Single(await basis.ChecklistenAsync([cbs], new DateTimeOffset(2026, 12, 31, 22, 0, 0, TimeSpan.Zero), default));
            Assert.Equal(new DateOnly(2025, 9, 1), eind.Beleid?.VastgesteldOp);
            // The monitor's section for 2025 reads the same.
            var keten = scope.ServiceProvider.GetRequiredService<Schakel.Web.Features.Monitor.Ketensecties>();
            var rij = (await keten.MaakAsync(Schakel.Web.Features.Monitor.Ketensecties.Sturing,
                new Schakel.Core.Monitor.Regiodefinitie(cbs, "Test", null, [cbs]), new Dictionary<string, string>(), 2024, default))!.Tabellen[0].Rijen.Single();
            Assert.Equal("2024-03-01", rij[4].Tekst);
        }

        var historie = await regie.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/gemeenten/{cbs}/beleid/historie"));
        Assert.Equal(new[] { "2025-09-01", "2024-03-01" }, historie.EnumerateArray().Select(h => h.GetProperty("vastgesteldOp").GetString()!).ToArray());
        Assert.Equal(DemoOrganisaties.Rsiv, historie[0].GetProperty("vastgelegdDoorOrganisatie").GetString());
        Assert.Equal(Rollen.Ketenregisseur, historie[0].GetProperty("vastgelegdDoorRol").GetString());
        Assert.Equal("https://example.org/beleid-2025.pdf", historie[0].GetProperty("beleidsdocument").GetProperty("link").GetString());
        var pagina = await (await factory.AlsAsync(Rollen.Ketenregisseur)).GetStringAsync(Pad($"/sturing/basisniveau/{cbs}"));
        Assert.Contains("data-beleidhistorie", pagina);
        Assert.Contains("Beleid 2024", pagina);
        Assert.Contains("data-beleidsdocument=\"buiten-kennisbank\"", pagina);
        await ProbleemAsync(await regie.GetAsync(Pad("/api/v1/gemeenten/GM9999/beleid/historie")), 404);
    }

    [Fact]
    public async Task Het_beleidsdocument_komt_uit_de_kennisbank_en_een_onbekend_document_wordt_geweigerd()
    {
        Guid document;
        await using (var scope = factory.Scope())
        {
            document = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<KennisDocument>()
                .Where(d => d.Code == "beleid-midden-delfland").Select(d => d.Id).SingleAsync();
        }
        var denHaag = await ClientMetTokenAsync(factory.CreateClient, "demo-gemeente-gravenhage");
        var r = await denHaag.PutAsJsonAsync(Pad("/api/v1/gemeenten/GM0518/beleid"), new { vastgesteldOp = "2024-05-01", kennisDocumentId = document });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var doc = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("beleidsdocument");
        Assert.Equal(document, doc.GetProperty("kennisDocumentId").GetGuid());
        Assert.Equal($"/kennisbank/{document}", doc.GetProperty("link").GetString());
        Assert.StartsWith("Beleid mensenhandel Midden-Delfland 2024", doc.GetProperty("titel").GetString());
        var web = await factory.AlsAsync(Rollen.Aandachtsfunctionaris);
        Assert.Contains($"data-beleidsdocument=\"{document}\"", await web.GetStringAsync(Pad("/sturing/basisniveau/GM0518")));
        Assert.Contains($"data-jaarverslag-beleidsdocument=\"{document}\"", await web.GetStringAsync(Pad("/sturing/basisniveau/GM0518/jaarverslag")));

        // A document that is not in the library (or a broken id) is refused, and nothing is recorded.
        var fout = await ProbleemAsync(await denHaag.PutAsJsonAsync(Pad("/api/v1/gemeenten/GM0518/beleid"), new { kennisDocumentId = Guid.NewGuid() }), 400);
        Assert.True(fout.GetProperty("errors").TryGetProperty("kennisDocumentId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await denHaag.PutAsJsonAsync(Pad("/api/v1/gemeenten/GM0518/beleid"), new { kennisDocumentId = "geen-id" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await denHaag.PutAsJsonAsync(Pad("/api/v1/gemeenten/GM0518/beleid"), new { documentLink = "http://example.org/x" })).StatusCode);
        Assert.Equal(1, (await denHaag.GetFromJsonAsync<JsonElement>(Pad("/api/v1/gemeenten/GM0518/beleid/historie")))
            .EnumerateArray().Count(h => h.GetProperty("beleidsdocument").ValueKind == JsonValueKind.Object));
        // Another municipality's focal officer and other roles are refused.
        await ProbleemAsync(await denHaag.PutAsJsonAsync(Pad("/api/v1/gemeenten/GM1842/beleid"), new { kennisDocumentId = document }), 403);
        await ProbleemAsync(await (await ClientMetTokenAsync(factory.CreateClient, Zorgcoordinator)).PutAsJsonAsync(Pad("/api/v1/gemeenten/GM0518/beleid"), new { evaluatieIntervalJaren = 2 }), 403);
    }

    [Fact]
    public async Task Een_aandachtsfunctionaris_telt_van_aanstelling_tot_einddatum()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        // A municipality of a unit of its own, so the region's matrix elsewhere keeps its 27 municipalities.
        if (!await db.Set<Schakel.Web.Features.Regio.Gemeente>().AnyAsync(g => g.CbsCode == "GM9911"))
        {
            db.Add(new Schakel.Web.Features.Regio.Eenheid { Code = "ET", Naam = "Eenheid Eindtest" });
            db.Add(new Schakel.Web.Features.Regio.Gemeente { CbsCode = "GM9911", Naam = "Eindedorp", EenheidCode = "ET", Deelregio = "Eindtest" });
        }
        var rsiv = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
        Aandachtsfunctionaris Af(string naam, DateOnly van, DateOnly? tot) => new()
        {
            Id = Guid.NewGuid(), GemeenteCode = "GM9911", OrganisatieId = rsiv, Naam = naam, Email = "af@example.org", Afdeling = Aandachtsfunctionarisafdeling.OOV,
            Zijde = Aandachtsfunctionariszijde.Dader, AangesteldOp = van, Actief = tot is null, BeeindigdOp = tot,
        };
        // One left in 2021, one served 2020 until May 2022, one appointed in 2022 and still there.
        db.AddRange(Af("Vertrok 2021", new(2019, 1, 1), new(2021, 3, 1)), Af("Vertrok 2022", new(2020, 1, 1), new(2022, 5, 1)), Af("Sinds 2022", new(2022, 1, 1), null));
        await db.SaveChangesAsync();

        var keten = scope.ServiceProvider.GetRequiredService<Schakel.Web.Features.Monitor.Ketensecties>();
        var regio = new Schakel.Core.Monitor.Regiodefinitie("T", "Test", null, ["GM9911"]);
        async Task<decimal?> Aantal(int jaar) =>
            (await keten.MaakAsync(Schakel.Web.Features.Monitor.Ketensecties.Keten, regio, new Dictionary<string, string>(), jaar, default))!
                .Tabellen.Single(t => t.Naam == "aandachtsfunctionarissen").Rijen.Single()[1].Getal;
        Assert.Equal(0, await Aantal(2018));
        Assert.Equal(2, await Aantal(2020));
        Assert.Equal(1, await Aantal(2021));
        Assert.Equal(1, await Aantal(2022));

        var berekening = scope.ServiceProvider.GetRequiredService<BasisniveauBerekening>();
        async Task<Basisniveaustand> Stand(int jaar) =>
            (await berekening.BerekenAsync(["GM9911"], default, Schakel.Web.Features.Monitor.Ketensecties.Peilmoment(jaar)))[("GM9911", BasisniveauBerekening.AandachtsfunctionarisGeregistreerd)].Stand;
        Assert.Equal(Basisniveaustand.Nee, await Stand(2018));
        Assert.Equal(Basisniveaustand.Ja, await Stand(2021));

        // Through the API (a municipality with its organisation): an end date for an active officer is refused, one before
        // the appointment too; deactivated without one, the end date is today.
        var regie = await ClientMetTokenAsync(factory.CreateClient, Beheerder);
        var basis = new { gemeenteCode = DemoAandachtsfunctionarissen.DenHaag, naam = "Tijdelijk AF", email = "af@example.org", afdeling = "oov", zijde = "dader", aangesteldOp = "2022-01-01" };
        var fout = await ProbleemAsync(await regie.PostAsJsonAsync(Pad("/api/v1/aandachtsfunctionarissen"), new
        {
            basis.gemeenteCode, basis.naam, basis.email, basis.afdeling, basis.zijde, basis.aangesteldOp, actief = true, beeindigdOp = "2023-01-01",
        }), 400);
        Assert.True(fout.GetProperty("errors").TryGetProperty("beeindigdOp", out _));
        var nieuw = await regie.PostAsJsonAsync(Pad("/api/v1/aandachtsfunctionarissen"), basis);
        Assert.Equal(HttpStatusCode.Created, nieuw.StatusCode);
        var id = (await nieuw.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await ProbleemAsync(await regie.PutAsJsonAsync(Pad($"/api/v1/aandachtsfunctionarissen/{id}"), new
        {
            basis.gemeenteCode, basis.naam, basis.email, basis.afdeling, basis.zijde, basis.aangesteldOp, actief = false, beeindigdOp = "2021-12-31",
        }), 400);
        var r = await regie.PutAsJsonAsync(Pad($"/api/v1/aandachtsfunctionarissen/{id}"), new
        {
            basis.gemeenteCode, basis.naam, basis.email, basis.afdeling, basis.zijde, basis.aangesteldOp, actief = false,
        });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("beeindigdOp").GetString());
    }
}
