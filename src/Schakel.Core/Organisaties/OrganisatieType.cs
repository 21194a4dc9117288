namespace Schakel.Core.Organisaties;

/// <summary>The kind of chain partner; drives the reporting route and placement authority.</summary>
public enum OrganisatieType
{
    Gemeente,
    Politie,
    KMar,
    NLA,
    OM,
    RIEC,
    HEIT,
    Zorgcoordinatie,
    Opvang,
    VeiligThuis,
    CoMensha,
    ZorgEnVeiligheidshuis,
    Ngo,
    Ketenregie,
    /// <summary>A national body of the programme (ministry, VNG, knowledge centre): owns actions, serves no municipality.</summary>
    Landelijk,
}
