namespace Schakel.Core.Opvang;

/// <summary>Ordered from least to most secure: a pool meets a need when its level is at least the level asked.</summary>
public enum Beveiligingsniveau
{
    Standaard,
    Verhoogd,
    Hoog,
}
