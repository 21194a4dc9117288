namespace Schakel.Core.Opvang;

public enum GrondVerantwoordelijkheid
{
    /// <summary>The municipality where the victim is registered.</summary>
    Inschrijving,

    /// <summary>Not registered: the municipality where the victim was found.</summary>
    Vindplaats,
}

/// <summary>The responsible (paying) municipality of a placement, as the Lenferink committee recommended.</summary>
public sealed record VerantwoordelijkeGemeente(string GemeenteCode, GrondVerantwoordelijkheid Grond)
{
    public static VerantwoordelijkeGemeente Bepaal(string? inschrijvingsgemeente, string vindplaatsgemeente)
    {
        if (!string.IsNullOrWhiteSpace(inschrijvingsgemeente))
        {
            return new(inschrijvingsgemeente, GrondVerantwoordelijkheid.Inschrijving);
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(vindplaatsgemeente);
        return new(vindplaatsgemeente, GrondVerantwoordelijkheid.Vindplaats);
    }
}
