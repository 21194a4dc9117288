using Schakel.Core.Organisaties;

namespace Schakel.Core.Doorverwijzing;

/// <summary>Default sharing policy from the regional policy documents; a beheerder can change it.</summary>
public static class StandaardDeelbeleid
{
    /// <summary>The default: consent is no ground for care coordination; vital interest is.</summary>
    public static IReadOnlyList<DeelbeleidRegel> Regels { get; } = Maak(toestemmingVoorZorgcoordinatie: false);

    /// <summary>
    /// The policy with or without consent as a second ground for care coordination, a regional setting.
    /// Either way the victim's vital interest (they cannot decide and need help) is a ground.
    /// </summary>
    public static IReadOnlyList<DeelbeleidRegel> Maak(bool toestemmingVoorZorgcoordinatie) =>
    [
        new()
        {
            Categorie = Partijcategorie.Opsporingsinstantie,
            Standaard = Deelniveau.Volledig, MetToestemmingOfVitaalBelang = Deelniveau.Volledig,
            Toelichting = "Een opsporingsinstantie ontvangt wat haar grondslag toelaat.",
        },
        new()
        {
            Categorie = Partijcategorie.Toezichthouder,
            Standaard = Deelniveau.Volledig, MetToestemmingOfVitaalBelang = Deelniveau.Volledig,
            Toelichting = "Een toezichthouder ontvangt wat de grondslag van het toezicht toelaat.",
        },
        new()
        {
            Categorie = Partijcategorie.PartijMetMeldOfCoordinatiefunctie,
            Type = OrganisatieType.Zorgcoordinatie,
            Standaard = Deelniveau.Geen, MetToestemmingOfVitaalBelang = Deelniveau.Volledig,
            ToestemmingIsGrond = toestemmingVoorZorgcoordinatie,
            Toelichting = toestemmingVoorZorgcoordinatie
                ? "De zorgcoördinator ontvangt geen persoonsgegevens, tenzij het slachtoffer toestemming gaf " +
                    "of zijn vitale belangen dat vereisen (met vastgelegde reden)."
                : "De zorgcoördinator ontvangt geen persoonsgegevens, tenzij het slachtoffer zelf niet kan beslissen " +
                    "en hulp nodig heeft (vitaal belang, met vastgelegde reden; Midden-Delfland §5.6.2).",
        },
        new()
        {
            Categorie = Partijcategorie.PartijMetMeldOfCoordinatiefunctie,
            Standaard = Deelniveau.Volledig, MetToestemmingOfVitaalBelang = Deelniveau.Volledig,
            Toelichting = "Een partij met een meld- of coördinatiefunctie ontvangt wat haar wettelijke taak toelaat.",
        },
        new()
        {
            Categorie = Partijcategorie.ZorgverlenerMetMedischBeroepsgeheim,
            Standaard = Deelniveau.Geen, MetToestemmingOfVitaalBelang = Deelniveau.Volledig,
            Toelichting = "Een zorgverlener ontvangt alleen persoonsgegevens met toestemming of bij vitaal belang.",
        },
        new()
        {
            Categorie = Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim,
            Standaard = Deelniveau.Gepseudonimiseerd, MetToestemmingOfVitaalBelang = Deelniveau.Volledig,
            Toelichting = "Een hulpverlener ontvangt herleidbare gegevens alleen met toestemming of bij vitaal belang.",
        },
        new()
        {
            Categorie = Partijcategorie.VreemdelingenketenNietStrafrechtelijk,
            Standaard = Deelniveau.Gepseudonimiseerd, MetToestemmingOfVitaalBelang = Deelniveau.Volledig,
            Toelichting = "Herleidbare gegevens van een slachtoffer gaan alleen met toestemming naar de vreemdelingenketen, " +
                "zodat niemand uit angst voor uitzetting wegblijft.",
        },
    ];
}
