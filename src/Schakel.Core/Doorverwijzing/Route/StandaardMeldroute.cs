using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// The default reporting route drawn from the regional and national policy documents. The web layer
/// seeds these as editable rows; after that the stored rules, not this class, are the truth.
/// </summary>
public static class StandaardMeldroute
{
    /// <summary>Signals card codes that point to illegal prostitution or a malafide business.</summary>
    public static readonly IReadOnlyList<string> IndicatorenIllegaleProstitutieOfMalafideBedrijf =
        ["KWB-06", "SEK-04", "SEK-05", "ARU-06", "ARB-07"];

    public static Meldroute Maak() => new() { Versie = 1, Regels = Regels() };

    private static List<MeldrouteRegel> Regels() =>
    [
        new()
        {
            Nummer = 1,
            Code = "acuut-gevaar",
            Naam = "Acuut gevaar",
            Voorwaarden = new() { Urgenties = [Urgentie.Acuut] },
            Uitkomsten =
            [
                new()
                {
                    Doeltype = OrganisatieType.Politie, Bereik = Doelbereik.Regionaal, Rol = Rol.Behandelaar,
                    Deelniveau = Deelniveau.Volledig, Spoed = true,
                    Uitleg = "acuut gevaar → {organisatie} handelt direct (spoed)",
                },
            ],
        },
        new()
        {
            Nummer = 2,
            Code = "minderjarige",
            Naam = "Minderjarige betrokken",
            Voorwaarden = new() { MinderjarigBetrokken = JaNeeOnbekend.Ja },
            Uitkomsten =
            [
                new()
                {
                    Doeltype = OrganisatieType.VeiligThuis, Bereik = Doelbereik.Regionaal, Rol = Rol.Behandelaar,
                    Deelniveau = Deelniveau.Volledig,
                    Uitleg = "minderjarige betrokken → Veilig Thuis volgens de meldcode",
                },
                new()
                {
                    Doeltype = OrganisatieType.Zorgcoordinatie, Bereik = Doelbereik.Regionaal, Rol = Rol.Informeren,
                    Deelniveau = Deelniveau.Geen,
                    Uitleg = "minderjarige betrokken → regionale zorgcoördinator ({organisatie}) informeren",
                },
            ],
        },
        new()
        {
            Nummer = 3,
            Code = "slachtofferkant",
            Naam = "Slachtofferkant",
            Voorwaarden = new() { Zijden = [Zijde.Slachtofferkant] },
            Uitkomsten =
            [
                new()
                {
                    Doeltype = OrganisatieType.Zorgcoordinatie, Bereik = Doelbereik.Regionaal, Rol = Rol.Behandelaar,
                    Deelniveau = Deelniveau.Geen,
                    Uitleg = "signaal over een mogelijk slachtoffer → zorgcoördinatie ({organisatie}) voor hulp en opvang; " +
                        "persoonsgegevens alleen met toestemming of bij vitaal belang",
                },
            ],
        },
        new()
        {
            Nummer = 4,
            Code = "daderkant-aanknopingspunt",
            Naam = "Daderkant met aanknopingspunt",
            Voorwaarden = new() { Zijden = [Zijde.Daderkant], AanknopingspuntAanwezig = true },
            Uitkomsten =
            [
                new()
                {
                    Doeltype = OrganisatieType.Politie, Bereik = Doelbereik.Regionaal, Rol = Rol.Behandelaar,
                    Deelniveau = Deelniveau.Volledig,
                    Uitleg = "daderkant met aanknopingspunt voor opsporing → {organisatie}",
                },
                new()
                {
                    Doeltype = OrganisatieType.RIEC, Bereik = Doelbereik.Regionaal, Rol = Rol.Behandelaar,
                    Deelniveau = Deelniveau.Volledig,
                    AlleenAls = new() { AanknopingspuntSoorten = [AanknopingspuntSoort.Bedrijf, AanknopingspuntSoort.Adres] },
                    Uitleg = "bedrijf of pand betrokken → {organisatie} voor de bestuurlijke aanpak",
                },
            ],
        },
        new()
        {
            Nummer = 5,
            Code = "arbeidsuitbuiting",
            Naam = "Arbeidsuitbuiting",
            Voorwaarden = new() { Uitbuitingsvormen = [Uitbuitingsvorm.Arbeid] },
            Uitkomsten =
            [
                new()
                {
                    Doeltype = OrganisatieType.NLA, Bereik = Doelbereik.Landelijk, Rol = Rol.Behandelaar,
                    Deelniveau = Deelniveau.Volledig,
                    Uitleg = "arbeidsuitbuiting → {organisatie}",
                },
                new()
                {
                    Doeltype = OrganisatieType.Politie, Bereik = Doelbereik.Regionaal, Rol = Rol.Informeren,
                    Deelniveau = Deelniveau.Gepseudonimiseerd,
                    Uitleg = "arbeidsuitbuiting → {organisatie} informeren",
                },
            ],
        },
        new()
        {
            Nummer = 6,
            Code = "illegale-prostitutie-malafide-bedrijf",
            Naam = "Illegale prostitutie of malafide bedrijf",
            Voorwaarden = new()
            {
                EenVan =
                [
                    new() { IllegaleProstitutieOfMalafideBedrijf = true },
                    new() { Indicatoren = IndicatorenIllegaleProstitutieOfMalafideBedrijf },
                ],
            },
            Uitkomsten =
            [
                new()
                {
                    Doeltype = OrganisatieType.HEIT, Bereik = Doelbereik.Regionaal, Rol = Rol.Behandelaar,
                    Deelniveau = Deelniveau.Volledig,
                    Uitleg = "illegale prostitutie of malafide bedrijf → {organisatie} voor controle",
                },
                new()
                {
                    Doeltype = OrganisatieType.Gemeente, Bereik = Doelbereik.WerkgebiedVanGemeente, Rol = Rol.Behandelaar,
                    Deelniveau = Deelniveau.Gepseudonimiseerd, Functie = "afdeling openbare orde en veiligheid (OOV)",
                    Uitleg = "illegale prostitutie of malafide bedrijf → {functie} van {organisatie}",
                },
            ],
        },
        new()
        {
            Nummer = 7,
            Code = "melder-gemeentemedewerker",
            Naam = "Melding van een gemeentemedewerker",
            Voorwaarden = new() { MelderIsGemeentemedewerker = true },
            Uitkomsten =
            [
                new()
                {
                    Doeltype = OrganisatieType.Gemeente, Bereik = Doelbereik.AandachtsfunctionarisVanGemeente, Rol = Rol.Behandelaar,
                    Deelniveau = Deelniveau.Volledig, Functie = "aandachtsfunctionaris mensenhandel",
                    Uitleg = "melding van een gemeentemedewerker → eerst de {functie} van {organisatie} (interne meldroute)",
                },
            ],
        },
        new()
        {
            Nummer = 8,
            Code = "registratie-comensha",
            Naam = "Registratie vermoedelijk slachtoffer",
            Voorwaarden = new() { Zijden = [Zijde.Slachtofferkant] },
            Uitkomsten =
            [
                new()
                {
                    Doeltype = OrganisatieType.CoMensha, Bereik = Doelbereik.Landelijk, Rol = Rol.Informeren,
                    Deelniveau = Deelniveau.Gepseudonimiseerd,
                    Uitleg = "vermoedelijk slachtoffer → registratie bij {organisatie} (landelijk registratiepunt)",
                },
            ],
        },
        new()
        {
            // Every signal in a municipality reaches its focal officer, so the municipality sees its own signals
            // (VNG framework: active signalling), through the internal route: perpetrator side to the OOV officer,
            // victim side to the social-domain officer (Midden-Delfland 5.2.1). At the level the municipal basis allows, which is lowered to
            // geen when no municipal basis is recorded.
            Nummer = 9,
            Code = "gemeente-informeren",
            Naam = "Gemeente van de melding informeren",
            Voorwaarden = new(),
            Uitkomsten =
            [
                new()
                {
                    Doeltype = OrganisatieType.Gemeente, Bereik = Doelbereik.AandachtsfunctionarisVanGemeente, Rol = Rol.Informeren,
                    Deelniveau = Deelniveau.Gepseudonimiseerd, Functie = "aandachtsfunctionaris mensenhandel",
                    Uitleg = "signaal in {gemeente} → {functie} van {organisatie} informeren (zicht op signalen in de eigen gemeente)",
                },
            ],
        },
    ];
}
