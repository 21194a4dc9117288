using System.Globalization;
using Schakel.Core.Meldpunt;
using Schakel.Core.Teksten;
using static Schakel.Core.Opvang.Opvangberichten;

namespace Schakel.Core.Opvang;

/// <summary>
/// Tests one need against one pool, criterion by criterion. A criterion the need does not ask about yields nothing,
/// so explanations only mention what matters for this victim.
/// </summary>
public static class Criteriatoets
{
    /// <summary>The outcome for one criterion: <see cref="Voldaan"/> with the reason it passes, or the reason it fails.</summary>
    public sealed record Bevinding(Criterium Criterium, bool Voldaan, Bericht Bericht)
    {
        /// <summary>The Dutch text, as the API gives it.</summary>
        public string Tekst => Bericht.Nederlands;
    }

    private static readonly Func<Behoefte, PlekkenpoolAanbod, Bevinding?>[] Toetsen =
    [
        Geslacht, Leeftijd, Minderjarig, Uitbuitingsvormen, Multiproblematiek, Verslaving, Taal, Rolstoel,
        KinderenMee, BedenktijdB8, Beveiliging, UitgeslotenGemeente, MinimaleAfstand, Capaciteit,
    ];

    public static IReadOnlyList<Bevinding> Toets(Behoefte behoefte, PlekkenpoolAanbod pool) =>
        Toetsen.Select(t => t(behoefte, pool)).OfType<Bevinding>().ToList();

    private static Bevinding Uitkomst(Criterium criterium, bool voldaan, Bericht alsVoldaan, Bericht alsNiet) =>
        new(criterium, voldaan, voldaan ? alsVoldaan : alsNiet);

    private static Bevinding Geslacht(Behoefte b, PlekkenpoolAanbod p)
    {
        var groep = Woord(b.Geslacht);
        return Uitkomst(Criterium.Geslacht, p.Criteria.Geslachten.Contains(b.Geslacht),
            Bericht.Van(NeemtGroepOp, "neemt {0} op", groep), Bericht.Van(AccepteertGroepNiet, "accepteert geen {0}", groep));
    }

    private static Bevinding? Leeftijd(Behoefte b, PlekkenpoolAanbod p)
    {
        if (b.Leeftijdscategorie.Bereik() is not { } band)
        {
            return null;
        }

        var c = p.Criteria;
        var bereik = c.MaximumLeeftijd is { } max
            ? Bericht.Van(LeeftijdBereik, "{0}–{1} jaar", c.MinimumLeeftijd, max)
            : Bericht.Van(LeeftijdVanaf, "{0} jaar of ouder", c.MinimumLeeftijd);
        var past = band.Min >= c.MinimumLeeftijd && (c.MaximumLeeftijd is not { } bovengrens || (band.Max is { } m && m <= bovengrens));
        var leeftijd = Opvangberichten.Leeftijd(b.Leeftijdscategorie);
        return Uitkomst(Criterium.Leeftijd, past,
            Bericht.Van(LeeftijdPast, "leeftijd {0} past ({1})", leeftijd, bereik), Bericht.Van(LeeftijdPastNiet, "leeftijd {0} valt buiten {1}", leeftijd, bereik));
    }

    private static Bevinding? Minderjarig(Behoefte b, PlekkenpoolAanbod p) => b.IsMinderjarig
        ? Uitkomst(Criterium.Minderjarig, p.Criteria.MinderjarigenToegelaten, Bericht.Van(MinderjarigenWel, "neemt minderjarigen op"), Bericht.Van(MinderjarigenNiet, "neemt geen minderjarigen op"))
        : null;

    private static Bevinding? Uitbuitingsvormen(Behoefte b, PlekkenpoolAanbod p)
    {
        var gevraagd = b.Uitbuitingsvormen.Where(v => v != Uitbuitingsvorm.Onbekend).Distinct().Order().ToList();
        if (gevraagd.Count == 0)
        {
            return null;
        }

        var ontbrekend = gevraagd.Where(v => !p.Criteria.Uitbuitingsvormen.Contains(v)).ToList();
        return Uitkomst(Criterium.Uitbuitingsvorm, ontbrekend.Count == 0,
            Bericht.Van(VormenWel, "neemt slachtoffers van {0} op", new Opsomming([.. gevraagd.Select(Woord)], En: true)),
            Bericht.Van(VormenNiet, "neemt geen slachtoffers van {0} op", new Opsomming([.. ontbrekend.Select(Woord)], En: false)));
    }

    private static Bevinding? Multiproblematiek(Behoefte b, PlekkenpoolAanbod p) => b.Multiproblematiek
        ? Uitkomst(Criterium.Multiproblematiek, p.Criteria.MultiproblematiekToegelaten, Bericht.Van(MultiproblematiekWel, "opvang bij multiproblematiek"), Bericht.Van(MultiproblematiekNiet, "geen opvang bij multiproblematiek"))
        : null;

    private static Bevinding? Verslaving(Behoefte b, PlekkenpoolAanbod p) => b.Verslaving
        ? Uitkomst(Criterium.Verslaving, p.Criteria.VerslavingToegelaten, Bericht.Van(VerslavingWel, "accepteert verslaving"), Bericht.Van(VerslavingNiet, "accepteert geen verslaving"))
        : null;

    private static Bevinding? Taal(Behoefte b, PlekkenpoolAanbod p)
    {
        if (b.Talen.Count == 0)
        {
            return null;
        }

        var gedeeld = b.Talen.Where(p.Criteria.Talen.Contains).Distinct().ToList();
        return Uitkomst(Criterium.Taal, gedeeld.Count > 0,
            Bericht.Van(TaalWel, "spreekt {0}", new Opsomming([.. gedeeld.Select(Opvangberichten.Taal)], En: true)),
            Bericht.Van(TaalNiet, "spreekt geen {0}", new Opsomming([.. b.Talen.Distinct().Select(Opvangberichten.Taal)], En: false)));
    }

    private static Bevinding? Rolstoel(Behoefte b, PlekkenpoolAanbod p) => b.Rolstoel
        ? Uitkomst(Criterium.Rolstoel, p.Criteria.Rolstoeltoegankelijk, Bericht.Van(RolstoelWel, "rolstoeltoegankelijk"), Bericht.Van(RolstoelNiet, "geen rolstoeltoegang"))
        : null;

    private static Bevinding? KinderenMee(Behoefte b, PlekkenpoolAanbod p) => b.KinderenMee
        ? Uitkomst(Criterium.KinderenMee, p.Criteria.KinderenWelkom, Bericht.Van(KinderenWel, "kinderen kunnen mee"), Bericht.Van(KinderenNiet, "kinderen kunnen niet mee"))
        : null;

    private static Bevinding? BedenktijdB8(Behoefte b, PlekkenpoolAanbod p) => (b.BedenktijdB8, p.Criteria.BedenktijdB8) switch
    {
        (JaNeeOnbekend.Ja, BedenktijdB8Toelating.NietToegelaten) =>
            new(Criterium.BedenktijdB8, false, Bericht.Van(B8NietToegelaten, "neemt geen slachtoffers in de bedenktijd (B8) op")),
        (JaNeeOnbekend.Ja, BedenktijdB8Toelating.Vereist) =>
            new(Criterium.BedenktijdB8, true, Bericht.Van(B8Bedoeld, "bedoeld voor slachtoffers met bedenktijd (B8)")),
        (JaNeeOnbekend.Ja, _) =>
            new(Criterium.BedenktijdB8, true, Bericht.Van(B8Toegelaten, "neemt slachtoffers in de bedenktijd (B8) op")),
        (JaNeeOnbekend.Nee, BedenktijdB8Toelating.Vereist) =>
            new(Criterium.BedenktijdB8, false, Bericht.Van(B8Alleen, "alleen voor slachtoffers met bedenktijd (B8)")),

        // Whether B8 was offered is often not known in the first hours; the crisis place must not wait for it.
        (JaNeeOnbekend.Onbekend, BedenktijdB8Toelating.Vereist) =>
            new(Criterium.BedenktijdB8, true, Bericht.Van(B8Onbekend, "alleen bij bedenktijd (B8); nog onbekend of die is aangeboden")),
        _ => null,
    };

    private static Bevinding? Beveiliging(Behoefte b, PlekkenpoolAanbod p) => b.MinimaalBeveiligingsniveau > Beveiligingsniveau.Standaard
        ? Uitkomst(Criterium.Beveiligingsniveau, p.Criteria.Beveiligingsniveau >= b.MinimaalBeveiligingsniveau,
            Bericht.Van(BeveiligingWel, "beveiligingsniveau {0}", Woord(p.Criteria.Beveiligingsniveau)),
            Bericht.Van(BeveiligingNiet, "beveiligingsniveau te laag ({0}, nodig: {1})", Woord(p.Criteria.Beveiligingsniveau), Woord(b.MinimaalBeveiligingsniveau)))
        : null;

    private static Bevinding? UitgeslotenGemeente(Behoefte b, PlekkenpoolAanbod p) => b.Veiligheid.UitgeslotenGemeenten.Count > 0
        ? Uitkomst(Criterium.UitgeslotenGemeente, !b.Veiligheid.UitgeslotenGemeenten.Contains(p.GemeenteCode, StringComparer.OrdinalIgnoreCase),
            Bericht.Van(GemeenteWel, "ligt buiten de uitgesloten gemeenten"), Bericht.Van(GemeenteNiet, "ligt in een uitgesloten gemeente ({0})", p.GemeenteWeergave))
        : null;

    private static Bevinding? MinimaleAfstand(Behoefte b, PlekkenpoolAanbod p)
    {
        if (b.Veiligheid is not { MinimaleAfstandKm: { } minimum, AfstandVan: { } punt })
        {
            return null;
        }

        if (p.Locatie is not { } locatie)
        {
            return new(Criterium.MinimaleAfstand, false, Bericht.Van(AfstandOnbekend, "afstand onbekend, minimaal {0} km nodig", minimum));
        }

        var afstand = locatie.AfstandKm(punt);
        return Uitkomst(Criterium.MinimaleAfstand, afstand >= minimum,
            Bericht.Van(AfstandWel, "ligt op {0} km van het te mijden punt (minimaal {1} km nodig)", afstand, minimum),
            Bericht.Van(AfstandNiet, "ligt op {0} km, minimaal {1} km nodig", afstand, minimum));
    }

    private static Bevinding Capaciteit(Behoefte b, PlekkenpoolAanbod p)
    {
        var vrij = p.Beschikbaarheid.Beschikbaar;
        return Uitkomst(Criterium.Capaciteit, vrij > 0, vrij == 1 ? Bericht.Van(EenPlekVrij, "1 plek vrij") : Bericht.Van(PlekkenVrij, "{0} plekken vrij", vrij), Bericht.Van(GeenPlekVrij, "geen plek vrij"));
    }

    /// <summary>
    /// Kilometres with one decimal and a Dutch decimal comma, so a pool at 49.7 km never reads "50 km, minimaal 50 km
    /// nodig"; written by hand so the text does not depend on the host's culture data.
    /// </summary>
    internal static string Km(double km) =>
        Math.Round(km, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
}
