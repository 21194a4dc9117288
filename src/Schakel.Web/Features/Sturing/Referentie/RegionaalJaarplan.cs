using Schakel.Core.Organisaties;
using Schakel.Core.Sturing;

namespace Schakel.Web.Features.Sturing.Referentie;

/// <summary>
/// The Jaarplan Mensenhandel 2024 of RSIV Eenheid Den Haag (seeds/000), chapter 4: the action tables of lines
/// 1, 2 and 4 with their quarters ("Planning") and owners ("Waar/wie") as published. Line 3 has no table. The plan
/// has no budget table.
/// </summary>
public static class RegionaalJaarplan
{
    public const string Code = "dh-jaarplan-2024";
    private const int Jaar = 2024;

    private static readonly EigenaarBron Rsiv = new("RSIV", OrganisatieType.Ketenregie);
    private static readonly EigenaarBron Monitor = new("De mensenhandel monitor 2024", OrganisatieType.Ketenregie);
    private static readonly EigenaarBron Riec = new("RIEC", OrganisatieType.RIEC);
    private static readonly EigenaarBron Shop = new("SHOP", OrganisatieType.Zorgcoordinatie);

    private static ActieBron A(string nr, string tekst, string planning, string eigenaren, params EigenaarBron[] k) =>
        new(nr, tekst, eigenaren, "", "", Planning.UitKwartaaltekst(planning, Jaar), k);

    public static PlanBron Plan { get; } = new(
        Code, "Jaarplan Mensenhandel 2024 Eenheid Den Haag", Planniveau.Regionaal, "DH", null,
        "Jaarplan Mensenhandel 2024, RSIV Eenheid Den Haag, hoofdstuk 4", Jaar, Jaar,
        [
            new(1, "Creëren van brede bewustwording",
            [
                new(null, null, null,
                [
                    A("1.1", "Trainingen en bijeenkomsten in kaart brengen, evalueren en delen.", "Doorlopend", "De mensenhandel monitor 2024", Monitor),
                    A("1.2", "Menukaart creëren van de bestaande bewustwordingsactiviteiten/producten", "Q2-Q3", "De mensenhandel monitor 2024", Monitor),
                    A("1.3", "Verwijzingen naar de juiste organisaties en eventuele aanmeldmogelijkheid", "Q3", "De mensenhandel monitor 2024", Monitor),
                    A("1.4", "Zicht op nieuwe ketenpartners zodat zij de juiste trainingen krijgen", "Q4", "De mensenhandel monitor 2024", Monitor),
                    A("1.5", "Organiseren themabijeenkomst: problematiek hotels en vakantieparken Noordwijk/Oegstgeest/Katwijk", "Q1", "RSIV", Rsiv),
                    A("1.6", "Organiseren themabijeenkomst: problematiek hotels en vakantieparken district G", "Q3", "RSIV", Rsiv),
                    A("1.7", "Verkennen: Regionale Week tegen mensenhandel Eenheid Den Haag", "Q2", "RSIV", Rsiv),
                    A("1.8", "Aansluiting bij lopende (fenomeen)onderzoeken over delict mensenhandel", "Q3-Q4", "RIEC (onderzoek naar criminele uitbuiting); RSIV", Riec, Rsiv),
                ]),
            ]),
            new(2, "Vergroten van de meldingsbereidheid",
            [
                new(null, null, null,
                [
                    A("2.1", "Centraal meldpunt inrichten", "Q2-Q3", "RSIV; SHOP; werkgroep", Rsiv, Shop),
                    A("2.2", "Meldingsprocedure voor zowel professionals als slachtoffers in kaart brengen", "Q3", "De mensenhandelmonitor 2024", Monitor),
                    A("2.3", "Meldroutekaart + toelichting vormgeven", "Q3", "RIEC; De mensenhandel monitor 2024; met input van werkgroep centraal meldpunt", Riec, Monitor),
                    A("2.4", "Signalenkaart + toelichting vormgeven", "Q1", "RIEC; De mensenhandel monitor 2024", Riec, Monitor),
                    A("2.5", "Zorgen dat de meldroutekaart en signalenkaart up-to-date blijven", "Doorlopend", "De mensenhandel monitor 2024; RIEC", Monitor, Riec),
                ]),
            ]),
            new(4, "Verbeteren van de (bovenregionale en regionale) samenwerking",
            [
                new(null, null, null,
                [
                    A("4.1", "Regionale samenwerking versterken en onderhouden", "Doorlopend", "Ketenpartners; De mensenhandel monitor", Monitor),
                    A("4.2", "Uitgewerkte stakeholderanalyse", "Q3", "De mensenhandel monitor", Monitor),
                    A("4.3", "Stroomschema regionale partners", "Q3", "De mensenhandel monitor", Monitor),
                    A("4.4", "Regionale acties zoals interventies in kaart brengen en de samenwerking opzoeken", "Doorlopend", "Ketenpartners; De mensenhandel monitor", Monitor),
                    A("4.5", "Werkgroep mensenhandelmonitor", "Q2", "Ketenpartners; De mensenhandelmonitor", Monitor),
                    A("4.6", "Werkgroep arbeidsuitbuiting district G (met een aparte uitvoeringsagenda)", "Doorlopend", "RIEC; RSIV; District G", Riec, Rsiv),
                    A("4.7", "Verkennen/aansluiten van Mensenhandelmonitor bij RIEC Den Haag Dashboard Ondermijning", "Q2", "RIEC; RSIV", Riec, Rsiv),
                ]),
            ]),
        ],
        [],
        [
            new("dh-actielijnen", "Jaarplan 2024: welke actielijnen",
                "Jaarplan 2024, §2.2: \"vijf actielijnen die zijn opgesteld voor het komend jaar\"",
                "Jaarplan 2024, §3 en hoofdstuk 4: \"We richten ons voornamelijk op drie van de vijf opgestelde actielijnen\"; actietabellen alleen voor 1, 2 en 4",
                "Geladen zijn de tabellen van actielijnen 1, 2 en 4; actielijn 3 heeft tekst maar geen tabel, actielijn 5 geen eigen paragraaf."),
        ]);
}
