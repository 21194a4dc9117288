using Schakel.Core.Opvang;

namespace Schakel.Core.Tests.Opvang;

/// <summary>Test data with readable defaults: an adult women's crisis pool in Den Haag with free beds and fresh figures.</summary>
internal static class Maak
{
    public static readonly DateTimeOffset Nu = new(2026, 3, 10, 14, 0, 0, TimeSpan.Zero);

    public static readonly Coordinaat DenHaag = new(52.0705, 4.3007);
    public static readonly Coordinaat Delft = new(52.0116, 4.3571);
    public static readonly Coordinaat Rotterdam = new(51.9225, 4.4792);
    public static readonly Coordinaat Amsterdam = new(52.3676, 4.9041);
    public static readonly Coordinaat Groningen = new(53.2194, 6.5665);

    public static Guid Id(int nr) => new($"00000000-0000-0000-0000-{nr:D12}");

    public static PlekkenpoolAanbod Pool(
        int nr = 1,
        Opvangtype type = Opvangtype.Vrouwenopvang,
        Fase fase = Fase.Crisis,
        PlekkenpoolCriteria? criteria = null,
        int capaciteit = 4,
        int bezet = 1,
        int gereserveerd = 0,
        TimeSpan? bijgewerktGeleden = null,
        Coordinaat? locatie = null,
        string gemeente = "GM0518",
        string? gemeenteNaam = "Den Haag",
        bool zonderLocatie = false) => new()
        {
            Id = Id(nr),
            Naam = $"Pool {nr}",
            Type = type,
            Fase = fase,
            GemeenteCode = gemeente,
            GemeenteNaam = gemeenteNaam,
            Locatie = zonderLocatie ? null : locatie ?? DenHaag,
            Criteria = criteria ?? new PlekkenpoolCriteria(),
            Beschikbaarheid = new Beschikbaarheid(capaciteit, bezet, 0, gereserveerd, Nu - (bijgewerktGeleden ?? TimeSpan.FromMinutes(30))),
        };

    public static Behoefte Vrouw() => new() { Geslacht = Geslacht.Vrouw, Leeftijdscategorie = Leeftijdscategorie.Van23Tot29 };

    public static Behoefte Man() => new() { Geslacht = Geslacht.Man, Leeftijdscategorie = Leeftijdscategorie.Van30Tot39 };
}
