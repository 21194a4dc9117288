using Schakel.Core.Organisaties;
using Schakel.Core.Sturing;
using static Schakel.Core.Sturing.Planning;

namespace Schakel.Web.Features.Sturing.Referentie;

/// <summary>
/// The national programme "Samen tegen mensenhandel" (Actieplan, seeds/003): 5 action lines, 32 actions, with
/// owners and involved organisations from the text, planning from the table "Fasering en planning" and the
/// budget tables of chapter 4 (€ x1000). Where these differ, each keeps what it published; the differences are
/// listed in <see cref="Tegenstrijdigheden"/>.
/// </summary>
public static class NationaalActieplan
{
    public const string Code = "nationaal-samen-tegen-mensenhandel";

    private const string Alle3 = "seksuele uitbuiting; criminele uitbuiting; arbeidsuitbuiting";
    private static readonly EigenaarBron CoMensha = new("CoMensha", OrganisatieType.CoMensha);
    private static readonly EigenaarBron Politie = new("Politie", OrganisatieType.Politie);
    private static readonly EigenaarBron Om = new("OM", OrganisatieType.OM);
    private static readonly EigenaarBron Riec = new("RIEC's", OrganisatieType.RIEC);

    private static ActieBron A(string nr, string tekst, string eigenaren, string betrokken, string vormen, Planning planning, params EigenaarBron[] k) =>
        new(nr, tekst, eigenaren, betrokken, vormen, planning, k);

    private static List<(int, decimal)> B(decimal? j2023, decimal? j2024, decimal? j2025, decimal? j2026)
    {
        var r = new List<(int, decimal)>();
        if (j2023 is { } a) r.Add((2023, a));
        if (j2024 is { } b) r.Add((2024, b));
        if (j2025 is { } c) r.Add((2025, c));
        if (j2026 is { } d) r.Add((2026, d));
        return r;
    }

    private const string Betrokken1_4 = "JenV; SZW; VWS; VNG; Politie; RIEC's; Jeugdzorg Nederland; Landelijk Kenniscentrum LVB";
    private const string Betrokken6_10 = "VWS; SZW; VNG; CKM; Fairwork; zorg- en opvangorganisaties; IND; koepels zorg en opvang; Rode Kruis; Veilig Thuis";
    private const string Betrokken11_12 = "JenV; OM; rechterlijke macht; slachtofferadvocatuur";
    private const string Betrokken15_16 = "zorgcoördinatoren; CoMensha; gemeenten; koepels van zorg- en opvangorganisaties; Valente; Veilig Thuis";
    private const string Betrokken20_23 = "CoMensha; CCV; JenV; RIEC's";
    private const string Betrokken24_26 = "JenV; CoMensha; zorgcoördinatoren; zorg- en veiligheidshuizen";
    private const string Betrokken27_29 = "RIEC's; Politie; NLA; KMar; OM; EMM; zorg- en veiligheidshuizen; CoMensha; zorgcoördinatoren; Veilig Thuis";
    private const string Betrokken30_32 = "JenV; VWS; SZW; VNG; Politie; NLA; KMar; RIEC's; IND; EMM; zorg- en veiligheidshuizen; CoMensha; CCV; zorgcoördinatoren; Veilig Thuis";

    public static IReadOnlyList<TegenstrijdigheidBron> Tegenstrijdigheden { get; } =
    [
        new("nat-11-12", "Acties 11 en 12: nummering",
            $"{Tekst} en {PlanningTabel}: 11 = verkenning verklarings- en medewerkingsbereidheid (2024), 12 = proeftuin aangiftebereidheid (2025)",
            $"{BegrotingTabel} 2: 11 = proeftuin aangiftebereidheid (50 in 2025), 12 = verklarings- en medewerkingsbereidheid (50 in 2024)",
            "De begrotingsregels staan onder het nummer dat de begrotingstabel drukt; de bedragen bij actie 11 horen volgens de tekst bij actie 12 en omgekeerd."),
        new("nat-18", "Actie 18: jaar",
            $"{Tekst}: \"In 2025 wordt een duidelijk en centraal verwijzingsmechanisme ... ontwikkeld\"; {BegrotingTabel} 3: 200 in 2025",
            $"{PlanningTabel}: vinkje in 2026",
            "De planning volgt de planningstabel (2026); tekst en begroting noemen 2025."),
        new("nat-25", "Actie 25: jaar",
            $"{Tekst}: \"In 2025 wordt gewerkt aan het ontwikkelen van kaders\"",
            $"{PlanningTabel}: vinkje in 2026; {BegrotingTabel} 4: 100 in 2024",
            "Drie bronnen, drie jaren (2025, 2026, 2024)."),
        new("nat-26", "Actie 26: jaar",
            $"{Tekst}: \"In 2026 volgen alle ketenregisseurs dezelfde basistraining\"; {BegrotingTabel} 4: 100 in 2026",
            $"{PlanningTabel}: vinkje in 2024",
            "De planning volgt de planningstabel (2024); tekst en begroting noemen 2026."),
        new("nat-31-32", "Acties 30–32: planning in één cel",
            $"{Tekst}: 31 \"uiterlijk in 2025\", 32 \"vanaf 2026\"; {BegrotingTabel} 5: 31 = 300 in 2025, 32 = 100 in 2026",
            $"{PlanningTabel}: de acties 30, 31 en 32 staan in één cel met één vinkje in 2024",
            "Alle drie gepland in 2024 zoals de planningstabel; tekst en begroting noemen 2025 en 2026."),
        new("nat-13", "Actie 13: jaren",
            $"{PlanningTabel}: vinkje alleen in 2025",
            $"{BegrotingTabel} 2: 50 in 2024, 2025 en 2026",
            "Begroot in drie jaren, gepland in één."),
        new("nat-16", "Actie 16: jaar",
            $"{PlanningTabel}: vinkje in 2026",
            $"{BegrotingTabel} 3: 100 in 2024",
            "Gepland in 2026, begroot in 2024."),
        new("nat-20", "Actie 20: jaren",
            $"{PlanningTabel}: vinkje alleen in 2024; de tekst spreekt van \"blijvende aandacht\"",
            $"{BegrotingTabel} 4: 50 in 2024, 2025 en 2026",
            "Gepland in één jaar, begroot in drie."),
        new("nat-21", "Actie 21: jaar",
            $"{PlanningTabel}: vinkje in 2024",
            $"{BegrotingTabel} 4: bedrag 0 in de kolom 2023",
            "Het bedrag (0) staat in 2023, buiten de planning; het totaal verandert er niet door."),
        new("nat-kop-2025", "Begrotingstabel programma: kolomkop",
            "Actieplan, hoofdstuk 4, tabel 'Programma Samen tegen mensenhandel (€ 2 mln.)': kolommen 2023, 2024, 2025, 2025",
            "De begrotingstabellen per actielijn: kolommen 2023, 2024, 2025, 2026",
            "De vierde kolom van de programmatabel heet 2025; de bedragen per actielijn daarin zijn die van 2026 in de tabellen per actielijn."),
        new("nat-doelen-3-4", "Operationele doelen in tekst en planningstabel",
            $"{Tekst} 3 en 4: eigen doelen voor ervaringsdeskundigen (actie 19) en voor het netwerk van ketenregisseurs (acties 24–26)",
            $"{PlanningTabel}: actie 19 staat onder het opvangdoel, acties 24–26 onder het doel van het VNG-kader",
            "De doelen volgen de tekst; de planningstabel kent die twee doelen niet."),
    ];

    public static PlanBron Plan { get; } = new(
        Code, "Actieplan programma Samen tegen mensenhandel", Planniveau.Nationaal, null, null,
        "Actieplan programma Samen tegen mensenhandel (JenV), met planning tot 1 juli 2027", 2023, 2027,
        [
            new(1, "Creëren van brede bewustwording",
            [
                new("Eind 2026 weet een groter deel van de burgers, eerstelijns professionals en potentiële slachtoffers van mensenhandel in Nederland wat mensenhandel is, dat het plaatsvindt in Nederland en kan het signaleren en heeft handelingsperspectief.", 2026,
                    "Potentiële slachtoffers, burgers en eerstelijns professionals zijn zich meer bewust van wat mensenhandel is, kunnen het signaleren en hebben handelingsperspectief.",
                [
                    A("1", "In 2024 wordt een inventarisatie gemaakt van bestaande bewustwordingscampagnes.", "CoMensha", Betrokken1_4, Alle3, InJaren(2024), CoMensha),
                    A("2", "In 2024 wordt een nulmeting uitgevoerd in een aantal risicocategorieën van slachtoffers onder degenen die signalen kunnen opvangen en actie kunnen ondernemen.", "CoMensha", Betrokken1_4, Alle3, InJaren(2024), CoMensha),
                    A("3", "In 2024 wordt een gerichte communicatiestrategie gemaakt die doelgroepgericht is en met een duidelijk doel en handelingsperspectief voor de doelgroep, inclusief het melden van mensenhandel en waar informatie over mensenhandel kan worden gevonden.", "CoMensha", Betrokken1_4, Alle3, InJaren(2024), CoMensha),
                    A("4", "In 2024 zal de strategie zich richten op seksuele uitbuiting, in 2025 op arbeidsuitbuiting en criminele uitbuiting.", "CoMensha", Betrokken1_4, Alle3, InJaren(2024), CoMensha),
                    A("5", "In 2025 vindt middels projecten preventie op school plaats, aansluitend bij programma's over onder meer seksualiteit, mediawijsheid, geldzaken, burgerschap en criminaliteit en veiligheid.", "JenV", "OCW; ngo's; scholen; CoMensha; VNG; Meta Story", "seksuele uitbuiting; criminele uitbuiting", InJaren(2025)),
                ]),
            ]),
            new(2, "Vergroten van de meldingsbereidheid",
            [
                new("In 2025 is er één centraal informatiepunt over mensenhandel waarin slachtoffers, eerstelijns professionals en burgers laagdrempelig worden geïnformeerd en doorverwezen naar het juiste loket voor vragen over aangifte, hulp en opvang.", 2025,
                    "Betere bescherming van slachtoffers van mensenhandel. Toename van het aantal slachtoffers en verdachten in beeld bij politie, NLA en KMar. Verhoogd aantal meldingen bij CoMensha.",
                [
                    A("6", "Uiterlijk in 2024 wordt de informatie van de Wegwijzer mensenhandel van de rijksoverheid geïntegreerd op de vernieuwde website van CoMensha.", "JenV; CoMensha", Betrokken6_10, Alle3, InJaren(2024), CoMensha),
                    A("7", "In 2024 wordt verkend welke acties nodig zijn om een centraal online informatiepunt op te zetten.", "JenV; CoMensha", Betrokken6_10, Alle3, InJaren(2024), CoMensha),
                    A("8", "In 2024 is een overzicht gereed van bestaande meldpunten.", "JenV; CoMensha", Betrokken6_10, Alle3, InJaren(2024), CoMensha),
                    A("9", "In 2025 wordt gewerkt aan het opzetten van een centraal informatiepunt waarin slachtoffers, eerstelijns professionals en burgers worden geïnformeerd en doorverwezen naar het juiste loket.", "JenV; CoMensha", Betrokken6_10, Alle3, InJaren(2025), CoMensha),
                    A("10", "In de periode 2024-2026 wordt de mogelijkheid verkend om het centraal informatiepunt door te ontwikkelen tot een Nationaal Verwijzingsmechanisme mensenhandel.", "JenV; CoMensha", Betrokken6_10, Alle3, InJaren(2024, 2025, 2026), CoMensha),
                ]),
                new("In 2026 worden meer meldingen van mensenhandel gedaan.", 2026, null,
                [
                    A("11", "In 2024 wordt gestart met de verkenning naar gerichte maatregelen om de verklaringen en medewerkingsbereidheid van slachtoffers van criminele uitbuiting te vergroten.", "CKM; Politie", Betrokken11_12, "seksuele uitbuiting; criminele uitbuiting", InJaren(2024), Politie),
                    A("12", "In 2025 wordt gestart met de verkenning naar de haalbaarheid van structurele inbedding van de proeftuin aangiftebereidheid.", "CKM; Politie", Betrokken11_12, "seksuele uitbuiting; criminele uitbuiting", InJaren(2025), Politie),
                ]),
                new("In 2026 is er onder de eerstelijns opsporing meer bewustwording over de mogelijkheid dat een dader ook slachtoffer kan zijn en kennis van het begrip non-punishment.", 2026, null,
                [
                    A("13", "Bewustwording vergroten bij eerstelijns opsporing van het non-punishmentbeginsel en van de mogelijkheid dat een verdachte of dader ook slachtoffer kan zijn, in het bijzonder bij criminele uitbuiting.", "Politie; OM", "JenV; CKM", "criminele uitbuiting", InJaren(2025), Politie, Om),
                ]),
            ]),
            new(3, "Investeren in en werken aan een betere vaststelling van slachtofferschap en bescherming van slachtoffers",
            [
                new("In 2025 is onderzocht hoe de vaststelling van slachtofferschap het beste kan geschieden.", 2025, "Voor slachtoffers zijn adequate zorg en opvang beschikbaar.",
                [
                    A("14", "In 2024 wordt gestart met een verkenning naar de mogelijkheden van het loskoppelen van de vaststelling van slachtofferschap en het strafrechtelijk onderzoek naar verdachten van mensenhandel.", "JenV", "SZW; VWS; IND; Politie; NLA; OM; KMar; zorg- en opvangorganisaties; CoMensha; CKM", Alle3, InJaren(2024)),
                ]),
                new("In 2026 is onderzocht en uitgewerkt of een passend aanbod van crisis-, langdurige en doorstroomopvang en/of hulpverlening voor slachtoffers van alle vormen kan worden bewerkstelligd, waarbinnen alle slachtoffers welkom zijn.", 2026, null,
                [
                    A("15", "In 2024 wordt gestart met een overzicht waar opvang en/of hulp aanwezig is voor mogelijke slachtoffers en de verhouding tussen vraag en aanbod, opgehaald bij de zorgcoördinatoren.", "VWS; VNG; CoMensha", Betrokken15_16, Alle3, InJaren(2024), CoMensha),
                    A("16", "Op basis van het landelijk beeld wordt een verkenning gedaan en worden zo mogelijk aanpassingen doorgevoerd om tot een passend aanbod van opvang en/of hulpverlening te komen.", "VWS; VNG; CoMensha", Betrokken15_16, Alle3, InJaren(2026), CoMensha),
                    A("17", "In 2024 wordt in beeld gebracht wat nodig is voor de verbetering van een landelijk dekkend netwerk van zorgcoördinatoren, inclusief functieprofiel, minimumnormen en -standaarden.", "CoMensha; VNG; VWS", "zorgcoördinatoren; gemeenten; koepels van zorg- en opvangorganisaties", Alle3, InJaren(2024), CoMensha),
                    A("18", "In 2025 wordt een duidelijk en centraal verwijzingsmechanisme ontwikkeld waarin slachtoffers meteen de eerste 36 uur toegang tot hulp/opvang krijgen. Daarna wordt gekeken waar het slachtoffer langdurig kan worden geplaatst.", "CoMensha", "VWS; VNG; zorgcoördinatoren; ketenregisseurs; gemeenten; opvang- en zorgorganisaties; Valente; Veilig Thuis", Alle3, InJaren(2026), CoMensha),
                ]),
                new("In 2025 is duidelijk hoe ervaringsdeskundigen een rol kunnen spelen in de aanpak van mensenhandel.", 2025, null,
                [
                    A("19", "In 2024 wordt gezamenlijk een verkenning gestart met ervaringsdeskundigen hoe hun deskundigheid structureel kan worden ingezet in de aanpak van mensenhandel.", "CoMensha", "ervaringsdeskundigen; Leger des Heils; Platform HOPE; credible messengers; Fairwork; VWS; JenV; SZW", Alle3, InJaren(2024), CoMensha),
                ]),
            ]),
            new(4, "Verbeteren van de (bovenregionale en regionale) samenwerking",
            [
                new("In 2026 heeft iedere gemeente of iedere regio beleid in de aanpak van mensenhandel dat voldoet aan het VNG Kader voor de aanpak mensenhandel en voert dit ook uit.", 2026,
                    "Effectieve regionale samenwerking waarmee ook over regio's heen wordt samengewerkt en verbanden worden gelegd om achter netwerken mensenhandel aan te gaan.",
                [
                    A("20", "Op bestuurlijk niveau wordt blijvende aandacht gevraagd voor de aanpak van mensenhandel en de rol van gemeenten hierin.", "VNG", Betrokken20_23, Alle3, InJaren(2024)),
                    A("21", "De gemeenten die nog geen beleid in de aanpak van mensenhandel hebben, worden waar nodig ondersteund om deze vorm te geven en uit te voeren.", "VNG", Betrokken20_23, Alle3, InJaren(2024)),
                    A("22", "De aandachtsfunctionaris is getraind en heeft voldoende tijd voor het uitvoeren van diens taken.", "VNG", Betrokken20_23, Alle3, InJaren(2024)),
                    A("23", "Medio 2025 wordt een tussenrapportage geleverd en in 2026 een beeld welke gemeenten en regio's voldoen aan het VNG kader en welke niet.", "VNG", Betrokken20_23, Alle3, InJaren(2025, 2026)),
                ]),
                new("In 2026 bestaat er een dekkend netwerk van ketenregisseurs en is in iedere regio de ketenregisseur de aanjager en verbinder tussen de organisaties; de ketenregisseur werkt nauw samen met de zorgcoördinator.", 2026, null,
                [
                    A("24", "In 2024 wordt gewerkt aan het maken van een eenduidige definitie met een functieprofiel van de ketenregisseur en waar deze wordt ingebed.", "VNG; RIEC's; CCV", Betrokken24_26, Alle3, InJaren(2024), Riec),
                    A("25", "In 2025 wordt gewerkt aan het ontwikkelen van kaders voor de samenwerking tussen ketenregisseurs en de zorgcoördinatoren.", "VNG; RIEC's; CCV", Betrokken24_26, Alle3, InJaren(2026), Riec),
                    A("26", "In 2026 volgen alle ketenregisseurs dezelfde basistraining en komen zij landelijk bijeen.", "VNG; RIEC's; CCV", Betrokken24_26, Alle3, InJaren(2024), Riec),
                ]),
                new("In 2025 zijn er bouwstenen ontwikkeld voor een effectieve regionale samenwerking die gebruik maken van het barrièremodel mensenhandel.", 2025, null,
                [
                    A("27", "Ontwikkelen van bouwstenen in 2024 op verschillende niveaus (strategisch, tactisch, operationeel) die de regionale samenwerking ondersteunen, met een overzicht van wie welke rol, taken en verantwoordelijkheden heeft.", "VNG; CCV; RIEC's", Betrokken27_29, Alle3, InJaren(2024), Riec),
                    A("28", "In 2025 zijn de bestaande barrièremodellen doorontwikkeld per uitbuitingsvorm.", "VNG; CCV; RIEC's", Betrokken27_29, Alle3, InJaren(2025), Riec),
                    A("29", "In 2025 wordt gerichte informatie over de bouwstenen en de doorontwikkelde barrièremodellen aan de betrokken organisaties gestuurd en worden zij opgenomen in de trainingen.", "VNG; CCV; RIEC's", Betrokken27_29, Alle3, InJaren(2025), Riec),
                ]),
            ]),
            new(5, "Verbetering van de informatiedeling en gegevensverwerking",
            [
                new("In 2024 wordt verkend in hoeverre aanvullende of aangepaste regelgeving of afspraken nodig zijn ten behoeve van betere gegevensdeling tussen ketenpartners.", 2024,
                    "Informatiedeling tussen ketenpartners die rechtmatig en zorgvuldig is.",
                [
                    A("30", "In 2024 wordt een analyse uitgevoerd van bestaande samenwerkingsconvenanten (RIEC, zorg- en veiligheidshuizen, handreiking gegevensdeling) en verkend of aanvullende of aangepaste regelgeving of afspraken nodig zijn.", "JenV", Betrokken30_32, Alle3, InJaren(2024)),
                    A("31", "Na de analyse wordt uiterlijk in 2025 gestart met het onderzoeken hoe een proces kan worden ingericht dat duidelijk maakt hoe de gegevensstromen dienen te lopen, ook de aansluiting van gemeenten bij DIGW van de politie.", "JenV", Betrokken30_32, Alle3, InJaren(2024)),
                    A("32", "Vanaf 2026 wordt er gewerkt aan de doorvoering van mogelijke aanpassingen.", "JenV", Betrokken30_32, Alle3, InJaren(2024)),
                ]),
            ]),
        ],
        [
            new(1, "1. Inventarisatie bestaande bewustwordingscampagnes.", "1", B(null, 50, null, null)),
            new(1, "2. Nulmeting signaleerders.", "2", B(null, 50, null, null)),
            new(1, "3 en 4. Een gerichte communicatiestrategie (in 2024 gericht op seksuele uitbuiting en in 2025 gericht op arbeids- en criminele uitbuiting).", "3;4", B(null, 100, 100, null)),
            new(1, "5. Preventie op school", "5", B(null, null, 200, null)),
            new(2, "6. Integratie van de informatie van de Wegwijzer mensenhandel op de vernieuwde website van CoMensha.", "6", B(null, 0, null, null)),
            new(2, "7. Verkenning acties opzetten centraal online informatiepunt.", "7", B(null, 0, null, null)),
            new(2, "8. Overzicht van bestaande meldpunten.", "8", B(null, 50, null, null)),
            new(2, "9. Opzetten van een centraal informatiepunt.", "9", B(null, null, 300, null)),
            new(2, "10. Verkenning mogelijkheid om centraal informatiepunt door te ontwikkelen tot een Nationaal Verwijzingsmechanisme mensenhandel.", "10", B(null, 0, 0, 300)),
            new(2, "11. Verkenning mogelijkheid structurele inbedding van de proeftuin aangiftebereidheid.", "11", B(null, null, 50, null)),
            new(2, "12. Verkenning van gerichte maatregelen tot vergroten van de verklarings- en medewerkingsbereidheid van slachtoffers van criminele uitbuiting.", "12", B(null, 50, null, null)),
            new(2, "13. Vergroten bewustwording non-punishment bij eerstelijns opsporingsdiensten.", "13", B(null, 50, 50, 50)),
            new(3, "14. Verkenning naar mogelijkheden van loskoppelen van identificatie slachtoffers en strafproces.", "14", B(null, 50, null, null)),
            new(3, "15. Landelijk overzicht opvang/hulp plek voor de zorg- en veiligheid van slachtoffers.", "15", B(null, 100, null, null)),
            new(3, "16. Verkenning passend aanbod van opvang en/of hulpverlening.", "16", B(null, 100, null, null)),
            new(3, "17. In beeld brengen voorwaarden voor een landelijk dekkend netwerk van zorgcoördinatoren inclusief definitie zorgcoördinator.", "17", B(null, 100, null, null)),
            new(3, "18. Verwijzings-mechanisme naar opvang voor eerste 36 uur.", "18", B(null, null, 200, null)),
            new(3, "19. Verkenning naar inzet ervaringsdeskundigen", "19", B(null, 50, null, null)),
            new(4, "20. Op bestuurlijk niveau blijvende aandacht voor de aanpak van mensenhandel en de rol van gemeenten hierin.", "20", B(null, 50, 50, 50)),
            new(4, "21. Iedere gemeente heeft beleid in de aanpak van mensenhandel.", "21", B(0, null, null, null)),
            new(4, "22. Training aandachtsfunctionaris.", "22", B(null, 100, null, null)),
            new(4, "23. Tussenrapportage VNG kader.", "23", B(null, null, 50, 50)),
            new(4, "24. Eenduidige definitie ketenregisseur.", "24", B(null, 50, null, null)),
            new(4, "25. Kader samenwerking ketenregisseur en zorgcoördinator.", "25", B(null, 100, null, null)),
            new(4, "26. Training ketenregisseur", "26", B(null, null, null, 100)),
            new(4, "27. Ontwikkelen van bouwstenen op verschillende niveaus die de regionale samenwerking in de aanpak van mensenhandel ondersteunen.", "27", B(null, 50, null, null)),
            new(4, "28. Doorontwikkeling barrièremiddelen.", "28", B(null, null, 100, null)),
            new(4, "29. Vesturen informatie bouwstenen en doorontwikkelde barrièremodellen aan de betrokken organisaties en opnemen trainingen.", "29", B(null, null, 100, null)),
            new(5, "30. Analyse van bestaande samenwerkingsconvenanten informatiedeling.", "30", B(null, 100, null, null)),
            new(5, "31. Inrichten proces gegevensstromen.", "31", B(null, null, 300, null)),
            new(5, "32. Doorvoering mogelijke aanpassingen", "32", B(null, null, null, 100)),
        ],
        Tegenstrijdigheden);

    private const string Tekst = "Actieplan, tekst van de actielijn";
    private const string PlanningTabel = "Actieplan, tabel 'Fasering en planning'";
    private const string BegrotingTabel = "Actieplan, hoofdstuk 4 Financiën, begrotingstabel van de actielijn";

}
