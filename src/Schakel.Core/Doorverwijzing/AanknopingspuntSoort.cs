namespace Schakel.Core.Doorverwijzing;

/// <summary>Kinds of lead for investigation. Bedrijf and Adres open the administrative (RIEC) route.</summary>
public enum AanknopingspuntSoort
{
    Naam,
    Adres,
    Bedrijf,
    Voertuig,
    Telefoonnummer,
}
