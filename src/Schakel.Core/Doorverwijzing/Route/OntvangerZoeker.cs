namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Finds the organisations for a rule outcome, widening from the preferred reach to wider ones,
/// and says in Dutch when it widened or found nothing.
/// </summary>
internal static class OntvangerZoeker
{
    internal sealed record Resultaat(IReadOnlyList<OrganisatieVermelding> Organisaties, string? Toelichting, AandachtsfunctionarisVermelding? Functionaris = null);

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
            : zijde is null ? $"zijde van het signaal onbekend, dus geen aandachtsfunctionaris gekozen in {GemeenteTekst(melding)}"
            : $"geen actieve aandachtsfunctionaris voor de {ZijdeTekst(zijde.Value)} in {GemeenteTekst(melding)}";
        var terugval = ZoekOrganisatie(gids, uitkomst with { Bereik = Doelbereik.WerkgebiedVanGemeente }, melding);
        return terugval with
        {
            Toelichting = reden is null ? terugval.Toelichting
                : terugval.Toelichting is null ? reden + "; de organisatie zelf voorgesteld"
                : reden + "; " + terugval.Toelichting,
        };
    }

    internal static string ZijdeTekst(Keten.Aandachtsfunctionariszijde zijde) => zijde switch
    {
        Keten.Aandachtsfunctionariszijde.Dader => "daderkant",
        Keten.Aandachtsfunctionariszijde.Slachtoffer => "slachtofferkant",
        _ => "dader- en slachtofferkant",
    };

    private static Resultaat ZoekOrganisatie(IOrganisatieGids gids, RegelUitkomst uitkomst, MeldingKenmerken melding)
    {
        var kandidaten = gids.Organisaties(uitkomst.Doeltype);
        var gemeente = melding.GemeenteCode;
        var treden = Treden(uitkomst.Bereik);
        var typeNaam = OrganisatieTypeTekst.Naam(uitkomst.Doeltype);

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
                : $"geen {Bijvoeglijk(treden[0])} {typeNaam} gevonden voor {GemeenteTekst(melding)}; " +
                  $"{Bijvoeglijk(trede)} organisatie voorgesteld";
            if (gemeente is null && trede == Reikwijdte.Regionaal)
            {
                toelichting = "gemeente van de melding onbekend; elke regionale organisatie van dit type voorgesteld";
            }

            return new Resultaat(gevonden, toelichting);
        }

        return new Resultaat([], $"geen {typeNaam} gevonden voor {GemeenteTekst(melding)}, " +
            "ook niet regionaal of landelijk; kies handmatig een ontvanger");
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

    private static string Bijvoeglijk(Reikwijdte reikwijdte) => reikwijdte switch
    {
        Reikwijdte.Lokaal => "lokale",
        Reikwijdte.Regionaal => "regionale",
        _ => "landelijke",
    };

    internal static string GemeenteTekst(MeldingKenmerken melding) =>
        melding.GemeenteCode is null
            ? "een onbekende gemeente"
            : $"gemeente {melding.GemeenteNaam ?? melding.GemeenteCode}";
}
