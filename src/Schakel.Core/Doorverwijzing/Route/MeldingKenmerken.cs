using System.Text.Json.Serialization;
using Schakel.Core.Meldpunt;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// The attributes of a report that the reporting route looks at: the fields of the report
/// as confirmed or set at triage, plus side and leads. Holds no personal data, so it can be
/// evaluated, logged in a dry run and sent to the route test endpoint safely.
/// </summary>
public sealed record MeldingKenmerken
{
    public MelderType MelderType { get; init; } = MelderType.Anders;

    public Kanaal Kanaal { get; init; } = Kanaal.Web;

    /// <summary>CBS code (GM0518) or null when the municipality is unknown.</summary>
    public string? GemeenteCode { get; init; }

    /// <summary>Only for readable explanations; routing uses the code.</summary>
    public string? GemeenteNaam { get; init; }

    /// <summary>Police districts of the municipality; a large city can span several.</summary>
    public IReadOnlyList<string> DistrictCodes { get; init; } = [];

    public IReadOnlyList<Uitbuitingsvorm> Uitbuitingsvormen { get; init; } = [];

    /// <summary>Indicator codes from the signals card (AFH-01, SEK-04...).</summary>
    public IReadOnlyList<string> Indicatoren { get; init; } = [];

    public JaNeeOnbekend MinderjarigBetrokken { get; init; } = JaNeeOnbekend.Onbekend;

    public bool AcuutGevaar { get; init; }

    public Urgentie Urgentie { get; init; } = Urgentie.Normaal;

    public Zijde Zijde { get; init; } = Zijde.Onbekend;

    /// <summary>Set when triage knows there is a lead but not (yet) of which kind.</summary>
    public bool AanknopingspuntAanwezig { get; init; }

    public IReadOnlyList<AanknopingspuntSoort> Aanknopingspunten { get; init; } = [];

    public bool MelderIsGemeentemedewerker { get; init; }

    /// <summary>Triage judged the signal to be about illegal prostitution or a malafide business.</summary>
    public bool IllegaleProstitutieOfMalafideBedrijf { get; init; }

    /// <summary>Acute danger reported by the reporter always counts as acute, whatever triage set.</summary>
    [JsonIgnore]
    public Urgentie EffectieveUrgentie => AcuutGevaar ? Urgentie.Acuut : Urgentie;

    [JsonIgnore]
    public bool HeeftAanknopingspunt => AanknopingspuntAanwezig || Aanknopingspunten.Count > 0;
}
