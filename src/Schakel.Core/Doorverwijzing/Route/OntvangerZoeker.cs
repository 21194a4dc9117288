using Schakel.Core.Organisaties;
using Schakel.Core.Teksten;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Finds the organisations for a rule outcome, widening from the preferred reach to wider ones,
/// and says in Dutch when it widened or found nothing.
/// </summary>
internal static class OntvangerZoeker
{
    internal sealed record Resultaat(IReadOnlyList<OrganisatieVermelding> Organisaties, Bericht? ToelichtingBericht, AandachtsfunctionarisVermelding? Functionaris = null)
    {
        public string? Toelichting => ToelichtingBericht?.Nederlands;
    }

    public static Resultaat Zoek(IOrganisatieGids gids, RegelUitkomst uitkomst, MeldingKenmerken melding)
    {
        if (uitkomst.Bereik != Doelbereik.AandachtsfunctionarisVanGemeente)
        {
            return ZoekOrganisatie(gids, uitkomst, melding);
        }

        var zijde = Keten.AandachtsfunctionarisKeuze.ZijdeVan(melding.Zijde);
        if (melding.GemeenteCode is { } code && zijde is { } z && gids.Aandachtsfunctionaris(code, z) is { } functionaris)
        {
            return new Resultaat([functionaris.Organisatie], null, functionaris);
        }

        // The municipality itself is the fallback: its inbox is read even when no officer is registered.
        var reden = melding.GemeenteCode is null ? null
            : zijde is null ? Bericht.Van(Routeberichten.FunctionarisZijdeOnbekend,
                "zijde van het signaal onbekend, dus geen aandachtsfunctionaris gekozen in {0}; naar de organisatie zelf", Routeberichten.GemeenteVan(melding))
            : Bericht.Van(Routeberichten.FunctionarisOntbreekt,
                "geen actieve aandachtsfunctionaris voor de {0} in {1}; naar de organisatie zelf", Routeberichten.Zijde(zijde.Value), Routeberichten.GemeenteVan(melding));
        var terugval = ZoekOrganisatie(gids, uitkomst with { Bereik = Doelbereik.WerkgebiedVanGemeente }, melding);
        return terugval with
        {
            ToelichtingBericht = reden is null ? terugval.ToelichtingBericht
                : terugval.ToelichtingBericht is null ? reden
                : Routeberichten.Reeks(reden, terugval.ToelichtingBericht),
        };
    }

    private static Resultaat ZoekOrganisatie(IOrganisatieGids gids, RegelUitkomst uitkomst, MeldingKenmerken melding)
    {
        var kandidaten = gids.Organisaties(uitkomst.Doeltype).Where(o => o.Type.OntvangtCasussen()).ToList();
        var gemeente = melding.GemeenteCode;
        var treden = Treden(uitkomst.Bereik);
        var typeNaam = Routeberichten.Type(uitkomst.Doeltype);
        var gemeenteTekst = Routeberichten.GemeenteVan(melding);

        for (var i = 0; i < treden.Length; i++)
        {
            var trede = treden[i];
            var gevonden = kandidaten
                .Where(o => o.Reikwijdte == trede && Dekt(o, trede, gemeente))
                .OrderBy(o => o.Naam, StringComparer.CurrentCulture)
                .ToList();
            if (gevonden.Count == 0)
            {
                continue;
            }

            var toelichting = i == 0
                ? null
                : Bericht.Van(Routeberichten.Verbreed, "geen {0} {1} gevonden voor {2}; {3} organisatie voorgesteld",
                    Routeberichten.Bijvoeglijk(treden[0]), typeNaam, gemeenteTekst, Routeberichten.Bijvoeglijk(trede));
            if (gemeente is null && trede == Reikwijdte.Regionaal)
            {
                toelichting = Bericht.Van(Routeberichten.GemeenteOnbekendRegionaal,
                    "gemeente van de melding onbekend; elke regionale organisatie van dit type voorgesteld");
            }

            return new Resultaat(gevonden, toelichting);
        }

        return new Resultaat([], Bericht.Van(Routeberichten.NietsGevonden,
            "geen {0} gevonden voor {1}, ook niet regionaal of landelijk; kies handmatig een ontvanger", typeNaam, gemeenteTekst));
    }

    private static Reikwijdte[] Treden(Doelbereik bereik) => bereik switch
    {
        Doelbereik.WerkgebiedVanGemeente => [Reikwijdte.Lokaal, Reikwijdte.Regionaal, Reikwijdte.Landelijk],
        Doelbereik.Regionaal => [Reikwijdte.Regionaal, Reikwijdte.Lokaal, Reikwijdte.Landelijk],
        _ => [Reikwijdte.Landelijk, Reikwijdte.Regionaal, Reikwijdte.Lokaal],
    };

    // With the municipality unknown, a regional organisation is still a sensible proposal for staff
    // to confirm; a local one would be a guess.
    private static bool Dekt(OrganisatieVermelding organisatie, Reikwijdte trede, string? gemeente) =>
        organisatie.Bedient(gemeente) || (gemeente is null && trede == Reikwijdte.Regionaal);

    internal static string GemeenteTekst(MeldingKenmerken melding) => Routeberichten.GemeenteVan(melding).Nederlands;
}
