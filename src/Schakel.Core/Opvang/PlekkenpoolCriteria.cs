using Schakel.Core.Meldpunt;

namespace Schakel.Core.Opvang;

/// <summary>
/// Whom a bed pool accepts. The defaults describe an adult pool that accepts everyone without special needs,
/// so a pool only states what it restricts or offers.
/// </summary>
public sealed record PlekkenpoolCriteria
{
    public static readonly IReadOnlyList<Geslacht> AlleGeslachten = Enum.GetValues<Geslacht>();
    public static readonly IReadOnlyList<Uitbuitingsvorm> AlleUitbuitingsvormen = Enum.GetValues<Uitbuitingsvorm>();

    public IReadOnlyList<Geslacht> Geslachten { get; init; } = AlleGeslachten;

    /// <summary>Inclusive, in years.</summary>
    public int MinimumLeeftijd { get; init; } = 18;

    /// <summary>Inclusive, in years; <c>null</c> means no upper limit.</summary>
    public int? MaximumLeeftijd { get; init; }

    public bool MinderjarigenToegelaten { get; init; }

    /// <summary>Forms of exploitation the pool takes victims of.</summary>
    public IReadOnlyList<Uitbuitingsvorm> Uitbuitingsvormen { get; init; } = AlleUitbuitingsvormen;

    public bool MultiproblematiekToegelaten { get; init; }

    public bool VerslavingToegelaten { get; init; }

    /// <summary>Languages staff speak, ISO 639-1 codes.</summary>
    public IReadOnlyList<string> Talen { get; init; } = ["nl"];

    public bool Rolstoeltoegankelijk { get; init; }

    public bool KinderenWelkom { get; init; }

    public BedenktijdB8Toelating BedenktijdB8 { get; init; } = BedenktijdB8Toelating.Toegelaten;

    public Beveiligingsniveau Beveiligingsniveau { get; init; } = Beveiligingsniveau.Standaard;

    /// <summary>Every problem at once, for a 400 response; field names are the API's camelCase names.</summary>
    public IReadOnlyList<Validatiefout> Valideer()
    {
        var fouten = new List<Validatiefout>();
        if (Geslachten.Count == 0)
        {
            fouten.Add(new("geslachten", Opvangfoutberichten.Geslachten, "Geef minstens één geslacht dat de plekkenpool opneemt."));
        }

        if (MinimumLeeftijd is < 0 or > 120)
        {
            fouten.Add(new("minimumLeeftijd", Opvangfoutberichten.MinimumLeeftijd, "De minimumleeftijd ligt tussen 0 en 120."));
        }

        if (MaximumLeeftijd is { } max && (max < MinimumLeeftijd || max > 120))
        {
            fouten.Add(new("maximumLeeftijd", Opvangfoutberichten.MaximumLeeftijd, "De maximumleeftijd ligt tussen de minimumleeftijd en 120."));
        }

        if (MinderjarigenToegelaten != (MinimumLeeftijd < 18))
        {
            fouten.Add(new("minderjarigenToegelaten", Opvangfoutberichten.MinderjarigenLeeftijd, "Minderjarigen toegelaten en een minimumleeftijd onder 18 horen samen te gaan."));
        }

        if (Uitbuitingsvormen.Count == 0)
        {
            fouten.Add(new("uitbuitingsvormen", Opvangfoutberichten.Uitbuitingsvormen, "Geef minstens één uitbuitingsvorm."));
        }

        if (Talen.Count == 0 || !Talen.All(Opvang.Talen.IsGeldigeCode))
        {
            fouten.Add(new("talen", Opvangfoutberichten.TalenPool, "Geef de gesproken talen als ISO 639-1-codes van twee kleine letters, bijvoorbeeld \"nl\"."));
        }

        return fouten;
    }
}
