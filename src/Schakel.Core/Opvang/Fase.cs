namespace Schakel.Core.Opvang;

/// <summary>The phase a bed pool serves: the first 36 hours (crisis) or the stay after it.</summary>
public enum Fase
{
    Crisis,
    Langdurig,
    Doorstroom,
}
