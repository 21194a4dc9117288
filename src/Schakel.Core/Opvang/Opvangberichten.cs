using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Core.Teksten;

namespace Schakel.Core.Opvang;

/// <summary>
/// The codes of the shelter domain's messages (match reasons, unmet criteria, placement authority). The web layer
/// keeps a text per language for each (Features/Taal/DomeinTeksten); a test checks that every code has one.
/// </summary>
public static class Opvangberichten
{
    public const string NeemtGroepOp = "opvang.geslacht.past";
    public const string AccepteertGroepNiet = "opvang.geslacht.past-niet";
    public const string LeeftijdPast = "opvang.leeftijd.past";
    public const string LeeftijdPastNiet = "opvang.leeftijd.past-niet";
    public const string LeeftijdBereik = "opvang.leeftijd.bereik";
    public const string LeeftijdVanaf = "opvang.leeftijd.vanaf";
    public const string LeeftijdOnbekend = "opvang.leeftijd.onbekend";
    public const string MinderjarigenWel = "opvang.minderjarig.past";
    public const string MinderjarigenNiet = "opvang.minderjarig.past-niet";
    public const string VormenWel = "opvang.uitbuitingsvorm.past";
    public const string VormenNiet = "opvang.uitbuitingsvorm.past-niet";
    public const string MultiproblematiekWel = "opvang.multiproblematiek.past";
    public const string MultiproblematiekNiet = "opvang.multiproblematiek.past-niet";
    public const string VerslavingWel = "opvang.verslaving.past";
    public const string VerslavingNiet = "opvang.verslaving.past-niet";
    public const string TaalWel = "opvang.taal.past";
    public const string TaalNiet = "opvang.taal.past-niet";
    public const string RolstoelWel = "opvang.rolstoel.past";
    public const string RolstoelNiet = "opvang.rolstoel.past-niet";
    public const string KinderenWel = "opvang.kinderen.past";
    public const string KinderenNiet = "opvang.kinderen.past-niet";
    public const string B8NietToegelaten = "opvang.b8.niet-toegelaten";
    public const string B8Bedoeld = "opvang.b8.bedoeld";
    public const string B8Toegelaten = "opvang.b8.toegelaten";
    public const string B8Alleen = "opvang.b8.alleen";
    public const string B8Onbekend = "opvang.b8.onbekend";
    public const string BeveiligingWel = "opvang.beveiliging.past";
    public const string BeveiligingNiet = "opvang.beveiliging.past-niet";
    public const string GemeenteWel = "opvang.uitgesloten-gemeente.past";
    public const string GemeenteNiet = "opvang.uitgesloten-gemeente.past-niet";
    public const string AfstandOnbekend = "opvang.afstand.onbekend";
    public const string AfstandWel = "opvang.afstand.past";
    public const string AfstandNiet = "opvang.afstand.past-niet";
    public const string EenPlekVrij = "opvang.capaciteit.een";
    public const string PlekkenVrij = "opvang.capaciteit.meer";
    public const string GeenPlekVrij = "opvang.capaciteit.geen";
    public const string PassendType = "opvang.match.type";
    public const string OpAfstand = "opvang.match.afstand";
    public const string MagNiet = "opvang.bevoegdheid.mag-niet";
    public const string Mag = "opvang.bevoegdheid.mag";
    public const string MagSamen = "opvang.bevoegdheid.mag-samen";
    public const string Niemand = "opvang.bevoegdheid.niemand";
    public const string PartijSamen = "opvang.bevoegdheid.partij-samen";
    public const string GemeenteToegang = "opvang.bevoegdheid.gemeente";
    public const string GemeenteOfToegang = "opvang.bevoegdheid.gemeente-of-toegang";

    /// <summary>The enums whose values are words inside these messages (<c>woord.{Type}.{Waarde}</c>).</summary>
    public static readonly IReadOnlyList<(Type Type, string? Variant)> Woorden =
    [
        (typeof(Geslacht), "meervoud"), (typeof(Uitbuitingsvorm), null), (typeof(Opvangtype), null), (typeof(Fase), null),
        (typeof(Beveiligingsniveau), null), (typeof(Versheid), null), (typeof(OrganisatieType), "lidwoord"),
    ];

    internal static Bericht Woord(Geslacht g) => Bericht.Woord(g, Omschrijving.Meervoud(g), "meervoud");
    internal static Bericht Woord(Uitbuitingsvorm v) => Bericht.Woord(v, Omschrijving.Van(v));
    internal static Bericht Woord(Opvangtype t) => Bericht.Woord(t, Omschrijving.Van(t));
    internal static Bericht Woord(Fase f) => Bericht.Woord(f, Omschrijving.Van(f));
    internal static Bericht Woord(Beveiligingsniveau n) => Bericht.Woord(n, Omschrijving.Van(n));
    internal static Bericht Woord(Versheid v) => Bericht.Woord(v, Omschrijving.Van(v));
    internal static Bericht Woord(OrganisatieType t) => Bericht.Woord(t, Omschrijving.Van(t), "lidwoord");

    /// <summary>A language by its code (<c>woord.taal.pl</c>); the web layer names it in the reader's language.</summary>
    internal static Bericht Taal(string code) => new($"woord.taal.{code}", Talen.Naam(code), []);

    internal static Bericht Leeftijd(Leeftijdscategorie c) => c.Bereik() switch
    {
        null => Bericht.Van(LeeftijdOnbekend, "leeftijd onbekend"),
        { Max: null } b => Bericht.Van(LeeftijdVanaf, "{0} jaar of ouder", b.Min),
        { } b => Bericht.Van(LeeftijdBereik, "{0}–{1} jaar", b.Min, b.Max),
    };
}
