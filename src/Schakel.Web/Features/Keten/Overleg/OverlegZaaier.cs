using Microsoft.EntityFrameworkCore;
using Schakel.Core.Keten;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Keten.Overleg;

/// <summary>
/// The chain's standing bodies as the documents describe them (reference data, also outside demo). A body is
/// added by its code once; after that the row is the truth. Where a document names no chair or no frequency, the
/// row says so rather than guessing.
/// </summary>
public sealed class OverlegZaaier(SchakelDbContext db, TimeProvider tijd) : IZaaier
{
    private const string MiddenDelfland = "Beleid mensenhandel Midden-Delfland 2024";
    private const string Jaarplan = "Jaarplan Mensenhandel 2024 RSIV Eenheid Den Haag";
    private const string NietGenoemd = "niet genoemd in de bron";

    public bool AlleenDemo => false;
    public int Volgorde => 40;

    public static IReadOnlyList<Overlegorgaan> Standaard() =>
    [
        Orgaan("regionaal-platform", "Regionaal Platform Mensenhandel", Overlegniveau.Regionaal, NietGenoemd,
            "vertegenwoordigers van de 27 gemeenten van de eenheid Den Haag (ten minste twee per district) en ketenpartners uit de zorg- en veiligheidssector",
            4, "ambtelijk kwartaaloverleg", Quorumregel.TweeGemeentenPerDistrict, null, MiddenDelfland + " §5.6.3"),
        Orgaan("bestuurlijke-tafel", "Bestuurlijke Mensenhandel Tafel", Overlegniveau.Regionaal,
            "bestuurlijk portefeuillehouder mensenhandel van de eenheid Den Haag", "bestuurders van de eenheid Den Haag",
            2, "minimaal twee keer per jaar", Quorumregel.Geen, "Regionaal Bestuurlijk Overleg (RBO)", MiddenDelfland + " §5.6.3"),
        Orgaan("netwerkbijeenkomsten", "Netwerkbijeenkomsten mensenhandel", Overlegniveau.Regionaal, NietGenoemd,
            "aandachtsfunctionarissen en andere ketenpartners", 2, "twee maal per jaar, thematisch", Quorumregel.Geen, null,
            MiddenDelfland + " §5.6.3"),
        Orgaan("mensenhandeltafels", "Mensenhandeltafels", Overlegniveau.Regionaal, "ketenregisseur mensenhandel (RSIV)",
            "ketenpartners in de eenheid Den Haag", 0, "niet vastgelegd in de bron", Quorumregel.Geen, null, MiddenDelfland + " §3.3"),
        Orgaan("werkgroep-monitor", "Werkgroep mensenhandelmonitor", Overlegniveau.Regionaal, "RSIV (initiatiefnemer)",
            "ketenpartners vanuit verschillende invalshoeken", 0, "vanaf Q2 2024; frequentie niet vastgelegd", Quorumregel.Geen, null,
            Jaarplan + " §4.4 actie 5"),
        Orgaan("werkgroep-arbeidsuitbuiting-g", "Werkgroep arbeidsuitbuiting district G", Overlegniveau.Districtelijk, NietGenoemd,
            "RIEC, RSIV en de gemeenten van district G", 0, "doorlopend, met een eigen uitvoeringsagenda", Quorumregel.Geen, null,
            Jaarplan + " §4.4 actie 6"),
        Orgaan("overleg-aandachtsfunctionarissen", "Overleg aandachtsfunctionarissen", Overlegniveau.Gemeentelijk, NietGenoemd,
            "de aandachtsfunctionarissen mensenhandel van de gemeente", 2, "twee keer per jaar, over de voortgang", Quorumregel.Geen, null,
            MiddenDelfland + " §5.6 (uitvoering, overig)"),
        Orgaan("regiegroep", "Regiegroep Samen tegen mensenhandel", Overlegniveau.Landelijk, "Ministerie van Justitie en Veiligheid",
            "opdrachtgevers (JenV, VWS, SZW, BZ), opsporingsdiensten, LIEC-RIEC, koepels van zorg- en opvangorganisaties, gemeenten en ngo's",
            3, "drie tot vier keer per jaar", Quorumregel.Geen, "de opdrachtgevers (JenV, VWS, SZW, BZ)",
            "Actieplan Samen tegen mensenhandel, governance"),
    ];

    private static Overlegorgaan Orgaan(string code, string naam, Overlegniveau niveau, string voorzitter, string leden, int perJaar,
        string frequentie, Quorumregel quorum, string? rapporteertAan, string bron) => new()
    {
        Id = Guid.Empty, Code = code, Naam = naam, Niveau = niveau, Voorzitter = voorzitter, LedenOmschrijving = leden,
        MinimaalPerJaar = perJaar, FrequentieOmschrijving = frequentie, Quorumregel = quorum, RapporteertAan = rapporteertAan, Bron = bron,
    };

    /// <summary>A stable id per code, so demo data and tests can refer to a body.</summary>
    public static Guid IdVan(string code) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes("overlegorgaan:" + code)));

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var bestaand = await db.Set<Overlegorgaan>().Select(o => o.Code).ToListAsync(ct);
        foreach (var orgaan in Standaard().Where(o => !bestaand.Contains(o.Code)))
        {
            orgaan.Id = IdVan(orgaan.Code);
            orgaan.VastgelegdOp = tijd.GetUtcNow();
            db.Add(orgaan);
        }
        await db.SaveChangesAsync(ct);
    }
}
