namespace Schakel.Core.Opvang;

public enum Geslacht
{
    Vrouw,
    Man,
    Anders,
}
