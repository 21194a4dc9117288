namespace Schakel.Core.Opvang;

public enum Urgentie
{
    Normaal,
    Hoog,
    Acuut,
}
