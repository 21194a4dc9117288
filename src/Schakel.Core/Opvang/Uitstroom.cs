namespace Schakel.Core.Opvang;

/// <summary>Where a person went on discharge from a placement.</summary>
public enum Uitstroom
{
    Doorstroom,
    TerugNaarLandVanHerkomst,
    Onbekend,
    Anders,
}
