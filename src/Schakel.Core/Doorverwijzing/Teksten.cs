using Schakel.Core.Organisaties;

namespace Schakel.Core.Doorverwijzing;

/// <summary>Dutch words for disclosure levels in reasons and explanations.</summary>
public static class DeelniveauTekst
{
    public static string Naam(Deelniveau niveau) => niveau switch
    {
        Deelniveau.Geen => "geen",
        Deelniveau.Gepseudonimiseerd => "gepseudonimiseerd",
        _ => "volledig",
    };
}

/// <summary>Dutch words for party categories in reasons.</summary>
public static class PartijcategorieTekst
{
    public static string Naam(Partijcategorie categorie) => categorie switch
    {
        Partijcategorie.Opsporingsinstantie => "opsporingsinstantie",
        Partijcategorie.Toezichthouder => "toezichthouder",
        Partijcategorie.ZorgverlenerMetMedischBeroepsgeheim => "zorgverlener met medisch beroepsgeheim",
        Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim => "hulpverlener zonder medisch beroepsgeheim",
        Partijcategorie.PartijMetMeldOfCoordinatiefunctie => "partij met een meld- of coördinatiefunctie",
        Partijcategorie.VreemdelingenketenNietStrafrechtelijk => "partij in de vreemdelingenketen",
        _ => categorie.ToString(),
    };
}
