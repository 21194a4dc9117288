namespace Schakel.Core.Monitor;

/// <summary>The measures the monitor computes from Schakel's own data. Codes are stable: the API and editions use them.</summary>
public static class Maatstaven
{
    public const string BronMeldpunt = "Schakel, meldpunt (meldingen zoals ontvangen)";
    public const string BronTriage = "Schakel, triage en doorverwijzing";
    public const string BronCoMensha = "Schakel, registratie bij CoMensha vastgelegd op de doorverwijzing aan de slachtofferkant";

    public static readonly Maatstaf Meldingen = new(
        "meldingen", "Signalen",
        "Meldingen die het meldpunt in de periode ontving (ontvangstmoment). Samengevoegde meldingen tellen één keer: " +
        "de melding waarin ze zijn opgegaan telt, de opgegane niet. Adviesvragen tellen apart.",
        "aantal", BronMeldpunt, MaatstafSoort.Aantal,
        [Uitsplitsing.Geen, Uitsplitsing.Melder, Uitsplitsing.Kanaal, Uitsplitsing.Minderjarig, Uitsplitsing.Acuut, Uitsplitsing.Uitbuitingsvorm]);

    public static readonly Maatstaf Adviesvragen = new(
        "adviesvragen", "Adviesvragen",
        "Adviesvragen die het meldpunt in de periode ontving (ontvangstmoment); geen meldingen en niet in de signalen geteld.",
        "aantal", BronMeldpunt, MaatstafSoort.Aantal, [Uitsplitsing.Geen, Uitsplitsing.Melder, Uitsplitsing.Kanaal]);

    public static readonly Maatstaf NaTriage = new(
        "na-triage", "Signalen na triage",
        "Meldingen uit de periode (ontvangstmoment) met een triage, naar de kant die de laatste triage vaststelde: " +
        "slachtofferkant, daderkant, beide of onbekend.",
        "aantal", BronTriage, MaatstafSoort.Aantal, [Uitsplitsing.Geen, Uitsplitsing.Zijde]);

    public static readonly Maatstaf Doorverwijzingen = new(
        "doorverwijzingen", "Doorverwijzingen",
        "Doorverwijzingen die in de periode zijn verstuurd (verzendmoment), naar het soort ontvangende partner en de rol " +
        "(behandelen of informeren). Eén melding kan naar meer partners gaan; de gemeente is die van de melding.",
        "aantal", BronTriage, MaatstafSoort.Aantal, [Uitsplitsing.Geen, Uitsplitsing.Ontvanger, Uitsplitsing.Rol]);

    public static readonly Maatstaf EersteActieBinnenTermijn = new(
        "eerste-actie-binnen-termijn", "Eerste actie binnen de termijn",
        "Van de doorverwijzingen waarvan de termijn voor de eerste actie in de periode afliep: het aandeel waarop de " +
        "ontvanger vóór of op het einde van de termijn een eerste actie deed (accepteren, een vraag stellen of afsluiten).",
        "procent", BronTriage, MaatstafSoort.Aandeel, [Uitsplitsing.Geen]);

    public static readonly Maatstaf TijdTotTriage = new(
        "tijd-tot-triage", "Tijd van ontvangst tot triage",
        "Voor meldingen uit de periode met een triage: de tijd van ontvangst tot de eerste triage, als mediaan en 90e " +
        "percentiel (rangmethode: altijd een waargenomen waarde).",
        "uur", BronTriage, MaatstafSoort.Duur, [Uitsplitsing.Geen]);

    public static readonly Maatstaf TijdTotDoorverwijzing = new(
        "tijd-tot-doorverwijzing", "Tijd van ontvangst tot doorverwijzing",
        "Voor meldingen uit de periode die zijn doorverwezen: de tijd van ontvangst tot de eerste doorverwijzing, als " +
        "mediaan en 90e percentiel (rangmethode).",
        "uur", BronTriage, MaatstafSoort.Duur, [Uitsplitsing.Geen]);

    public static readonly Maatstaf OntvangstBevestigd = new(
        "ontvangst-bevestigd-binnen-7-dagen", "Ontvangst bevestigd binnen 7 dagen",
        "Van de meldingen uit de periode: het aandeel dat een medewerker binnen 7 dagen na ontvangst heeft ingezien " +
        "(de bevestiging van ontvangst die de klokkenluidersrichtlijn vraagt).",
        "procent", BronMeldpunt, MaatstafSoort.Aandeel, [Uitsplitsing.Geen]);

    public static readonly Maatstaf TerugkoppelingBinnen3Maanden = new(
        "terugkoppeling-binnen-3-maanden", "Terugkoppeling binnen 3 maanden",
        "Van de meldingen uit de periode: het aandeel waarop de melder binnen 3 maanden na ontvangst een eerste bericht " +
        "van een medewerker kreeg.",
        "procent", BronMeldpunt, MaatstafSoort.Aandeel, [Uitsplitsing.Geen]);

    public static readonly Maatstaf CoMenshaRegistraties = new(
        "comensha-registraties", "Registraties bij CoMensha",
        "Vermoedelijke slachtoffers van wie op een doorverwijzing aan de slachtofferkant is vastgelegd dat en wanneer ze " +
        "bij CoMensha zijn aangemeld, geteld op de datum van aanmelding, naar het soort partij dat aanmeldde.",
        "aantal", BronCoMensha, MaatstafSoort.Aantal, [Uitsplitsing.Geen, Uitsplitsing.Partijsoort]);

    public static readonly Maatstaf VermoedelijkeSlachtoffers = new(
        "vermoedelijke-slachtoffers", "Vermoedelijke slachtoffers",
        "Meldingen uit de periode (ontvangstmoment) die de laatste triage aan de slachtofferkant of aan beide kanten " +
        "plaatste: het aantal vermoedelijke slachtoffers dat het RIEC Dashboard Ondermijning per gemeente en kwartaal toont. " +
        "Samengevoegde meldingen tellen één keer.",
        "aantal", BronTriage, MaatstafSoort.Aantal, [Uitsplitsing.Geen]);

    public const string BronOpvang = "Schakel, opvang (plaatsingsverzoeken, bevestigde plaatsingen en nachten zonder plek)";

    public static readonly Maatstaf OpvangPlaatsingen = new(
        "opvang-plaatsingen", "Plaatsingen in opvang",
        "Plaatsingsverzoeken waarvoor een opvang in de periode de eerste plaatsing bevestigde (moment van bevestiging), " +
        "geteld in de gemeente waar het vermoedelijke slachtoffer werd aangetroffen.",
        "aantal", BronOpvang, MaatstafSoort.Aantal, [Uitsplitsing.Geen]);

    public static readonly Maatstaf OpvangPlaatsingenVerantwoordelijk = new(
        "opvang-plaatsingen-verantwoordelijk", "Plaatsingen in opvang naar verantwoordelijke gemeente",
        "Dezelfde plaatsingen als bij 'Plaatsingen in opvang', maar geteld bij de verantwoordelijke gemeente: de gemeente " +
        "van inschrijving van het vermoedelijke slachtoffer, of zonder inschrijving de gemeente waar het werd aangetroffen " +
        "(advies commissie-Lenferink). Een plaatsing waarvoor die gemeente niet is vastgelegd, telt onder 'Gemeente onbekend' " +
        "van de eenheid waar het slachtoffer werd aangetroffen; een verantwoordelijke gemeente buiten de regio telt niet mee.",
        "aantal", BronOpvang, MaatstafSoort.Aantal, [Uitsplitsing.Geen]);

    public static readonly Maatstaf OpvangNachtenZonderPlek = new(
        "opvang-nachten-zonder-plek", "Nachten zonder opvangplek",
        "Nachten in de periode waarin voor een plaatsingsverzoek is vastgelegd dat er geen opvangplek was (elke nacht " +
        "van elk verzoek telt één keer), in de gemeente waar het vermoedelijke slachtoffer werd aangetroffen.",
        "aantal", BronOpvang, MaatstafSoort.Aantal, [Uitsplitsing.Geen]);

    public static readonly Maatstaf OpvangVervolgBinnen36Uur = new(
        "opvang-vervolg-binnen-36-uur", "Vervolgplek binnen de eerste 36 uur",
        "Van de plaatsingsverzoeken uit de periode (moment van aantreffen) waarvan de eerste 36 uur voorbij zijn: het " +
        "aandeel waarvoor binnen 36 uur na het aantreffen een langdurige plek was geregeld (actie 18 van het nationale actieplan).",
        "procent", BronOpvang, MaatstafSoort.Aandeel, [Uitsplitsing.Geen]);

    public static readonly Maatstaf OpvangTijdTotVervolg = new(
        "opvang-tijd-tot-vervolg", "Tijd tot een langdurige plek",
        "Voor plaatsingsverzoeken uit de periode (moment van aantreffen) met een geregelde langdurige plek: de tijd van " +
        "aantreffen tot die plek geregeld was, als mediaan en 90e percentiel (rangmethode).",
        "uur", BronOpvang, MaatstafSoort.Duur, [Uitsplitsing.Geen]);

    public static readonly Maatstaf OpvangWachtend = new(
        "opvang-wachtend-op-vervolg", "Nog wachtend op een langdurige plek",
        "Plaatsingsverzoeken uit de periode (moment van aantreffen) waarvoor op het moment van tellen nog geen langdurige " +
        "plek is geregeld.",
        "aantal", BronOpvang, MaatstafSoort.Aantal, [Uitsplitsing.Geen]);

    /// <summary>The shelter figures per municipality and quarter (Opvang), as one group for the report.</summary>
    public static readonly IReadOnlyList<Maatstaf> Opvang =
        [OpvangPlaatsingen, OpvangPlaatsingenVerantwoordelijk, OpvangNachtenZonderPlek, OpvangVervolgBinnen36Uur, OpvangTijdTotVervolg, OpvangWachtend];

    public static readonly IReadOnlyList<Maatstaf> Alle =
    [
        Meldingen, Adviesvragen, NaTriage, Doorverwijzingen, EersteActieBinnenTermijn, TijdTotTriage,
        TijdTotDoorverwijzing, OntvangstBevestigd, TerugkoppelingBinnen3Maanden, CoMenshaRegistraties, VermoedelijkeSlachtoffers,
        OpvangPlaatsingen, OpvangPlaatsingenVerantwoordelijk, OpvangNachtenZonderPlek, OpvangVervolgBinnen36Uur, OpvangTijdTotVervolg,
        OpvangWachtend,
    ];

    public static Maatstaf? Zoek(string? code) => Alle.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.Ordinal));
}

/// <summary>Names of the breakdowns a measure offers (the API's <c>uitsplitsing</c> values).</summary>
public static class Uitsplitsing
{
    public const string Geen = "geen";
    public const string Melder = "melder";
    public const string Kanaal = "kanaal";
    public const string Minderjarig = "minderjarig";
    public const string Acuut = "acuut";
    /// <summary>Not exclusive: a report can name several forms, so the categories do not add up to the total.</summary>
    public const string Uitbuitingsvorm = "uitbuitingsvorm";
    public const string Zijde = "zijde";
    public const string Ontvanger = "ontvanger";
    public const string Rol = "rol";
    public const string Partijsoort = "partijsoort";

    /// <summary>The category every row is counted in when there is no breakdown.</summary>
    public const string Totaal = "totaal";

    public static bool IsExclusief(string uitsplitsing) => uitsplitsing != Uitbuitingsvorm;
}
