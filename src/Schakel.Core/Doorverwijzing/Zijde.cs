namespace Schakel.Core.Doorverwijzing;

/// <summary>Which side of a trafficking situation a signal is about; decides care versus investigation routes.</summary>
public enum Zijde
{
    Onbekend,
    Slachtofferkant,
    Daderkant,
    Beide,
}
