namespace Schakel.Core.Opvang;

/// <summary>
/// How a pool treats victims who were offered the B8 reflection period (residence status).
/// COSM pools are <see cref="Vereist"/>: they exist for exactly those victims.
/// </summary>
public enum BedenktijdB8Toelating
{
    Toegelaten,
    NietToegelaten,
    Vereist,
}
