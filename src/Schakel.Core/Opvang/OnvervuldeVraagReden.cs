namespace Schakel.Core.Opvang;

public enum OnvervuldeVraagReden
{
    /// <summary>Pools fit the need but none has a free bed.</summary>
    GeenCapaciteit,

    /// <summary>No pool fits the need; the record names the failing criteria.</summary>
    CriteriaNietVervuld,

    /// <summary>The shelter declined a hold; the record carries its reason.</summary>
    Afgewezen,

    /// <summary>The victim spent the night of being found without a suitable first place.</summary>
    GeenEersteOpvangZelfdeNacht,

    /// <summary>The long-term place was not arranged when the 36 hours ended; recorded only where the region sets that norm.</summary>
    VervolgplaatsingNietGeregeldBinnen36Uur,
}
