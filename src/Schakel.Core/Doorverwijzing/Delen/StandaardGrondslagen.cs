using Schakel.Core.Organisaties;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Seed list of legal bases per party category, following the categories of the national guidance
/// "De aanpak van mensenhandel en het gebruik van persoonsgegevens" (JenV, 2020). Short on purpose:
/// a privacy officer reviews and edits them; they are a starting point, not legal advice.
/// </summary>
public static class StandaardGrondslagen
{
    public static IReadOnlyList<Grondslag> Alle { get; } =
    [
        Maak("OPS-WPG", Partijcategorie.Opsporingsinstantie, Deelniveau.Volledig, [OrganisatieType.Politie, OrganisatieType.KMar],
            "art. 6 lid 1 sub e AVG jo. Wet politiegegevens: opsporing van mensenhandel (art. 273f Sr) door politie en KMar"),
        Maak("OPS-WJSG", Partijcategorie.Opsporingsinstantie, Deelniveau.Volledig, [OrganisatieType.OM],
            "art. 6 lid 1 sub e AVG jo. Wet justitiële en strafvorderlijke gegevens (Openbaar Ministerie)"),
        Maak("OPS-BOD", Partijcategorie.Opsporingsinstantie, Deelniveau.Volledig, [OrganisatieType.NLA],
            "art. 6 lid 1 sub e AVG jo. Wet op de bijzondere opsporingsdiensten (opsporing Arbeidsinspectie)"),

        Maak("TZ-AWB", Partijcategorie.Toezichthouder, Deelniveau.Volledig, [OrganisatieType.HEIT, OrganisatieType.NLA],
            "art. 6 lid 1 sub c AVG jo. art. 5:16 en 5:20 Awb: inlichtingen die een toezichthouder vordert"),
        Maak("TZ-GEMEENTE", Partijcategorie.Toezichthouder, Deelniveau.Gepseudonimiseerd, [OrganisatieType.Gemeente],
            "art. 6 lid 1 sub e AVG jo. art. 172 en 174 Gemeentewet en de APV (openbare orde, toezicht); " +
            "een specifieke grondslag voor zachte signalen ontbreekt"),

        Maak("ZV-TOESTEMMING", Partijcategorie.ZorgverlenerMetMedischBeroepsgeheim, Deelniveau.Volledig,
            "uitdrukkelijke toestemming van de betrokkene (art. 6 lid 1 sub a en art. 9 lid 2 sub a AVG)",
            GrondslagVoorwaarde.ToestemmingBetrokkene),
        Maak("ZV-VITAAL", Partijcategorie.ZorgverlenerMetMedischBeroepsgeheim, Deelniveau.Volledig,
            "vitaal belang van een betrokkene die zelf niet kan beslissen (art. 6 lid 1 sub d en art. 9 lid 2 sub c AVG)",
            GrondslagVoorwaarde.VitaalBelang),

        Maak("HV-WMO", Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim, Deelniveau.Gepseudonimiseerd,
            "art. 6 lid 1 sub e AVG jo. Wmo 2015 (maatschappelijke ondersteuning en opvang)"),
        Maak("HV-TOESTEMMING", Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim, Deelniveau.Volledig,
            "uitdrukkelijke toestemming van de betrokkene (art. 6 lid 1 sub a AVG)",
            GrondslagVoorwaarde.ToestemmingBetrokkene),
        Maak("HV-VITAAL", Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim, Deelniveau.Volledig,
            "vitaal belang van een betrokkene die zelf niet kan beslissen (art. 6 lid 1 sub d AVG)",
            GrondslagVoorwaarde.VitaalBelang),

        Maak("MC-VEILIGTHUIS", Partijcategorie.PartijMetMeldOfCoordinatiefunctie, Deelniveau.Volledig, [OrganisatieType.VeiligThuis],
            "art. 6 lid 1 sub e AVG jo. art. 4.1.1 Wmo 2015 en de Wet verplichte meldcode (taak Veilig Thuis)"),
        Maak("MC-COMENSHA", Partijcategorie.PartijMetMeldOfCoordinatiefunctie, Deelniveau.Gepseudonimiseerd, [OrganisatieType.CoMensha],
            "art. 6 lid 1 sub e AVG: landelijke registratie van vermoedelijke slachtoffers door CoMensha"),
        Maak("MC-RIEC", Partijcategorie.PartijMetMeldOfCoordinatiefunctie, Deelniveau.Volledig, [OrganisatieType.RIEC],
            "art. 6 lid 1 sub e AVG jo. de wettelijke taken van de partners in het Convenant RIEC/LIEC (bestuurlijke aanpak)"),
        Maak("MC-TOESTEMMING", Partijcategorie.PartijMetMeldOfCoordinatiefunctie, Deelniveau.Volledig,
            "uitdrukkelijke toestemming van de betrokkene (art. 6 lid 1 sub a AVG), bijvoorbeeld voor zorgcoördinatie",
            GrondslagVoorwaarde.ToestemmingBetrokkene),
        Maak("MC-VITAAL", Partijcategorie.PartijMetMeldOfCoordinatiefunctie, Deelniveau.Volledig,
            "vitaal belang van een slachtoffer dat zelf niet kan beslissen en hulp nodig heeft (art. 6 lid 1 sub d AVG)",
            GrondslagVoorwaarde.VitaalBelang),

        Maak("VK-VW2000", Partijcategorie.VreemdelingenketenNietStrafrechtelijk, Deelniveau.Gepseudonimiseerd,
            "art. 6 lid 1 sub e AVG jo. art. 107 Vreemdelingenwet 2000 (vreemdelingenadministratie)"),
        Maak("VK-TOESTEMMING", Partijcategorie.VreemdelingenketenNietStrafrechtelijk, Deelniveau.Volledig,
            "uitdrukkelijke toestemming van de betrokkene, bijvoorbeeld voor een aanvraag onder de verblijfsregeling mensenhandel (B8/3 Vc)",
            GrondslagVoorwaarde.ToestemmingBetrokkene),
    ];

    public static IReadOnlyList<Grondslag> Voor(Partijcategorie categorie) =>
        Alle.Where(g => g.Categorie == categorie).ToList();

    /// <summary>The bases admissible for one receiver: its category's, narrowed to those written for its type.</summary>
    public static IReadOnlyList<Grondslag> Voor(Partijcategorie categorie, OrganisatieType type) =>
        Alle.Where(g => g.PastBij(categorie, type)).ToList();

    public static Grondslag? Zoek(string code) =>
        Alle.FirstOrDefault(g => string.Equals(g.Code, code, StringComparison.OrdinalIgnoreCase));

    private static Grondslag Maak(
        string code, Partijcategorie categorie, Deelniveau maximaal, string omschrijving,
        GrondslagVoorwaarde voorwaarde = GrondslagVoorwaarde.Geen) =>
        Maak(code, categorie, maximaal, [], omschrijving, voorwaarde);

    private static Grondslag Maak(
        string code, Partijcategorie categorie, Deelniveau maximaal, OrganisatieType[] ontvangers, string omschrijving,
        GrondslagVoorwaarde voorwaarde = GrondslagVoorwaarde.Geen) =>
        new()
        {
            Code = code, Categorie = categorie, MaximaalDeelniveau = maximaal, Omschrijving = omschrijving, Voorwaarde = voorwaarde,
            Ontvangers = ontvangers,
        };
}
