namespace Schakel.Core.Doorverwijzing;

/// <summary>The role of a receiving organisation. The numeric value is the strength, so merging keeps the maximum.</summary>
public enum Rol
{
    Informeren = 0,
    Behandelaar = 1,
}
