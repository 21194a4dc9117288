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
    /// <summary>
    /// A trainer or knowledge organisation (the "gespecialiseerde trainersorganisaties" of Handreiking Hollands Midden
    /// §5.5: FairWork, No Place for Sex Trafficking): provides trainings and knowledge, never a route, referral or signal.
    /// Stored by name, so it is appended here.
    /// </summary>
    Kennisorganisatie,
}
