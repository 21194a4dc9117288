using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;

namespace Schakel.Core.Tests.Doorverwijzing;

/// <summary>A small directory shaped like Eenheid Den Haag.</summary>
internal static class TestOrganisaties
{
    public const string DenHaag = "GM0518";
    public const string Delft = "GM0503";
    public const string Leiden = "GM0546";

    private static readonly string[] Eenheid = [DenHaag, Delft, Leiden, "GM0637", "GM0603"];

    public static readonly OrganisatieVermelding GemeenteDenHaag = Maak(
        "Gemeente Den Haag", OrganisatieType.Gemeente, Partijcategorie.Toezichthouder,
        Reikwijdte.Lokaal, DenHaag);

    public static readonly OrganisatieVermelding GemeenteDelft = Maak(
        "Gemeente Delft", OrganisatieType.Gemeente, Partijcategorie.Toezichthouder,
        Reikwijdte.Lokaal, Delft);

    public static readonly OrganisatieVermelding GemeenteLeiden = Maak(
        "Gemeente Leiden", OrganisatieType.Gemeente, Partijcategorie.Toezichthouder, Reikwijdte.Lokaal, Leiden);

    public static readonly OrganisatieVermelding Politie = Maak(
        "Politie Eenheid Den Haag", OrganisatieType.Politie, Partijcategorie.Opsporingsinstantie,
        Reikwijdte.Regionaal, Eenheid);

    public static readonly OrganisatieVermelding Shop = Maak(
        "SHOP", OrganisatieType.Zorgcoordinatie, Partijcategorie.PartijMetMeldOfCoordinatiefunctie,
        Reikwijdte.Regionaal, Eenheid);

    public static readonly OrganisatieVermelding VeiligThuis = Maak(
        "Veilig Thuis Haaglanden", OrganisatieType.VeiligThuis, Partijcategorie.PartijMetMeldOfCoordinatiefunctie,
        Reikwijdte.Regionaal, Eenheid);

    public static readonly OrganisatieVermelding Riec = Maak(
        "RIEC Haaglanden", OrganisatieType.RIEC, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, Reikwijdte.Regionaal, Eenheid);

    public static readonly OrganisatieVermelding Nla = Maak(
        "Nederlandse Arbeidsinspectie", OrganisatieType.NLA, Partijcategorie.Opsporingsinstantie, Reikwijdte.Landelijk);

    public static readonly OrganisatieVermelding Heit = Maak(
        "HEIT Haaglanden", OrganisatieType.HEIT, Partijcategorie.Toezichthouder, Reikwijdte.Regionaal, DenHaag, Delft);

    public static readonly OrganisatieVermelding CoMensha = Maak(
        "CoMensha", OrganisatieType.CoMensha, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, Reikwijdte.Landelijk);

    public static OrganisatieLijst Gids() =>
        new([GemeenteDenHaag, GemeenteDelft, GemeenteLeiden, Politie, Shop, VeiligThuis, Riec, Nla, Heit, CoMensha]);

    public static OrganisatieVermelding Maak(
        string naam, OrganisatieType type, Partijcategorie categorie, Reikwijdte reikwijdte, params string[] werkgebied) =>
        new()
        {
            Id = Guid.NewGuid(),
            Naam = naam,
            Type = type,
            Categorie = categorie,
            Reikwijdte = reikwijdte,
            Werkgebied = werkgebied,
        };
}
