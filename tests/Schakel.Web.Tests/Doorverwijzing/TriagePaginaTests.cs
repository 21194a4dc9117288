using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Doorverwijzing;

/// <summary>The triage and route decision pages and the referrals on the report page, on both databases.</summary>
public abstract partial class TriagePaginaTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
    private static readonly Guid Politie = DemoOrganisaties.IdVan(DemoOrganisaties.Politie);

    // One client per test class instance: the antiforgery cookie must survive from GET to POST.
    private HttpClient Medewerker => _medewerker ??= factory.Als(Rsiv, Rollen.Aandachtsfunctionaris);
    private HttpClient? _medewerker;

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private async Task<Guid> MeldAsync()
    {
        await using var scope = factory.Scope();
        var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
        {
            MelderType = "burger", Omschrijving = "Paginaproef: arbeiders slapen in de kas.", GemeenteCode = "GM0518",
            Uitbuitingsvormen = ["arbeid"], MinderjarigBetrokken = "onbekend",
        }, [], Indiener.Publiek());
        return u.MeldingId!.Value;
    }

    private async Task<HttpResponseMessage> PostAsync(string pad, Dictionary<string, string> velden)
    {
        var html = await Medewerker.GetStringAsync(Pad(pad));
        velden["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value;
        return await Medewerker.PostAsync(Pad(pad), new FormUrlEncodedContent(velden));
    }

    private async Task<T> DbAsync<T>(Func<SchakelDbContext, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }

    [Fact]
    public async Task Triagepagina_toont_de_melder_ernaast_en_opslaan_bewaart_een_triage()
    {
        var id = await MeldAsync();
        var pad = $"/meldpunt/medewerkers/melding/{id}/triage";
        var html = await Medewerker.GetStringAsync(Pad(pad));
        Assert.Contains("Melder: arbeid", html, StringComparison.Ordinal);
        Assert.Matches("id=\"vorm-arbeid\"[^>]*checked", html);

        var fout = await PostAsync(pad, new() { ["Formulier.Urgentie"] = "morgen", ["Formulier.Zijde"] = "daderkant", ["Formulier.MinderjarigBetrokken"] = "nee" });
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        Assert.Contains("Kies de urgentie", await fout.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await DbAsync(db => db.Set<MeldingTriage>().AnyAsync(t => t.MeldingId == id)));

        var goed = await PostAsync(pad, new()
        {
            ["Formulier.Uitbuitingsvormen"] = "seksueel", ["Formulier.Urgentie"] = "acuut", ["Formulier.Zijde"] = "daderkant",
            ["Formulier.MinderjarigBetrokken"] = "nee", ["Formulier.GemeenteCode"] = "GM0518",
            ["Formulier.Aanknopingspunten[0].Soort"] = "voertuig", ["Formulier.Aanknopingspunten[0].Waarde"] = "XX-123-Y",
            ["Formulier.MelderIsGemeentemedewerker"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        var triage = await DbAsync(db => db.Set<MeldingTriage>().SingleAsync(t => t.MeldingId == id));
        Assert.Equal("seksueel", triage.Uitbuitingsvormen);
        Assert.Equal(Urgentie.Acuut, triage.Urgentie);
        Assert.Equal("Voertuig", triage.Aanknopingspunten);
        Assert.True(triage.MelderIsGemeentemedewerker);
        Assert.Equal("arbeid", await DbAsync(db => db.Set<Melding>().Where(m => m.Id == id).Select(m => m.Uitbuitingsvormen).SingleAsync()));

        var opnieuw = await Medewerker.GetStringAsync(Pad(pad));
        Assert.Contains("XX-123-Y", opnieuw, StringComparison.Ordinal);
        Assert.Contains("Melder: arbeid", opnieuw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doorverwijzen_weigering_staat_bij_de_ontvanger_en_bewaart_niets_daarna_lukt_het_en_de_melding_toont_het()
    {
        var id = await MeldAsync();
        var api = await Medewerker.PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/triage"),
            new { urgentie = "acuut", minderjarigBetrokken = "nee", zijde = "daderkant", gemeenteCode = "GM0518" });
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var pad = $"/meldpunt/medewerkers/melding/{id}/doorverwijzen";
        var html = await Medewerker.GetStringAsync(Pad(pad));
        Assert.Contains(DemoOrganisaties.Politie, html, StringComparison.Ordinal);
        Assert.Contains("acuut-gevaar", html, StringComparison.Ordinal);
        Assert.Contains("OPS-WPG", html, StringComparison.Ordinal);
        var aantal = Regex.Matches(html, "name=\"Rijen\\[\\d+\\]\\.OrganisatieId\" value=").Count;

        Dictionary<string, string> Velden(bool metMelder)
        {
            var v = new Dictionary<string, string> { ["Voorgesteld"] = aantal.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            for (var i = 0; i < aantal; i++)
            {
                var org = Regex.Match(html, $"name=\"Rijen\\[{i}\\]\\.OrganisatieId\" value=\"([^\"]+)\"").Groups[1].Value;
                v[$"Rijen[{i}].OrganisatieId"] = org;
                // Only the police row is kept; the municipality the route also informs is left out (with the reason below).
                v[$"Rijen[{i}].Behouden"] = org == Politie.ToString() ? "true" : "false";
                v[$"Rijen[{i}].Rol"] = "behandelaar";
                v[$"Rijen[{i}].Deelniveau"] = "volledig";
                v[$"Rijen[{i}].Doel"] = "Opsporing";
                v[$"Rijen[{i}].Grondslag"] = "OPS-WPG";
                if (metMelder)
                {
                    v[$"Rijen[{i}].MetMeldergegevens"] = "true";
                }
            }
            v["Reden"] = "Paginaproef.";
            return v;
        }

        var geweigerd = await PostAsync(pad, Velden(metMelder: true));
        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        var foutHtml = await geweigerd.Content.ReadAsStringAsync();
        Assert.Contains("id=\"rij-0-fout\"", foutHtml, StringComparison.Ordinal);
        Assert.Contains("Geweigerd", foutHtml, StringComparison.Ordinal);
        Assert.False(await DbAsync(db => db.Set<DoorverwijzingRij>().AnyAsync(d => d.MeldingId == id)));

        var gelukt = await PostAsync(pad, Velden(metMelder: false));
        Assert.Equal(HttpStatusCode.Redirect, gelukt.StatusCode);
        Assert.True(await DbAsync(db => db.Set<DoorverwijzingRij>().AnyAsync(d => d.MeldingId == id && d.OntvangerOrganisatieId == Politie)));

        var melding = await Medewerker.GetStringAsync(Pad($"/meldpunt/medewerkers/melding/{id}"));
        Assert.Contains(DemoOrganisaties.Politie, melding, StringComparison.Ordinal);
        Assert.Contains("verstuurd", melding, StringComparison.Ordinal);
        Assert.Contains($"/meldpunt/medewerkers/melding/{id}/doorverwijzen", melding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pagina_van_een_andere_organisatie_is_404()
    {
        var id = await MeldAsync();
        var shop = factory.Als(Shop, Rollen.Aandachtsfunctionaris);
        Assert.Equal(HttpStatusCode.NotFound, (await shop.GetAsync(Pad($"/meldpunt/medewerkers/melding/{id}/triage"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shop.GetAsync(Pad($"/meldpunt/medewerkers/melding/{id}/doorverwijzen"))).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class TriagePaginaTestsSqlite(MeldpuntSqliteFactory factory) : TriagePaginaTests(factory), IClassFixture<MeldpuntSqliteFactory>;

public sealed class TriagePaginaTestsPostgres(MeldpuntPostgresFactory factory) : TriagePaginaTests(factory), IClassFixture<MeldpuntPostgresFactory>;
