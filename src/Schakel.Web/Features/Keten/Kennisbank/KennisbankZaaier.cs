using Microsoft.EntityFrameworkCore;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Keten.Kennisbank;

/// <summary>
/// The library's first entries: the documents the regional and national policy documents name. Their licence is
/// not stated, so Schakel stores their details only (no file); Schakel's own signals card and route map are links
/// to its pages. Added by code once; after that the rows are the truth.
/// </summary>
public sealed class KennisbankZaaier(SchakelDbContext db, TimeProvider tijd) : IZaaier
{
    private const string Md = "Beleid mensenhandel Midden-Delfland 2024";
    private const string Hm = "Handreiking mensenhandel Hollands Midden (2020)";
    private const string Jp = "Jaarplan Mensenhandel 2024";

    public bool AlleenDemo => false;
    public int Volgorde => 41;

    private sealed record Zaad(string Code, string Titel, KennisSoort Soort, KennisDoelgroep Doelgroep, bool Openbaar, string Bron,
        Uitbuitingsvorm? Vorm = null, string? Gemeente = null, string? Link = null);

    private static readonly Zaad[] Zaden =
    [
        new("handreiking-regio-den-haag", "Regionale Handreiking aanpak mensenhandel regio Den Haag (RSIV, 2021)", KennisSoort.Handreiking,
            KennisDoelgroep.Gemeenten, true, Md + " §1 en noot 12"),
        new("handreiking-hollands-midden", "Handreiking mensenhandel Hollands Midden (juli 2020)", KennisSoort.Handreiking,
            KennisDoelgroep.Gemeenten, true, Hm),
        new("handreiking-persoonsgegevens", "Handreiking De aanpak van mensenhandel en het gebruik van persoonsgegevens (JenV, 2020)",
            KennisSoort.Handreiking, KennisDoelgroep.Professionals, true, "Actieplan Samen tegen mensenhandel, noten 27 en 33"),
        new("beleid-midden-delfland", "Beleid mensenhandel Midden-Delfland 2024 (voorbeeld van gemeentelijk beleid)", KennisSoort.GoedVoorbeeld,
            KennisDoelgroep.Gemeenten, true, Md, Gemeente: "GM1842"),
        new("jaarplan-rsiv-2024", "Jaarplan Mensenhandel 2024, RSIV Eenheid Den Haag", KennisSoort.Plan, KennisDoelgroep.Professionals, true,
            "Jaarplan Mensenhandel 2024"),
        new("actieplan-samen-tegen-mensenhandel", "Actieplan programma Samen tegen mensenhandel", KennisSoort.Plan, KennisDoelgroep.Iedereen, true,
            "Actieplan Samen tegen mensenhandel"),
        new("signalenkaart", "Signalenkaart mensenhandel (met toelichting)", KennisSoort.Signalenkaart, KennisDoelgroep.Iedereen, true,
            "Jaarplan Mensenhandel 2024 §4.2 acties 4 en 5; " + Md + " bijlage 1", Link: "/informatie/signalen"),
        new("meldroutekaart", "Meldroutekaart mensenhandel", KennisSoort.Meldroutekaart, KennisDoelgroep.Iedereen, true,
            "Jaarplan Mensenhandel 2024 §4.2 acties 3 en 5", Link: "/meldroutekaart"),
        new("factsheet-arbeidsuitbuiting-toezicht", "Factsheet arbeidsuitbuiting voor toezichthouders", KennisSoort.Factsheet,
            KennisDoelgroep.Professionals, true, Md + " §5.5.4", Uitbuitingsvorm.Arbeid),
        new("riec-onderzoek-arbeidsuitbuiting", "RIEC-onderzoek risico's op arbeidsuitbuiting", KennisSoort.Factsheet,
            KennisDoelgroep.Gemeenten, false, Md + " §5.5.4", Uitbuitingsvorm.Arbeid),
        new("barrieremodel-uitzendbureaus", "Barrièremodel arbeidsuitbuiting door malafide uitzendbureaus", KennisSoort.Barrieremodel,
            KennisDoelgroep.Professionals, true, Md + " §5.5.4", Uitbuitingsvorm.Arbeid),
        new("ccv-barrieremodellen", "CCV Barrièremodellen (arbeidsuitbuiting, seksuele uitbuiting, loverboyproblematiek, malafide uitzendbureaus)",
            KennisSoort.Barrieremodel, KennisDoelgroep.Professionals, true, Hm + ", ondersteuning"),
        // The template lives on the secured part of the Veiligheidscoalitie's website (Jaarplan, Inleiding), so it is
        // for signed-in professionals only here as well.
        new("beleidstemplate-regio-den-haag", "Beleidstemplate sluitende aanpak mensenhandel voor gemeenten in de regio Den Haag",
            KennisSoort.Beleid, KennisDoelgroep.Gemeenten, false, Jp + ", Inleiding (beleidsmodel, beveiligde omgeving); " + Md + " noot 2"),
        // The regional interventions the documents name (Jaarplan §4.4 actie 4: "Regionale acties zoals interventies in kaart brengen").
        new("field-lab-opvangproblematiek", "Mensenhandel Field Lab opvangproblematiek (december 2023 – december 2024)", KennisSoort.Interventie,
            KennisDoelgroep.Professionals, true, Jp + " §4.3 en §4.4 actie 4"),
        new("werkgroep-arbeidsuitbuiting-district-g", "Uitvoeringsagenda werkgroep arbeidsuitbuiting district G", KennisSoort.Interventie,
            KennisDoelgroep.Professionals, true, Jp + " §4.4 actie 6", Uitbuitingsvorm.Arbeid),
        new("no-room-for-sextrafficking", "No room for sextrafficking (certificering hotels en vakantieparken, JenV)", KennisSoort.Interventie,
            KennisDoelgroep.Iedereen, true, Jp + " §6.1", Uitbuitingsvorm.Seksueel),
        new("bijeenkomst-hotels-noordwijk", "Bijeenkomst hotels Noordwijk (20 maart 2024)", KennisSoort.Interventie,
            KennisDoelgroep.Professionals, true, Jp + " §6.2 en §4.1 actie 5", Uitbuitingsvorm.Seksueel, Gemeente: "GM0575"),
        new("heit", "Haags Economisch Interventie Team (HEIT)", KennisSoort.Interventie, KennisDoelgroep.Professionals, true,
            Hm + ", partners; " + Md + " §5.5.4"),
        new("integrale-controles-midden-delfland", "Integrale controles Midden-Delfland", KennisSoort.Interventie, KennisDoelgroep.Gemeenten, true,
            Md + " §5.5.4", Gemeente: "GM1842"),
        new("no-regret-projecten", "Bijlage I – no-regret projecten programma Samen tegen mensenhandel 2023–2024", KennisSoort.Interventie,
            KennisDoelgroep.Professionals, true, "Bijlage I bij het Actieplan Samen tegen mensenhandel"),
    ];

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var bestaand = await db.Set<KennisDocument>().Where(d => d.Code != null).Select(d => d.Code!).ToListAsync(ct);
        foreach (var z in Zaden.Where(z => !bestaand.Contains(z.Code)))
        {
            var id = Guid.CreateVersion7();
            db.Add(new KennisDocument
            {
                Id = id, Code = z.Code, Titel = z.Titel, Soort = z.Soort, Doelgroep = z.Doelgroep, Openbaar = z.Openbaar, Bron = z.Bron,
                Uitbuitingsvorm = z.Vorm, GemeenteCode = z.Gemeente,
                Versies = [new KennisDocumentVersie { Id = Guid.CreateVersion7(), DocumentId = id, Versie = 1, Link = z.Link, GepubliceerdOp = tijd.GetUtcNow() }],
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
