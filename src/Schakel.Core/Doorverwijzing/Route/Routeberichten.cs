using Schakel.Core.Organisaties;
using Schakel.Core.Teksten;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// The codes of the reporting route's explanations, so staff pages can say them in the reader's language
/// (Features/Taal/DomeinTeksten). A rule's own explanation is data: while it still reads as the default route's
/// text it gets that text's code (<c>route.uitleg.{regelcode}.{n}</c>, name <c>route.naam.{regelcode}</c>);
/// once a beheerder rewrites it, it is shown as written.
/// </summary>
public static class Routeberichten
{
    public const string Toegepast = "route.toegepast";
    public const string GeenRegel = "route.geen-regel";
    public const string Verlaagd = "route.verlaagd";
    public const string GeenVerwerkingsgrondslag = "route.geen-verwerkingsgrondslag";
    public const string Verbreed = "route.zoek.verbreed";
    public const string GemeenteOnbekendRegionaal = "route.zoek.gemeente-onbekend";
    public const string NietsGevonden = "route.zoek.niets";
    public const string Gemeente = "route.gemeente";
    public const string GemeenteOnbekend = "route.gemeente.onbekend";
    public const string Lokaal = "route.reikwijdte.lokaal";
    public const string Regionaal = "route.reikwijdte.regionaal";
    public const string Landelijk = "route.reikwijdte.landelijk";
    public const string FunctieAandachtsfunctionaris = "route.functie.aandachtsfunctionaris";
    public const string FunctieOov = "route.functie.oov";
    public const string VeldOrganisatie = "route.veld.organisatie";
    public const string VeldGemeente = "route.veld.gemeente";
    public const string VeldFunctie = "route.veld.functie";
    public const string FunctionarisIntern = "route.functionaris.intern";
    public const string FunctionarisOntbreekt = "route.functionaris.ontbreekt";
    public const string FunctionarisZijdeOnbekend = "route.functionaris.zijde-onbekend";
    public const string Signalentafelbesluit = "doorverwijzing.signalentafel";
    public const string SignalentafelCasustafel = "doorverwijzing.signalentafel.casustafel";
    public const string SignalentafelPartner = "doorverwijzing.signalentafel.partner";

    /// <summary>
    /// Purpose keys of a referral a signal table decided, stored beside the route's rule codes; their text is
    /// "doel." + key. Kept apart from the message codes above, which are texts' keys themselves.
    /// </summary>
    public static class Doelen
    {
        public const string SignalentafelCasustafel = "signalentafel-casustafel";
        public const string SignalentafelPartner = "signalentafel-partner";
    }

    private static readonly StandaardTeksten Standaard = StandaardTeksten.Maak();

    /// <summary>The codes the default route's texts get; each needs a text per language.</summary>
    public static IEnumerable<string> StandaardCodes => Standaard.Uitleg.Values.Concat(Standaard.Namen.Values);

    /// <summary>A rule's name, with a code while it is the default route's name.</summary>
    public static Bericht Naam(MeldrouteRegel regel) => Naam(regel.Naam);

    /// <summary>
    /// A stored rule name, such as a referral's purpose (prefilled with the proposing rule's name): the default
    /// route's names get their code, so old and new rows read in the reader's language; other text stays as written.
    /// </summary>
    public static Bericht Naam(string naam) =>
        Standaard.Namen.TryGetValue(naam.Trim(), out var code) ? new Bericht(code, naam, []) : Letterlijk(naam);

    /// <summary>The default route's rule code for this rule name, or null: how old purposes, stored as the name, are matched.</summary>
    public static string? StandaardCode(string naam) =>
        Standaard.Namen.TryGetValue(naam.Trim(), out var code) ? code["route.naam.".Length..] : null;

    /// <summary>
    /// A referral's purpose in the reader's language: a purpose key (a rule code, or a signal table's decision) gets
    /// its text; a rule code outside the default route is named by <paramref name="regelnaam"/> (the stored rule's
    /// name, data); no key means text typed by staff, kept as written.
    /// </summary>
    public static Bericht Doel(string? code, string tekst, string? regelnaam = null) => code switch
    {
        null or "" => Letterlijk(tekst),
        Doelen.SignalentafelCasustafel => new Bericht("doel." + code, "Besluit van een signalentafel (casustafel)", []),
        Doelen.SignalentafelPartner => new Bericht("doel." + code, "Besluit van een signalentafel (partner)", []),
        _ when Standaard.Namen.Values.Contains("route.naam." + code) => new Bericht("route.naam." + code,
            Standaard.Namen.First(n => n.Value == "route.naam." + code).Key, []),
        _ => Letterlijk(regelnaam ?? code),
    };

    /// <summary>Why a signal table's decision became a referral: table and receiver are data, the kind a word.</summary>
    public static Bericht Signalentafel(string tafel, string ontvanger, bool casustafel) =>
        Bericht.Van(Signalentafelbesluit, "Signalentafel {0}: doorgezet naar {1} als {2}.", tafel, ontvanger,
            casustafel ? new Bericht(SignalentafelCasustafel, "casustafel", []) : new Bericht(SignalentafelPartner, "partner", []));

    /// <summary>Whether <see cref="Naam(string)"/> has a code for this text, i.e. it is not free text.</summary>
    public static bool IsStandaardNaam(string naam) => Standaard.Namen.ContainsKey(naam.Trim());

    /// <summary>An outcome's explanation with its placeholders filled: {0} organisation, {1} municipality, {2} function.</summary>
    /// <param name="functionaris">The focal officer's published function, which then stands for {functie}.</param>
    internal static Bericht Uitleg(RegelUitkomst uitkomst, object organisatie, MeldingKenmerken melding, string? functionaris = null)
    {
        var gemeente = GemeenteVan(melding);
        var functie = functionaris is null ? Functie(uitkomst.Functie) : Letterlijk(functionaris);
        var nederlands = uitkomst.Uitleg
            .Replace("{organisatie}", organisatie is Bericht b ? b.Nederlands : organisatie.ToString(), StringComparison.Ordinal)
            .Replace("{gemeente}", gemeente.Nederlands, StringComparison.Ordinal)
            .Replace("{functie}", functie.Nederlands, StringComparison.Ordinal);
        var code = Standaard.Uitleg.TryGetValue(uitkomst.Uitleg, out var c) ? c : "";
        return new Bericht(code, nederlands, [organisatie, gemeente, functie]);
    }

    /// <summary>An outcome's explanation as the beheerder sees it, placeholders named in the reader's language.</summary>
    public static Bericht Sjabloon(RegelUitkomst uitkomst) =>
        new(Standaard.Uitleg.TryGetValue(uitkomst.Uitleg, out var code) ? code : "", uitkomst.Uitleg,
            [new Bericht(VeldOrganisatie, "{organisatie}", []), new Bericht(VeldGemeente, "{gemeente}", []), new Bericht(VeldFunctie, "{functie}", [])]);

    internal static Bericht GemeenteVan(MeldingKenmerken melding) =>
        melding.GemeenteCode is null
            ? Bericht.Van(GemeenteOnbekend, "een onbekende gemeente")
            : Bericht.Van(Gemeente, "gemeente {0}", melding.GemeenteNaam ?? melding.GemeenteCode);

    internal static Bericht Bijvoeglijk(Reikwijdte reikwijdte) => reikwijdte switch
    {
        Reikwijdte.Lokaal => Bericht.Van(Lokaal, "lokale"),
        Reikwijdte.Regionaal => Bericht.Van(Regionaal, "regionale"),
        _ => Bericht.Van(Landelijk, "landelijke"),
    };

    internal static Bericht Type(OrganisatieType type) => Bericht.Woord(type, OrganisatieTypeTekst.Naam(type));

    internal static Bericht Zijde(Keten.Aandachtsfunctionariszijde zijde) => Bericht.Woord(zijde, zijde switch
    {
        Keten.Aandachtsfunctionariszijde.Dader => "daderkant",
        Keten.Aandachtsfunctionariszijde.Slachtoffer => "slachtofferkant",
        _ => "dader- en slachtofferkant",
    });

    internal static Bericht Niveau(Deelniveau niveau) => Bericht.Woord(niveau, DeelniveauTekst.Naam(niveau));

    /// <summary>Joins parts with a dash, as the Dutch explanations always did.</summary>
    internal static Bericht Reeks(params Bericht[] delen) =>
        delen.Length == 1 ? delen[0] : new Bericht(Bericht.ReeksCode, string.Join(" — ", delen.Select(d => d.Nederlands)), [.. delen]);

    internal static Bericht Functie(string? functie) => functie switch
    {
        null => Letterlijk(""),
        "aandachtsfunctionaris mensenhandel" => new Bericht(FunctieAandachtsfunctionaris, functie, []),
        "afdeling openbare orde en veiligheid (OOV)" => new Bericht(FunctieOov, functie, []),
        _ => Letterlijk(functie),
    };

    private static Bericht Letterlijk(string tekst) => new("", tekst, []);

    private sealed record StandaardTeksten(IReadOnlyDictionary<string, string> Uitleg, IReadOnlyDictionary<string, string> Namen)
    {
        public static StandaardTeksten Maak()
        {
            var uitleg = new Dictionary<string, string>(StringComparer.Ordinal);
            var namen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var regel in StandaardMeldroute.Maak().Regels)
            {
                namen.TryAdd(regel.Naam, $"route.naam.{regel.Code}");
                for (var i = 0; i < regel.Uitkomsten.Count; i++)
                {
                    uitleg.TryAdd(regel.Uitkomsten[i].Uitleg, $"route.uitleg.{regel.Code}.{i + 1}");
                }
            }
            return new StandaardTeksten(uitleg, namen);
        }
    }
}
