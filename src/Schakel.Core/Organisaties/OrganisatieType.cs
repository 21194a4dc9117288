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
}
