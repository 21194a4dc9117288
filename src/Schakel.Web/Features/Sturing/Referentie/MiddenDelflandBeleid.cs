using Schakel.Core.Sturing;

namespace Schakel.Web.Features.Sturing.Referentie;

/// <summary>
/// The concrete actions of "Beleid mensenhandel Midden-Delfland 2024" (seeds/002, "Concrete acties"), grouped as
/// published. The policy gives them no years or quarters beyond "doorlopend" and a few frequencies, and no budget.
/// The focal officers carry them out or support them where they belong to the plan van aanpak ondermijning.
/// </summary>
public static class MiddenDelflandBeleid
{
    public const string Code = "GM1842-beleid-2024";
    public const string GemeenteCode = "GM1842";
    private const int Jaar = 2024;
    private const string Eigenaar = "Aandachtsfunctionarissen mensenhandel gemeente Midden-Delfland";
    private static readonly EigenaarBron Gemeente = new(Eigenaar, null, GemeenteCode);

    private static ActieBron A(string nr, string tekst) =>
        new(nr, tekst, Eigenaar, "", "", Planning.DoorlopendIn(Jaar), [Gemeente]);

    public static PlanBron Plan { get; } = new(
        Code, "Beleid mensenhandel Midden-Delfland 2024: concrete acties", Planniveau.Gemeentelijk, "DH", GemeenteCode,
        "Beleid mensenhandel Midden-Delfland 2024, hoofdstuk 5, 'Concrete acties'", Jaar, Jaar,
        [
            new(1, "Casuïstiek (signaalgestuurd)",
            [
                new(null, null, null,
                [
                    A("MD-1", "Opvolging van signalen van mensenhandel (onderdeel van het plan van aanpak ondermijning): signalenkaart (bijlage 1) gebruiken bij slachtoffers; melden bij OOV bij daders."),
                    A("MD-2", "Hulp en opvang aan slachtoffers van mensenhandel: weten welke route gevolgd moet worden."),
                ]),
            ]),
            new(2, "Beleidsmatig (doorlopend): bewustzijn",
            [
                new(null, null, null,
                [
                    A("MD-3", "Bevorderen van bewustzijn (onderdeel van het plan van aanpak ondermijning) bij collega's, externe professionals (o.a. onder de meldcode of werkend met de doelgroep) en inwoners (o.a. buurtpreventen)."),
                    A("MD-4", "In gesprek met organisaties waarbij de gemeente opdrachtgever is over naleving van de meldcode, waarbij mensenhandel expliciet wordt benoemd."),
                    A("MD-5", "Actief onder de aandacht brengen van SHOP bij instanties en professionals die mogelijk met slachtoffers in aanraking komen."),
                ]),
            ]),
            new(3, "Beleidsmatig (doorlopend): contact met de doelgroep",
            [
                new(null, null, null,
                [
                    A("MD-6", "Verstrekken flyer arbeidsmigranten bij inschrijving BRP."),
                    A("MD-7", "Contactmomenten met ondernemers gebruiken om het gesprek aan te gaan over mensenhandel."),
                    A("MD-8", "Mogelijkheden onderzoeken voor voorlichting aan de potentiële doelgroep van seksuele en criminele uitbuiting."),
                ]),
            ]),
            new(4, "Beleidsmatig (doorlopend): kennis opdoen",
            [
                new(null, null, null,
                [
                    A("MD-9", "Agendalid van het regionaal platform mensenhandel."),
                    A("MD-10", "Bezoeken van regionale netwerkbijeenkomsten mensenhandel waar mogelijk."),
                    A("MD-11", "Raadplegen Dashboard ondermijning RIEC voor cijfers slachtoffers mensenhandel (één keer per jaar)."),
                ]),
            ]),
            new(5, "Beleidsmatig (doorlopend): overig",
            [
                new(null, null, null,
                [
                    A("MD-12", "Aandacht voor mensenhandel bij komst AZC."),
                    A("MD-13", "Overleg tussen de aandachtsfunctionarissen over de voortgang (twee keer per jaar)."),
                ]),
            ]),
        ],
        [],
        [
            new("md-5-1", "Midden-Delfland: aantal aandachtsfunctionarissen",
                "Beleid Midden-Delfland 2024, §5.1: \"zijn er twee gemeentelijke aandachtsfunctionarissen mensenhandel aangesteld\" en \"Er is gekozen voor twee aandachtsfunctionarissen\"",
                "Dezelfde paragraaf noemt er drie: \"een medewerker Openbare Orde en Veiligheid (OOV'er) en twee medewerkers vanuit de afdeling Dienstverlening & Samenleving\"",
                "Beide staan zoals gepubliceerd; het register van aandachtsfunctionarissen zegt hoeveel er werkelijk zijn."),
        ]);
}
