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
        var toegepast = new List<string>();

        foreach (var regel in route.ActieveRegelsOpVolgorde().Where(r => r.Voorwaarden.Past(melding)))
        {
            toegepast.Add($"Regel {regel.Nummer} ({regel.Naam}, versie {regel.Versie}) is van toepassing.");
            foreach (var uitkomst in regel.Uitkomsten.Where(u => u.AlleenAls?.Past(melding) ?? true))
            {
                var zoekresultaat = OntvangerZoeker.Zoek(gids, uitkomst, melding);
                if (zoekresultaat.Organisaties.Count == 0)
                {
                    var uitleg = Vul(uitkomst, OrganisatieTypeTekst.Naam(uitkomst.Doeltype), melding)
                        + " — " + zoekresultaat.Toelichting;
                    ontbrekend.Add(new OntbrekendeOntvanger(
                        regel.Code, regel.Nummer, regel.Versie, uitkomst.Doeltype, uitkomst.Rol, uitleg));
                    continue;
                }

                foreach (var organisatie in zoekresultaat.Organisaties)
                {
                    var functionaris = zoekresultaat.Functionaris;
                    var uitleg = Vul(uitkomst, organisatie.Naam, melding, functionaris);
                    if (functionaris is not null)
                    {
                        uitleg += $" — interne meldroute: {OntvangerZoeker.ZijdeTekst(Keten.AandachtsfunctionarisKeuze.ZijdeVan(melding.Zijde) ?? functionaris.Kenmerken.Zijde)} naar {functionaris.Naam}";
                    }
                    if (zoekresultaat.Toelichting is not null)
                    {
                        uitleg += " — " + zoekresultaat.Toelichting;
                    }

                    var deelniveau = uitkomst.Deelniveau;
                    var maximum = beleid?.HoogsteZonderToestemming(organisatie.Categorie, organisatie.Type) ?? deelniveau;
                    if (deelniveau > maximum)
                    {
                        uitleg += $" — deelniveau {DeelniveauTekst.Naam(deelniveau)} verlaagd naar " +
                            $"{DeelniveauTekst.Naam(maximum)} volgens het deelbeleid";
                        deelniveau = maximum;
                    }

                    var reden = new Onderbouwing(regel.Code, regel.Nummer, regel.Versie, regel.Naam,
                        uitkomst.Rol, deelniveau, uitkomst.Spoed, uitleg, zoekresultaat.Toelichting, functionaris?.Kenmerken.Id);
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
            toegepast.Add($"Geen regel van de meldroute (versie {route.Versie}) is van toepassing; " +
                "de melding blijft bij het meldpunt voor handmatige triage.");
        }

        var doorverwijzingen = volgorde
            .Select(id => Samenvoegen(perOrganisatie[id].Organisatie, perOrganisatie[id].Redenen, beleid))
            .OrderByDescending(d => d.Spoed)
            .ThenByDescending(d => d.Rol)
            .ThenBy(d => d.Regel.RegelNummer)
            .ToList();
        return new Routevoorstel(route.Versie, doorverwijzingen, ontbrekend, toegepast);
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
            beleid?.Voorgesteld(organisatie.Categorie, organisatie.Type, niveau));
    }

    private static string Vul(RegelUitkomst uitkomst, string organisatieNaam, MeldingKenmerken melding, AandachtsfunctionarisVermelding? functionaris = null) =>
        uitkomst.Uitleg
            .Replace("{organisatie}", organisatieNaam, StringComparison.Ordinal)
            .Replace("{gemeente}", OntvangerZoeker.GemeenteTekst(melding), StringComparison.Ordinal)
            .Replace("{functie}", (functionaris is null ? null : functionaris.Functietitel ?? functionaris.Naam) ?? uitkomst.Functie ?? string.Empty, StringComparison.Ordinal);
}
