namespace Schakel.Web.Features.Bewustwording.Model;

public sealed record Doelgroep(string Code, string Groep, string Bron);

/// <summary>
/// The audiences of the menukaart, as the documents name them. Codes are stable (stored on offers and sign-ups);
/// their names in every public language are texts (<c>Doelgroep_{code}</c> in BewustwordingTeksten).
/// </summary>
public static class Doelgroepen
{
    public const string GroepGemeente = "gemeente";
    public const string GroepExtern = "extern";
    public const string GroepKeten = "keten";
    public const string GroepPubliek = "publiek";

    public const string AandachtsfunctionarisNieuw = "keten.aandachtsfunctionaris-nieuw";
    public const string AandachtsfunctionarisErvaren = "keten.aandachtsfunctionaris-ervaren";

    private const string Handreiking = "Handreiking Hollands Midden §5.5";
    private const string MiddenDelfland = "Beleid Midden-Delfland §5.2.2";
    private const string Jaarplan = "Jaarplan 2024 §4.1";
    private const string Actieplan = "Actieplan Samen tegen mensenhandel, actie 1 en 2";

    public static readonly IReadOnlyList<Doelgroep> Alle =
    [
        new("gemeente.balie", GroepGemeente, Handreiking + "; " + MiddenDelfland),
        new("gemeente.boa", GroepGemeente, Handreiking + "; " + MiddenDelfland),
        new("gemeente.bouwtoezicht", GroepGemeente, Handreiking + "; " + MiddenDelfland),
        new("gemeente.sociale-recherche", GroepGemeente, Handreiking),
        new("gemeente.wmo", GroepGemeente, MiddenDelfland),
        new("gemeente.wijkteam", GroepGemeente, MiddenDelfland),
        new("gemeente.vergunningen", GroepGemeente, MiddenDelfland),
        new("gemeente.bedrijfscontact", GroepGemeente, MiddenDelfland),
        new("extern.onderwijs", GroepExtern, Actieplan),
        new("extern.zorg", GroepExtern, Handreiking),
        new("extern.wijkagent", GroepExtern, Handreiking),
        new("extern.sport", GroepExtern, Actieplan),
        new("extern.jeugdzorg", GroepExtern, Handreiking),
        new("extern.schuldhulp", GroepExtern, Actieplan),
        new("extern.reclassering", GroepExtern, Actieplan),
        new("extern.ggz", GroepExtern, Actieplan),
        new(AandachtsfunctionarisNieuw, GroepKeten, Jaarplan),
        new(AandachtsfunctionarisErvaren, GroepKeten, Jaarplan),
        new("keten.ketenregisseur", GroepKeten, Jaarplan),
        new("keten.eerstelijns-opsporing", GroepKeten, Actieplan),
        new("hotel.personeel", GroepPubliek, "Jaarplan 2024 §6"),
        new("publiek.inwoners", GroepPubliek, Actieplan),
        new("publiek.arbeidsmigranten", GroepPubliek, "Beleid Midden-Delfland §5.3"),
        new("publiek.leerlingen", GroepPubliek, Actieplan),
        new("publiek.lvb", GroepPubliek, Actieplan),
        new("publiek.sekswerkers", GroepPubliek, Actieplan),
        new("publiek.asielzoekers", GroepPubliek, Actieplan),
    ];

    /// <summary>
    /// The municipal roles that must have the yearly briefing unless a municipality sets its own list
    /// (Beleid Midden-Delfland §5.2.2: counter staff, BOA's, building inspectors, the Maatschappelijk Team,
    /// Wmo staff, licensing officers, the business-contact officer).
    /// </summary>
    public static readonly IReadOnlyList<string> StandaardPlan =
        ["gemeente.balie", "gemeente.boa", "gemeente.bouwtoezicht", "gemeente.wijkteam", "gemeente.wmo", "gemeente.vergunningen", "gemeente.bedrijfscontact"];

    public static readonly IReadOnlyList<string> Vormen = ["arbeid", "seksueel", "criminaliteit", "algemeen"];

    /// <summary>Languages an offer can be in: the information point's five and a few more the documents name.</summary>
    public static readonly IReadOnlyList<string> Talen = ["nl", "en", "pl", "bg", "ro"];

    public static bool IsGeldig(string code) => Alle.Any(d => d.Code == code);
}
