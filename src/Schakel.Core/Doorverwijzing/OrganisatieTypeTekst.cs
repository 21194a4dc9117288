using Schakel.Core.Organisaties;

namespace Schakel.Core.Doorverwijzing;

/// <summary>Dutch names of organisation types for explanations.</summary>
public static class OrganisatieTypeTekst
{
    public static string Naam(OrganisatieType type) => type switch
    {
        OrganisatieType.Gemeente => "gemeente",
        OrganisatieType.Politie => "politie (AVIM)",
        OrganisatieType.KMar => "Koninklijke Marechaussee",
        OrganisatieType.NLA => "Nederlandse Arbeidsinspectie",
        OrganisatieType.OM => "Openbaar Ministerie",
        OrganisatieType.RIEC => "RIEC",
        OrganisatieType.HEIT => "HEIT",
        OrganisatieType.Zorgcoordinatie => "zorgcoördinatie",
        OrganisatieType.Opvang => "opvang",
        OrganisatieType.VeiligThuis => "Veilig Thuis",
        OrganisatieType.CoMensha => "CoMensha",
        OrganisatieType.ZorgEnVeiligheidshuis => "Zorg- en Veiligheidshuis",
        OrganisatieType.Ngo => "maatschappelijke organisatie",
        OrganisatieType.Ketenregie => "ketenregie",
        OrganisatieType.Landelijk => "landelijke organisatie",
        OrganisatieType.Kennisorganisatie => "trainers- of kennisorganisatie",
        _ => type.ToString(),
    };
}
