using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Schakel.Web.Features.Accounts;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;
using static Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata;

namespace Schakel.Web.Tests.Doorverwijzing.Partner;

/// <summary>The partner inbox and referral pages, on both databases.</summary>
public abstract partial class PartnerPaginaTests(SchakelFactory factory)
{
    // One client per role per test: the antiforgery cookie must survive from GET to POST.
    private HttpClient OntvangerClient => _ontvanger ??= Ontvanger(factory);
    private HttpClient? _ontvanger;
    private HttpClient AfzenderClient => _afzender ??= Afzender(factory);
    private HttpClient? _afzender;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient c, string pad, Dictionary<string, string> velden)
    {
        var html = await c.GetStringAsync(Pad(pad));
        velden["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value;
        return await c.PostAsync(Pad(pad), new FormUrlEncodedContent(velden));
    }

    [Fact]
    public async Task Inbox_toont_de_doorverwijzing_met_status_en_termijn_zonder_persoonsgegevens()
    {
        var id = await DoorverwezenAsync(factory, "volledig");
        var html = await OntvangerClient.GetStringAsync(Pad("/doorverwijzingen?status=verstuurd"));
        Assert.Contains($"href=\"/doorverwijzingen/{id}\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-live=\"polite\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Matrixproef", html, StringComparison.Ordinal);
        // The live list asks for the fragment with its header; opened on its own the address leads to the whole inbox.
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, Pad("/doorverwijzingen?status=verstuurd&handler=Lijst"));
        verzoek.Headers.Add(Schakel.Web.Shell.FragmentAttribute.Kop, "1");
        var fragment = await (await OntvangerClient.SendAsync(verzoek)).EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        Assert.Contains($"/doorverwijzingen/{id}", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString(), await Derde(factory).GetStringAsync(Pad("/doorverwijzingen")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pagina_toont_het_deelniveau_met_grondslag_en_doel_en_alleen_wat_dat_niveau_toestaat()
    {
        var volledig = await DoorverwezenAsync(factory, "volledig");
        var html = await OntvangerClient.GetStringAsync(Pad($"/doorverwijzingen/{volledig}"));
        Assert.Contains("id=\"deelniveau\"", html, StringComparison.Ordinal);
        Assert.Contains("OPS-WPG", html, StringComparison.Ordinal);
        Assert.Contains("Opsporing bij een signaal van arbeidsuitbuiting.", html, StringComparison.Ordinal);
        Assert.Contains(SlachtofferNaam, html, StringComparison.Ordinal);
        Assert.DoesNotContain(MelderNaam, html, StringComparison.Ordinal);

        var gepseudonimiseerd = await DoorverwezenAsync(factory, "gepseudonimiseerd");
        var pseudo = await OntvangerClient.GetStringAsync(Pad($"/doorverwijzingen/{gepseudonimiseerd}"));
        foreach (var waarde in Identificerend)
        {
            Assert.DoesNotContain(waarde, pseudo, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("NAAM-", pseudo, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await Derde(factory).GetAsync(Pad($"/doorverwijzingen/{volledig}"))).StatusCode);
        var afzender = await AfzenderClient.GetStringAsync(Pad($"/doorverwijzingen/{volledig}"));
        Assert.DoesNotContain(SlachtofferNaam, afzender, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Formulieren_vraag_antwoord_en_accepteren_met_fout_naast_het_veld()
    {
        var id = await DoorverwezenAsync(factory, "gepseudonimiseerd");
        var pad = $"/doorverwijzingen/{id}";
        var leeg = await PostAsync(OntvangerClient, pad, new() { ["Actie"] = "Vraag", ["Tekst"] = "" });
        Assert.Equal(HttpStatusCode.OK, leeg.StatusCode);
        Assert.Contains("id=\"actie-vraag-fout\"", await leeg.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var vraag = await PostAsync(OntvangerClient, pad, new() { ["Actie"] = "Vraag", ["Tekst"] = "Welke taal spreekt hij?" });
        Assert.Equal(HttpStatusCode.Redirect, vraag.StatusCode);
        var bijAfzender = await AfzenderClient.GetStringAsync(Pad(pad));
        Assert.Contains("Welke taal spreekt hij?", bijAfzender, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(AfzenderClient, pad, new() { ["Actie"] = "Antwoord", ["Tekst"] = "Pools." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(OntvangerClient, pad, new() { ["Actie"] = "Accepteren" })).StatusCode);
        var dubbel = await PostAsync(OntvangerClient, pad, new() { ["Actie"] = "Accepteren" });
        Assert.Contains("id=\"actie-accepteren-fout\"", await dubbel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(DoorverwijzingStatus.Geaccepteerd, (await DbAsync(factory, db => db.Set<DoorverwijzingRij>().SingleAsync(d => d.Id == id))).Status);
    }

    [Fact]
    public async Task Afzender_ziet_de_link_op_de_meldingpagina_en_de_ontvanger_de_werkplek_link()
    {
        var id = await DoorverwezenAsync(factory, "geen");
        var meldingId = await DbAsync(factory, db => db.Set<DoorverwijzingRij>().Where(d => d.Id == id).Select(d => d.MeldingId).SingleAsync());
        var melding = await AfzenderClient.GetStringAsync(Pad($"/meldpunt/medewerkers/melding/{meldingId}"));
        Assert.Contains($"href=\"/doorverwijzingen/{id}\"", melding, StringComparison.Ordinal);
        var werkplek = factory.Services.GetRequiredService<IOptions<WerkplekOptions>>().Value.Links.Single(l => l.Pad == "/doorverwijzingen");
        Assert.Contains(Rollen.Zorgcoordinator, werkplek.Rollen);
        Assert.Contains(Rollen.Opsporing, werkplek.Rollen);
        Assert.DoesNotContain(Rollen.Beheerder, werkplek.Rollen);
    }
}

public sealed class PartnerPaginaTestsSqlite(MeldpuntSqliteFactory factory) : PartnerPaginaTests(factory), IClassFixture<MeldpuntSqliteFactory>;

public sealed class PartnerPaginaTestsPostgres(MeldpuntPostgresFactory factory) : PartnerPaginaTests(factory), IClassFixture<MeldpuntPostgresFactory>;
