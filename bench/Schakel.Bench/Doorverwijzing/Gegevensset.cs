using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;

namespace Schakel.Bench.Doorverwijzing;

/// <summary>What was generated, for the report.</summary>
internal sealed record Omvang(int Meldingen, int Triages, int Routebesluiten, int Doorverwijzingen, int Historie, int Organisaties, int OpenDoorverwijzingen, TimeSpan Duur);

/// <summary>
/// Fills a fresh database with a region's worth of reports and referrals. One report goes through the app's
/// own intake; the rest are written with COPY in batches, every encrypted field really encrypted with the
/// app's key and context, so row and TOAST sizes are those of real data. The receiving organisations come
/// from the stored reporting route evaluated over each report's triage (the spread a real region would see:
/// police, care coordination and CoMensha receive most), topped up with referrals staff added by hand
/// spread over all organisations, until the requested total is reached. Statuses follow age: old referrals
/// are mostly closed, recent ones open, some past their first-action deadline.
/// </summary>
internal sealed class Gegevensset(IServiceProvider diensten, string verbinding, int aantalMeldingen, int aantalDoorverwijzingen, int aantalOrganisaties)
{
    private const int Partij = 5_000;
    private readonly Random _kans = new(20261123);
    private readonly Termijnen _termijnen = new();
    private readonly DateTimeOffset _nu = OpHeleUur(DateTimeOffset.UtcNow);

    public async Task<Omvang> MaakAsync(CancellationToken ct = default)
    {
        var klok = System.Diagnostics.Stopwatch.StartNew();
        await using var scope = diensten.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var versleuteling = scope.ServiceProvider.GetRequiredService<Veldversleuteling>();

        var organisaties = await VulOrganisatiesAanAsync(db, ct);
        var meldpunt = await MeldEenViaIntakeAsync(ct);
        var gemeenten = await db.Set<Gemeente>().AsNoTracking().Where(g => g.EenheidCode == "DH").Include(g => g.Districten).ToListAsync(ct);
        var districtCodes = await db.Set<District>().AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Code, ct);
        var indicatoren = await db.Set<Indicator>().AsNoTracking().Where(i => i.Actief).Select(i => i.Code).ToListAsync(ct);
        var route = await scope.ServiceProvider.GetRequiredService<MeldrouteOpslag>().HuidigeAsync(ct);
        var gids = await scope.ServiceProvider.GetRequiredService<DatabaseOrganisatieGids>().LaadAsync(ct);
        var beleid = await scope.ServiceProvider.GetRequiredService<DeelbeleidOpslag>().HuidigAsync(ct);
        var gewicht = Zipf(organisaties.Count);

        // Routed reports carry the referrals; the newest few are still waiting for (or in) triage.
        var teRouteren = (int)(aantalMeldingen * 0.98);
        var perMelding = Verdeel(aantalDoorverwijzingen, teRouteren);

        var kopie = new Kopie(db);
        await using var v = new NpgsqlConnection(verbinding);
        await v.OpenAsync(ct);
        var omvang = new int[5];
        var open = 0;
        // Explicit ids continue after what the intake and the demo data already wrote.
        long triageId = await Kopie.HoogsteIdAsync(v, "melding_triages", ct), historieId = await Kopie.HoogsteIdAsync(v, "doorverwijzing_historie", ct),
            meldingHistorieId = await Kopie.HoogsteIdAsync(v, "melding_statushistorie", ct), berichtId = await Kopie.HoogsteIdAsync(v, "melding_berichten", ct);
        // Oldest first, so ids and physical order follow time as they would in production.
        var ontvangen = Enumerable.Range(0, aantalMeldingen - 1)
            .Select(_ => _nu.AddHours(-_kans.Next(1, 730 * 24))).Order().ToArray();

        for (var start = 0; start < ontvangen.Length; start += Partij)
        {
            var meldingen = new List<Melding>();
            var triages = new List<MeldingTriage>();
            var besluiten = new List<Routebesluit>();
            var doorverwijzingen = new List<DoorverwijzingRij>();
            var historie = new List<DoorverwijzingHistorie>();
            for (var i = start; i < Math.Min(start + Partij, ontvangen.Length); i++)
            {
                var gemeente = _kans.NextDouble() < 0.05 ? null : gemeenten[Math.Min(gemeenten.Count - 1, (int)(gemeenten.Count * Math.Pow(_kans.NextDouble(), 2)))];
                var m = NieuweMelding(versleuteling, ontvangen[i], gemeente?.CbsCode, indicatoren, meldpunt);
                meldingen.Add(m);
                var gerouteerd = i < teRouteren;
                if (!gerouteerd && _kans.NextDouble() < 0.5)
                {
                    m.Status = MeldingStatus.Ontvangen;
                    continue;
                }
                var t = Triage(m, ++triageId, meldpunt, versleuteling);
                triages.Add(t);
                m.Trieer(t);
                if (!gerouteerd)
                {
                    m.Status = MeldingStatus.InTriage;
                    continue;
                }
                var kenmerken = Kenmerken(m, t, gemeente, districtCodes);
                var voorstel = MeldrouteEvaluator.Evalueer(route, kenmerken, gids, beleid);
                var besluit = new Routebesluit
                {
                    Id = Guid.NewGuid(), MeldingId = m.Id, TriageId = t.Id, MeldrouteVersie = route.Versie,
                    OrganisatieId = meldpunt, Tijdstip = t.Tijdstip.AddMinutes(_kans.Next(5, 120)),
                };
                besluiten.Add(besluit);
                var rijen = Doorverwijzingen(m, besluit, kenmerken, voorstel, perMelding[i], organisaties, gewicht, meldpunt, versleuteling);
                doorverwijzingen.AddRange(rijen);
                foreach (var d in rijen)
                {
                    m.Doorverwezen(d.VerstuurdOp);
                    historie.AddRange(Historie(d, ref historieId));
                    open += d.Status == DoorverwijzingStatus.Afgesloten ? 0 : 1;
                }
                m.Status = rijen.All(d => d.Status == DoorverwijzingStatus.Afgesloten) ? MeldingStatus.Afgerond
                    : rijen.Any(d => d.Status != DoorverwijzingStatus.Verstuurd) ? MeldingStatus.InBehandeling : MeldingStatus.Doorverwezen;
            }

            var meldingHistorie = meldingen.SelectMany(m => MeldingHistorie(m, ref meldingHistorieId)).ToList();
            var berichten = meldingen.Select(m => new MeldingBericht
            {
                Id = ++berichtId, MeldingId = m.Id, Van = BerichtAfzender.Meldpunt, Tijdstip = m.OntvangenOp, Sjabloon = Terugkoppeling.SleutelOntvangen,
            }).ToList();

            omvang[0] += await kopie.SchrijfAsync(v, meldingen, ct);
            await kopie.SchrijfAsync(v, meldingHistorie, ct);
            await kopie.SchrijfAsync(v, berichten, ct);
            omvang[1] += await kopie.SchrijfAsync(v, triages, ct);
            omvang[2] += await kopie.SchrijfAsync(v, besluiten, ct);
            omvang[3] += await kopie.SchrijfAsync(v, doorverwijzingen, ct);
            omvang[4] += await kopie.SchrijfAsync(v, historie, ct);
            Console.Error.Write($"\r{Math.Min(start + Partij, ontvangen.Length):N0} meldingen geschreven");
        }
        Console.Error.WriteLine();

        await Kopie.ZetReeksenAsync(v, [("melding_triages", "Id"), ("doorverwijzing_historie", "Id"), ("melding_statushistorie", "Id"), ("melding_berichten", "Id")], ct);
        await using (var analyse = new NpgsqlCommand("VACUUM ANALYZE", v) { CommandTimeout = 600 })
        {
            await analyse.ExecuteNonQueryAsync(ct);
        }
        return new Omvang(omvang[0] + 1, omvang[1], omvang[2], omvang[3], omvang[4], organisaties.Count, open, klok.Elapsed);
    }

    /// <summary>The demo chain of Eenheid Den Haag plus neighbouring-region partners up to the requested count.</summary>
    private async Task<List<Organisatie>> VulOrganisatiesAanAsync(SchakelDbContext db, CancellationToken ct)
    {
        var gemeenten = await db.Set<Gemeente>().Where(g => g.EenheidCode == "DH").Select(g => new { g.CbsCode, g.Deelregio }).ToListAsync(ct);
        var actief = await db.Set<Organisatie>().CountAsync(o => o.Actief, ct);
        (OrganisatieType Type, Partijcategorie Categorie, string Soort)[] soorten =
        [
            (OrganisatieType.ZorgEnVeiligheidshuis, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, "Zorg- en Veiligheidshuis"),
            (OrganisatieType.Opvang, Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim, "Opvang"),
            (OrganisatieType.Ngo, Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim, "Hulporganisatie"),
            (OrganisatieType.KMar, Partijcategorie.Opsporingsinstantie, "KMar-brigade"),
        ];
        for (var n = 1; actief < aantalOrganisaties; n++, actief++)
        {
            var (type, categorie, soort) = soorten[n % soorten.Length];
            var deelregio = n % 2 == 0 ? "Haaglanden" : "Hollands Midden";
            var id = Guid.NewGuid();
            db.Add(new Organisatie
            {
                Id = id, Naam = $"{soort} {deelregio} {n} (benchmark)", Type = type, Partijcategorie = categorie, IsDemo = true,
                Werkgebied = gemeenten.Where(g => g.Deelregio == deelregio).Select(g => new OrganisatieWerkgebied { OrganisatieId = id, CbsCode = g.CbsCode }).ToList(),
            });
        }
        await db.SaveChangesAsync(ct);
        var alle = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Actief).OrderBy(o => o.Naam).ToListAsync(ct);
        if (alle.Count != aantalOrganisaties)
        {
            throw new InvalidOperationException($"{alle.Count} actieve organisaties; gevraagd {aantalOrganisaties}.");
        }
        // Big chain partners first, so the skewed extra referrals land where real ones would.
        return [.. alle.OrderBy(o => o.Type switch
        {
            OrganisatieType.Politie => 0, OrganisatieType.Zorgcoordinatie => 1, OrganisatieType.CoMensha => 2, OrganisatieType.VeiligThuis => 3,
            OrganisatieType.Gemeente => 5, _ => 4,
        })];
    }

    /// <summary>One report through the real intake: it checks that the generated rows look like what the app writes.</summary>
    private async Task<Guid> MeldEenViaIntakeAsync(CancellationToken ct)
    {
        await using var scope = diensten.CreateAsyncScope();
        var invoer = new MeldingInvoer
        {
            MelderType = "burger",
            Omschrijving = Omschrijving(),
            GemeenteCode = "GM0518",
            Plaats = "Loods aan de haven, achter het tankstation",
            Tijdstip = "sinds een paar weken, vooral 's nachts",
            Uitbuitingsvormen = ["arbeid"],
            Betrokkenen = new BetrokkenenInvoer { Aantal = 6, Geslacht = "man", Taal = "Pools" },
            Taal = "nl",
        };
        var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(invoer, [], Indiener.Publiek(), ct);
        if (!u.Gelukt)
        {
            throw new InvalidOperationException("De intake weigerde de melding: " + string.Join("; ", u.Fouten.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}")));
        }
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        return await db.Set<Melding>().Where(m => m.Id == u.MeldingId).Select(m => m.MeldpuntOrganisatieId).SingleAsync(ct)
            ?? throw new InvalidOperationException("De intake koos geen meldpuntorganisatie.");
    }

    private Melding NieuweMelding(Veldversleuteling versleuteling, DateTimeOffset ontvangenOp, string? gemeente, List<string> indicatoren, Guid meldpunt)
    {
        var id = Guid.NewGuid();
        var contact = _kans.NextDouble() < 0.3;
        var vorm = Kies(Vormen);
        return new Melding
        {
            Id = id,
            Soort = MeldingSoort.Melding,
            MelderType = Kies([MelderType.Burger, MelderType.Burger, MelderType.Professional, MelderType.Professional, MelderType.Betrokkene, MelderType.Anders]),
            Kanaal = Kies([Kanaal.Web, Kanaal.Web, Kanaal.Web, Kanaal.Telefoon, Kanaal.Api, Kanaal.Portaal]),
            OmschrijvingVersleuteld = versleuteling.Versleutel(Omschrijving(), Melding.VeldContext("Omschrijving", id)),
            GemeenteCode = gemeente,
            PlaatsVersleuteld = versleuteling.Versleutel(Kies(Plaatsen), Melding.VeldContext("Plaats", id)),
            TijdstipVersleuteld = _kans.NextDouble() < 0.7 ? versleuteling.Versleutel(Kies(Tijdstippen), Melding.VeldContext("Tijdstip", id)) : null,
            Uitbuitingsvormen = Woorden.Van(vorm),
            Indicatoren = string.Join(';', Enumerable.Range(0, _kans.Next(0, 5)).Select(_ => indicatoren[_kans.Next(indicatoren.Count)]).Distinct()),
            BetrokkenenVersleuteld = _kans.NextDouble() < 0.6
                ? versleuteling.Versleutel(JsonSerializer.Serialize(new Betrokkenen(_kans.Next(1, 8), Kies(["man", "vrouw", "onbekend"]), null, JaNeeOnbekend.Onbekend, Kies(["Pools", "Roemeens", "Nederlands", "Engels"]))),
                    Melding.VeldContext("Betrokkenen", id))
                : null,
            MinderjarigBetrokken = _kans.NextDouble() < 0.1 ? JaNeeOnbekend.Ja : Kies([JaNeeOnbekend.Nee, JaNeeOnbekend.Onbekend]),
            AcuutGevaar = _kans.NextDouble() < 0.03,
            Taal = Kies(["nl", "nl", "nl", "en", "pl", "ro"]),
            ContactVersleuteld = contact
                ? versleuteling.Versleutel(JsonSerializer.Serialize(new MelderContact("Sanne de Vries", "06-12345678", "sanne.devries@voorbeeld.nl")), Melding.VeldContext("Contact", id))
                : null,
            ContactToestemming = contact,
            OntvangenOp = ontvangenOp,
            TeruggekoppeldOp = _kans.NextDouble() < 0.6 ? ontvangenOp.AddDays(_kans.Next(1, 30)) : null,
            IngezienOp = ontvangenOp.AddHours(_kans.Next(1, 48)),
            MeldpuntOrganisatieId = meldpunt,
            // The real value is a keyed PBKDF2 (30 ms each); a random value of the same length keeps the unique index honest.
            OntvangstcodeHash = _kans.NextDouble() < 0.8 ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) : null,
        };
    }

    private MeldingTriage Triage(Melding m, long id, Guid meldpunt, Veldversleuteling versleuteling)
    {
        var soorten = _kans.NextDouble() < 0.35
            ? Enum.GetValues<AanknopingspuntSoort>().Where(_ => _kans.NextDouble() < 0.35).ToList()
            : [];
        return new MeldingTriage
        {
            Id = id,
            MeldingId = m.Id,
            OrganisatieId = meldpunt,
            Tijdstip = m.OntvangenOp.AddHours(_kans.Next(1, 30)),
            Uitbuitingsvormen = m.Uitbuitingsvormen,
            Indicatoren = m.Indicatoren,
            Urgentie = m.AcuutGevaar ? Urgentie.Acuut : _kans.NextDouble() switch { < 0.04 => Urgentie.Acuut, < 0.24 => Urgentie.Hoog, _ => Urgentie.Normaal },
            MinderjarigBetrokken = m.MinderjarigBetrokken,
            Zijde = _kans.NextDouble() switch { < 0.5 => Zijde.Slachtofferkant, < 0.7 => Zijde.Daderkant, < 0.9 => Zijde.Beide, _ => Zijde.Onbekend },
            GemeenteCode = m.GemeenteCode,
            MelderIsGemeentemedewerker = _kans.NextDouble() < 0.05,
            IllegaleProstitutieOfMalafideBedrijf = _kans.NextDouble() < 0.06,
            Aanknopingspunten = string.Join(';', soorten),
            AanknopingspuntenVersleuteld = soorten.Count == 0 ? null
                : versleuteling.Versleutel(JsonSerializer.Serialize(soorten.Select(s => new { Soort = s.ToString(), Waarde = "Bouwbedrijf De Vries, Havenstraat 12" })),
                    MeldingTriage.VeldContext("Aanknopingspunten", id)),
        };
    }

    /// <summary>
    /// The triaged attributes the route reads, as <c>TriageBehandeling.KenmerkenAsync</c> builds them, but from
    /// places already in memory: that method reads the municipality per report, too slow for 100,000.
    /// </summary>
    private static MeldingKenmerken Kenmerken(Melding m, MeldingTriage t, Gemeente? gemeente, IReadOnlyDictionary<string, string> districtCodes) => new()
    {
        MelderType = m.MelderType,
        Kanaal = m.Kanaal,
        GemeenteCode = t.GemeenteCode,
        GemeenteNaam = gemeente?.Naam,
        DistrictCodes = gemeente?.Districten.Select(d => districtCodes[d.DistrictId]).ToList() ?? [],
        Uitbuitingsvormen = Lijst<Uitbuitingsvorm>(t.Uitbuitingsvormen),
        Indicatoren = t.Indicatoren.Split(';', StringSplitOptions.RemoveEmptyEntries),
        MinderjarigBetrokken = t.MinderjarigBetrokken,
        AcuutGevaar = t.Urgentie == Urgentie.Acuut,
        Urgentie = t.Urgentie,
        Zijde = t.Zijde,
        Aanknopingspunten = Lijst<AanknopingspuntSoort>(t.Aanknopingspunten),
        MelderIsGemeentemedewerker = t.MelderIsGemeentemedewerker,
        IllegaleProstitutieOfMalafideBedrijf = t.IllegaleProstitutieOfMalafideBedrijf,
    };

    private static List<T> Lijst<T>(string woorden) where T : struct, Enum =>
        [.. woorden.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(w => Enum.Parse<T>(w, ignoreCase: true))];

    private List<DoorverwijzingRij> Doorverwijzingen(
        Melding m, Routebesluit besluit, MeldingKenmerken kenmerken, Routevoorstel voorstel, int gewenst,
        List<Organisatie> organisaties, double[] gewicht, Guid meldpunt, Veldversleuteling versleuteling)
    {
        var rijen = new List<DoorverwijzingRij>();
        foreach (var p in voorstel.Doorverwijzingen.Take(gewenst))
        {
            rijen.Add(Rij(m, besluit, kenmerken, p.OrganisatieId, p.Partijcategorie, p.OrganisatieType, p.Rol, p.Deelniveau, p.Spoed, p.Regel.RegelCode, p.Regel.RegelVersie, p.Uitleg, meldpunt));
        }
        // Staff added the rest by hand, with a reason (a deviation from the proposal).
        var extra = new List<Guid>();
        while (rijen.Count < gewenst)
        {
            var o = organisaties[Trek(gewicht)];
            if (o.Id == meldpunt || rijen.Any(r => r.OntvangerOrganisatieId == o.Id))
            {
                continue;
            }
            extra.Add(o.Id);
            rijen.Add(Rij(m, besluit, kenmerken, o.Id, o.Partijcategorie, o.Type, Rol.Informeren, Deelniveau.Gepseudonimiseerd, false, null, null,
                "Handmatig toegevoegd door het meldpunt.", meldpunt));
        }
        if (extra.Count > 0)
        {
            besluit.Afwijkingen = JsonSerializer.Serialize(extra.Select(id => new { OrganisatieId = id, Soort = "Toegevoegd" }));
            besluit.AfwijkingRedenVersleuteld = versleuteling.Versleutel("Ook deze partner kent de betrokkenen uit eerdere signalen.", Routebesluit.VeldContext("AfwijkingReden", besluit.Id));
        }
        return rijen;
    }

    private DoorverwijzingRij Rij(Melding m, Routebesluit besluit, MeldingKenmerken kenmerken, Guid ontvanger, Partijcategorie categorie, OrganisatieType type,
        Rol rol, Deelniveau gevraagd, bool spoed, string? regel, int? versie, string uitleg, Guid meldpunt)
    {
        var niveau = (Deelniveau)Math.Min((int)gevraagd, (int)Deelbeleid.Standaard.HoogsteZonderToestemming(categorie, type));
        var grondslag = niveau == Deelniveau.Geen ? null
            : StandaardGrondslagen.Voor(categorie).FirstOrDefault(g => g.Voorwaarde == GrondslagVoorwaarde.Geen && g.MaximaalDeelniveau >= niveau)?.Code;
        if (grondslag is null)
        {
            niveau = Deelniveau.Geen;
        }
        var verstuurd = besluit.Tijdstip;
        var urgentie = kenmerken.EffectieveUrgentie;
        var uiterlijk = _termijnen.EersteActie(verstuurd, urgentie);
        var status = Status((_nu - verstuurd).TotalDays);
        var eersteActie = status == DoorverwijzingStatus.Verstuurd ? (DateTimeOffset?)null
            // Most act within the deadline; about one in eight is late.
            : verstuurd + (uiterlijk - verstuurd) * (_kans.NextDouble() < 0.88 ? _kans.NextDouble() : 1 + _kans.NextDouble());
        if (eersteActie > _nu)
        {
            eersteActie = _nu;
        }
        return new DoorverwijzingRij
        {
            Id = Guid.NewGuid(),
            MeldingId = m.Id,
            RoutebesluitId = besluit.Id,
            AfzenderOrganisatieId = meldpunt,
            OntvangerOrganisatieId = ontvanger,
            Rol = rol,
            Deelniveau = niveau,
            Doel = rol == Rol.Behandelaar ? "Beoordelen en opvolgen van een signaal van mogelijke mensenhandel." : "Informeren over een signaal van mogelijke mensenhandel.",
            GrondslagCode = grondslag,
            Urgentie = urgentie,
            Spoed = spoed,
            RegelCode = regel,
            RegelVersie = versie,
            Uitleg = uitleg.Length > 1000 ? uitleg[..1000] : uitleg,
            Status = status,
            VerstuurdOp = verstuurd,
            EersteActieUiterlijk = uiterlijk,
            EersteActieOp = eersteActie,
            AfgeslotenOp = status == DoorverwijzingStatus.Afgesloten ? Min(_nu, (eersteActie ?? verstuurd).AddDays(_kans.Next(1, 60))) : null,
        };
    }

    private DoorverwijzingStatus Status(double dagenOud)
    {
        var r = _kans.NextDouble();
        return dagenOud switch
        {
            > 60 => r switch { < 0.92 => DoorverwijzingStatus.Afgesloten, < 0.96 => DoorverwijzingStatus.UitkomstGemeld, _ => DoorverwijzingStatus.InBehandeling },
            > 14 => r switch
            {
                < 0.40 => DoorverwijzingStatus.Afgesloten, < 0.60 => DoorverwijzingStatus.UitkomstGemeld, < 0.90 => DoorverwijzingStatus.InBehandeling,
                < 0.95 => DoorverwijzingStatus.VraagGesteld, _ => DoorverwijzingStatus.Geaccepteerd,
            },
            _ => r switch
            {
                < 0.10 => DoorverwijzingStatus.Afgesloten, < 0.40 => DoorverwijzingStatus.InBehandeling, < 0.65 => DoorverwijzingStatus.Geaccepteerd,
                < 0.75 => DoorverwijzingStatus.VraagGesteld, _ => DoorverwijzingStatus.Verstuurd,
            },
        };
    }

    /// <summary>The transitions that lead to the referral's status, each allowed by the state machine.</summary>
    private IEnumerable<DoorverwijzingHistorie> Historie(DoorverwijzingRij d, ref long id)
    {
        DoorverwijzingStatus[] pad = d.Status switch
        {
            DoorverwijzingStatus.Verstuurd => [],
            DoorverwijzingStatus.Afgesloten when _kans.NextDouble() < 0.15 => [DoorverwijzingStatus.Afgesloten],
            DoorverwijzingStatus.Afgesloten => [DoorverwijzingStatus.Geaccepteerd, DoorverwijzingStatus.InBehandeling, DoorverwijzingStatus.UitkomstGemeld, DoorverwijzingStatus.Afgesloten],
            DoorverwijzingStatus.UitkomstGemeld => [DoorverwijzingStatus.Geaccepteerd, DoorverwijzingStatus.InBehandeling, DoorverwijzingStatus.UitkomstGemeld],
            DoorverwijzingStatus.InBehandeling => [DoorverwijzingStatus.Geaccepteerd, DoorverwijzingStatus.InBehandeling],
            _ => [d.Status],
        };
        var rijen = new List<DoorverwijzingHistorie>
        {
            new() { Id = ++id, DoorverwijzingId = d.Id, Van = null, Naar = DoorverwijzingStatus.Verstuurd, Tijdstip = d.VerstuurdOp, OrganisatieId = d.AfzenderOrganisatieId },
        };
        var van = DoorverwijzingStatus.Verstuurd;
        var tijd = d.EersteActieOp ?? d.VerstuurdOp;
        foreach (var naar in pad)
        {
            if (!DoorverwijzingStatusmachine.Probeer(van, naar).Gelukt)
            {
                throw new InvalidOperationException($"Ongeldige overgang {van} → {naar}");
            }
            rijen.Add(new() { Id = ++id, DoorverwijzingId = d.Id, Van = van, Naar = naar, Tijdstip = naar == DoorverwijzingStatus.Afgesloten ? d.AfgeslotenOp!.Value : tijd, OrganisatieId = d.OntvangerOrganisatieId });
            tijd = Min(_nu, tijd.AddHours(_kans.Next(1, 200)));
            van = naar;
        }
        return rijen;
    }

    private static IEnumerable<MeldingStatusHistorie> MeldingHistorie(Melding m, ref long id)
    {
        var rijen = new List<MeldingStatusHistorie> { new() { Id = ++id, MeldingId = m.Id, Naar = MeldingStatus.Ontvangen, Gebeurtenis = "ontvangen", Tijdstip = m.OntvangenOp } };
        MeldingStatus[] pad = m.Status switch
        {
            MeldingStatus.Ontvangen => [],
            MeldingStatus.InTriage => [MeldingStatus.InTriage],
            MeldingStatus.Doorverwezen => [MeldingStatus.InTriage, MeldingStatus.Doorverwezen],
            MeldingStatus.InBehandeling => [MeldingStatus.InTriage, MeldingStatus.Doorverwezen, MeldingStatus.InBehandeling],
            _ => [MeldingStatus.InTriage, MeldingStatus.Doorverwezen, MeldingStatus.InBehandeling, MeldingStatus.Afgerond],
        };
        var van = MeldingStatus.Ontvangen;
        foreach (var (naar, n) in pad.Select((s, n) => (s, n)))
        {
            rijen.Add(new() { Id = ++id, MeldingId = m.Id, Van = van, Naar = naar, Gebeurtenis = "status", Tijdstip = m.OntvangenOp.AddHours(n + 1) });
            van = naar;
        }
        return rijen;
    }

    /// <summary>Referrals per routed report: 1 to 9, mean total/count, summing to exactly the total.</summary>
    private int[] Verdeel(int totaal, int meldingen)
    {
        var gemiddeld = (double)totaal / meldingen;
        var aantallen = Enumerable.Range(0, meldingen).Select(_ => Math.Clamp((int)Math.Round(gemiddeld + (_kans.NextDouble() * 2 - 1) * 3), 1, 9)).ToArray();
        var verschil = totaal - aantallen.Sum();
        while (verschil != 0)
        {
            var i = _kans.Next(meldingen);
            var nieuw = aantallen[i] + Math.Sign(verschil);
            if (nieuw is >= 1 and <= 9)
            {
                aantallen[i] = nieuw;
                verschil -= Math.Sign(verschil);
            }
        }
        return aantallen;
    }

    private static double[] Zipf(int n)
    {
        var w = Enumerable.Range(1, n).Select(k => 1 / Math.Pow(k, 0.8)).ToArray();
        var som = w.Sum();
        var cumulatief = 0.0;
        return [.. w.Select(x => cumulatief += x / som)];
    }

    private int Trek(double[] cumulatief)
    {
        var i = Array.BinarySearch(cumulatief, _kans.NextDouble());
        return Math.Min(cumulatief.Length - 1, i < 0 ? ~i : i);
    }

    private T Kies<T>(IReadOnlyList<T> lijst) => lijst[_kans.Next(lijst.Count)];

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset OpHeleUur(DateTimeOffset t) => new(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero);

    private static readonly Uitbuitingsvorm[] Vormen =
        [Uitbuitingsvorm.Seksueel, Uitbuitingsvorm.Seksueel, Uitbuitingsvorm.Arbeid, Uitbuitingsvorm.Arbeid, Uitbuitingsvorm.Crimineel, Uitbuitingsvorm.Onbekend];

    private static readonly string[] Plaatsen =
    [
        "Loods aan de haven, achter het tankstation", "Bovenwoning aan de Hoofdstraat", "Nagelstudio in het winkelcentrum",
        "Kas aan de Zuidweg", "Hotel bij de snelweg", "Woning in de Schilderswijk, derde verdieping", "Autowasstraat op het industrieterrein",
    ];

    private static readonly string[] Tijdstippen = ["sinds een paar weken, vooral 's nachts", "vorige week dinsdag", "elke vrijdagavond", "al maanden", "gisteren rond 23 uur"];

    private static readonly string[] Zinnen =
    [
        "Bij de loods aan de haven slapen elke nacht arbeiders in busjes.",
        "Er komt een man die geld ophaalt; hij noemt zich Marek en rijdt in een grijze bus.",
        "De vrouwen lijken geen Nederlands te spreken en mogen niet alleen naar buiten.",
        "Ik zag dat hun paspoorten werden bewaard door de eigenaar van de zaak.",
        "Een van de meisjes vertelde dat ze een schuld moet afbetalen voor de reis.",
        "Ze werken zeven dagen per week, ook 's nachts, en worden contant betaald, als ze al iets krijgen.",
        "De buren horen regelmatig ruzie en zien steeds andere mannen het pand in- en uitgaan.",
        "Een jongen van ongeveer zestien jaar moet pakketjes rondbrengen voor een oudere man, Rico genoemd.",
        "Op de advertentie staat een telefoonnummer dat elke paar weken verandert.",
        "Ik maak me zorgen, want een van hen had blauwe plekken op haar armen.",
    ];

    /// <summary>Free text between one and about twenty-five sentences (roughly 70 to 2,000 characters), like real reports.</summary>
    private string Omschrijving()
    {
        var sb = new StringBuilder();
        var aantal = 1 + (int)(24 * Math.Pow(_kans.NextDouble(), 2));
        for (var i = 0; i < aantal; i++)
        {
            sb.Append(Kies(Zinnen)).Append(' ');
        }
        return sb.ToString().TrimEnd();
    }
}
