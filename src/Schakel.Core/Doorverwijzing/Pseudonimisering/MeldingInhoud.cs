using Schakel.Core.Meldpunt;

namespace Schakel.Core.Doorverwijzing;

/// <summary>The personal content of a report, decrypted, as input for a disclosure view.</summary>
public sealed record MeldingInhoud
{
    public required string Omschrijving { get; init; }

    public string? GemeenteCode { get; init; }

    /// <summary>The reporter's contact data; governed separately and never part of a partner's view without consent.</summary>
    public Contactgegevens? Melder { get; init; }

    public IReadOnlyList<Betrokkene> Betrokkenen { get; init; } = [];

    public IReadOnlyList<Aanknopingspunt> Aanknopingspunten { get; init; } = [];
}

public sealed record Contactgegevens(string? Naam, string? Telefoon, string? Email);

public sealed record Adres
{
    public string? Straat { get; init; }

    public string? Huisnummer { get; init; }

    public string? Postcode { get; init; }

    public string? Woonplaats { get; init; }

    public string? GemeenteCode { get; init; }
}

/// <summary>A person named in a report, in a role such as slachtoffer, dader or getuige.</summary>
public sealed record Betrokkene
{
    public string? Rol { get; init; }

    public string? Naam { get; init; }

    public string? Telefoon { get; init; }

    public string? Email { get; init; }

    public Adres? Adres { get; init; }

    public DateOnly? Geboortedatum { get; init; }

    /// <summary>Approximate age when no date of birth is known.</summary>
    public int? Leeftijd { get; init; }

    public string? Geslacht { get; init; }

    public string? Taal { get; init; }

    public JaNeeOnbekend Minderjarig { get; init; } = JaNeeOnbekend.Onbekend;
}

/// <summary>A lead for investigation with its clear-text value (a plate, a business name, an address).</summary>
public sealed record Aanknopingspunt(AanknopingspuntSoort Soort, string Waarde);
