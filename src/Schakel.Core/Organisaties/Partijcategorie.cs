namespace Schakel.Core.Organisaties;

/// <summary>
/// The data-sharing party categories of the national guidance
/// "De aanpak van mensenhandel en het gebruik van persoonsgegevens" (JenV, 2020).
/// The sharing policy decides per category what may be disclosed.
/// </summary>
public enum Partijcategorie
{
    Opsporingsinstantie,
    Toezichthouder,
    ZorgverlenerMetMedischBeroepsgeheim,
    HulpverlenerZonderMedischBeroepsgeheim,
    PartijMetMeldOfCoordinatiefunctie,
    VreemdelingenketenNietStrafrechtelijk,
}
