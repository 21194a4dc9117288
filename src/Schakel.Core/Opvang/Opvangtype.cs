namespace Schakel.Core.Opvang;

/// <summary>The kind of shelter a bed pool offers; drives placement authority and the long-term step.</summary>
public enum Opvangtype
{
    /// <summary>Categorical shelter for victims without a residence permit who were offered the B8 reflection period.</summary>
    COSM,

    /// <summary>Opvang Mensenhandel Multiproblematiek: victims with multiple problems.</summary>
    OMM,
    Vrouwenopvang,
    Mannenopvang,
    MaatschappelijkeOpvang,
    JeugdBeschermdeOpvang,
    Crisisopvang,
    Anders,
}
