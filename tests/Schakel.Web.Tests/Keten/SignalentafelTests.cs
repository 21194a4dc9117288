using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Signalentafel;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Doorverwijzing.Partner;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Keten;

/// <summary>
/// The signals table on both databases: no start without a legal basis, only pseudonymised signals at the table,
/// contributions filtered and encrypted, a routing decision in the receiver's inbox, every read and decision audited,
/// and nobody outside the table sees it.
/// </summary>
public abstract class SignalentafelTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = PartnerTestdata.Rsiv;
    private static readonly Guid Politie = PartnerTestdata.Politie;
    private static readonly Guid Shop = PartnerTestdata.Shop;
    private static readonly Guid DenHaag = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"));

    private HttpClient Regisseur => factory.Als(Rsiv, Rollen.Ketenregisseur);
    private HttpClient Meldpunt => factory.Als(Rsiv, Rollen.Aandachtsfunctionaris);
    private HttpClient Politieman => factory.Als(Politie, Rollen.Opsporing);

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private static async Task<JsonNode> JsonAsync(HttpResponseMessage antwoord, HttpStatusCode verwacht)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == verwacht, $"{antwoord.StatusCode}: {tekst}");
        return JsonNode.Parse(tekst)!;
    }

    private async Task<Guid> TafelAsync(string? grondslag)
    {
        var t = await JsonAsync(await Regisseur.PostAsJsonAsync(Pad("/api/v1/signalentafels"),
            new { naam = "Signalentafel proef " + Guid.NewGuid().ToString("N")[..6], grondslag, leden = new[] { Rsiv, Politie, Shop } }), HttpStatusCode.Created);
        return (Guid)t["id"]!;
    }

    private async Task<Guid> GestartAsync()
    {
        var id = await TafelAsync(null);
        await JsonAsync(await Regisseur.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/_starten"),
            new { grondslag = "Convenant RIEC Midden-Nederland, art. 4 (gezamenlijk verwerkingsverband)" }), HttpStatusCode.OK);
        return id;
    }

    /// <summary>A triaged report of RSIV's reporting point with known identifying values.</summary>
    private async Task<Guid> GetrieerdeMeldingAsync()
    {
        var meldingId = await MeldingAsync();
        await TrieerAsync(meldingId);
        return meldingId;
    }

    private async Task<Guid> MeldingAsync()
    {
        Guid meldingId;
        await using (var scope = factory.Scope())
        {
            var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
            {
                MelderType = "burger",
                Omschrijving = $"{PartnerTestdata.SlachtofferNaam} slaapt in een busje aan de {PartnerTestdata.LeadAdres}; bel {PartnerTestdata.SlachtofferTelefoon}. Gemeld door {PartnerTestdata.MelderNaam}.",
                GemeenteCode = "GM0518",
                Uitbuitingsvormen = ["arbeid"],
                Betrokkenen = new BetrokkenenInvoer { Aantal = 1, Geslacht = "man", Leeftijd = "34", Minderjarig = "nee" },
                Contact = new ContactInvoer { Naam = PartnerTestdata.MelderNaam, Telefoon = PartnerTestdata.MelderTelefoon, Toestemming = true },
                NegeerPersoonsgegevensWaarschuwing = true,
            }, [], Indiener.Publiek());
            Assert.True(u.Gelukt, string.Join("; ", u.Fouten.SelectMany(x => x.Value)));
            meldingId = u.MeldingId!.Value;
        }
        return meldingId;
    }

    private async Task TrieerAsync(Guid meldingId)
    {
        var triage = await Meldpunt.PutAsJsonAsync(Pad($"/api/v1/meldingen/{meldingId}/triage"), new
        {
            uitbuitingsvormen = new[] { "arbeid" }, indicatoren = Array.Empty<string>(), urgentie = "hoog", minderjarigBetrokken = "nee",
            zijde = "daderkant", gemeenteCode = "GM0518",
            aanknopingspunten = new[] { new { soort = "naam", waarde = PartnerTestdata.SlachtofferNaam }, new { soort = "adres", waarde = PartnerTestdata.LeadAdres } },
        });
        Assert.True(triage.StatusCode == HttpStatusCode.OK, await triage.Content.ReadAsStringAsync());
    }

    private async Task<T> DbAsync<T>(Func<SchakelDbContext, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }

    [Fact]
    public async Task Zonder_grondslag_start_de_tafel_niet_en_neemt_geen_signalen()
    {
        var id = await TafelAsync(null);
        var start = await JsonAsync(await Regisseur.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/_starten"), new { grondslag = " " }), HttpStatusCode.BadRequest);
        Assert.NotNull(start["errors"]!["grondslag"]);

        var melding = await GetrieerdeMeldingAsync();
        var inbreng = await JsonAsync(await Meldpunt.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen"), new { meldingId = melding }), HttpStatusCode.BadRequest);
        Assert.NotNull(inbreng["errors"]!["tafel"]);
        Assert.False(await DbAsync(db => db.Set<Tafel>().AnyAsync(t => t.Id == id && t.GestartOp != null)));

        // Recorded at creation, the basis is enough to start.
        var metGrondslag = await TafelAsync("Convenant RIEC, art. 4");
        await JsonAsync(await Regisseur.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{metGrondslag}/_starten"), new { }), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Besluit_om_door_te_zetten_komt_in_de_inbox_van_de_ontvanger_en_alles_is_gelogd()
    {
        var id = await GestartAsync();
        var melding = await GetrieerdeMeldingAsync();

        var signaal = await JsonAsync(await Meldpunt.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen"), new { meldingId = melding }), HttpStatusCode.Created);
        var signaalId = (Guid)signaal["id"]!;
        var bijdrage = await JsonAsync(await Politieman.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen/{signaalId}/bijdragen"), new
        {
            grondslag = "Wpg art. 20",
            tekst = $"Bekend bij de politie; zelfde busje gezien, bel 0611122233 of {PartnerTestdata.SlachtofferNaam}.",
        }), HttpStatusCode.Created);
        Assert.DoesNotContain("0611122233", (string)bijdrage["tekst"]!, StringComparison.Ordinal);

        var agenda = await Regisseur.GetStringAsync(Pad($"/api/v1/signalentafels/{id}/signalen"));
        foreach (var waarde in PartnerTestdata.Identificerend.Append("0611122233"))
        {
            Assert.DoesNotContain(waarde, agenda, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("NAAM-", agenda, StringComparison.Ordinal);

        var besluit = await JsonAsync(await Regisseur.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen/{signaalId}/besluit"),
            new { soort = "partner", ontvangerId = Politie, reden = "Opsporing heeft aanvullende informatie." }), HttpStatusCode.OK);
        var doorverwijzing = (Guid)besluit["doorverwijzingId"]!;
        Assert.Equal("partner", (string)besluit["besluit"]!);

        var inbox = await Politieman.GetStringAsync(Pad("/api/v1/doorverwijzingen?paginaGrootte=100"));
        Assert.Contains(doorverwijzing.ToString(), inbox, StringComparison.Ordinal);
        var rij = await DbAsync(db => db.Set<Schakel.Web.Features.Doorverwijzing.Model.DoorverwijzingRij>().SingleAsync(r => r.Id == doorverwijzing));
        Assert.Equal(Rsiv, rij.AfzenderOrganisatieId);
        Assert.Equal(melding, rij.MeldingId);

        var acties = await DbAsync(db => db.Set<AuditRegel>().Where(a => a.ObjectId == id.ToString() || a.ObjectId == signaalId.ToString() || a.ObjectId == doorverwijzing.ToString())
            .Select(a => a.Actie).ToListAsync());
        Assert.Contains("signalentafel.gestart", acties);
        Assert.Contains("signalentafel.gelezen", acties);
        Assert.Contains("signalentafel.signaal.ingebracht", acties);
        Assert.Contains("signalentafel.bijdrage", acties);
        Assert.Contains("signalentafel.besluit", acties);
        Assert.Contains("doorverwijzing.verstuurd", acties);

        // Stored encrypted: the contribution's words are not in the row.
        var opgeslagen = await DbAsync(db => db.Set<TafelBijdrage>().Where(b => b.SignaalId == signaalId).Select(b => b.TekstVersleuteld).SingleAsync());
        Assert.DoesNotContain("busje", opgeslagen, StringComparison.Ordinal);

        var nogmaals = await JsonAsync(await Regisseur.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen/{signaalId}/besluit"),
            new { soort = "geenActie", reden = "x" }), HttpStatusCode.BadRequest);
        Assert.NotNull(nogmaals["errors"]!["signaal"]);
    }

    [Theory]
    [InlineData("nl", "Een landelijke instantie kan geen lid")]
    [InlineData("en", "A national body cannot be a member")]
    public async Task Een_landelijke_instantie_wordt_als_lid_geweigerd_bij_het_veld_in_de_taal_van_de_aanvrager(string taal, string fout)
    {
        var landelijk = await DbAsync(db => db.Set<Organisatie>().Where(o => o.Type == OrganisatieType.Landelijk && o.Actief).Select(o => o.Id).FirstAsync());
        var regisseur = Regisseur;
        regisseur.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
        var naam = "Signalentafel landelijk " + Guid.NewGuid().ToString("N")[..6];
        var antwoord = await JsonAsync(await regisseur.PostAsJsonAsync(Pad("/api/v1/signalentafels"), new { naam, grondslag = "Convenant", leden = new[] { Politie, landelijk } }),
            HttpStatusCode.BadRequest);
        Assert.StartsWith(fout, (string?)antwoord["errors"]!["leden[1]"]![0], StringComparison.Ordinal);
        Assert.Null(antwoord["errors"]!["leden[0]"]);
        Assert.False(await DbAsync(db => db.Set<Tafel>().AnyAsync(t => t.Naam == naam)));

        // The form does not offer national bodies at all.
        var pagina = await regisseur.GetStringAsync(Pad("/keten/signalentafels"));
        Assert.DoesNotContain($"value=\"{landelijk}\"", pagina, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Het besluit is niet geldig.", "Doorzetten vraagt een triage")]
    [InlineData("en", "The decision is not valid.", "Routing needs a triage")]
    public async Task Een_ongetrieerde_melding_komt_op_de_agenda_en_wordt_pas_na_triage_doorgezet(string taal, string titel, string fout)
    {
        var id = await GestartAsync();
        var melding = await MeldingAsync();
        var pagina = WebUtility.HtmlDecode(await Meldpunt.GetStringAsync(Pad($"/keten/signalentafels/{id}")));
        Assert.Contains($"value=\"{melding}\"", pagina, StringComparison.Ordinal);

        var signaal = await JsonAsync(await Meldpunt.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen"), new { meldingId = melding }), HttpStatusCode.Created);
        var signaalId = (Guid)signaal["id"]!;
        Assert.Null(await DbAsync(db => db.Set<TafelSignaal>().Where(s => s.Id == signaalId).Select(s => s.TriageId).SingleAsync()));

        var regisseur = Regisseur;
        regisseur.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
        var weigering = await JsonAsync(await regisseur.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen/{signaalId}/besluit"),
            new { soort = "partner", ontvangerId = Politie, reden = "Opsporing." }), HttpStatusCode.BadRequest);
        Assert.StartsWith(fout, (string?)weigering["errors"]!["triage"]![0], StringComparison.Ordinal);
        Assert.StartsWith(titel, (string?)weigering["title"], StringComparison.Ordinal);
        Assert.False(await DbAsync(db => db.Set<TafelSignaal>().AnyAsync(s => s.Id == signaalId && s.Besluit != null)));

        // Once the reporting point has triaged it, the table routes it on that triage.
        await TrieerAsync(melding);
        var besluit = await JsonAsync(await Regisseur.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen/{signaalId}/besluit"),
            new { soort = "partner", ontvangerId = Politie, reden = "Opsporing." }), HttpStatusCode.OK);
        var doorverwijzing = (Guid)besluit["doorverwijzingId"]!;
        var triageId = await DbAsync(db => db.Set<Schakel.Web.Features.Doorverwijzing.Model.MeldingTriage>().Where(t => t.MeldingId == melding).Select(t => t.Id).SingleAsync());
        Assert.Equal(triageId, await DbAsync(db => db.Set<Schakel.Web.Features.Doorverwijzing.Model.Routebesluit>()
            .Where(b => db.Set<Schakel.Web.Features.Doorverwijzing.Model.DoorverwijzingRij>().Any(r => r.Id == doorverwijzing && r.RoutebesluitId == b.Id)).Select(b => b.TriageId).SingleAsync()));
    }

    [Fact]
    public async Task Fout_besluit_geeft_alle_fouten_en_slaat_niets_op()
    {
        var id = await GestartAsync();
        var melding = await GetrieerdeMeldingAsync();
        var signaalId = (Guid)(await JsonAsync(await Meldpunt.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen"), new { meldingId = melding }), HttpStatusCode.Created))["id"]!;

        var fout = await JsonAsync(await Regisseur.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen/{signaalId}/besluit"),
            new { soort = "partner", ontvangerId = DenHaag, reden = "" }), HttpStatusCode.BadRequest);
        Assert.NotNull(fout["errors"]!["ontvangerId"]);
        Assert.NotNull(fout["errors"]!["reden"]);
        Assert.False(await DbAsync(db => db.Set<TafelSignaal>().AnyAsync(s => s.Id == signaalId && s.Besluit != null)));

        var geen = await JsonAsync(await Regisseur.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen/{signaalId}/besluit"),
            new { soort = "geenActie", reden = "Te weinig aanknopingspunten." }), HttpStatusCode.OK);
        Assert.Null(geen["doorverwijzingId"]);
    }

    [Fact]
    public async Task Een_casustafelbesluit_kan_geen_landelijke_instantie_noemen_en_de_pagina_biedt_er_geen_aan()
    {
        var id = await GestartAsync();
        var melding = await GetrieerdeMeldingAsync();
        var signaalId = (Guid)(await JsonAsync(await Meldpunt.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen"), new { meldingId = melding }), HttpStatusCode.Created))["id"]!;
        var landelijk = await DbAsync(db => db.Set<Organisatie>().Where(o => o.Type == OrganisatieType.Landelijk && o.Actief).Select(o => o.Id).FirstAsync());

        var fout = await JsonAsync(await Regisseur.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen/{signaalId}/besluit"),
            new { soort = "casustafel", ontvangerId = landelijk, reden = "Landelijke casus." }), HttpStatusCode.BadRequest);
        Assert.StartsWith("Een landelijke instantie ontvangt geen casussen", (string?)fout["errors"]!["ontvangerId"]![0], StringComparison.Ordinal);
        Assert.False(await DbAsync(db => db.Set<TafelSignaal>().AnyAsync(s => s.Id == signaalId && s.Besluit != null)));
        Assert.False(await DbAsync(db => db.Set<Schakel.Web.Features.Doorverwijzing.Model.DoorverwijzingRij>().AnyAsync(r => r.MeldingId == melding && r.OntvangerOrganisatieId == landelijk)));

        // The decision form offers organisations outside the table as case tables, national bodies never.
        var pagina = await Regisseur.GetStringAsync(Pad($"/keten/signalentafels/{id}"));
        Assert.Contains($"value=\"{DenHaag}\"", pagina, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{landelijk}\"", pagina, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_besluit_deelt_op_het_niveau_dat_het_deelbeleid_de_ontvanger_toestaat()
    {
        var id = await GestartAsync();
        var eerste = await GetrieerdeMeldingAsync();
        var tweede = await GetrieerdeMeldingAsync();
        async Task<Guid> BesluitAsync(Guid melding, string soort, Guid ontvanger)
        {
            var signaalId = (Guid)(await JsonAsync(await Meldpunt.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen"), new { meldingId = melding }), HttpStatusCode.Created))["id"]!;
            var besluit = await JsonAsync(await Regisseur.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen/{signaalId}/besluit"),
                new { soort, ontvangerId = ontvanger, reden = "Besproken aan tafel." }), HttpStatusCode.OK);
            return (Guid)besluit["doorverwijzingId"]!;
        }

        // The police have a recorded basis for follow-up: they get what the policy allows them without consent, on the proposed basis.
        var politieRij = await BesluitAsync(eerste, "partner", Politie);
        var (verwachtNiveau, verwachteGrondslag) = await VerwachtAsync(Politie);
        Assert.NotEqual(Schakel.Core.Doorverwijzing.Deelniveau.Geen, verwachtNiveau);
        var rij = await DbAsync(db => db.Set<Schakel.Web.Features.Doorverwijzing.Model.DoorverwijzingRij>().SingleAsync(r => r.Id == politieRij));
        Assert.Equal(verwachtNiveau, rij.Deelniveau);
        Assert.Equal(verwachteGrondslag, rij.GrondslagCode);

        // A municipality has no basis to process soft signals for follow-up: it learns only that a signal exists.
        var gemeenteRij = await BesluitAsync(tweede, "casustafel", DenHaag);
        var gemeente = await DbAsync(db => db.Set<Schakel.Web.Features.Doorverwijzing.Model.DoorverwijzingRij>().SingleAsync(r => r.Id == gemeenteRij));
        Assert.Equal(Schakel.Core.Doorverwijzing.Deelniveau.Geen, gemeente.Deelniveau);
        Assert.Null(gemeente.GrondslagCode);
    }

    /// <summary>What the sharing policy in force allows the organisation without consent, by the policy's own answer.</summary>
    private async Task<(Schakel.Core.Doorverwijzing.Deelniveau, string?)> VerwachtAsync(Guid organisatie)
    {
        await using var scope = factory.Scope();
        var beleid = await scope.ServiceProvider.GetRequiredService<Schakel.Web.Features.Doorverwijzing.Delen.DeelbeleidOpslag>().HuidigAsync();
        var o = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Organisatie>().SingleAsync(x => x.Id == organisatie);
        var niveau = beleid.HoogsteZonderToestemming(o.Partijcategorie, o.Type, o.Id);
        return (niveau, beleid.Voorgesteld(o.Partijcategorie, o.Type, niveau, o.Id)?.Code);
    }

    [Fact]
    public async Task Wie_niet_aan_tafel_zit_ziet_haar_niet_en_een_lid_besluit_niet()
    {
        var id = await GestartAsync();
        var buitenstaander = factory.Als(DenHaag, Rollen.Aandachtsfunctionaris);
        Assert.Equal(HttpStatusCode.NotFound, (await buitenstaander.GetAsync(Pad($"/api/v1/signalentafels/{id}/signalen"))).StatusCode);
        Assert.DoesNotContain(id.ToString(), await buitenstaander.GetStringAsync(Pad("/api/v1/signalentafels")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await buitenstaander.GetAsync(Pad($"/keten/signalentafels/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await buitenstaander.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen"), new { meldingId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await buitenstaander.PostAsJsonAsync(Pad("/api/v1/signalentafels"), new { naam = "x", leden = new[] { DenHaag } })).StatusCode);

        // A member's chain director reads but does not decide; a care coordinator may not decide at all.
        var ander = factory.Als(Shop, Rollen.Ketenregisseur);
        Assert.Equal(HttpStatusCode.OK, (await ander.GetAsync(Pad($"/api/v1/signalentafels/{id}/signalen"))).StatusCode);
        var melding = await GetrieerdeMeldingAsync();
        var signaalId = (Guid)(await JsonAsync(await Meldpunt.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen"), new { meldingId = melding }), HttpStatusCode.Created))["id"]!;
        Assert.Equal(HttpStatusCode.Forbidden, (await ander.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen/{signaalId}/besluit"),
            new { soort = "geenActie", reden = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.Als(Shop, Rollen.Zorgcoordinator).PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen/{signaalId}/besluit"),
            new { soort = "geenActie", reden = "x" })).StatusCode);
        // Only a report of one's own reporting point goes on the agenda.
        var vreemd = await JsonAsync(await Politieman.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen"), new { meldingId = melding }), HttpStatusCode.BadRequest);
        Assert.NotNull(vreemd["errors"]!["meldingId"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(Pad("/api/v1/signalentafels"))).StatusCode);
    }

    [Fact]
    public async Task Tafelpagina_toont_de_agenda_en_de_open_signalen_tellen_in_het_menu()
    {
        var id = await GestartAsync();
        var melding = await GetrieerdeMeldingAsync();
        await JsonAsync(await Meldpunt.PostAsJsonAsync(Pad($"/api/v1/signalentafels/{id}/signalen"), new { meldingId = melding }), HttpStatusCode.Created);

        var html = WebUtility.HtmlDecode(await Regisseur.GetStringAsync(Pad($"/keten/signalentafels/{id}")));
        Assert.Contains("NAAM-", html, StringComparison.Ordinal);
        Assert.DoesNotContain(PartnerTestdata.SlachtofferNaam, html, StringComparison.Ordinal);
        Assert.Contains("Besluit", html, StringComparison.Ordinal);
        await using var scope = factory.Scope();
        var teller = scope.ServiceProvider.GetServices<Schakel.Web.Features.Accounts.IWerkplekTeller>().Single(t => t.Pad == SignalentafelTeller.Pad);
        Assert.True(await teller.TelAsync(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(Schakel.Web.Security.SchakelClaims.Organisatie, Politie.ToString()), new(Schakel.Web.Security.SchakelClaims.Rol, Rollen.Opsporing)], "test")), CancellationToken.None) >= 1);
    }
}

public sealed class SignalentafelTestsSqlite(DoorverwijzingSqliteFactory f) : SignalentafelTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class SignalentafelTestsPostgres(DoorverwijzingPostgresFactory f) : SignalentafelTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
