using Microsoft.EntityFrameworkCore;
using Schakel.Core.Keten;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;
using static Schakel.Web.Features.Organisaties.DemoOrganisaties;

namespace Schakel.Web.Features.Keten.Gids;

/// <summary>
/// The demo directory (Development only): every organisation the documents name for Eenheid Den Haag, with its
/// services per form of exploitation and side. Organisations the demo chain lacked are added here (Goodwill Leger
/// des Heils: the specialised support next to SHOP, Midden-Delfland §5.5; the Zorg- en Veiligheidshuis that funds it;
/// the Koninklijke Marechaussee, the IND and the COA, named among the sharing partners, §5.6.2), and the trainers
/// the documents name as providers of trainings (FairWork, Handreiking Hollands Midden §5.5; No Place for Sex Trafficking,
/// no-regret projects): they are of type <see cref="OrganisatieType.Kennisorganisatie"/> with no service area and no
/// contact data, because the documents publish none, so no route, referral or map ever names them. Goodwill Leger des
/// Heils trains too but stays a support organisation, and the CCV is the national body of the reference data. Contact data is
/// example data except the national numbers that are public; services and their texts are our summary of the
/// documents, not the organisations' own words.
/// </summary>
internal sealed class DemoGids(SchakelDbContext db, TimeProvider tijd) : IZaaier
{
    public bool AlleenDemo => true;
    public int Volgorde => 45;

    public const string LegerDesHeils = "Goodwill Leger des Heils";
    public const string Zvh = "Zorg- en Veiligheidshuis Haaglanden";
    public const string KMar = "Koninklijke Marechaussee";
    public const string Ind = "Immigratie- en Naturalisatiedienst (IND)";
    public const string Coa = "Centraal Orgaan opvang asielzoekers (COA)";
    public const string FairWork = "FairWork";
    public const string Npst = "No Place for Sex Trafficking";

    public static Guid DienstId(string organisatie, string dienst) => IdVan($"dienst:{organisatie}:{dienst}");

    public static Guid LocatieId(string organisatie, string locatie) => IdVan($"locatie:{organisatie}:{locatie}");

    private sealed record Extra(string Naam, OrganisatieType Type, Partijcategorie Categorie, string? Telefoon, string? Website);

    private static readonly Extra[] Extras =
    [
        new(LegerDesHeils, OrganisatieType.Ngo, Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim, "070-0000010", "https://legerdesheils.voorbeeld.nl"),
        new(Zvh, OrganisatieType.ZorgEnVeiligheidshuis, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, "070-0000011", "https://zvh.voorbeeld.nl"),
        new(KMar, OrganisatieType.KMar, Partijcategorie.Opsporingsinstantie, "088-0000012", "https://kmar.voorbeeld.nl"),
        new(Ind, OrganisatieType.Ngo, Partijcategorie.VreemdelingenketenNietStrafrechtelijk, "088-0000013", "https://ind.voorbeeld.nl"),
        new(Coa, OrganisatieType.Ngo, Partijcategorie.VreemdelingenketenNietStrafrechtelijk, "088-0000014", "https://coa.voorbeeld.nl"),
        new(FairWork, OrganisatieType.Kennisorganisatie, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, null, null),
        new(Npst, OrganisatieType.Kennisorganisatie, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, null, null),
    ];

    private sealed record D(string Organisatie, string Naam, Dienstsoort Soort, Dienstzijde Zijde, string Vormen, string Beschrijving,
        string? Telefoon = null, bool DagEnNacht = false, string Talen = "nl,en", string? Gebied = "*", string? Voorwaarden = null, string Kosten = "Gratis");

    private static readonly D[] Diensten =
    [
        new(Politie, "Aangifte en melding mensenhandel", Dienstsoort.Melden, Dienstzijde.Beide, "", "Aangifte doen of een vermoeden van mensenhandel melden bij de politie (AVIM).", "0900-8844", true, "nl,en"),
        new(Politie, "Spoed", Dienstsoort.Melden, Dienstzijde.Beide, "", "Bij acuut gevaar: bel 112.", "112", true, "nl,en"),
        new(Shop, "Zorgcoördinatie mensenhandel", Dienstsoort.Zorgcoordinatie, Dienstzijde.Slachtoffer, "", "Hulp, opvang en begeleiding voor (mogelijke) slachtoffers in de hele Eenheid Den Haag.", Voorwaarden: "Voor (mogelijke) slachtoffers van alle vormen van uitbuiting, ook zonder aangifte."),
        new(LegerDesHeils, "Gespecialiseerde begeleiding slachtoffers", Dienstsoort.AmbulanteZorg, Dienstzijde.Slachtoffer, "Seksueel,Arbeid,Crimineel", "Begeleiding van slachtoffers naast de zorgcoördinatie van SHOP.", Voorwaarden: "Na aanmelding door de zorgcoördinator."),
        new(CoMensha, "Registratie en bemiddeling naar opvang", Dienstsoort.Opvang, Dienstzijde.Slachtoffer, "Seksueel,Arbeid,Crimineel", "Landelijke registratie van vermoedelijke slachtoffers; plaatst in COSM en bij arbeidsuitbuiting; OMM samen met gemeenten.", Gebied: null, Talen: "nl,en"),
        new(Nla, "Meldingen arbeidsuitbuiting", Dienstsoort.Melden, Dienstzijde.Dader, "Arbeid", "Signalen van arbeidsuitbuiting en slechte arbeidsomstandigheden.", Gebied: null),
        new(VeiligThuisHaaglanden, "Advies en melding (meldcode)", Dienstsoort.Advies, Dienstzijde.Slachtoffer, "", "Advies en meldingen over huiselijk geweld, kindermishandeling en uitbuiting van minderjarigen.", "0800-2000", true, Gebied: "HGL"),
        new(VeiligThuisHollandsMidden, "Advies en melding (meldcode)", Dienstsoort.Advies, Dienstzijde.Slachtoffer, "", "Advies en meldingen over huiselijk geweld, kindermishandeling en uitbuiting van minderjarigen.", "0800-2000", true, Gebied: "HM"),
        new(Riec, "Bestuurlijke aanpak", Dienstsoort.Toezicht, Dienstzijde.Dader, "Seksueel,Arbeid,Crimineel", "Informatie en expertise voor de bestuurlijke aanpak van mensenhandel en ondermijning.", Kosten: "Voor partners"),
        new(Heit, "Controles prostitutie en malafide bedrijven", Dienstsoort.Toezicht, Dienstzijde.Dader, "Seksueel,Arbeid", "Integrale controles op illegale prostitutie en malafide bedrijven.", Gebied: "HGL", Kosten: "Voor partners"),
        new(MeldMisdaadAnoniem, "Anoniem melden", Dienstsoort.Melden, Dienstzijde.Dader, "", "Anoniem informatie over misdaad doorgeven.", "0800-7000", true, Gebied: null),
        new(Rsiv, "Regionaal meldpunt voor professionals", Dienstsoort.Melden, Dienstzijde.Beide, "", "Professionals melden (anoniem) en krijgen informatie en advies.", Voorwaarden: "Voor professionals in zorg en veiligheid."),
        new(Rsiv, "Advies voor professionals", Dienstsoort.Advies, Dienstzijde.Beide, "", "Vragen over signalen zonder persoonsgegevens door te geven.", Voorwaarden: "Voor professionals in zorg en veiligheid."),
        new(OpvangHaaglanden, "Crisisopvang slachtoffers", Dienstsoort.Opvang, Dienstzijde.Slachtoffer, "Seksueel,Arbeid,Crimineel", "Opvang direct, dag en nacht, voor de eerste 36 uur.", DagEnNacht: true, Gebied: "HGL", Voorwaarden: "Plaatsing via de zorgcoördinator of de politie."),
        new(Zvh, "Casusregie zorg en veiligheid", Dienstsoort.Hulpverlening, Dienstzijde.Beide, "", "Afstemming tussen zorg en veiligheid in complexe casussen; financiert de begeleiding van slachtoffers.", Gebied: "HGL", Kosten: "Voor partners"),
        new(KMar, "Melden grensoverschrijdende mensenhandel", Dienstsoort.Opsporing, Dienstzijde.Dader, "Seksueel,Arbeid,Crimineel,Orgaanverwijdering", "Opsporing bij grensoverschrijdende mensenhandel en mensensmokkel.", Gebied: null),
        new(Ind, "Bedenktijd en verblijf (B8/3)", Dienstsoort.JuridischeHulp, Dienstzijde.Slachtoffer, "", "Bedenktijd en verblijfsvergunning voor slachtoffers zonder verblijfsrecht.", Gebied: null, Talen: "nl,en"),
        new(Coa, "Opvang in de vreemdelingenketen", Dienstsoort.Opvang, Dienstzijde.Slachtoffer, "", "Opvang van slachtoffers met een asielaanvraag.", Gebied: null),
    ];

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var gemeenten = await db.Set<Gemeente>().AsNoTracking().Where(g => g.EenheidCode == "DH").ToListAsync(ct);
        var organisaties = await db.Set<Organisatie>().Include(o => o.Werkgebied).ToDictionaryAsync(o => o.Id, ct);
        foreach (var e in Extras.Where(e => !organisaties.ContainsKey(IdVan(e.Naam))))
        {
            var o = new Organisatie { Id = IdVan(e.Naam), Naam = e.Naam, Type = e.Type, Partijcategorie = e.Categorie, Telefoon = e.Telefoon, Website = e.Website, IsDemo = true, Toegetreden = tijd.GetUtcNow() };
            if (e.Type.OntvangtCasussen())
            {
                o.Werkgebied.AddRange(gemeenten.Select(g => new OrganisatieWerkgebied { OrganisatieId = o.Id, CbsCode = g.CbsCode }));
            }
            db.Add(o);
            organisaties[o.Id] = o;
        }
        var bestaand = (await db.Set<Dienst>().Select(d => d.Id).ToListAsync(ct)).ToHashSet();
        foreach (var d in Diensten.Where(d => organisaties.ContainsKey(IdVan(d.Organisatie)) && !bestaand.Contains(DienstId(d.Organisatie, d.Naam))))
        {
            db.Add(Maak(d, d.Gebied switch
            {
                null => [],
                "*" => gemeenten.Select(g => g.CbsCode).ToList(),
                "HGL" => gemeenten.Where(g => g.Deelregio == "Haaglanden").Select(g => g.CbsCode).ToList(),
                "HM" => gemeenten.Where(g => g.Deelregio == "Hollands Midden").Select(g => g.CbsCode).ToList(),
                var code => [code],
            }));
        }
        // Each municipality: its focal officer as the municipal reporting point (internal route, Midden-Delfland §5.2.1).
        foreach (var g in gemeenten.Where(g => organisaties.ContainsKey(IdVan(GemeenteNaam(g.Naam)))))
        {
            var d = new D(GemeenteNaam(g.Naam), "Aandachtsfunctionaris mensenhandel", Dienstsoort.Melden, Dienstzijde.Beide, "",
                "Meldpunt van de gemeente voor signalen van mensenhandel; kent de opvang en de partners in de gemeente.", "14 0000", Talen: "nl", Gebied: g.CbsCode,
                Voorwaarden: "Voor medewerkers van de gemeente en partners in de gemeente.");
            if (!bestaand.Contains(DienstId(d.Organisatie, d.Naam)))
            {
                db.Add(Maak(d, [g.CbsCode]));
            }
        }
        await db.SaveChangesAsync(ct);
        await LocatiesAsync(ct);
    }

    private static Dienst Maak(D d, List<string> gebied)
    {
        var id = DienstId(d.Organisatie, d.Naam);
        var dienst = new Dienst
        {
            Id = id, OrganisatieId = IdVan(d.Organisatie), Naam = d.Naam, Beschrijving = d.Beschrijving, Soort = d.Soort, Zijde = d.Zijde,
            Uitbuitingsvormen = d.Vormen, Voorwaarden = d.Voorwaarden, Talen = d.Talen, Kosten = d.Kosten, DagEnNacht = d.DagEnNacht, IsDemo = true,
            InterneNotitie = "Voorbeeldgegevens: alleen voor de keten.",
            Gebied = gebied.Select(c => new Dienstgebied { DienstId = id, CbsCode = c }).ToList(),
        };
        if (d.Telefoon is not null)
        {
            dienst.Telefoons.Add(new GidsTelefoon { Id = IdVan($"telefoon:{id}"), DienstId = id, Nummer = d.Telefoon });
        }
        dienst.Openingstijden.Add(d.DagEnNacht
            ? new Openingstijd { Id = IdVan($"tijd:{id}"), DienstId = id, Dagen = "MO,TU,WE,TH,FR,SA,SU", Opent = new(0, 0), Sluit = new(23, 59), Omschrijving = "24/7" }
            : new Openingstijd { Id = IdVan($"tijd:{id}"), DienstId = id, Dagen = "MO,TU,WE,TH,FR", Opent = new(9, 0), Sluit = new(17, 0) });
        return dienst;
    }

    /// <summary>A public desk for SHOP, and the shelter's confidential address behind a public front door.</summary>
    private async Task LocatiesAsync(CancellationToken ct)
    {
        var shop = LocatieId(Shop, "kantoor");
        var opvang = LocatieId(OpvangHaaglanden, "opvanghuis");
        if (await db.Set<Locatie>().AnyAsync(l => l.Id == shop || l.Id == opvang, ct))
        {
            return;
        }
        db.Add(new Locatie
        {
            Id = shop, OrganisatieId = IdVan(Shop), Naam = "SHOP kantoor (voorbeeld)", Adres = "Voorbeeldstraat 1", Postcode = "2500 AA", Plaats = "Den Haag",
            GemeenteCode = "GM0518", VoordeurTelefoon = "070-0000001", IsDemo = true,
        });
        db.Add(new Locatie
        {
            Id = opvang, OrganisatieId = IdVan(OpvangHaaglanden), Naam = "Opvanghuis Geheimstraat (voorbeeld)", Adres = "Geheimstraat 7", Postcode = "2600 ZZ",
            Plaats = "Delft", GemeenteCode = "GM0503", Vertrouwelijk = true, VoordeurTelefoon = "070-0000007",
            VoordeurEmail = "aanmelding@opvang-haaglanden.voorbeeld.nl", IsDemo = true, InterneNotitie = "Sleutel bij de nachtdienst.",
        });
        db.Add(new DienstLocatie { Id = IdVan($"dl:{shop}"), DienstId = DienstId(Shop, "Zorgcoördinatie mensenhandel"), LocatieId = shop });
        db.Add(new DienstLocatie { Id = IdVan($"dl:{opvang}"), DienstId = DienstId(OpvangHaaglanden, "Crisisopvang slachtoffers"), LocatieId = opvang });
        await db.SaveChangesAsync(ct);
    }
}
