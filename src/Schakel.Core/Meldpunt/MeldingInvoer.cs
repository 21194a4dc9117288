namespace Schakel.Core.Meldpunt;

/// <summary>
/// A report or advice question as submitted (form, API, staff intake). Choice fields are the API's
/// lower-case words, so the form and the API share one parse-and-validate path: <see cref="MeldingValidatie"/>.
/// </summary>
public sealed record MeldingInvoer
{
    /// <summary>"melding" (default) or "adviesvraag".</summary>
    public string? Soort { get; init; }
    /// <summary>"burger", "professional", "betrokkene" or "anders".</summary>
    public string? MelderType { get; init; }
    public string? Sector { get; init; }
    public string? Omschrijving { get; init; }
    /// <summary>CBS code (GM0518) or null for unknown.</summary>
    public string? GemeenteCode { get; init; }
    public string? Plaats { get; init; }
    /// <summary>Approximate time in the reporter's words or a month ("2026-10"); never an exact moment.</summary>
    public string? Tijdstip { get; init; }
    public IReadOnlyList<string>? Uitbuitingsvormen { get; init; }
    public IReadOnlyList<string>? Indicatoren { get; init; }
    public BetrokkenenInvoer? Betrokkenen { get; init; }
    /// <summary>"ja", "nee" or "onbekend" (default).</summary>
    public string? MinderjarigBetrokken { get; init; }
    public bool AcuutGevaar { get; init; }
    public string? Taal { get; init; }
    /// <summary>Only when the reporter chooses to leave them; then consent is required.</summary>
    public ContactInvoer? Contact { get; init; }
    /// <summary>The professional read the personal-data warning and sends the text anyway.</summary>
    public bool NegeerPersoonsgegevensWaarschuwing { get; init; }
}

public sealed record BetrokkenenInvoer
{
    public int? Aantal { get; init; }
    /// <summary>"man", "vrouw", "anders", "onbekend".</summary>
    public string? Geslacht { get; init; }
    public string? Leeftijd { get; init; }
    public string? Minderjarig { get; init; }
    public string? Taal { get; init; }
}

public sealed record ContactInvoer
{
    public string? Naam { get; init; }
    public string? Telefoon { get; init; }
    public string? Email { get; init; }
    public bool Toestemming { get; init; }

    public bool IsLeeg => string.IsNullOrWhiteSpace(Naam) && string.IsNullOrWhiteSpace(Telefoon) && string.IsNullOrWhiteSpace(Email);
}

/// <summary>A valid report, parsed; what the web layer stores (after its own database checks).</summary>
public sealed record GeldigeMelding(
    MeldingSoort Soort,
    MelderType MelderType,
    string? Sector,
    string Omschrijving,
    string? GemeenteCode,
    string? Plaats,
    string? Tijdstip,
    IReadOnlyList<Uitbuitingsvorm> Uitbuitingsvormen,
    IReadOnlyList<string> Indicatoren,
    Betrokkenen? Betrokkenen,
    JaNeeOnbekend MinderjarigBetrokken,
    bool AcuutGevaar,
    string Taal,
    MelderContact? Contact)
{
    /// <summary>Acute danger, or a minor involved: staff see it first.</summary>
    public bool Urgent => AcuutGevaar || MinderjarigBetrokken == JaNeeOnbekend.Ja || Betrokkenen?.Minderjarig == JaNeeOnbekend.Ja;
}

public sealed record Betrokkenen(int? Aantal, string? Geslacht, string? Leeftijd, JaNeeOnbekend Minderjarig, string? Taal);

public sealed record MelderContact(string? Naam, string? Telefoon, string? Email);
