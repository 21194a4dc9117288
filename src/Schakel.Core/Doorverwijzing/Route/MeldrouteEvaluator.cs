using Schakel.Core.Teksten;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Applies a reporting route to the attributes of a report. Pure: it stores nothing, so the same
/// call serves the dry run (_toetsen), the staff screen's proposal and the benchmark.
/// </summary>
public static class MeldrouteEvaluator
{
    /// <param name="beleid">
    /// When given, a proposed level above what the sharing policy allows without consent is lowered,
    /// and the explanation says so; staff can still raise it once consent or vital interest is recorded.
    /// </param>
    public static Routevoorstel Evalueer(
        Meldroute route, MeldingKenmerken melding, IOrganisatieGids gids, Deelbeleid? beleid = null)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(melding);
        ArgumentNullException.ThrowIfNull(gids);

        var perOrganisatie = new Dictionary<Guid, (OrganisatieVermelding Organisatie, List<Onderbouwing> Redenen)>();
        var volgorde = new List<Guid>();
        var ontbrekend = new List<OntbrekendeOntvanger>();
        var toegepast = new List<Bericht>();

        foreach (var regel in route.ActieveRegelsOpVolgorde().Where(r => r.Voorwaarden.Past(melding)))
        {
            toegepast.Add(Bericht.Van(Routeberichten.Toegepast, "Regel {0} ({1}, versie {2}) is van toepassing.",
                regel.Nummer, Routeberichten.Naam(regel), regel.Versie));
            foreach (var uitkomst in regel.Uitkomsten.Where(u => u.AlleenAls?.Past(melding) ?? true))
            {
                var zoekresultaat = OntvangerZoeker.Zoek(gids, uitkomst, melding);
                if (zoekresultaat.Organisaties.Count == 0)
                {
                    var uitleg = Routeberichten.Reeks(
                        Routeberichten.Uitleg(uitkomst, Routeberichten.Type(uitkomst.Doeltype), melding), zoekresultaat.ToelichtingBericht!);
                    ontbrekend.Add(new OntbrekendeOntvanger(
                        regel.Code, regel.Nummer, regel.Versie, uitkomst.Doeltype, uitkomst.Rol, uitleg.Nederlands, uitleg));
                    continue;
                }

                foreach (var organisatie in zoekresultaat.Organisaties)
                {
                    var functionaris = zoekresultaat.Functionaris;
                    var delen = new List<Bericht> { Routeberichten.Uitleg(uitkomst, organisatie.Naam, melding, functionaris?.Functietitel ?? functionaris?.Naam) };
                    if (functionaris is not null)
                    {
                        delen.Add(Bericht.Van(Routeberichten.FunctionarisIntern, "interne meldroute: {0} naar {1}",
                            Routeberichten.Zijde(Keten.AandachtsfunctionarisKeuze.ZijdeVan(melding.Zijde) ?? functionaris.Kenmerken.Zijde), functionaris.Naam));
                    }
                    if (zoekresultaat.ToelichtingBericht is { } toelichting)
                    {
                        delen.Add(toelichting);
                    }

                    var deelniveau = uitkomst.Deelniveau;
                    var maximum = beleid?.HoogsteZonderToestemming(organisatie.Categorie, organisatie.Type, organisatie.Id) ?? deelniveau;
                    if (deelniveau > maximum && beleid?.MagPersoonsgegevensOntvangen(organisatie.Id, organisatie.Categorie, organisatie.Type) == false)
                    {
                        delen.Add(Bericht.Van(Routeberichten.GeenVerwerkingsgrondslag,
                            "deelniveau {0} verlaagd naar {1}: voor deze ontvanger is geen grondslag vastgelegd om persoonsgegevens te verwerken",
                            Routeberichten.Niveau(deelniveau), Routeberichten.Niveau(maximum)));
                        deelniveau = maximum;
                    }
                    else if (deelniveau > maximum)
                    {
                        delen.Add(Bericht.Van(Routeberichten.Verlaagd, "deelniveau {0} verlaagd naar {1} volgens het deelbeleid",
                            Routeberichten.Niveau(deelniveau), Routeberichten.Niveau(maximum)));
                        deelniveau = maximum;
                    }

                    var uitleg = Routeberichten.Reeks([.. delen]);
                    var reden = new Onderbouwing(regel.Code, regel.Nummer, regel.Versie, regel.Naam,
                        uitkomst.Rol, deelniveau, uitkomst.Spoed, uitleg.Nederlands, zoekresultaat.Toelichting, uitleg, functionaris?.Kenmerken.Id,
                        zoekresultaat.ToelichtingBericht);
                    if (!perOrganisatie.TryGetValue(organisatie.Id, out var item))
                    {
                        item = (organisatie, []);
                        perOrganisatie[organisatie.Id] = item;
                        volgorde.Add(organisatie.Id);
                    }

                    item.Redenen.Add(reden);
                }
            }
        }

        if (toegepast.Count == 0)
        {
            toegepast.Add(Bericht.Van(Routeberichten.GeenRegel, "Geen regel van de meldroute (versie {0}) is van toepassing; " +
                "de melding blijft bij het meldpunt voor handmatige triage.", route.Versie));
        }

        var doorverwijzingen = volgorde
            .Select(id => Samenvoegen(perOrganisatie[id].Organisatie, perOrganisatie[id].Redenen, beleid))
            .OrderByDescending(d => d.Spoed)
            .ThenByDescending(d => d.Rol)
            .ThenBy(d => d.Regel.RegelNummer)
            .ToList();
        return new Routevoorstel(route.Versie, doorverwijzingen, ontbrekend, [.. toegepast.Select(t => t.Nederlands)], toegepast);
    }

    private static VoorgesteldeDoorverwijzing Samenvoegen(OrganisatieVermelding organisatie, List<Onderbouwing> redenen, Deelbeleid? beleid)
    {
        var geordend = redenen.OrderByDescending(r => r.Rol).ThenBy(r => r.RegelNummer).ToList();
        var niveau = geordend.Max(r => r.Deelniveau);
        return new VoorgesteldeDoorverwijzing(
            organisatie.Id,
            organisatie.Naam,
            organisatie.Type,
            organisatie.Categorie,
            geordend.Max(r => r.Rol),
            niveau,
            geordend.Any(r => r.Spoed),
            geordend,
            beleid?.Voorgesteld(organisatie.Categorie, organisatie.Type, niveau, organisatie.Id));
    }
}
