using Schakel.Core.Organisaties;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Decides the highest disclosure level allowed for a share and refuses anything above it.
/// Enforced where data is read as well as where a referral is made, so it lives here, in one place.
/// </summary>
public sealed class Deelbeleid(IReadOnlyList<DeelbeleidRegel> regels, IReadOnlyList<Grondslag> grondslagen)
{
    public const string MelderZonderToestemming =
        "De identiteit en contactgegevens van de melder worden nooit gedeeld zonder uitdrukkelijke toestemming van de melder.";

    public static Deelbeleid Standaard { get; } = new(StandaardDeelbeleid.Regels, StandaardGrondslagen.Alle);

    public IReadOnlyList<DeelbeleidRegel> Regels { get; } = regels;

    public IReadOnlyList<Grondslag> Grondslagen { get; } = grondslagen;

    public DeelToets Toets(DeelVerzoek verzoek)
    {
        ArgumentNullException.ThrowIfNull(verzoek);
        var regel = RegelVoor(verzoek.Categorie, verzoek.Type);
        var omstandigheid = verzoek.ToestemmingSlachtoffer || verzoek.HeeftVitaalBelang;
        var beleidsmaximum = regel is null ? Deelniveau.Geen
            : omstandigheid ? regel.MetToestemmingOfVitaalBelang : regel.Standaard;
        var maximum = Bruikbaar(verzoek) is { } bruikbaar
            ? Min(beleidsmaximum, bruikbaar.MaximaalDeelniveau)
            : Deelniveau.Geen;

        if (verzoek.MetMeldergegevens && !verzoek.ToestemmingMelder)
        {
            return Weiger(maximum, Deelweigering.MelderZonderToestemming, MelderZonderToestemming);
        }

        if (verzoek.Gevraagd == Deelniveau.Geen)
        {
            return new DeelToets(true, maximum,
                "Deelniveau geen: alleen dat er een signaal is en hoe de afzender te bereiken is; geen persoonsgegevens.");
        }

        var categorie = PartijcategorieTekst.Naam(verzoek.Categorie);
        if (verzoek.Grondslag is not { } grondslag)
        {
            return Weiger(maximum, Deelweigering.GrondslagOntbreekt, $"Kies een grondslag om persoonsgegevens te delen met een {categorie}.");
        }

        if (grondslag.Categorie != verzoek.Categorie)
        {
            return Weiger(maximum, Deelweigering.GrondslagAndereCategorie, $"Grondslag {grondslag.Code} hoort bij {PartijcategorieTekst.Naam(grondslag.Categorie)}, " +
                $"niet bij {categorie}.");
        }

        if (grondslag.Voorwaarde == GrondslagVoorwaarde.ToestemmingBetrokkene && !verzoek.ToestemmingSlachtoffer)
        {
            return Weiger(maximum, Deelweigering.ToestemmingBetrokkeneOntbreekt, $"Grondslag {grondslag.Code} vraagt uitdrukkelijke toestemming van de betrokkene; die is niet vastgelegd.");
        }

        if (grondslag.Voorwaarde == GrondslagVoorwaarde.VitaalBelang && !verzoek.HeeftVitaalBelang)
        {
            return Weiger(maximum, Deelweigering.VitaalBelangOntbreekt, $"Grondslag {grondslag.Code} vraagt een vastgelegde reden waarom het vitale belang van het slachtoffer delen vereist.");
        }

        if (verzoek.Gevraagd > maximum)
        {
            var toelichting = regel?.Toelichting ?? $"Voor een {categorie} is geen deelbeleid vastgesteld.";
            return Weiger(maximum, Deelweigering.BovenMaximum, $"Deelniveau {DeelniveauTekst.Naam(verzoek.Gevraagd)} is hoger dan toegestaan " +
                $"({DeelniveauTekst.Naam(maximum)}). {toelichting}");
        }

        return new DeelToets(true, maximum,
            $"Toegestaan: {DeelniveauTekst.Naam(verzoek.Gevraagd)} op grond van {grondslag.Omschrijving}.");
    }

    /// <summary>
    /// The highest level that can be shared with an organisation without consent or vital interest,
    /// using the best legal basis the list has for its category. Used to keep route proposals within policy.
    /// </summary>
    public Deelniveau HoogsteZonderToestemming(Partijcategorie categorie, OrganisatieType type)
    {
        var regel = RegelVoor(categorie, type);
        if (regel is null)
        {
            return Deelniveau.Geen;
        }

        var besteGrondslag = Grondslagen
            .Where(g => g.Categorie == categorie && g.Voorwaarde == GrondslagVoorwaarde.Geen)
            .Select(g => g.MaximaalDeelniveau)
            .DefaultIfEmpty(Deelniveau.Geen)
            .Max();
        return Min(regel.Standaard, besteGrondslag);
    }

    private DeelbeleidRegel? RegelVoor(Partijcategorie categorie, OrganisatieType type) =>
        Regels.FirstOrDefault(r => r.Categorie == categorie && r.Type == type)
        ?? Regels.FirstOrDefault(r => r.Categorie == categorie && r.Type is null);

    private static Grondslag? Bruikbaar(DeelVerzoek verzoek) => verzoek.Grondslag switch
    {
        null => null,
        { } g when g.Categorie != verzoek.Categorie => null,
        { Voorwaarde: GrondslagVoorwaarde.ToestemmingBetrokkene } when !verzoek.ToestemmingSlachtoffer => null,
        { Voorwaarde: GrondslagVoorwaarde.VitaalBelang } when !verzoek.HeeftVitaalBelang => null,
        var g => g,
    };

    private static Deelniveau Min(Deelniveau a, Deelniveau b) => a < b ? a : b;

    private static DeelToets Weiger(Deelniveau maximum, string code, string reden) => new(false, maximum, "Geweigerd: " + reden, code);
}
