using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.Core.Organisaties;
using Schakel.E2E.Infrastructure;

namespace Schakel.E2E.Werkplek;

/// <summary>
/// Every staff page of every role in English: the pages in the role's menu and the detail pages reached from them
/// (one report, its triage, referral and feedback pages, one referral, one placement request, the shelter's page of a hold
/// on its bed, one sign, one route rule, one organisation, one plan and one action of the plans, one signal table, one consultation, one offer and
/// one session's sign-ups, one directory entry with its service and location forms, one focal officer, the recheck of published monitor
/// editions, the account page). Each page must read without Dutch words from Schakel itself (data such as organisation
/// names and a reporter's own text aside), have no axe findings and reflow at 320 px.
/// </summary>
public sealed partial class WerkplekEngelsTests(WerkplekEngelsFixture app) : IClassFixture<WerkplekEngelsFixture>
{
    /// <summary>Dutch words that never occur in English and are not part of the demo organisations' names.</summary>
    [GeneratedRegex(@"(?<![\w-])(het|een|niet|voor|naar|bij|wordt|worden|geen|alleen|nog|uw|deze|dit|zijn|heeft|hebben|verlaagd|bereikbaar|melding|meldingen|doorverwijzing|doorverwijzingen|plaatsingsverzoek|opslaan|toevoegen|bekijken|verstuurd|ontvangen|gemeente|regel|versie|uitleg|terug|vandaag|morgen|gisteren|nieuw|nieuwe|bezet|vrij|plekken|plek|reservering|ja|nee|op|van|de)(?![\w-])")]
    private static partial Regex NederlandseWoorden();

    /// <summary>Detail pages found by following links on the menu pages; the first of each kind is opened.</summary>
    private static readonly Regex[] Details =
    [
        new(@"^/meldpunt/medewerkers/melding/[0-9a-f-]{36}$"),
        new(@"^/meldpunt/medewerkers/melding/[0-9a-f-]{36}/triage$"),
        new(@"^/meldpunt/medewerkers/melding/[0-9a-f-]{36}/doorverwijzen$"),
        new(@"^/meldpunt/medewerkers/melding/[0-9a-f-]{36}/terugkoppelen$"),
        new(@"^/meldpunt/mijn-meldingen/[0-9a-f-]{36}$"),
        new(@"^/doorverwijzingen/[0-9a-f-]{36}$"),
        new(@"^/opvang/verzoeken/[0-9a-f-]{36}$"),
        new(@"^/opvang/mijn-plekken/reserveringen/[0-9a-f-]{36}$"),
        new(@"^/opvang/bord/pools/[0-9a-f-]{36}$"),
        new(@"^/beheer/indicatoren/[A-Z]+-\d+$"),
        new(@"^/beheer/meldroute/regel/[a-z-]+$"),
        new(@"^/beheer/organisaties/bewerken/[0-9a-f-]{36}$"),
        new(@"^/sturing/plannen/[0-9a-f-]{36}$"),
        new(@"^/sturing/acties/[0-9a-f-]{36}$"),
        new(@"^/keten/signalentafels/[0-9a-f-]{36}$"),
        new(@"^/keten/overleggen/[0-9a-f-]{36}$"),
        new(@"^/bewustwording/beheer/aanbod/[0-9a-f-]{36}$"),
        new(@"^/bewustwording/beheer/sessies/[0-9a-f-]{36}$"),
        new(@"^/keten/gids/[0-9a-f-]{36}$"),
        new(@"^/keten/gids/[0-9a-f-]{36}/dienst$"),
        new(@"^/keten/gids/[0-9a-f-]{36}/dienst/[0-9a-f-]{36}$"),
        new(@"^/keten/gids/[0-9a-f-]{36}/locatie$"),
        new(@"^/keten/gids/[0-9a-f-]{36}/locatie/[0-9a-f-]{36}$"),
        new(@"^/keten/aandachtsfunctionarissen/[0-9a-f-]{36}$"),
        new(@"^/monitor/edities/controle$"),
        new(@"^/account$"),
    ];

    [Theory]
    [InlineData(Rollen.Aandachtsfunctionaris)]
    [InlineData(Rollen.Zorgcoordinator)]
    [InlineData(Rollen.Opsporing)]
    [InlineData(Rollen.Opvangmedewerker)]
    [InlineData(Rollen.Ketenregisseur)]
    [InlineData(Rollen.Beheerder)]
    [InlineData(Rollen.Aanbieder)]
    [InlineData(Rollen.FunctionarisGegevensbescherming)]
    public async Task Elke_pagina_van_een_rol_is_Engels_toegankelijk_en_past_op_320_px(string rol)
    {
        var pagina = await app.AangemeldAlsAsync(rol);
        await pagina.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = app.Adres.ToString() }]);
        await pagina.GotoAsync("/werkplek");
        var menu = await pagina.Locator("nav#werkplekmenu a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");

        var paden = new List<string>(menu.Distinct());
        var bevindingen = new List<string>();
        // One pass: each page is checked where it is opened, and the detail pages it links to (a report links to its
        // triage) join the end of the list, the first of each kind only.
        for (var stap = 0; stap < paden.Count && stap < 100; stap++)
        {
            var pad = paden[stap];
            await pagina.SetViewportSizeAsync(1280, 800);
            var antwoord = await pagina.GotoAsync(pad);
            if (antwoord is { Ok: false })
            {
                bevindingen.Add($"{pad}: status {antwoord.Status}");
                continue;
            }
            var links = await pagina.Locator("main a[href^='/']").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
            foreach (var detail in links.Select(l => l.Split('?', '#')[0]).Distinct())
            {
                if (Details.FirstOrDefault(d => d.IsMatch(detail)) is { } soort && !paden.Any(soort.IsMatch))
                {
                    paden.Add(detail);
                }
            }
            if (await pagina.Locator("html").GetAttributeAsync("lang") != "en")
            {
                bevindingen.Add($"{pad}: html lang is not en");
            }
            // Data is left out: a reporter's own words and anything marked as another language.
            var tekst = await pagina.EvaluateAsync<string>(@"() => {
                const main = document.querySelector('main').cloneNode(true);
                main.querySelectorAll('.schakel-vrije-tekst, [lang]:not([lang=""en""]), [data-gegevens], script, style').forEach(e => e.remove());
                return main.innerText + ' ' + document.querySelector('nav#werkplekmenu')?.innerText + ' ' + document.title;
            }");
            var woorden = NederlandseWoorden().Matches(tekst).Select(m => m.Value).Distinct().ToList();
            if (woorden.Count > 0)
            {
                var zinnen = tekst.Split('\n').Where(r => NederlandseWoorden().IsMatch(r)).Take(8).Select(r => r.Trim()[..Math.Min(r.Trim().Length, 120)]);
                bevindingen.Add($"{pad}: Nederlands ({string.Join(", ", woorden)}): {string.Join(" | ", zinnen)}");
            }
            foreach (var v in (await pagina.RunAxeNaOpmaakAsync(Wcag.AA, doelgrootte: false)).Violations)
            {
                bevindingen.Add($"{pad}: axe {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(2).Select(n => n.Target?.ToString()))})");
            }
            bevindingen.AddRange((await pagina.TeKleineDoelenAsync()).Select(d => $"{pad}: smaller than 24×24 px: {d}"));
            await pagina.SetViewportSizeAsync(320, 800);
            var maten = await pagina.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (maten[0] > maten[1])
            {
                bevindingen.Add($"{pad} @320: scrollWidth {maten[0]} > clientWidth {maten[1]}");
            }
        }
        Assert.True(bevindingen.Count == 0, $"{rol} ({paden.Count} pagina's):\n" + string.Join("\n", bevindingen));
        // Every role opens at least one detail page: a shelter the hold on its bed, the chain director a plan, an action,
        // a consultation and an offer; the provider its own offer and a session's sign-ups.
        Assert.True(paden.Count > menu.Distinct().Count(), $"{rol}: geen detailpagina gevonden");
        await pagina.Context.CloseAsync();
    }
}
