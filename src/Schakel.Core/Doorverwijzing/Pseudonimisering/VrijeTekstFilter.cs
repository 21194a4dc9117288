using System.Text.RegularExpressions;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Replaces what identifies a person or a place in free text that the report does not list as a value: streets
/// (with or without a house number, in lower case, or without a street word where a street stands), named and
/// definite businesses, names after a cue or a title or with a known first name, phone numbers,
/// e-mail addresses, licence plates, postcodes and dates, in Dutch, English and Polish. Patterns, not
/// understanding: it errs on the side of removing, and staff still see the result before they share it.
/// </summary>
public static partial class VrijeTekstFilter
{
    public const string Straat = "[straat]";
    public const string Bedrijf = "[bedrijf]";
    public const string Naam = "[naam]";
    public const string Telefoon = "[telefoonnummer]";
    public const string Email = "[e-mailadres]";
    public const string Kenteken = "[kenteken]";
    public const string Datum = "[datum]";
    public const string Postcode = "[postcode]";

    private static readonly TimeSpan Limiet = TimeSpan.FromSeconds(1);

    public static string Filter(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        // Order matters: contact details and numbers first, so a house number or a date is never read as a phone
        // number; streets before businesses and names, whose patterns would otherwise eat part of a street.
        tekst = EmailPatroon().Replace(tekst, Email);
        tekst = DatumCijfers().Replace(tekst, Datum);
        tekst = DatumWoorden().Replace(tekst, Datum);
        tekst = DatumWoordenEngels().Replace(tekst, Datum);
        tekst = KentekenNl().Replace(tekst, m => HeeftCijferEnLetter(m.Value) ? Kenteken : m.Value);
        tekst = KentekenAnders().Replace(tekst, Kenteken);
        tekst = TelefoonPatroon().Replace(tekst, Telefoon);
        tekst = PostcodePatroon().Replace(tekst, Postcode);
        tekst = StraatPools().Replace(tekst, Straat);
        tekst = StraatEngels().Replace(tekst, Straat);
        tekst = StraatLaanVan().Replace(tekst, Straat);
        tekst = StraatNl().Replace(tekst, Straat);
        tekst = StraatZonderAchtervoegsel().Replace(tekst, Straat);
        tekst = StraatKleineLetters().Replace(tekst, m =>
            (m.Groups["voor"].Success || m.Groups["nummer"].Success) && !GeenStraat.Contains(m.Groups["straat"].Value)
                ? m.Groups["voor"].Value + Straat
                : m.Value);
        tekst = BedrijfRechtsvorm().Replace(tekst, Bedrijf);
        tekst = BedrijfMetNaam().Replace(tekst, m => m.Groups["soort"].Value + " " + Bedrijf);
        tekst = BedrijfBepaald().Replace(tekst, m => m.Groups["lidwoord"].Value + Bedrijf);
        tekst = NaamNaAanwijzing().Replace(tekst, m => m.Groups["aanwijzing"].Value + Naam);
        tekst = NaamNaTitel().Replace(tekst, m => m.Groups["titel"].Value + Naam);
        tekst = NaamMetVoornaam().Replace(tekst, Naam);
        // Last: a capitalised name where a street stands ("op het Spui", "aan de Grote Markt"); Dutch nouns are
        // lower case, so what follows a preposition and an article with a capital is a place, a business or a name.
        tekst = NaamNaVoorzetsel().Replace(tekst, m => m.Groups["voorzetsel"].Value + Straat);
        return tekst;
    }

    /// <summary>Ordinary words that end like a street: "op de terugweg" names no place.</summary>
    private static readonly HashSet<string> GeenStraat = new(StringComparer.OrdinalIgnoreCase)
    {
        "snelweg", "autosnelweg", "onderweg", "halverwege", "terugweg", "heenweg", "thuisweg", "uitweg", "omweg", "zijweg",
        "achterweg", "rijweg", "fietsweg", "wandelweg", "zandweg", "landweg", "snelwegen", "oprijlaan",
    };

    private static bool HeeftCijferEnLetter(string waarde) => waarde.Any(char.IsAsciiDigit) && waarde.Any(char.IsAsciiLetter);

    private const string Maanden =
        "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|" +
        "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|" +
        "january|february|march|may|june|july|august|october|" +
        "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|" +
        "styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień";

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailPatroon();

    // 12-03-2024, 3/12/24, 12.03.2024, 2024-03-12
    [GeneratedRegex(@"(?<![\w-])(\d{1,2}[-/.]\d{1,2}[-/.](\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![\w-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DatumCijfers();

    // 12 maart 2024, 3 mei, 5th of March, 12 stycznia 2024 r.
    [GeneratedRegex(@"(?<!\w)\d{1,2}(e|ste|de|st|nd|rd|th)?\.?\s+(of\s+)?(" + Maanden + @")\.?(\s+\d{4})?(\s*r\.)?(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DatumWoorden();

    // March 5, 2024; May 3rd
    [GeneratedRegex(@"(?<!\w)(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(st|nd|rd|th)?(,?\s+\d{4})?(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DatumWoordenEngels();

    // Dutch side codes: AB-123-C, 12-ABC-3, 1-ABC-23, XX-99-99, GH-12-JK; with or without dashes when mixed.
    [GeneratedRegex(@"(?<![\w-])[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}(?![\w-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex KentekenNl();

    // Polish (WA 12345, KR 4F221, PO1234X) and British (AB12 CDE) plates.
    [GeneratedRegex(@"(?<!\w)([A-Z]{2,3}\s?\d[A-Z0-9]{3,4}|[A-Z]{2}\d{2}\s?[A-Z]{3})(?!\w)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex KentekenAnders();

    [GeneratedRegex(@"(?<![\w\[])(\+|00)?\d[\d\s\-().]{7,}\d(?!\w)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TelefoonPatroon();

    [GeneratedRegex(@"(?<!\w)[1-9]\d{3}\s?[A-Z]{2}(?!\w)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PostcodePatroon();

    private const string Huisnummer = @"(\s+\d{1,5}(\s?[a-zA-Z](?!\w))?([-/]\d{1,4}\w?)?)?";

    // ul. Marszałkowska 12, na ulicy Piotrkowskiej, al. Jerozolimskie 5/7, plac Grunwaldzki
    [GeneratedRegex(@"(?<!\w)(?i:ul\.|ulica|ulicy|ulicę|ulicą|al\.|aleja|alei|aleję|pl\.|plac|placu|os\.|osiedle|osiedlu)\s*(\p{Lu}[\p{L}-]*\.?)(\s+\p{Lu}[\p{L}-]*)*" + Huisnummer,
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StraatPools();

    // 12 Baker Street, Mill Road, Station Rd
    [GeneratedRegex(@"(?<!\w)(\d{1,5}\s+)?(\p{Lu}[\p{L}'-]*\s+){1,3}(Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Close|Way|Square|Place|Crescent|Terrace|Gardens)(?!\w)" + Huisnummer,
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StraatEngels();

    // Laan van Meerdervoort 120, Plein 1813, Kade van de Haven
    [GeneratedRegex(@"(?<!\w)(Laan|Plein|Kade|Hof|Dreef|Weg|Singel)\s+((van|der|de|den|het|op|in|ten|ter|'t)\s+)*(\p{Lu}[\p{L}'-]*|\d{4})(?!\w)" + Huisnummer,
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StraatLaanVan();

    // Leyweg, Prinses Beatrixlaan 42, Van der Vennestraat, Hoefkade 10a, Spui-straat; without a number too.
    [GeneratedRegex(@"(?<!\w)((\p{Lu}[\p{L}'.]*|van|der|de|den)\s+)*\p{Lu}[\p{L}'-]*(straat|weg|laan|plein|gracht|kade|singel|dijk|dreef|steeg|markt|baan|boulevard|plantsoen|hof|wal|pad|park|dwarsstraat|poort)(?!\w)" + Huisnummer,
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StraatNl();

    // Streets that carry no street word, as they are named in the region's cities: Spui 70, op het Buitenhof.
    [GeneratedRegex(@"(?<!\w)(Spui|Buitenhof|Binnenhof|Lange Voorhout|Korte Voorhout|Lange Poten|Korte Poten|Noordeinde|Westeinde|Zuideinde|Oosteinde|Lange Houtstraat|Binnenrotte|Meent|Damrak|Rokin|Vredenburg|Neude|Breestraat)(?!\w)" + Huisnummer,
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StraatZonderAchtervoegsel();

    // leyweg 12, aan de hobbemastraat, op de prinses beatrixlaan: a street typed in lower case, recognised by its
    // ending together with a house number or a preposition before it (then "op de terugweg" is still a way home).
    [GeneratedRegex(@"(?<!\w)(?<voor>(?i:aan|op|in|bij|naar|langs|via|vanaf|rond)\s+((de|het|'t)\s+)?)?(?<straat>[a-zà-ÿ][a-zà-ÿ'-]{2,}(straat|weg|laan|plein|gracht|kade|singel|dijk|dreef|steeg))(?!\w)(?<nummer>\s+\d{1,5}(\s?[a-z](?!\w))?([-/]\d{1,4}\w?)?)?",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StraatKleineLetters();

    // Bouwbedrijf De Vries BV, Clean Team B.V., FlexWork Sp. z o.o., Nails & Beauty Ltd
    [GeneratedRegex(@"(?<!\w)((\p{Lu}[\p{L}&'-]*|&|de|van|der)\s+){0,4}\p{Lu}[\p{L}&'-]*\s+(B\.?V\.?|V\.O\.F\.|VOF|N\.V\.|Sp\.\s?z\s?o\.\s?o\.|Ltd\.?|LLC|GmbH|S\.A\.)(?!\w)",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BedrijfRechtsvorm();

    private const string Bedrijfssoorten =
        @"nagelstudio|kapsalon|massagesalon|schoonheidssalon|salon|restaurant|snackbar|shoarmazaak|pizzeria|café|cafe|bar|club|hotel|pension|" +
        @"bakkerij|slagerij|supermarkt|winkel|toko|autowasstraat|wasstraat|carwash|garage|uitzendbureau|schoonmaakbedrijf|bouwbedrijf|" +
        @"kwekerij|tuinbouwbedrijf|distributiecentrum|bedrijf|firma|nail\s+bar|nail\s+salon|car\s+wash|shop|company|agency|" +
        @"firma|firmie|firmy|firmą|restauracja|restauracji|myjnia|myjni|salon\s+paznokci|salonie\s+paznokci|hotelu|agencja|agencji|sklep|sklepie";

    // Kapsalon Bella, Restaurant Golden Dragon, agencja Praca-Max, firmie Kowalski
    [GeneratedRegex(@"(?<!\w)(?<soort>(?i:" + Bedrijfssoorten + @"))\s+(?!van\b|in\b|op\b|aan\b|bij\b|w\b|na\b|of\b|on\b|at\b)(\p{Lu}[\p{L}&'-]*|""[^""]{1,40}""|'[^']{1,40}')(\s+(\p{Lu}[\p{L}&'-]*|&|de|van|der))*",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BedrijfMetNaam();

    // "de nagelstudio", "het restaurant", "the car wash": a definite business is one place, so it is withheld too.
    [GeneratedRegex(@"(?<!\w)(?<lidwoord>(de|het|die|dat|deze|the|that|this)\s+)(" + Bedrijfssoorten + @")(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BedrijfBepaald();

    // heet Anna, genaamd Piet de Boer, named John Smith, nazywa się Marek Nowak, o imieniu Ola
    [GeneratedRegex(@"(?<aanwijzing>(?<!\w)(?i:heet|heten|genaamd|genoemd|noemt\s+zich|naam\s+is|bijnaam|named|called|name\s+is|goes\s+by|nazywa\s+się|nazywał\s+się|o\s+imieniu|imieniem|imię|ksywka|ksywą)\s+)" +
        @"((van|de|der|den|ter|ten)\s+)*\p{Lu}[\p{L}'-]*(\s+((van|de|der|den|ter|ten)\s+)*\p{Lu}[\p{L}'-]*)?",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NaamNaAanwijzing();

    private const string Voornamen =
        "Anna|Maria|Marie|Jan|Piet|Pieter|Kees|Henk|Johan|Johannes|Willem|Hendrik|Gerrit|Cor|Sanne|Lisa|Emma|Sophie|Julia|Eva|Fleur|Anouk|" +
        "Daan|Sem|Lucas|Thomas|Bram|Tim|Lars|Jeroen|Mark|Marco|Peter|Paul|Sander|Bas|Ruud|Mohamed|Mohammed|Ahmed|Ali|Mustafa|Fatima|Yusuf|" +
        "Omar|Hassan|Khadija|Samira|Kevin|Dennis|Patrick|Stefan|John|James|David|Michael|Robert|William|Richard|Mary|Sarah|Emily|Laura|" +
        "Jessica|Marek|Piotr|Paweł|Pawel|Tomasz|Tomek|Krzysztof|Andrzej|Michał|Michal|Jakub|Kamil|Łukasz|Lukasz|Grzegorz|Wojciech|Agnieszka|" +
        "Katarzyna|Małgorzata|Magdalena|Joanna|Ewa|Monika|Ola|Aleksandra|Natalia|Ivan|Georgi|Dimitar|Nikolai|Nikolay|Petar|Stoyan|Todor|" +
        "Elena|Ivana|Desislava|Gergana|Gheorghe|Ion|Ioan|Vasile|Mihai|Andrei|Alexandru|Florin|Ionut|Ioana|Mihaela|Andreea|Cristina|Sergei|" +
        "Sergey|Olga|Oksana|Svetlana|Viktor|Dmitri|Aleksandr|Tatiana|Olena|Iryna|Oleksandr";

    // Marek Wiśniewski, Sanne van Dijk, Sarah Jones: a known first name and a capitalised surname, without any cue.
    [GeneratedRegex(@"(?<!\w)(" + Voornamen + @")\s+((van|de|der|den|ter|ten|von)\s+)*\p{Lu}[\p{L}'-]+(?!\w)",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NaamMetVoornaam();

    // op het Spui, aan de Grote Markt, bij het Buitenhof, in de Lange Poten 7
    [GeneratedRegex(@"(?<voorzetsel>(?<!\w)(?i:op|aan|in|bij|naar|langs|via|vanaf|rond)\s+(?i:de|het|'t)\s+)\p{Lu}[\p{L}'-]*(\s+\p{Lu}[\p{L}'-]*){0,2}" + Huisnummer,
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NaamNaVoorzetsel();

    // meneer Jansen, mevrouw De Wit, dhr. K. Bakker, Mr Smith, pan Kowalski, pani Anna
    [GeneratedRegex(@"(?<titel>(?<!\w)(?i:meneer|mevrouw|mevr\.|dhr\.|mw\.|mr\.|mrs\.|ms\.|Mr|Mrs|Ms|Miss|pan|pani|pana|panią|panem|baas|eigenaar|boss|owner|szef|szefa|szefem|właściciel|właściciela)\s+)" +
        @"((\p{Lu}\.\s?)+)?((van|de|der|den)\s+)*\p{Lu}[\p{L}'-]*(\s+((van|de|der|den)\s+)*\p{Lu}[\p{L}'-]*)?",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NaamNaTitel();
}
