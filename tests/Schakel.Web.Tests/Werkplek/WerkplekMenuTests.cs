using System.Net;
using System.Text.RegularExpressions;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Werkplek;

/// <summary>
/// Staff pages carry the staff shell (organisation, role menu, sign-out) and every link in a role's menu opens
/// for that role; public pages keep the public menu and quick exit, signed in or not.
/// </summary>
public abstract partial class WerkplekMenuTests(SchakelFactory factory)
{
    public static TheoryData<string, string[]> Menus => new()
    {
        { Rollen.Aandachtsfunctionaris, ["/meldpunt/medewerkers", "/meldpunt/medewerkers/aannemen", "/doorverwijzingen", "/opvang/bord", "/monitor/dashboard", "/meldpunt/mijn-meldingen", "/keten/meldroutekaart", "/monitor/definities", "/keten/overleggen", "/keten/kennisbank", "/keten/stakeholders", "/keten/stroomschema", "/sturing", "/keten/signalentafels", "/sturing/basisniveau", "/keten/gids", "/keten/aandachtsfunctionarissen", "/bewustwording/mijn", "/notificaties", "/bewustwording/dekking", "/bewustwording/bijeenkomsten/beheer", "/bewustwording/hotels", "/bewustwording/kennispeiling/resultaten", "/privacy/verzoeken"] },
        { Rollen.Zorgcoordinator, ["/doorverwijzingen", "/opvang/bord", "/opvang/overzicht", "/monitor/dashboard", "/meldpunt/mijn-meldingen", "/keten/meldroutekaart", "/monitor/definities", "/keten/overleggen", "/monitor/edities", "/keten/kennisbank", "/keten/stakeholders", "/keten/stroomschema", "/sturing", "/keten/signalentafels", "/keten/gids", "/bewustwording/mijn", "/notificaties"] },
        { Rollen.Opsporing, ["/doorverwijzingen", "/opvang/bord", "/monitor/dashboard", "/meldpunt/mijn-meldingen", "/keten/meldroutekaart", "/monitor/definities", "/keten/overleggen", "/monitor/edities", "/keten/kennisbank", "/keten/stakeholders", "/keten/stroomschema", "/sturing", "/keten/signalentafels", "/keten/gids", "/bewustwording/mijn", "/notificaties"] },
        { Rollen.Opvangmedewerker, ["/doorverwijzingen", "/opvang/mijn-plekken", "/monitor/dashboard", "/meldpunt/mijn-meldingen", "/keten/meldroutekaart", "/monitor/definities", "/keten/overleggen", "/keten/kennisbank", "/keten/stakeholders", "/keten/stroomschema", "/keten/signalentafels", "/keten/gids", "/bewustwording/mijn", "/notificaties"] },
        { Rollen.Ketenregisseur, ["/meldpunt/medewerkers", "/meldpunt/medewerkers/aannemen", "/doorverwijzingen", "/opvang/bord", "/opvang/overzicht", "/ketenregie/termijnen", "/monitor/dashboard", "/meldpunt/mijn-meldingen", "/keten/meldroutekaart", "/monitor/definities", "/keten/overleggen", "/monitor/imports", "/monitor/exports", "/monitor/comensha", "/monitor/edities", "/keten/kennisbank", "/keten/stakeholders", "/keten/stroomschema", "/sturing", "/keten/signalentafels", "/sturing/rapportage", "/sturing/basisniveau", "/keten/gids", "/sturing/tegenstrijdigheden", "/keten/aandachtsfunctionarissen", "/sturing/eigenaren", "/sturing/basisniveau/items", "/bewustwording/mijn", "/notificaties", "/bewustwording/beheer", "/bewustwording/dekking", "/bewustwording/evaluaties", "/bewustwording/bijeenkomsten/beheer", "/bewustwording/hotels", "/bewustwording/kennispeiling/resultaten", "/privacy/verzoeken"] },
        { Rollen.Beheerder, ["/monitor/dashboard", "/meldpunt/mijn-meldingen", "/keten/meldroutekaart", "/monitor/definities", "/keten/overleggen", "/keten/kennisbank", "/keten/stakeholders", "/keten/stroomschema", "/keten/signalentafels", "/keten/gids", "/sturing/eigenaren", "/sturing/basisniveau/items", "/bewustwording/mijn", "/notificaties", "/beheer/accounts", "/beheer/organisaties", "/beheer/api-clients", "/beheer/meldroute", "/beheer/indicatoren", "/beheer/grondslagen", "/beheer/verwerkingsregister", "/privacy/verzoeken"] },
        // The officer's menu: only what the officer uses (FunctionarisGegevensbeschermingTests checks the pages left out refuse the role).
        { Rollen.FunctionarisGegevensbescherming, ["/notificaties", "/privacy/toezicht", "/beheer/grondslagen", "/beheer/verwerkingsregister", "/privacy/verzoeken"] },
    };

    [Theory]
    [MemberData(nameof(Menus))]
    public async Task Het_menu_van_een_rol_toont_precies_zijn_pagina_s_en_elke_opent_in_de_werkplekschil(string rol, string[] verwacht)
    {
        var client = await factory.AlsAsync(rol);
        var werkplek = await client.GetStringAsync("/werkplek");
        var menu = Menu(werkplek);
        Assert.Equal(["/werkplek", .. verwacht], menu);

        foreach (var pad in verwacht)
        {
            var r = await client.GetAsync(pad);
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"{rol}: {pad} gaf {(int)r.StatusCode}");
            var html = await r.Content.ReadAsStringAsync();
            // The same menu on every page of the role, its own entry marked, the organisation and sign-out in view.
            Assert.Equal(menu, Menu(html));
            Assert.Matches($"<a [^>]*href=\"{Regex.Escape(pad)}\" aria-current=\"page\"", html);
            Assert.Contains("id=\"kop-organisatie\"", html, StringComparison.Ordinal);
            Assert.Matches("<form method=\"post\" action=\"/uitloggen\" id=\"uitloggen\">", html);
            Assert.DoesNotContain("data-snelweg", html, StringComparison.Ordinal);
            Assert.DoesNotContain("aria-label=\"Hoofdmenu\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task De_werkplekschil_noemt_de_organisatie_bij_naam()
    {
        var client = await factory.AlsAsync(Rollen.Aandachtsfunctionaris);
        var html = await client.GetStringAsync("/doorverwijzingen");
        var naam = Regex.Match(html, "<strong id=\"kop-organisatie\">([^<]*)</strong>").Groups[1].Value;
        Assert.Equal(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"), WebUtility.HtmlDecode(naam));
    }

    [Fact]
    public async Task Publieke_pagina_s_houden_het_publieke_menu_en_snel_weg_ook_als_men_is_aangemeld()
    {
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);
        foreach (var pad in new[] { "/", "/melden", "/informatie" })
        {
            var html = await client.GetStringAsync(pad);
            Assert.Contains("aria-label=\"Hoofdmenu\"", html, StringComparison.Ordinal);
            Assert.Contains("data-snelweg", html, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"werkplekmenu\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task De_werkplekschil_biedt_alleen_Nederlands_en_Engels()
    {
        var client = await factory.AlsAsync(Rollen.Opsporing);
        var html = await client.GetStringAsync("/doorverwijzingen");
        Assert.Contains("value=\"en\" lang=\"en\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"pl\" lang=\"pl\"", html, StringComparison.Ordinal);
    }

    /// <summary>The link targets of the staff menu, in order.</summary>
    internal static List<string> Menu(string html)
    {
        var start = html.IndexOf("id=\"werkplekmenu\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "geen werkplekmenu op de pagina");
        var nav = html[start..html.IndexOf("</nav>", start, StringComparison.Ordinal)];
        return [.. Link().Matches(nav).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<a class=\"utrecht-nav-list__link\" href=\"([^\"]+)\"")]
    private static partial Regex Link();
}

public sealed class WerkplekMenuTestsSqlite(SqliteFactory factory) : WerkplekMenuTests(factory), IClassFixture<SqliteFactory>;

public sealed class WerkplekMenuTestsPostgres(PostgresFactory factory) : WerkplekMenuTests(factory), IClassFixture<PostgresFactory>;
