using System.Text.RegularExpressions;
using Schakel.Core.Organisaties;
using Schakel.Core.Teksten;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Reads a referral explanation stored as Dutch text (rows from before explanations were stored as codes) back into
/// messages with codes, so old rows read in the reader's language too. The text was the reasons joined by "; ",
/// each reason its parts joined by " — ". A part that matches a known text gets its code and arguments (names of
/// organisations and officers stay data); a part that matches nothing is kept as written, marked as text
/// (<see cref="BerichtJson.Letterlijk"/>), never guessed.
/// </summary>
public static class Uitlegherkenning
{
    private const string Einde = "(?= — |; |$)";
    private static readonly Regex Gemeente = new("^gemeente (.+)$", RegexOptions.CultureInvariant);
    private static readonly IReadOnlyList<Patroon> Patronen = MaakPatronen();

    public static IReadOnlyList<Bericht> Herken(string? tekst)
    {
        var redenen = new List<Bericht>();
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return redenen;
        }
        var delen = new List<Bericht>();
        var pos = 0;
        while (pos < tekst.Length)
        {
            var (lengte, deel) = Beste(tekst, pos);
            if (deel is null)
            {
                var volgende = Volgende(tekst, pos);
                lengte = volgende - pos;
                deel = BerichtJson.Letterlijk(tekst[pos..volgende]);
            }
            delen.Add(deel);
            pos += lengte;
            if (tekst.AsSpan(pos).StartsWith(" — ", StringComparison.Ordinal))
            {
                pos += 3;
            }
            else
            {
                redenen.Add(Routeberichten.Reeks([.. delen]));
                delen.Clear();
                if (tekst.AsSpan(pos).StartsWith("; ", StringComparison.Ordinal))
                {
                    pos += 2;
                }
            }
        }
        if (delen.Count > 0)
        {
            redenen.Add(Routeberichten.Reeks([.. delen]));
        }
        return redenen;
    }

    private static int Volgende(string tekst, int pos)
    {
        var streep = tekst.IndexOf(" — ", pos, StringComparison.Ordinal);
        var punt = tekst.IndexOf("; ", pos, StringComparison.Ordinal);
        var kandidaten = new[] { streep, punt }.Where(i => i >= 0).ToList();
        return kandidaten.Count == 0 ? tekst.Length : kandidaten.Min();
    }

    /// <summary>The longest known part at this position; on a tie the one with the most fixed text (the most specific).</summary>
    private static (int Lengte, Bericht? Deel) Beste(string tekst, int pos)
    {
        (int Lengte, int Vast, Bericht? Deel) beste = (0, -1, null);
        foreach (var p in Patronen)
        {
            var m = p.Regex.Match(tekst, pos);
            if (!m.Success || m.Index != pos || m.Length == 0)
            {
                continue;
            }
            if (p.Maak(m) is { } deel && (m.Length > beste.Lengte || (m.Length == beste.Lengte && p.Vast > beste.Vast)))
            {
                beste = (m.Length, p.Vast, deel);
            }
        }
        return (beste.Lengte, beste.Deel);
    }

    private sealed record Patroon(Regex Regex, int Vast, Func<Match, Bericht?> Maak);

    private static IReadOnlyList<Patroon> MaakPatronen()
    {
        var patronen = new List<Patroon>();
        foreach (var regel in StandaardMeldroute.Maak().Regels)
        {
            foreach (var uitkomst in regel.Uitkomsten)
            {
                var sjabloon = Routeberichten.Sjabloon(uitkomst);
                if (sjabloon.Code.Length == 0)
                {
                    continue;
                }
                var patroon = Regex.Escape(uitkomst.Uitleg)
                    .Replace(@"\{organisatie}", "(?<organisatie>.+?)", StringComparison.Ordinal)
                    .Replace(@"\{gemeente}", "(?<gemeente>een onbekende gemeente|gemeente .+?)", StringComparison.Ordinal)
                    .Replace(@"\{functie}", "(?<functie>.+?)", StringComparison.Ordinal);
                var code = sjabloon.Code;
                patronen.Add(new(Maak(patroon), Vast(uitkomst.Uitleg), m => new Bericht(code, m.Value,
                    [Groep(m, "organisatie"), GemeenteBericht(Groep(m, "gemeente")), Routeberichten.Functie(Groep(m, "functie"))])));
            }
        }
        var niveau = string.Join('|', Enum.GetValues<Deelniveau>().Select(DeelniveauTekst.Naam));
        patronen.Add(new(Maak($"deelniveau (?<van>{niveau}) verlaagd naar (?<naar>{niveau}) volgens het deelbeleid"), 40, m =>
            Bericht.Van(Routeberichten.Verlaagd, "deelniveau {0} verlaagd naar {1} volgens het deelbeleid", Niveau(m.Groups["van"].Value), Niveau(m.Groups["naar"].Value))));
        var zijden = Enum.GetValues<Keten.Aandachtsfunctionariszijde>().ToDictionary(z => Routeberichten.Zijde(z).Nederlands, z => z);
        var zijde = string.Join('|', zijden.Keys.Select(Regex.Escape));
        patronen.Add(new(Maak($"interne meldroute: (?<zijde>{zijde}) naar (?<naam>.+?)"), 20, m =>
            Bericht.Van(Routeberichten.FunctionarisIntern, "interne meldroute: {0} naar {1}", Routeberichten.Zijde(zijden[m.Groups["zijde"].Value]), m.Groups["naam"].Value)));
        patronen.Add(new(Maak("zijde van het signaal onbekend, dus geen aandachtsfunctionaris gekozen in (?<gemeente>een onbekende gemeente|gemeente .+?); naar de organisatie zelf"), 90, m =>
            Bericht.Van(Routeberichten.FunctionarisZijdeOnbekend, "zijde van het signaal onbekend, dus geen aandachtsfunctionaris gekozen in {0}; naar de organisatie zelf",
                GemeenteBericht(m.Groups["gemeente"].Value))));
        patronen.Add(new(Maak($"geen actieve aandachtsfunctionaris voor de (?<zijde>{zijde}) in (?<gemeente>een onbekende gemeente|gemeente .+?); naar de organisatie zelf"), 70, m =>
            Bericht.Van(Routeberichten.FunctionarisOntbreekt, "geen actieve aandachtsfunctionaris voor de {0} in {1}; naar de organisatie zelf",
                Routeberichten.Zijde(zijden[m.Groups["zijde"].Value]), GemeenteBericht(m.Groups["gemeente"].Value))));
        patronen.Add(new(Maak(Regex.Escape("gemeente van de melding onbekend; elke regionale organisatie van dit type voorgesteld")), 85, _ =>
            Bericht.Van(Routeberichten.GemeenteOnbekendRegionaal, "gemeente van de melding onbekend; elke regionale organisatie van dit type voorgesteld")));
        var reikwijdten = Enum.GetValues<Reikwijdte>().ToDictionary(r => Routeberichten.Bijvoeglijk(r).Nederlands, r => r);
        var reikwijdte = string.Join('|', reikwijdten.Keys.Select(Regex.Escape));
        var typen = Enum.GetValues<OrganisatieType>().GroupBy(t => OrganisatieTypeTekst.Naam(t)).ToDictionary(g => g.Key, g => g.First());
        var type = string.Join('|', typen.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        patronen.Add(new(Maak($"geen (?<van>{reikwijdte}) (?<type>{type}) gevonden voor (?<gemeente>een onbekende gemeente|gemeente .+?); (?<naar>{reikwijdte}) organisatie voorgesteld"), 40, m =>
            Bericht.Van(Routeberichten.Verbreed, "geen {0} {1} gevonden voor {2}; {3} organisatie voorgesteld",
                Routeberichten.Bijvoeglijk(reikwijdten[m.Groups["van"].Value]), Routeberichten.Type(typen[m.Groups["type"].Value]),
                GemeenteBericht(m.Groups["gemeente"].Value), Routeberichten.Bijvoeglijk(reikwijdten[m.Groups["naar"].Value]))));
        patronen.Add(new(Maak(@"Signalentafel (?<tafel>.+?): doorgezet naar (?<organisatie>.+?) als (?<wat>casustafel|partner)\."), 30, m =>
            Routeberichten.Signalentafel(m.Groups["tafel"].Value, m.Groups["organisatie"].Value, m.Groups["wat"].Value == "casustafel")));
        return patronen;
    }

    private static Regex Maak(string patroon) => new(@"\G(?:" + patroon + ")" + Einde, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static int Vast(string sjabloon) => Regex.Replace(sjabloon, @"\{[a-z]+\}", "").Length;

    private static string Groep(Match m, string naam) => m.Groups[naam].Success ? m.Groups[naam].Value : "";

    private static Bericht GemeenteBericht(string tekst) =>
        tekst.Length == 0 ? BerichtJson.Letterlijk("")
        : tekst == "een onbekende gemeente" ? Bericht.Van(Routeberichten.GemeenteOnbekend, "een onbekende gemeente")
        : Gemeente.Match(tekst) is { Success: true } g ? Bericht.Van(Routeberichten.Gemeente, "gemeente {0}", g.Groups[1].Value)
        : BerichtJson.Letterlijk(tekst);

    private static Bericht Niveau(string woord) =>
        Routeberichten.Niveau(Enum.GetValues<Deelniveau>().First(n => DeelniveauTekst.Naam(n) == woord));
}
