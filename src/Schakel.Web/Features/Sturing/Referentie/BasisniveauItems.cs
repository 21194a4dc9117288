using Schakel.Web.Features.Sturing.Model;

namespace Schakel.Web.Features.Sturing.Referentie;

/// <summary>
/// The basic-level checklist until the VNG framework's own items are loaded: the items the documents name
/// (Jaarplan 2024 introduction: policy, active signalling, focal officer, shelter/support/aftercare, the
/// care-coordination network; Actieplan action 22: the focal officer is trained and has enough time;
/// Midden-Delfland §1.3, §5.1, §5.6.3: own evaluation interval, internal reporting route, regional platform).
/// </summary>
public static class BasisniveauItems
{
    public const string Beleid = "beleid";
    public const string Signalering = "signalering";
    public const string AfGeregistreerd = "af-geregistreerd";
    public const string AfTakenUren = "af-taken-uren";
    public const string AfGetraind = "af-getraind";
    public const string Opvang = "opvang-nazorg";
    public const string Zorgcoordinator = "zorgcoordinator";
    public const string Meldroute = "interne-meldroute";
    public const string Platform = "regionaal-platform";

    public static IReadOnlyList<BasisniveauItem> Alle { get; } =
    [
        new() { Code = Beleid, Volgorde = 1, NaamNl = "Vastgesteld beleid dat alle vormen van uitbuiting dekt", NaamEn = "Adopted policy covering all forms of exploitation", Bron = "Jaarplan 2024 DH, inleiding; Actieplan actie 21" },
        new() { Code = Signalering, Volgorde = 2, NaamNl = "Actieve signalering (trainingsplan en -dekking, meldcodegesprekken gevoerd)", NaamEn = "Active signalling (training plan and coverage, reporting-code conversations held)", Bron = "Jaarplan 2024 DH, inleiding; Midden-Delfland §5.2" },
        new() { Code = AfGeregistreerd, Volgorde = 3, NaamNl = "Aandachtsfunctionaris aangesteld en geregistreerd", NaamEn = "Focal officer appointed and registered", Bron = "Jaarplan 2024 DH, inleiding; Midden-Delfland §5.1", Berekening = BasisniveauBerekening.AandachtsfunctionarisGeregistreerd },
        new() { Code = AfTakenUren, Volgorde = 4, NaamNl = "Aandachtsfunctionaris heeft de drie taken en voldoende uren", NaamEn = "Focal officer has the three duties and enough hours", Bron = "Jaarplan 2024 DH, inleiding; Actieplan actie 22" },
        new() { Code = AfGetraind, Volgorde = 5, NaamNl = "Aandachtsfunctionaris dit jaar getraind", NaamEn = "Focal officer trained this year", Bron = "Actieplan actie 22; Jaarplan 2024 DH §5", Berekening = BasisniveauBerekening.AandachtsfunctionarisGetraind },
        new() { Code = Opvang, Volgorde = 6, NaamNl = "Opvang, ondersteuning en nazorg geregeld", NaamEn = "Shelter, support and aftercare arranged", Bron = "Jaarplan 2024 DH, inleiding" },
        new() { Code = Zorgcoordinator, Volgorde = 7, NaamNl = "Een zorgcoördinator bedient de gemeente", NaamEn = "A care coordinator serves the municipality", Bron = "Jaarplan 2024 DH, inleiding (zorgcoördinatienetwerk)", Berekening = BasisniveauBerekening.ZorgcoordinatorActief },
        new() { Code = Meldroute, Volgorde = 8, NaamNl = "Interne meldroute vastgesteld", NaamEn = "Internal reporting route adopted", Bron = "Midden-Delfland §5.1, §5.2.1" },
        new() { Code = Platform, Volgorde = 9, NaamNl = "Neemt deel aan het regionaal platform", NaamEn = "Takes part in the regional platform", Bron = "Midden-Delfland §5.6.3 en concrete acties" },
    ];
}
