using Schakel.Core.Organisaties;

namespace Schakel.Web.Features.Privacy.Declaraties;

/// <summary>
/// The processing activities of Schakel. Texts are the register's own words (Dutch, as the AVG register is kept); the
/// retention defaults and their sources are documented in Features/Privacy/README.md and overridden per installation
/// with <c>Privacy:Bewaring:Termijnen:{code}</c> (days).
/// </summary>
public static class Verwerkingsactiviteiten
{
    private const string GeenWettelijkeTermijn =
        "Geen wettelijke termijn in de beleidsdocumenten; keuze van Schakel volgens art. 5 lid 1 sub e AVG (opslagbeperking), " +
        "door de functionaris gegevensbescherming te bevestigen";

    private static readonly string[] Basisbeveiliging =
    [
        "versleuteling per veld met AES-256-GCM onder een sleutelring buiten de database (ADR 0004)",
        "gesleutelde pseudoniemen (HMAC) om signalen te koppelen zonder te ontsleutelen",
        "toegang per rol en per organisatie, met tweestapsverificatie voor medewerkers",
        "audittrail van elke inzage, deling en wijziging, met hashketen (BIO 8.15)",
        "geen persoonsgegevens in URL's, logregels of e-mails; TLS en beveiligingsheaders",
    ];

    public static readonly Bewaarregel MeldingZonderDoorverwijzing = new(
        "melding-zonder-doorverwijzing", "melding", "afgesloten zonder doorverwijzing (afgerond, niet-ontvankelijk of samengevoegd)",
        "laatste statuswijziging", 365, GeenWettelijkeTermijn, "bewaartaak (Features/Privacy/Bewaring)");

    public static readonly Bewaarregel AdviesvraagBeantwoord = new(
        "adviesvraag-beantwoord", "adviesvraag", "beantwoord en afgesloten", "laatste statuswijziging", 183, GeenWettelijkeTermijn,
        "bewaartaak (Features/Privacy/Bewaring)");

    public static readonly Bewaarregel DoorverwijzingAfgesloten = new(
        "doorverwijzing-afgesloten", "melding met doorverwijzingen", "alle doorverwijzingen afgesloten", "laatste afsluiting", 730,
        GeenWettelijkeTermijn + "; de ontvangende partner bewaart zijn eigen dossier onder zijn eigen wet (Wpg, Wmo 2015)",
        "bewaartaak (Features/Privacy/Bewaring)");

    public static readonly Bewaarregel PlaatsingBeeindigd = new(
        "plaatsing-beeindigd", "plaatsing", "beëindigd (ontslag)", "ontslag", 730, GeenWettelijkeTermijn,
        "bewaartaak (Features/Privacy/Bewaring)");

    public static readonly Bewaarregel TrainingInschrijving = new(
        "training-inschrijving", "inschrijving voor een training", "sessie voorbij", "einde van de sessie", 365,
        "Bewustwording: naam en e-mail alleen voor deelname en certificaat", "InschrijvingOpschoner (Features/Bewustwording)");

    public static readonly Bewaarregel Bewaarblokkade = new(
        "bewaarblokkade", "bewaarblokkade", "opgeheven of verlopen", "einde of opheffing", 365, GeenWettelijkeTermijn,
        "bewaartaak (Features/Privacy/Bewaring)");

    public static readonly Bewaarregel AccountActief = new(
        "account", "account van een medewerker", "zolang het account bestaat", "-", 0,
        "Nodig voor toegang en verantwoording; een gedeactiveerd account blijft zodat de audittrail herleidbaar blijft",
        "niet automatisch: de beheerder deactiveert");

    public static readonly Bewaarregel Audittrail = new(
        "audittrail", "auditregel", "altijd", "-", 0,
        "BIO 8.15: de hashketen mag niet onderbroken worden; regels bevatten alleen ids en codes, nooit inhoud",
        "niet verwijderd (alleen toevoegen)");

    public static readonly Bewaarregel Ketencontact = new(
        "ketencontact", "contactpersoon van een ketenpartner", "zolang de functie bestaat", "-", 0,
        "Gerechtvaardigd belang van de keten om elkaar te bereiken; de partner of beheerder wijzigt of verwijdert",
        "niet automatisch: de beheerder of de partner");

    public static readonly Bewaarregel VerzoekAfgehandeld = new(
        "verzoek-betrokkene", "verzoek van een betrokkene", "afgehandeld", "afhandeling", 365,
        GeenWettelijkeTermijn + "; lang genoeg om de afhandeling te verantwoorden (art. 5 lid 2 AVG)",
        "verzoekenbewaking (Features/Privacy/Rechten): naam, geboortedatum, telefoon, e-mail en antwoord van het verzoek");

    public static readonly Bewaarregel VerzoekVerwijdering = new(
        "verzoek-verwijdering", "melding", "gewist op verzoek van een betrokkene (art. 17 AVG)", "het besluit op het verzoek", 0,
        "art. 17 AVG; niet bij een actieve bewaarblokkade (art. 17 lid 3 sub e AVG)",
        "dezelfde stappen als de bewaartaak, gestart vanaf het verzoek (Features/Privacy/Rechten)");

    public static readonly Verwerking Meldpunt = new(
        "meldpunt", "Signalen en meldingen ontvangen en beoordelen",
        "Signalen van mensenhandel ontvangen, beoordelen (triage) en de melder terugkoppelen",
        "art. 6 lid 1 sub e AVG (taak van algemeen belang: aanpak mensenhandel, art. 273f Sr); art. 9 lid 2 sub g en art. 10 AVG " +
        "met art. 22 en 33 UAVG voor bijzondere en strafrechtelijke gegevens",
        ["melders (burgers, professionals, slachtoffers)", "(mogelijke) slachtoffers", "(mogelijke) daders", "getuigen en andere betrokkenen"],
        OrganisatieType.Ketenregie, [MeldingZonderDoorverwijzing, AdviesvraagBeantwoord], Basisbeveiliging);

    public static readonly Verwerking Doorverwijzing = new(
        "doorverwijzing", "Signalen doorverwijzen en bespreken met ketenpartners",
        "Een signaal met doel en deelniveau doorgeven aan de partner die het volgens de meldroute behandelt, en het bespreken aan een signalentafel",
        "per ontvanger de vastgelegde grondslag van zijn partijcategorie (JenV 2020; zie ontvangers)",
        ["(mogelijke) slachtoffers", "(mogelijke) daders", "melders die toestemming gaven"],
        OrganisatieType.Ketenregie, [DoorverwijzingAfgesloten],
        [.. Basisbeveiliging, "deelniveau per doorverwijzing (volledig, gepseudonimiseerd, geen) afgedwongen bij het lezen"],
        GedeeldMetKetenpartners: true);

    public static readonly Verwerking Opvang = new(
        "opvang", "Opvang van slachtoffers regelen",
        "Een opvangplek zoeken, reserveren en de plaatsing volgen binnen 36 uur",
        "art. 6 lid 1 sub e AVG jo. Wmo 2015 (maatschappelijke opvang)",
        ["slachtoffers die opvang nodig hebben (zonder naam)"],
        OrganisatieType.Zorgcoordinatie, [PlaatsingBeeindigd], [.. Basisbeveiliging, "geheime adressen van opvanglocaties versleuteld"]);

    public static readonly Verwerking Medewerkers = new(
        "medewerkers", "Toegang en verantwoording van medewerkers",
        "Medewerkers van ketenpartners laten inloggen en vastleggen wie wat deed",
        "art. 6 lid 1 sub e AVG (taak van algemeen belang) en art. 32 AVG (beveiliging)",
        ["medewerkers van ketenpartners"],
        OrganisatieType.Ketenregie, [AccountActief, Audittrail], Basisbeveiliging);

    public static readonly Verwerking Ketencontacten = new(
        "ketencontacten", "Wegwijzer en contactpersonen van de keten",
        "Ketenpartners, aandachtsfunctionarissen en hulpaanbod vindbaar en bereikbaar maken",
        "art. 6 lid 1 sub e AVG (taak van algemeen belang); voor contactpersonen van partners art. 6 lid 1 sub f AVG",
        ["aandachtsfunctionarissen", "contactpersonen van ketenpartners"],
        OrganisatieType.Ketenregie, [Ketencontact], Basisbeveiliging);

    public static readonly Verwerking Bewustwording = new(
        "bewustwording", "Trainingen en bijeenkomsten",
        "Inschrijven voor trainingen, aanwezigheid en evaluatie",
        "art. 6 lid 1 sub b AVG (inschrijving op verzoek van de deelnemer)",
        ["deelnemers aan trainingen"],
        OrganisatieType.Ketenregie, [TrainingInschrijving], Basisbeveiliging);

    public static readonly Verwerking Bewaring = new(
        "bewaring", "Bewaarblokkades",
        "Het verwijderen van één dossier uitstellen wegens een lopend onderzoek of een klacht",
        "art. 6 lid 1 sub c en e AVG; art. 17 lid 3 sub e AVG (instellen, uitoefenen of onderbouwen van een rechtsvordering)",
        ["(mogelijke) slachtoffers en daders van het geblokkeerde dossier"],
        OrganisatieType.Ketenregie, [Bewaarblokkade], Basisbeveiliging);

    public static readonly Verwerking Rechten = new(
        "rechten", "Verzoeken van betrokkenen",
        "Verzoeken om inzage, correctie, verwijdering of beperking (art. 15–18 AVG) registreren, de gegevens zoeken op gesleutelde " +
        "pseudoniemen, binnen de wettelijke termijn beantwoorden en per dossier vastleggen wat er is gedaan of waarom is geweigerd",
        "art. 6 lid 1 sub c AVG (wettelijke verplichting: art. 12 en 15–18 AVG); weigering op grond van art. 23 AVG met art. 41 UAVG of de Wpg",
        ["betrokkenen die een recht uitoefenen (melders, slachtoffers, daders, getuigen)"],
        OrganisatieType.Ketenregie, [VerzoekAfgehandeld, VerzoekVerwijdering],
        [.. Basisbeveiliging, "zoeken alleen op pseudoniemen naast de versleutelde velden: niets wordt ontsleuteld om te zoeken"]);

    public static IReadOnlyList<Verwerking> Alle { get; } = [Meldpunt, Doorverwijzing, Opvang, Medewerkers, Ketencontacten, Bewustwording, Bewaring, Rechten];

    public static IEnumerable<Bewaarregel> Bewaarregels => Alle.SelectMany(v => v.Bewaarregels).DistinctBy(r => r.Code);
}
