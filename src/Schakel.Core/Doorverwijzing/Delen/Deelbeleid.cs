using Schakel.Core.Organisaties;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Decides the highest disclosure level allowed for a share and refuses anything above it.
/// Enforced where data is read as well as where a referral is made, so it lives here, in one place.
/// </summary>
/// <remarks>
/// With recorded processing bases (<see cref="Verwerkingsgrondslagen"/>) a receiver without one for follow-up gets
/// level geen whatever else applies; without them (the bare default policy) that check is not made.
/// </remarks>
public sealed class Deelbeleid(IReadOnlyList<DeelbeleidRegel> regels, IReadOnlyList<Grondslag> grondslagen, Verwerkingsgrondslagen? verwerking = null)
{
    public const string MelderZonderToestemming =
        "De identiteit en contactgegevens van de melder worden nooit gedeeld zonder uitdrukkelijke toestemming van de melder.";

    public static Deelbeleid Standaard { get; } = new(StandaardDeelbeleid.Regels, StandaardGrondslagen.Alle);

    public IReadOnlyList<DeelbeleidRegel> Regels { get; } = regels;

    public IReadOnlyList<Grondslag> Grondslagen { get; } = grondslagen;

    public Verwerkingsgrondslagen? Verwerking { get; } = verwerking;

    /// <summary>Whether a basis for follow-up is recorded for this receiver (always, when this policy checks none).</summary>
    public bool MagPersoonsgegevensOntvangen(Guid? organisatieId, Partijcategorie categorie, OrganisatieType type) =>
        Verwerking?.Heeft(organisatieId, categorie, type, Verwerkingsdoel.Opvolging) ?? true;

    public DeelToets Toets(DeelVerzoek verzoek)
    {
        ArgumentNullException.ThrowIfNull(verzoek);
        var regel = RegelVoor(verzoek.Categorie, verzoek.Type);
        var toestemmingTelt = regel?.ToestemmingIsGrond ?? true;
        var omstandigheid = (verzoek.ToestemmingSlachtoffer && toestemmingTelt) || verzoek.HeeftVitaalBelang;
        var beleidsmaximum = regel is null ? Deelniveau.Geen
            : omstandigheid ? regel.MetToestemmingOfVitaalBelang : regel.Standaard;
        var vastgelegd = MagPersoonsgegevensOntvangen(verzoek.OrganisatieId, verzoek.Categorie, verzoek.Type);
        var maximum = vastgelegd && Bruikbaar(verzoek, toestemmingTelt) is { } bruikbaar
            ? Min(beleidsmaximum, bruikbaar.MaximaalDeelniveau)
            : Deelniveau.Geen;

        if (verzoek.MetMeldergegevens && !verzoek.ToestemmingMelder)
        {
            return Weiger(maximum, Deelweigering.MelderZonderToestemming, MelderZonderToestemming);
        }

        if (verzoek.Gevraagd == Deelniveau.Geen)
        {
            return new DeelToets(true, maximum,
                "Deelniveau geen: alleen dat er een signaal is en hoe de afzender te bereiken is; geen persoonsgegevens.",
                Deelweigering.ToegestaanGeen);
        }

        var categorie = PartijcategorieTekst.Naam(verzoek.Categorie);
        var passend = string.Join(", ", Toelaatbaar(verzoek.Categorie, verzoek.Type)
            .Where(g => toestemmingTelt || g.Voorwaarde != GrondslagVoorwaarde.ToestemmingBetrokkene).Select(g => g.Code));
        if (verzoek.Grondslag is not { } grondslag)
        {
            return Weiger(maximum, Deelweigering.GrondslagOntbreekt, $"Kies een grondslag om persoonsgegevens te delen met een {categorie}.",
                [verzoek.Type.ToString(), passend]);
        }

        if (grondslag.Categorie != verzoek.Categorie)
        {
            return Weiger(maximum, Deelweigering.GrondslagAndereCategorie, $"Grondslag {grondslag.Code} hoort bij {PartijcategorieTekst.Naam(grondslag.Categorie)}, " +
                $"niet bij {categorie}.", [grondslag.Code, verzoek.Type.ToString(), passend]);
        }

        if (!grondslag.PastBij(verzoek.Categorie, verzoek.Type))
        {
            var voor = string.Join(", ", grondslag.Ontvangers.Select(OrganisatieTypeTekst.Naam));
            return Weiger(maximum, Deelweigering.GrondslagPastNietBijOntvanger,
                $"Grondslag {grondslag.Code} is bedoeld voor {voor}, niet voor {OrganisatieTypeTekst.Naam(verzoek.Type)}. " +
                (passend.Length > 0 ? $"Passend voor deze ontvanger: {passend}." : "Voor deze ontvanger is geen grondslag vastgelegd."),
                [grondslag.Code, verzoek.Type.ToString(), passend]);
        }

        if (!vastgelegd)
        {
            return Weiger(maximum, Deelweigering.GeenVerwerkingsgrondslag,
                $"Voor {OrganisatieTypeTekst.Naam(verzoek.Type)} is geen grondslag vastgelegd om persoonsgegevens te verwerken " +
                "voor de opvolging van signalen; deze ontvanger krijgt het signaal zonder persoonsgegevens (deelniveau geen).",
                [verzoek.Type.ToString()]);
        }

        if (grondslag.Voorwaarde == GrondslagVoorwaarde.ToestemmingBetrokkene && !toestemmingTelt)
        {
            return Weiger(maximum, Deelweigering.ToestemmingGeenGrond,
                $"Toestemming is in deze regio geen grondslag om persoonsgegevens te delen met {OrganisatieTypeTekst.Naam(verzoek.Type)}; " +
                "alleen als het slachtoffer zelf niet kan beslissen en hulp nodig heeft (vitaal belang, met vastgelegde reden).",
                [grondslag.Code, verzoek.Type.ToString(), passend]);
        }

        if (grondslag.Voorwaarde == GrondslagVoorwaarde.ToestemmingBetrokkene && !verzoek.ToestemmingSlachtoffer)
        {
            return Weiger(maximum, Deelweigering.ToestemmingBetrokkeneOntbreekt, $"Grondslag {grondslag.Code} vraagt uitdrukkelijke toestemming van de betrokkene; die is niet vastgelegd.",
                [grondslag.Code]);
        }

        if (grondslag.Voorwaarde == GrondslagVoorwaarde.VitaalBelang && !verzoek.HeeftVitaalBelang)
        {
            return Weiger(maximum, Deelweigering.VitaalBelangOntbreekt, $"Grondslag {grondslag.Code} vraagt een vastgelegde reden waarom het vitale belang van het slachtoffer delen vereist.",
                [grondslag.Code]);
        }

        if (verzoek.Gevraagd > maximum)
        {
            var toelichting = regel?.Toelichting ?? $"Voor een {categorie} is geen deelbeleid vastgesteld.";
            return Weiger(maximum, Deelweigering.BovenMaximum, $"Deelniveau {DeelniveauTekst.Naam(verzoek.Gevraagd)} is hoger dan toegestaan " +
                $"({DeelniveauTekst.Naam(maximum)}). {toelichting}", [verzoek.Gevraagd.ToString(), maximum.ToString(), grondslag.Code]);
        }

        return new DeelToets(true, maximum,
            $"Toegestaan: {DeelniveauTekst.Naam(verzoek.Gevraagd)} op grond van {grondslag.Omschrijving}.",
            Deelweigering.Toegestaan, [verzoek.Gevraagd.ToString(), grondslag.Code]);
    }

    /// <summary>The bases that fit this receiver: of its category and, where a basis names receiver types, of its type.</summary>
    public IReadOnlyList<Grondslag> Toelaatbaar(Partijcategorie categorie, OrganisatieType type) =>
        Grondslagen.Where(g => g.PastBij(categorie, type)).ToList();

    /// <summary>
    /// The basis to propose for sharing at this level with this receiver, without consent or vital interest:
    /// a basis written for the receiver's type before a general one of its category, and of those the one that
    /// allows the least above the level (data minimisation). Null at level geen or when no basis fits.
    /// </summary>
    public Grondslag? Voorgesteld(Partijcategorie categorie, OrganisatieType type, Deelniveau niveau, Guid? organisatieId = null) =>
        niveau == Deelniveau.Geen || !MagPersoonsgegevensOntvangen(organisatieId, categorie, type) ? null
            : Toelaatbaar(categorie, type)
                .Where(g => g.Voorwaarde == GrondslagVoorwaarde.Geen && g.MaximaalDeelniveau >= niveau)
                .OrderByDescending(g => g.Ontvangers.Count > 0)
                .ThenBy(g => g.MaximaalDeelniveau)
                .ThenBy(g => g.Code, StringComparer.Ordinal)
                .FirstOrDefault();

    /// <summary>
    /// The highest level that can be shared with an organisation without consent or vital interest,
    /// using the best legal basis the list has for its category. Used to keep route proposals within policy.
    /// </summary>
    public Deelniveau HoogsteZonderToestemming(Partijcategorie categorie, OrganisatieType type, Guid? organisatieId = null)
    {
        var regel = RegelVoor(categorie, type);
        if (regel is null || !MagPersoonsgegevensOntvangen(organisatieId, categorie, type))
        {
            return Deelniveau.Geen;
        }

        var besteGrondslag = Toelaatbaar(categorie, type)
            .Where(g => g.Voorwaarde == GrondslagVoorwaarde.Geen)
            .Select(g => g.MaximaalDeelniveau)
            .DefaultIfEmpty(Deelniveau.Geen)
            .Max();
        return Min(regel.Standaard, besteGrondslag);
    }

    private DeelbeleidRegel? RegelVoor(Partijcategorie categorie, OrganisatieType type) =>
        Regels.FirstOrDefault(r => r.Categorie == categorie && r.Type == type)
        ?? Regels.FirstOrDefault(r => r.Categorie == categorie && r.Type is null);

    private static Grondslag? Bruikbaar(DeelVerzoek verzoek, bool toestemmingTelt) => verzoek.Grondslag switch
    {
        null => null,
        { } g when !g.PastBij(verzoek.Categorie, verzoek.Type) => null,
        { Voorwaarde: GrondslagVoorwaarde.ToestemmingBetrokkene } when !verzoek.ToestemmingSlachtoffer || !toestemmingTelt => null,
        { Voorwaarde: GrondslagVoorwaarde.VitaalBelang } when !verzoek.HeeftVitaalBelang => null,
        var g => g,
    };

    private static Deelniveau Min(Deelniveau a, Deelniveau b) => a < b ? a : b;

    private static DeelToets Weiger(Deelniveau maximum, string code, string reden, IReadOnlyList<string>? argumenten = null) =>
        new(false, maximum, "Geweigerd: " + reden, code, argumenten ?? []);
}
