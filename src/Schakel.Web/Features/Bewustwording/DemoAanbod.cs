using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>
/// The offers the policy documents name, as demo data (Development only) that their providers can correct:
/// the texts are a reading of the documents, not the providers' own descriptions. Links point to the
/// organisations' public sites; dates of future sessions are examples.
/// </summary>
internal sealed class DemoAanbod(SchakelDbContext db, TimeProvider tijd) : IZaaier
{
    public bool AlleenDemo => true;
    public int Volgorde => 60;

    private const string MiddenDelfland = "GM1842";
    private const string DenHaag = "GM0518";
    private const string Noordwijk = "GM0575";
    private const string Katwijk = "GM0537";
    private const string Oegstgeest = "GM0579";

    private static readonly string[] Gemeenterollen = ["gemeente.balie", "gemeente.boa", "gemeente.bouwtoezicht", "gemeente.sociale-recherche", "gemeente.wmo", "gemeente.wijkteam", "gemeente.vergunningen", "gemeente.bedrijfscontact"];
    private static readonly string[] Externen = ["extern.onderwijs", "extern.zorg", "extern.wijkagent", "extern.sport", "extern.jeugdzorg", "extern.schuldhulp", "extern.reclassering", "extern.ggz"];
    private static readonly string[] AlleVormen = ["arbeid", "seksueel", "criminaliteit", "algemeen"];

    public static Guid Id(string sleutel) => DemoOrganisaties.IdVan("bewustwording:" + sleutel);

    public static readonly Guid FairWorkTraining = Id("aanbod:fairwork");
    public static readonly Guid CoMenshaTraining = Id("aanbod:comensha");
    public static readonly Guid AandachtsfunctionarisTraining = Id("aanbod:aandachtsfunctionarissen");
    public static readonly Guid FairWorkSessie = Id("sessie:fairwork-2027-02");
    public static readonly Guid CoMenshaSessie = Id("sessie:comensha-2027-01");

    public async Task ZaaiAsync(CancellationToken ct)
    {
        if (await db.Set<Aanbod>().AnyAsync(a => a.IsDemo, ct))
        {
            await KoppelAanbiedersAsync(ct);
            return;
        }
        var nu = tijd.GetUtcNow();
        Guid? Org(string naam) => DemoOrganisaties.IdVan(naam);

        Aanbod A(string sleutel, string titel, Aanbodsoort soort, Guid? organisatie, string aanbieder, string omschrijving, string[] doelgroepen,
            string[] talen, Werkvorm werkvorm, int? duur, Aanmeldwijze aanmelding, string bron, string[]? vormen = null, string? link = null,
            string kosten = "", string leerdoelen = "", string voorwaarden = "", string[]? gemeenten = null) => new()
        {
            Id = Id("aanbod:" + sleutel), Titel = titel, Soort = soort, OrganisatieId = organisatie, AanbiederNaam = aanbieder,
            Omschrijving = omschrijving, Doelgroepen = [.. doelgroepen], Talen = [.. talen], Werkvorm = werkvorm, DuurMinuten = duur,
            Aanmelding = aanmelding, Bron = bron, Vormen = [.. vormen ?? AlleVormen], ExterneLink = link, Kosten = kosten,
            Leerdoelen = leerdoelen, Voorwaarden = voorwaarden, Gemeenten = [.. gemeenten ?? []], IsDemo = true, BijgewerktOp = nu,
        };

        var aanbod = new[]
        {
            A("fairwork", "Signaleringstraining mensenhandel voor gemeenten", Aanbodsoort.Training, null, "FairWork",
                "Face-to-face training voor medewerkers van gemeenten die slachtoffers kunnen tegenkomen: signalen herkennen, melden en vastleggen via de interne meldroute.",
                Gemeenterollen, ["nl"], Werkvorm.OpLocatie, 180, Aanmeldwijze.InSchakel, "Handreiking Hollands Midden §5.5; Beleid Midden-Delfland §5.2.2",
                kosten: "Op aanvraag", leerdoelen: "Signalen van mensenhandel herkennen; weten hoe en bij wie je meldt; signalen vastleggen.",
                voorwaarden: "Bij voorkeur eerst de e-learning van het CCV en FairWork."),
            A("comensha", "Training signaleren en doorverwijzen", Aanbodsoort.Training, Org(DemoOrganisaties.CoMensha), DemoOrganisaties.CoMensha,
                "Training voor professionals van maatschappelijke organisaties: wijkteams, jeugdgezondheidszorg, wijkagenten en woningcorporaties.",
                [.. Externen, "gemeente.wijkteam"], ["nl", "en"], Werkvorm.OpLocatie, 150, Aanmeldwijze.InSchakel, "Handreiking Hollands Midden §5.5",
                kosten: "Kosteloos voor ketenpartners", leerdoelen: "Signalen herkennen; doorverwijzen naar zorgcoördinatie."),
            A("goodwill", "Training begeleiding van slachtoffers", Aanbodsoort.Training, null, "Goodwill Leger des Heils",
                "Training vanuit de ervaring met de begeleiding van slachtoffers mensenhandel.",
                ["extern.zorg", "extern.jeugdzorg", "extern.ggz", "gemeente.wmo", "gemeente.wijkteam"], ["nl"], Werkvorm.OpLocatie, 180, Aanmeldwijze.InSchakel,
                "Handreiking Hollands Midden §5.5"),
            A("ccv-elearning", "E-learning mensenhandel (kennismaking)", Aanbodsoort.ELearning, null, "CCV en FairWork",
                "Korte e-learning als eerste kennismaking, voorafgaand aan een face-to-face training.",
                [.. Gemeenterollen, .. Externen], ["nl"], Werkvorm.ELearning, 45, Aanmeldwijze.Extern, "Handreiking Hollands Midden §5.5",
                link: "https://hetccv.nl", kosten: "Kosteloos"),
            A("riec-elearning", "E-learning ondermijning met verdiepende module mensenhandel", Aanbodsoort.ELearning, Org(DemoOrganisaties.Riec), DemoOrganisaties.Riec,
                "Basismodule ondermijning en verdiepende modules, waaronder een module over mensenhandel.",
                Gemeenterollen, ["nl"], Werkvorm.ELearning, 60, Aanmeldwijze.Extern, "Beleid Midden-Delfland §5.2.2", vormen: ["criminaliteit", "algemeen"],
                link: "https://www.riec.nl", kosten: "Kosteloos"),
            A("shop", "Voorlichting seksuele uitbuiting en loverboyproblematiek", Aanbodsoort.Voorlichting, Org(DemoOrganisaties.Shop), DemoOrganisaties.Shop,
                "Voorlichting over seksuele uitbuiting voor professionals en scholen, door de zorgcoördinatie van SHOP.",
                ["extern.onderwijs", "extern.jeugdzorg", "extern.zorg", "publiek.leerlingen", "publiek.sekswerkers"], ["nl", "en"], Werkvorm.OpLocatie, 90,
                Aanmeldwijze.InSchakel, "Handreiking Hollands Midden §5.5; Jaarplan 2024 §6", vormen: ["seksueel"]),
            A("flyer-arbeidsmigranten", "Flyer en animatie: je rechten als werknemer in Nederland", Aanbodsoort.Product, Org(DemoOrganisaties.Riec), "RIEC-LIEC",
                "Flyer met QR-code naar een animatie over het minimumloon en de uitbetaling, en tips over je betaalpas en paspoort; uitgereikt bij inschrijving in de BRP, controles en huisbezoeken.",
                ["publiek.arbeidsmigranten", "gemeente.balie"], ["pl", "bg", "ro"], Werkvorm.Online, null, Aanmeldwijze.Geen, "Beleid Midden-Delfland §5.3",
                vormen: ["arbeid"], kosten: "Kosteloos", gemeenten: [MiddenDelfland]),
            A("npst-hotel", "No Place for Sex Trafficking: training hotelpersoneel", Aanbodsoort.Training, null, "No Place for Sex Trafficking",
                "Training van het volledige personeel van hotels en vakantieparken in het herkennen van signalen van seksuele uitbuiting; basis voor de certificering.",
                ["hotel.personeel"], ["nl", "en"], Werkvorm.ELearning, 60, Aanmeldwijze.Extern, "Jaarplan 2024 §6", vormen: ["seksueel"]),
            A("aandachtsfunctionarissen", "Jaarlijkse training aandachtsfunctionarissen mensenhandel", Aanbodsoort.Training, Org(DemoOrganisaties.Rsiv), DemoOrganisaties.Rsiv,
                "De jaarlijkse training voor aandachtsfunctionarissen van de gemeenten, met een spoor voor nieuwe en een spoor voor ervaren aandachtsfunctionarissen.",
                [Doelgroepen.AandachtsfunctionarisNieuw, Doelgroepen.AandachtsfunctionarisErvaren], ["nl"], Werkvorm.OpLocatie, 240, Aanmeldwijze.InSchakel, "Jaarplan 2024 §4.1",
                kosten: "Kosteloos"),
            A("themabijeenkomst-hotels", "Themabijeenkomst hotels en vakantieparken", Aanbodsoort.Themabijeenkomst, Org(DemoOrganisaties.Rsiv), DemoOrganisaties.Rsiv,
                "Bijeenkomst voor eigenaren, managers en medewerkers van hotels en vakantieparken over (illegale) prostitutie en seksuele uitbuiting, met de meld- en signalenkaart.",
                ["hotel.personeel"], ["nl"], Werkvorm.OpLocatie, 120, Aanmeldwijze.InSchakel, "Jaarplan 2024 §4.1 acties 5 en 6, §6", vormen: ["seksueel"]),
            A("regionale-week", "Regionale Week tegen mensenhandel", Aanbodsoort.Netwerkbijeenkomst, Org(DemoOrganisaties.Rsiv), DemoOrganisaties.Rsiv,
                "Een week met activiteiten in de hele eenheid Den Haag: bijeenkomsten, voorlichting en campagnes.",
                [.. Gemeenterollen, .. Externen, "publiek.inwoners"], ["nl"], Werkvorm.OpLocatie, null, Aanmeldwijze.InSchakel, "Jaarplan 2024 §4.1 actie 7"),
        };
        db.AddRange(aanbod);

        static DateTimeOffset Dag(int j, int m, int d, int uur) => new(j, m, d, uur, 0, 0, TimeSpan.Zero);
        Sessie S(string sleutel, string aanbod, DateTimeOffset begin, int uren, string plaats, string organisatoren, string[] gemeenten, int capaciteit,
            string? reeks = null, Spoor? spoor = null) => new()
        {
            Id = Id("sessie:" + sleutel), AanbodId = Id("aanbod:" + aanbod), Begin = begin, Einde = begin.AddHours(uren), Plaats = plaats,
            Organisatoren = organisatoren, Gemeenten = [.. gemeenten], Capaciteit = capaciteit, AanmeldenTot = begin.AddDays(-7), Reeks = reeks,
            Spoor = spoor, IsDemo = true,
        };
        var sessies = new[]
        {
            S("fairwork-2026-10", "fairwork", Dag(2026, 10, 8, 8), 3, "Gemeentehuis Midden-Delfland, Schipluiden", "FairWork; gemeente Midden-Delfland", [MiddenDelfland], 20),
            S("fairwork-2027-02", "fairwork", Dag(2027, 2, 10, 8), 3, "Gemeentehuis Midden-Delfland, Schipluiden", "FairWork; gemeente Midden-Delfland", [MiddenDelfland, "GM1783", "GM0503"], 20),
            S("comensha-2027-01", "comensha", Dag(2027, 1, 20, 12), 3, "Stadhuis Den Haag", DemoOrganisaties.CoMensha, [DenHaag], 15),
            S("shop-2027-03", "shop", Dag(2027, 3, 4, 9), 2, "Den Haag", DemoOrganisaties.Shop, [DenHaag], 25),
            S("af-nieuw-2027", "aandachtsfunctionarissen", Dag(2027, 2, 1, 9), 4, "Den Haag", DemoOrganisaties.Rsiv, [], 20, spoor: Spoor.Nieuw),
            S("af-ervaren-2027", "aandachtsfunctionarissen", Dag(2027, 2, 8, 9), 4, "Den Haag", DemoOrganisaties.Rsiv, [], 30, spoor: Spoor.Ervaren),
            S("hotels-noordwijk-2024", "themabijeenkomst-hotels", Dag(2024, 3, 20, 14), 3, "Noordwijk", "Gemeente Noordwijk; SHOP Den Haag; HEIT; RSIV", [Noordwijk, Katwijk, Oegstgeest], 60),
            S("week-2027-opening", "regionale-week", Dag(2027, 10, 11, 13), 3, "Den Haag", "RSIV; gemeenten van de eenheid", [DenHaag], 100, reeks: "Regionale Week tegen mensenhandel 2027"),
            S("week-2027-hm", "regionale-week", Dag(2027, 10, 13, 13), 3, "Leiden", "RSIV; gemeenten Hollands Midden", ["GM0546"], 60, reeks: "Regionale Week tegen mensenhandel 2027"),
        };
        db.AddRange(sessies);

        // Attendance of the past session, as professionals of Midden-Delfland: roles only, no names.
        var rollen = new[] { "gemeente.balie", "gemeente.balie", "gemeente.boa", "gemeente.wmo", "gemeente.vergunningen" };
        for (var i = 0; i < rollen.Length; i++)
        {
            db.Add(new Inschrijving
            {
                Id = Id("inschrijving:fairwork-2026-10:" + i), SessieId = Id("sessie:fairwork-2026-10"), Status = Inschrijfstatus.Ingeschreven,
                Volgnummer = i + 1, Rol = rollen[i], GemeenteCode = MiddenDelfland, IngeschrevenOp = Dag(2026, 9, 1, 8), Aanwezig = true,
            });
        }
        await db.SaveChangesAsync(ct);
        // The demo directory runs first (DemoGids, order 45), so its trainers are there to be linked on the first start too.
        await KoppelAanbiedersAsync(ct);
    }

    /// <summary>
    /// A demo offer named only by its provider (FairWork, Goodwill Leger des Heils …) is linked to that provider once it is
    /// in the directory under the same name, so its own staff can correct it; the ketenregisseur can also choose the
    /// provider on the offer's form.
    /// </summary>
    private async Task KoppelAanbiedersAsync(CancellationToken ct)
    {
        var los = await db.Set<Aanbod>().Where(a => a.IsDemo && a.OrganisatieId == null).ToListAsync(ct);
        if (los.Count == 0)
        {
            return;
        }
        var organisaties = (await db.Set<Organisatie>().AsNoTracking().Where(o => o.Actief).Select(o => new { o.Id, o.Naam }).ToListAsync(ct))
            // Two organisations whose names differ only in case are both allowed; the first one names the offer.
            .GroupBy(o => o.Naam, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        foreach (var a in los)
        {
            if (organisaties.TryGetValue(a.AanbiederNaam, out var id))
            {
                a.OrganisatieId = id;
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
