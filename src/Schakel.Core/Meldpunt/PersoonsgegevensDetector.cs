using System.Text.RegularExpressions;

namespace Schakel.Core.Meldpunt;

public enum PersoonsgegevensSoort
{
    Naam,
    Telefoonnummer,
    Email,
    Kenteken,
}

/// <summary>Where in the text something looks like personal data; the text itself is not repeated.</summary>
public sealed record PersoonsgegevensWaarschuwing(PersoonsgegevensSoort Soort, int Positie, int Lengte, string Uitleg);

/// <summary>
/// Warns when an advice question seems to hold personal data. A heuristic on purpose: it errs towards
/// warning, and the professional may override it, so a false alarm costs a click and a miss is caught by
/// the plain instruction on the form.
/// </summary>
public static partial class PersoonsgegevensDetector
{
    public static IReadOnlyList<PersoonsgegevensWaarschuwing> Controleer(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return [];
        }
        try
        {
            return Zoek(tekst);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pattern that runs out of time (a long text on a busy machine) must not fail the question: it errs
            // towards warning, as the detector does, and the professional looks at the whole text.
            return [new(PersoonsgegevensSoort.Naam, 0, tekst.Length, "Deze tekst kon niet helemaal worden nagekeken; kijk zelf of er persoonsgegevens in staan.")];
        }
    }

    private static List<PersoonsgegevensWaarschuwing> Zoek(string tekst)
    {
        var uit = new List<PersoonsgegevensWaarschuwing>();
        foreach (Match m in EmailPatroon().Matches(tekst))
        {
            uit.Add(new(PersoonsgegevensSoort.Email, m.Index, m.Length, "Dit lijkt een e-mailadres."));
        }
        foreach (Match m in TelefoonPatroon().Matches(tekst))
        {
            if (IsTelefoonnummer(m.Value) && !Overlapt(uit, m))
            {
                uit.Add(new(PersoonsgegevensSoort.Telefoonnummer, m.Index, m.Length, "Dit lijkt een telefoonnummer."));
            }
        }
        foreach (var m in KentekenPatronen().SelectMany(p => p.Matches(tekst)))
        {
            if (!Overlapt(uit, m))
            {
                uit.Add(new(PersoonsgegevensSoort.Kenteken, m.Index, m.Length, "Dit lijkt een kenteken."));
            }
        }
        foreach (Match m in NaamAanduidingPatroon().Matches(tekst))
        {
            uit.Add(new(PersoonsgegevensSoort.Naam, m.Index, m.Length, "Hier lijkt een naam te staan."));
        }
        foreach (Match m in VoorEnAchternaamPatroon().Matches(tekst))
        {
            if (IsWaarschijnlijkNaam(m) && !Overlapt(uit, m))
            {
                uit.Add(new(PersoonsgegevensSoort.Naam, m.Index, m.Length, "Dit lijkt een voor- en achternaam."));
            }
        }
        return [.. uit.OrderBy(w => w.Positie)];
    }

    private static bool Overlapt(List<PersoonsgegevensWaarschuwing> al, Match m) =>
        al.Any(w => m.Index < w.Positie + w.Lengte && w.Positie < m.Index + m.Length);

    /// <summary>Dutch numbers: 0 and 9 more digits. International: + or 00, then 8 to 15 digits.</summary>
    private static bool IsTelefoonnummer(string waarde)
    {
        var cijfers = new string(waarde.Where(char.IsAsciiDigit).ToArray());
        var t = waarde.TrimStart();
        if (t.StartsWith('+'))
        {
            return cijfers.Length is >= 8 and <= 15;
        }
        if (cijfers.StartsWith("00", StringComparison.Ordinal))
        {
            return cijfers.Length - 2 is >= 8 and <= 15;
        }
        return cijfers.StartsWith('0') && cijfers.Length == 10;
    }

    /// <summary>
    /// Two capitalised words in a row look like a name, unless one is a word that is often capitalised for
    /// other reasons (the start of a sentence, a place, a month, an organisation).
    /// </summary>
    private static bool IsWaarschijnlijkNaam(Match m)
    {
        var voor = m.Groups["voor"].Value;
        var achter = m.Groups["achter"].Value;
        return !GeenNaam.Contains(voor) && !GeenNaam.Contains(achter);
    }

    private static readonly HashSet<string> GeenNaam = new(StringComparer.OrdinalIgnoreCase)
    {
        "De", "Het", "Een", "Ik", "Wij", "We", "Hij", "Zij", "Ze", "Je", "Jij", "U", "Die", "Dat", "Deze", "Dit", "Er", "In",
        "Op", "Bij", "Na", "Voor", "Met", "Om", "Uit", "Van", "Als", "Toen", "Nu", "Maar", "En", "Of", "Wat", "Wie", "Waar",
        "Hoe", "Wanneer", "Welke", "Is", "Zijn", "Kan", "Moet", "Mag", "Heeft", "Hebben", "Graag", "Sinds", "Via", "Volgens",
        "Den", "Haag", "Holland", "Nederland", "Rotterdam", "Amsterdam", "Utrecht", "Leiden", "Delft", "Zoetermeer", "Westland",
        "Midden", "Zuid", "Noord", "Oost", "West", "Centraal", "Station", "Veilig", "Thuis", "Arbeidsinspectie", "Politie",
        "Gemeente", "Meldpunt", "Meld", "Misdaad", "Anoniem", "CoMensha", "Openbaar", "Ministerie", "Marokkaans", "Pools",
        "Poolse", "Bulgaarse", "Roemeense", "Nederlandse", "Engelse", "Oekraïense", "Januari", "Februari", "Maart", "April",
        "Mei", "Juni", "Juli", "Augustus", "September", "Oktober", "November", "December", "Maandag", "Dinsdag", "Woensdag",
        "Donderdag", "Vrijdag", "Zaterdag", "Zondag", "Hallo", "Beste", "Goedemiddag", "Goedemorgen", "Dank", "Vraag",
    };

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, 200)]
    private static partial Regex EmailPatroon();

    [GeneratedRegex(@"(?<![\w+])(\+|00)?\(?\d[\d \-().]{6,18}\d(?!\w)", RegexOptions.CultureInvariant, 200)]
    private static partial Regex TelefoonPatroon();

    [GeneratedRegex(@"\b(naam|achternaam|voornaam|genaamd|heet|meneer|mevrouw|dhr\.?|mevr\.?|mw\.?)\s*[:.]?\s+\p{Lu}[\p{L}'\-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex NaamAanduidingPatroon();

    [GeneratedRegex(@"\b(?<voor>\p{Lu}\p{Ll}+)(\s+(van|de|der|den|ter|ten|el|al|da|di|le|la)){0,2}\s+(?<achter>\p{Lu}\p{Ll}+)\b", RegexOptions.CultureInvariant, 200)]
    private static partial Regex VoorEnAchternaamPatroon();

    // Dutch licence plates by sidecode (1-14): letter and digit groups of fixed sizes, joined by dashes.
    // Written with spaces or without separators only upper case counts, so ordinary words are not mistaken for plates.
    private static readonly string[] Sidecodes =
    [
        "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
        "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
    ];

    private static readonly Regex[] KentekenRegexen = [.. Sidecodes.SelectMany(MaakKentekenRegexen)];

    private static IEnumerable<Regex> KentekenPatronen() => KentekenRegexen;

    private static IEnumerable<Regex> MaakKentekenRegexen(string sidecode)
    {
        string Groep(string g, bool hoofdletters) => g[0] == 'D' ? $@"\d{{{g.Length}}}" : hoofdletters ? $"[A-Z]{{{g.Length}}}" : $"[A-Za-z]{{{g.Length}}}";
        var groepen = sidecode.Split('-');
        var metStreepjes = string.Join("-", groepen.Select(g => Groep(g, hoofdletters: false)));
        var losOfAaneen = string.Join(@"\s?", groepen.Select(g => Groep(g, hoofdletters: true)));
        yield return new Regex($@"(?<![\w-]){metStreepjes}(?![\w-])", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        yield return new Regex($@"(?<![\w-]){losOfAaneen}(?![\w-])", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
    }
}
