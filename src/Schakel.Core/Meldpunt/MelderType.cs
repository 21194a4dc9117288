namespace Schakel.Core.Meldpunt;

public enum MelderType
{
    Burger,
    Professional,
    Betrokkene,
    Anders,
}
