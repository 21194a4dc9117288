namespace Schakel.Core.Opvang;

/// <summary>The two steps of a placement request, each with its own matches, holds and outcome.</summary>
public enum Stap
{
    /// <summary>A crisis place at once, from the moment the victim is found.</summary>
    EersteOpvang,

    /// <summary>The long-term place, arranged during the first 36 hours.</summary>
    Vervolgplaatsing,
}
