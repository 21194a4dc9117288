using System.Text.Json.Serialization;
using Schakel.Core.Organisaties;

namespace Schakel.Core.Doorverwijzing;

/// <summary>A proposed share with one organisation, as checked against the sharing policy.</summary>
public sealed record DeelVerzoek
{
    public required Partijcategorie Categorie { get; init; }

    public required OrganisatieType Type { get; init; }

    /// <summary>The receiving organisation, so a basis recorded for it alone counts.</summary>
    public Guid? OrganisatieId { get; init; }

    public required Deelniveau Gevraagd { get; init; }

    public Grondslag? Grondslag { get; init; }

    public bool ToestemmingSlachtoffer { get; init; }

    /// <summary>Why the victim's vital interests require sharing; vital interest without a reason does not count.</summary>
    public string? RedenVitaalBelang { get; init; }

    /// <summary>The share would include the reporter's identity or contact details.</summary>
    public bool MetMeldergegevens { get; init; }

    public bool ToestemmingMelder { get; init; }

    [JsonIgnore]
    public bool HeeftVitaalBelang => !string.IsNullOrWhiteSpace(RedenVitaalBelang);
}

/// <summary>
/// The policy's answer: a fixed code (<see cref="Deelweigering"/>) with its arguments (basis codes, receiver type,
/// levels), which the web layer turns into a text in the reader's language and the audit trail stores for a
/// refusal; <see cref="Reden"/> is the Dutch text, for logs of tests and for callers without a language.
/// </summary>
public sealed record DeelToets(bool Toegestaan, Deelniveau HoogstToegestaan, string Reden, string? Code = null, IReadOnlyList<string>? Argumenten = null);

/// <summary>Why the sharing policy refused: fixed codes, so the audit trail records the rule and never free text.</summary>
public static class Deelweigering
{
    public const string MelderZonderToestemming = "melder-zonder-toestemming";
    public const string GrondslagOntbreekt = "grondslag-ontbreekt";
    public const string GrondslagAndereCategorie = "grondslag-andere-categorie";
    public const string ToestemmingBetrokkeneOntbreekt = "toestemming-betrokkene-ontbreekt";
    public const string VitaalBelangOntbreekt = "vitaal-belang-ontbreekt";
    public const string BovenMaximum = "boven-maximum";
    public const string GrondslagPastNietBijOntvanger = "grondslag-past-niet-bij-ontvanger";
    public const string ToestemmingGeenGrond = "toestemming-geen-grond";
    public const string GeenVerwerkingsgrondslag = "geen-verwerkingsgrondslag";

    /// <summary>Codes of an allowed share; not refusals, but the reason shown has a code too.</summary>
    public const string Toegestaan = "toegestaan";
    public const string ToegestaanGeen = "toegestaan-geen";
}
