using System.Globalization;
using Schakel.Core.Meldpunt;

namespace Schakel.Core.Opvang;

/// <summary>
/// Tests one need against one pool, criterion by criterion. A criterion the need does not ask about yields nothing,
/// so explanations only mention what matters for this victim.
/// </summary>
public static class Criteriatoets
{
    /// <summary>The outcome for one criterion: <see cref="Voldaan"/> with the reason it passes, or the reason it fails.</summary>
    public sealed record Bevinding(Criterium Criterium, bool Voldaan, string Tekst);

    private static readonly Func<Behoefte, PlekkenpoolAanbod, Bevinding?>[] Toetsen =
    [
        Geslacht, Leeftijd, Minderjarig, Uitbuitingsvormen, Multiproblematiek, Verslaving, Taal, Rolstoel,
        KinderenMee, BedenktijdB8, Beveiliging, UitgeslotenGemeente, MinimaleAfstand, Capaciteit,
    ];

    public static IReadOnlyList<Bevinding> Toets(Behoefte behoefte, PlekkenpoolAanbod pool) =>
        Toetsen.Select(t => t(behoefte, pool)).OfType<Bevinding>().ToList();

    private static Bevinding Uitkomst(Criterium criterium, bool voldaan, string alsVoldaan, string alsNiet) =>
        new(criterium, voldaan, voldaan ? alsVoldaan : alsNiet);

    private static Bevinding Geslacht(Behoefte b, PlekkenpoolAanbod p)
    {
        var groep = Omschrijving.Meervoud(b.Geslacht);
        return Uitkomst(Criterium.Geslacht, p.Criteria.Geslachten.Contains(b.Geslacht),
            $"neemt {groep} op", $"accepteert geen {groep}");
    }

    private static Bevinding? Leeftijd(Behoefte b, PlekkenpoolAanbod p)
    {
        if (b.Leeftijdscategorie.Bereik() is not { } band)
        {
            return null;
        }

        var c = p.Criteria;
        var bereik = c.MaximumLeeftijd is { } max ? $"{c.MinimumLeeftijd}–{max} jaar" : $"{c.MinimumLeeftijd} jaar of ouder";
        var past = band.Min >= c.MinimumLeeftijd && (c.MaximumLeeftijd is not { } bovengrens || (band.Max is { } m && m <= bovengrens));
        var leeftijd = b.Leeftijdscategorie.Omschrijving();
        return Uitkomst(Criterium.Leeftijd, past, $"leeftijd {leeftijd} past ({bereik})", $"leeftijd {leeftijd} valt buiten {bereik}");
    }

    private static Bevinding? Minderjarig(Behoefte b, PlekkenpoolAanbod p) => b.IsMinderjarig
        ? Uitkomst(Criterium.Minderjarig, p.Criteria.MinderjarigenToegelaten, "neemt minderjarigen op", "neemt geen minderjarigen op")
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
            $"neemt slachtoffers van {Omschrijving.Opsomming(gevraagd.Select(Omschrijving.Van), "en")} op",
            $"neemt geen slachtoffers van {Omschrijving.Opsomming(ontbrekend.Select(Omschrijving.Van))} op");
    }

    private static Bevinding? Multiproblematiek(Behoefte b, PlekkenpoolAanbod p) => b.Multiproblematiek
        ? Uitkomst(Criterium.Multiproblematiek, p.Criteria.MultiproblematiekToegelaten, "opvang bij multiproblematiek", "geen opvang bij multiproblematiek")
        : null;

    private static Bevinding? Verslaving(Behoefte b, PlekkenpoolAanbod p) => b.Verslaving
        ? Uitkomst(Criterium.Verslaving, p.Criteria.VerslavingToegelaten, "accepteert verslaving", "accepteert geen verslaving")
        : null;

    private static Bevinding? Taal(Behoefte b, PlekkenpoolAanbod p)
    {
        if (b.Talen.Count == 0)
        {
            return null;
        }

        var gedeeld = b.Talen.Where(p.Criteria.Talen.Contains).Distinct().ToList();
        return Uitkomst(Criterium.Taal, gedeeld.Count > 0,
            $"spreekt {Omschrijving.Opsomming(gedeeld.Select(Talen.Naam), "en")}",
            $"spreekt geen {Omschrijving.Opsomming(b.Talen.Distinct().Select(Talen.Naam))}");
    }

    private static Bevinding? Rolstoel(Behoefte b, PlekkenpoolAanbod p) => b.Rolstoel
        ? Uitkomst(Criterium.Rolstoel, p.Criteria.Rolstoeltoegankelijk, "rolstoeltoegankelijk", "geen rolstoeltoegang")
        : null;

    private static Bevinding? KinderenMee(Behoefte b, PlekkenpoolAanbod p) => b.KinderenMee
        ? Uitkomst(Criterium.KinderenMee, p.Criteria.KinderenWelkom, "kinderen kunnen mee", "kinderen kunnen niet mee")
        : null;

    private static Bevinding? BedenktijdB8(Behoefte b, PlekkenpoolAanbod p) => (b.BedenktijdB8, p.Criteria.BedenktijdB8) switch
    {
        (JaNeeOnbekend.Ja, BedenktijdB8Toelating.NietToegelaten) =>
            new(Criterium.BedenktijdB8, false, "neemt geen slachtoffers in de bedenktijd (B8) op"),
        (JaNeeOnbekend.Ja, BedenktijdB8Toelating.Vereist) =>
            new(Criterium.BedenktijdB8, true, "bedoeld voor slachtoffers met bedenktijd (B8)"),
        (JaNeeOnbekend.Ja, _) =>
            new(Criterium.BedenktijdB8, true, "neemt slachtoffers in de bedenktijd (B8) op"),
        (JaNeeOnbekend.Nee, BedenktijdB8Toelating.Vereist) =>
            new(Criterium.BedenktijdB8, false, "alleen voor slachtoffers met bedenktijd (B8)"),

        // Whether B8 was offered is often not known in the first hours; the crisis place must not wait for it.
        (JaNeeOnbekend.Onbekend, BedenktijdB8Toelating.Vereist) =>
            new(Criterium.BedenktijdB8, true, "alleen bij bedenktijd (B8); nog onbekend of die is aangeboden"),
        _ => null,
    };

    private static Bevinding? Beveiliging(Behoefte b, PlekkenpoolAanbod p) => b.MinimaalBeveiligingsniveau > Beveiligingsniveau.Standaard
        ? Uitkomst(Criterium.Beveiligingsniveau, p.Criteria.Beveiligingsniveau >= b.MinimaalBeveiligingsniveau,
            $"beveiligingsniveau {Omschrijving.Van(p.Criteria.Beveiligingsniveau)}",
            $"beveiligingsniveau te laag ({Omschrijving.Van(p.Criteria.Beveiligingsniveau)}, nodig: {Omschrijving.Van(b.MinimaalBeveiligingsniveau)})")
        : null;

    private static Bevinding? UitgeslotenGemeente(Behoefte b, PlekkenpoolAanbod p) => b.Veiligheid.UitgeslotenGemeenten.Count > 0
        ? Uitkomst(Criterium.UitgeslotenGemeente, !b.Veiligheid.UitgeslotenGemeenten.Contains(p.GemeenteCode, StringComparer.OrdinalIgnoreCase),
            "ligt buiten de uitgesloten gemeenten", $"ligt in een uitgesloten gemeente ({p.GemeenteWeergave})")
        : null;

    private static Bevinding? MinimaleAfstand(Behoefte b, PlekkenpoolAanbod p)
    {
        if (b.Veiligheid is not { MinimaleAfstandKm: { } minimum, AfstandVan: { } punt })
        {
            return null;
        }

        var nodig = $"minimaal {Km(minimum)} km nodig";
        if (p.Locatie is not { } locatie)
        {
            return new(Criterium.MinimaleAfstand, false, $"afstand onbekend, {nodig}");
        }

        var afstand = locatie.AfstandKm(punt);
        return Uitkomst(Criterium.MinimaleAfstand, afstand >= minimum,
            $"ligt op {Km(afstand)} km van het te mijden punt ({nodig})", $"ligt op {Km(afstand)} km, {nodig}");
    }

    private static Bevinding Capaciteit(Behoefte b, PlekkenpoolAanbod p)
    {
        var vrij = p.Beschikbaarheid.Beschikbaar;
        return Uitkomst(Criterium.Capaciteit, vrij > 0, vrij == 1 ? "1 plek vrij" : $"{vrij} plekken vrij", "geen plek vrij");
    }

    /// <summary>
    /// Kilometres with one decimal and a Dutch decimal comma, so a pool at 49.7 km never reads "50 km, minimaal 50 km
    /// nodig"; written by hand so the text does not depend on the host's culture data.
    /// </summary>
    internal static string Km(double km) =>
        Math.Round(km, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
}
