using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Bewaring;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Privacy.Rechten;

/// <summary>What staff type when registering a request.</summary>
public sealed record VerzoekInvoer(VerzoekSoort? Soort, DateOnly? OntvangenOp, string? Naam, DateOnly? Geboortedatum, string? Telefoon, string? Email);

/// <summary>A request in a list: no personal data, so listing decrypts nothing.</summary>
public sealed record VerzoekRegel(Guid Id, VerzoekSoort Soort, VerzoekStatus Status, DateOnly OntvangenOp, DateOnly Uiterlijk, bool Verlengd, Termijnstand Termijn, int Treffers,
    Guid OrganisatieId, string Organisatie);

/// <summary>The deadline as the werkplek shows it: days left (negative when late) and whether it nears.</summary>
public sealed record Termijnstand(int DagenOver)
{
    public const int WaarschuwingDagen = 7;
    public bool TeLaat => DagenOver < 0;
    public bool Nadert => DagenOver is >= 0 and <= WaarschuwingDagen;

    public static Termijnstand Van(DateOnly uiterlijk, DateOnly vandaag) => new(uiterlijk.DayNumber - vandaag.DayNumber);
}

/// <summary>A hit as staff see it: which keys matched where, the report's non-personal facts, and what was done.</summary>
public sealed record TrefferWeergave(Guid Id, Guid MeldingId, MeldingSoort MeldingSoort, MeldingStatus MeldingStatus, DateTimeOffset MeldingOntvangenOp,
    IReadOnlyList<string> Bronnen, IReadOnlyList<string> Sleutels, TrefferUitkomst Uitkomst, WeigeringGrond? Grond, string? Toelichting, bool Geblokkeerd,
    DateTimeOffset? BeperkingOpgehevenOp, string? OpheffingReden);

public sealed record VerzoekDetail(VerzoekBetrokkene Verzoek, string? Naam, DateOnly? Geboortedatum, string? Telefoon, string? Email, string? VerlengingReden,
    string? Antwoord, Termijnstand Termijn, IReadOnlyList<TrefferWeergave> Treffers);

public sealed record VerzoekUitkomst(Guid? Id, IReadOnlyDictionary<string, string> Fouten, bool NietGevonden = false)
{
    public bool Gelukt => Id is not null && Fouten.Count == 0 && !NietGevonden;
    public static VerzoekUitkomst Niet() => new(null, new Dictionary<string, string>(), NietGevonden: true);
}

/// <summary>
/// Requests of people concerned (art. 15–18 AVG). The reporting point (ketenregisseur, aandachtsfunctionaris) handles the requests of
/// its own organisation and searches the reports it took in; a beheerder handles every request and searches every report. The search
/// compares keyed pseudonyms of the request's details with <see cref="PersoonPseudoniem"/> rows: only the request itself is decrypted.
/// Every registration, read, search, answer and extension is audited in the transaction of its change (docs/adr/0004).
/// Errors are text keys of <see cref="RechtenTeksten"/>, keyed by field.
/// </summary>
public sealed class Verzoeken(SchakelDbContext db, AuditTrail audit, Veldversleuteling versleuteling, Persoonspseudoniemen sleutels, Bewaartaak bewaartaak,
    NotificatieService notificaties, TimeProvider tijd)
{
    public static readonly string[] Rollen = [Core.Organisaties.Rollen.Beheerder, Core.Organisaties.Rollen.Ketenregisseur, Core.Organisaties.Rollen.Aandachtsfunctionaris];
    public const int NaamMaximum = 200;
    public const int TelefoonMaximum = 40;
    public const int EmailMaximum = 254;
    public const int TekstMaximum = 4000;
    public const string ObjectType = nameof(VerzoekBetrokkene);

    private DateOnly Vandaag => DateOnly.FromDateTime(tijd.GetUtcNow().UtcDateTime);

    private static bool IsBeheerder(ClaimsPrincipal wie) => wie.IsInRole(Core.Organisaties.Rollen.Beheerder);

    /// <summary>
    /// The data protection officer reads the list of every organisation's requests with their deadlines (no personal data) and nothing
    /// more: not the request's person, not its hits. Monitoring deadlines needs no names (AVG art. 39(1)(b), data minimisation).
    /// </summary>
    public static readonly string[] Lezers = [.. Rollen, Core.Organisaties.Rollen.FunctionarisGegevensbescherming];

    public static bool MagBehandelen(ClaimsPrincipal wie) => Rollen.Any(wie.IsInRole);

    /// <summary>
    /// Every organisation's requests for the beheerder, and for an officer who does not also handle requests: an account that
    /// is officer and handler at once keeps its own organisation's, or the officer's overview would open every request's person.
    /// </summary>
    private IQueryable<VerzoekBetrokkene> Zichtbaar(ClaimsPrincipal wie)
    {
        var organisatie = wie.OrganisatieId();
        return ZietAlle(wie) ? db.Set<VerzoekBetrokkene>() : db.Set<VerzoekBetrokkene>().Where(v => v.OrganisatieId == organisatie);
    }

    /// <summary>Whether the user sees the requests of every organisation, so a list must say whose each one is.</summary>
    public static bool ZietAlle(ClaimsPrincipal wie) =>
        IsBeheerder(wie) || (!MagBehandelen(wie) && wie.IsInRole(Core.Organisaties.Rollen.FunctionarisGegevensbescherming));

    public async Task<IReadOnlyList<VerzoekRegel>> LijstAsync(ClaimsPrincipal wie, CancellationToken ct)
    {
        var rijen = await Zichtbaar(wie).AsNoTracking()
            .Join(db.Set<Organisatie>(), v => v.OrganisatieId, o => o.Id,
                (v, o) => new { v.Id, v.Soort, v.Status, v.OntvangenOp, v.Uiterlijk, v.VerlengdOp, Treffers = v.Treffers.Count, v.OrganisatieId, o.Naam })
            .ToListAsync(ct);
        var vandaag = Vandaag;
        return [.. rijen.Select(v => new VerzoekRegel(v.Id, v.Soort, v.Status, v.OntvangenOp, v.Uiterlijk, v.VerlengdOp is not null, Termijnstand.Van(v.Uiterlijk, vandaag),
                v.Treffers, v.OrganisatieId, v.Naam))
            .OrderBy(v => v.Status).ThenBy(v => v.Uiterlijk)];
    }

    /// <summary>Open requests the user's organisation must answer (a beheerder: all); for the werkplek count.</summary>
    public Task<int> OpenAsync(ClaimsPrincipal wie, CancellationToken ct) => Zichtbaar(wie).CountAsync(v => v.Status == VerzoekStatus.Open, ct);

    /// <summary>Open requests whose deadline is <see cref="Termijnstand.WaarschuwingDagen"/> days or less away or passed: what the data protection officer watches.</summary>
    public Task<int> BijnaVerlopenAsync(ClaimsPrincipal wie, CancellationToken ct)
    {
        var grens = Vandaag.AddDays(Termijnstand.WaarschuwingDagen);
        return Zichtbaar(wie).CountAsync(v => v.Status == VerzoekStatus.Open && v.Uiterlijk <= grens, ct);
    }

    public async Task<VerzoekUitkomst> RegistreerAsync(ClaimsPrincipal wie, VerzoekInvoer invoer, CancellationToken ct, string herkomst = Herkomst.Web)
    {
        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        if (invoer.Soort is not { } soort || !Enum.IsDefined(soort))
        {
            fouten["soort"] = "FoutSoort";
        }
        if (invoer.OntvangenOp is not { } ontvangen)
        {
            fouten["ontvangenOp"] = "FoutOntvangenOp";
        }
        else if (ontvangen > Vandaag || ontvangen.Year < 2000)
        {
            fouten["ontvangenOp"] = "FoutOntvangenOpBereik";
        }
        var naam = invoer.Naam?.Trim();
        var telefoon = invoer.Telefoon?.Trim();
        var email = invoer.Email?.Trim();
        if (string.IsNullOrEmpty(naam) && string.IsNullOrEmpty(telefoon) && string.IsNullOrEmpty(email) && invoer.Geboortedatum is null)
        {
            fouten["naam"] = "FoutGeenGegevens";
        }
        if (naam is { Length: > NaamMaximum })
        {
            fouten["naam"] = "FoutTeLang";
        }
        if (invoer.Geboortedatum is { } geboren && (geboren > Vandaag || geboren.Year < 1900))
        {
            fouten["geboortedatum"] = "FoutGeboortedatum";
        }
        if (!string.IsNullOrEmpty(telefoon) && (telefoon.Length > TelefoonMaximum || !telefoon.Any(char.IsAsciiDigit)
            || telefoon.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.'))))
        {
            fouten["telefoon"] = "FoutTelefoon";
        }
        if (!string.IsNullOrEmpty(email) && (email.Length > EmailMaximum || email.Count(c => c == '@') != 1 || email.StartsWith('@') || email.EndsWith('@')))
        {
            fouten["email"] = "FoutEmail";
        }
        if (fouten.Count > 0 || wie.OrganisatieId() is not { } organisatie)
        {
            return new VerzoekUitkomst(null, fouten);
        }

        var id = Guid.NewGuid();
        var verzoek = new VerzoekBetrokkene
        {
            Id = id, OrganisatieId = organisatie, Soort = invoer.Soort!.Value, Status = VerzoekStatus.Open,
            OntvangenOp = invoer.OntvangenOp!.Value, Uiterlijk = invoer.OntvangenOp.Value.AddMonths(1),
            GeregistreerdOp = tijd.GetUtcNow(), GeregistreerdDoor = wie.MedewerkerId(),
            NaamVersleuteld = versleuteling.VersleutelOfNull(naam, VerzoekBetrokkene.VeldContext("Naam", id)),
            GeboortedatumVersleuteld = versleuteling.VersleutelOfNull(invoer.Geboortedatum?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), VerzoekBetrokkene.VeldContext("Geboortedatum", id)),
            TelefoonVersleuteld = versleuteling.VersleutelOfNull(telefoon, VerzoekBetrokkene.VeldContext("Telefoon", id)),
            EmailVersleuteld = versleuteling.VersleutelOfNull(email, VerzoekBetrokkene.VeldContext("Email", id)),
        };
        db.Add(verzoek);
        await audit.VastleggenAsync(db, new AuditInvoer(wie.AlsActor(), "verzoek.geregistreerd", ObjectType, id.ToString(), AuditResultaat.Gelukt, herkomst, verzoek.Soort.ToString()), ct);
        return new VerzoekUitkomst(id, new Dictionary<string, string>());
    }

    /// <summary>One request with its details decrypted and its hits; the read of the request and of each hit is audited.</summary>
    public async Task<VerzoekDetail?> LeesAsync(ClaimsPrincipal wie, Guid id, string herkomst, CancellationToken ct)
    {
        if (!MagBehandelen(wie))
        {
            return null;
        }
        var v = await Zichtbaar(wie).AsNoTracking().Include(x => x.Treffers).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null)
        {
            return null;
        }
        var meldingIds = v.Treffers.Select(t => t.MeldingId).ToList();
        var meldingen = await db.Set<Melding>().AsNoTracking().Where(m => meldingIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Soort, m.Status, m.OntvangenOp }).ToDictionaryAsync(m => m.Id, ct);
        var nu = tijd.GetUtcNow();
        var treffers = new List<TrefferWeergave>();
        foreach (var t in v.Treffers.OrderBy(t => meldingen.TryGetValue(t.MeldingId, out var m) ? m.OntvangenOp : DateTimeOffset.MinValue))
        {
            var m = meldingen[t.MeldingId];
            treffers.Add(new TrefferWeergave(t.Id, t.MeldingId, m.Soort, m.Status, m.OntvangenOp, Lijst(t.Bronnen), Lijst(t.Sleutels), t.Uitkomst, t.Grond,
                versleuteling.OntsleutelOfNull(t.ToelichtingVersleuteld, VerzoekTreffer.VeldContext("Toelichting", t.Id)),
                await bewaartaak.IsGeblokkeerdAsync(t.MeldingId, nu, ct), t.BeperkingOpgehevenOp,
                versleuteling.OntsleutelOfNull(t.OpheffingRedenVersleuteld, VerzoekTreffer.VeldContext("OpheffingReden", t.Id))));
        }
        var actor = wie.AlsActor();
        await audit.SchrijfAsync(
        [
            new AuditInvoer(actor, "verzoek.ingezien", ObjectType, id.ToString(), AuditResultaat.Gelukt, herkomst),
            .. treffers.Select(t => new AuditInvoer(actor, "verzoek.treffer-ingezien", nameof(Melding), t.MeldingId.ToString(), AuditResultaat.Gelukt, herkomst, "verzoek " + id.ToString("N")[..8])),
        ], ct);
        string? Lees(string? waarde, string veld) => versleuteling.OntsleutelOfNull(waarde, VerzoekBetrokkene.VeldContext(veld, id));
        return new VerzoekDetail(v, Lees(v.NaamVersleuteld, "Naam"),
            Lees(v.GeboortedatumVersleuteld, "Geboortedatum") is { } g ? DateOnly.ParseExact(g, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Lees(v.TelefoonVersleuteld, "Telefoon"), Lees(v.EmailVersleuteld, "Email"), Lees(v.VerlengingRedenVersleuteld, "VerlengingReden"),
            Lees(v.AntwoordVersleuteld, "Antwoord"), Termijnstand.Van(v.Uiterlijk, Vandaag), treffers);
    }

    /// <summary>
    /// Searches the reports the user may search on the request's pseudonyms and records each new hit (earlier hits and what was
    /// done with them stay). Only this request's own details are decrypted. Returns the number of hits, or null when not found.
    /// </summary>
    public async Task<int?> ZoekAsync(ClaimsPrincipal wie, Guid id, string herkomst, CancellationToken ct)
    {
        var v = await Zichtbaar(wie).Include(x => x.Treffers).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null)
        {
            return null;
        }
        string? Lees(string? waarde, string veld) => versleuteling.OntsleutelOfNull(waarde, VerzoekBetrokkene.VeldContext(veld, id));
        var geboren = Lees(v.GeboortedatumVersleuteld, "Geboortedatum") is { } g ? DateOnly.ParseExact(g, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var gezocht = sleutels.Sleutels(Lees(v.NaamVersleuteld, "Naam"), geboren, Lees(v.TelefoonVersleuteld, "Telefoon"), Lees(v.EmailVersleuteld, "Email"));
        var pseudoniemen = gezocht.Select(s => s.Pseudoniem).ToList();

        var rijen = db.Set<PersoonPseudoniem>().AsNoTracking().Where(p => pseudoniemen.Contains(p.Pseudoniem));
        if (!IsBeheerder(wie))
        {
            var organisatie = wie.OrganisatieId();
            rijen = rijen.Where(p => db.Set<Melding>().Any(m => m.Id == p.MeldingId && m.MeldpuntOrganisatieId == organisatie));
        }
        var gevonden = await rijen.Select(p => new { p.MeldingId, p.Bron, p.Soort, p.Pseudoniem }).ToListAsync(ct);
        // The pseudonym includes its kind, so a match on the string is a match on kind and value.
        var perMelding = gevonden.Where(p => gezocht.Contains((p.Soort, p.Pseudoniem))).GroupBy(p => p.MeldingId).ToList();
        foreach (var groep in perMelding)
        {
            var bronnen = string.Join(';', groep.Select(p => p.Bron).Distinct().Order(StringComparer.Ordinal));
            var soorten = string.Join(';', groep.Select(p => p.Soort).Distinct().Order(StringComparer.Ordinal));
            if (v.Treffers.FirstOrDefault(t => t.MeldingId == groep.Key) is { } bestaand)
            {
                bestaand.Bronnen = bronnen;
                bestaand.Sleutels = soorten;
            }
            else
            {
                db.Add(new VerzoekTreffer { Id = Guid.NewGuid(), VerzoekId = id, MeldingId = groep.Key, Bronnen = bronnen, Sleutels = soorten, Uitkomst = TrefferUitkomst.Open });
            }
        }
        v.GezochtOp = tijd.GetUtcNow();
        await audit.VastleggenAsync(db, new AuditInvoer(wie.AlsActor(), "verzoek.gezocht", ObjectType, id.ToString(), AuditResultaat.Gelukt, herkomst,
            $"treffers {perMelding.Count}"), ct);
        return perMelding.Count;
    }

    /// <summary>
    /// Records what was done with one hit. Erasure runs the retention job's own steps (<see cref="Bewaartaak.VerwijderOpVerzoekAsync"/>)
    /// and is refused while a legal hold applies; a refusal needs its ground. The hit's record and its audit entry commit together.
    /// </summary>
    public async Task<VerzoekUitkomst> BehandelAsync(ClaimsPrincipal wie, Guid id, Guid trefferId, TrefferUitkomst? uitkomst, WeigeringGrond? grond, string? toelichting, string herkomst, CancellationToken ct)
    {
        var v = await Zichtbaar(wie).Include(x => x.Treffers).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v?.Treffers.FirstOrDefault(t => t.Id == trefferId) is not { } treffer)
        {
            return VerzoekUitkomst.Niet();
        }
        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        if (v.Status != VerzoekStatus.Open)
        {
            fouten["uitkomst"] = "FoutAfgehandeld";
        }
        if (uitkomst is not { } u || !Enum.IsDefined(u) || u == TrefferUitkomst.Open)
        {
            fouten["uitkomst"] = "FoutUitkomst";
        }
        if (uitkomst == TrefferUitkomst.Geweigerd && (grond is not { } gr || !Enum.IsDefined(gr)))
        {
            fouten["grond"] = "FoutGrond";
        }
        if (grond is { } g2 && !Enum.IsDefined(g2))
        {
            fouten["grond"] = "FoutGrond";
        }
        toelichting = string.IsNullOrWhiteSpace(toelichting) ? null : toelichting.Trim();
        if (toelichting is { Length: > TekstMaximum })
        {
            fouten["toelichting"] = "FoutTeLang";
        }
        if (fouten.Count > 0)
        {
            return new VerzoekUitkomst(null, fouten);
        }

        var werdBeperkt = !treffer.IsBeperkt && uitkomst == TrefferUitkomst.Beperkt;
        treffer.Uitkomst = uitkomst!.Value;
        treffer.BeperkingOpgehevenOp = null;
        treffer.OpheffingRedenVersleuteld = null;
        treffer.Grond = uitkomst == TrefferUitkomst.Geweigerd ? grond : null;
        treffer.ToelichtingVersleuteld = versleuteling.VersleutelOfNull(toelichting, VerzoekTreffer.VeldContext("Toelichting", treffer.Id));
        treffer.BehandeldOp = tijd.GetUtcNow();
        var invoer = new AuditInvoer(wie.AlsActor(), "verzoek.treffer-behandeld", nameof(Melding), treffer.MeldingId.ToString(), AuditResultaat.Gelukt, herkomst,
            treffer.Grond is { } gg ? $"{treffer.Uitkomst} ({gg})" : treffer.Uitkomst.ToString());
        if (uitkomst == TrefferUitkomst.Gewist)
        {
            if (!await bewaartaak.VerwijderOpVerzoekAsync(treffer.MeldingId, [invoer], ct))
            {
                db.ChangeTracker.Clear();
                return new VerzoekUitkomst(null, new Dictionary<string, string> { ["uitkomst"] = "FoutGeblokkeerd" });
            }
            return new VerzoekUitkomst(id, new Dictionary<string, string>());
        }
        if (!werdBeperkt)
        {
            await audit.VastleggenAsync(db, invoer, ct);
            return new VerzoekUitkomst(id, new Dictionary<string, string>());
        }
        // A restriction reaches referrals sent before it: their receivers read them without personal data from now on
        // (Doorverwijzing/Partner/Leesbeperking). Each limited referral is audited with the hit, and its receiver is told, content-free,
        // in the same transaction.
        var geraakt = await GeraaktAsync(treffer.MeldingId, ct);
        foreach (var ontvanger in geraakt.Select(d => d.OntvangerOrganisatieId).Distinct())
        {
            notificaties.Klaarzetten(ontvanger, NotificatieSoorten.DoorverwijzingBeperkt, Doorverwijzing.Aandachtlinks.Ontvanger);
        }
        await audit.VastleggenAsync(db,
        [
            invoer,
            .. geraakt.Select(d => new AuditInvoer(wie.AlsActor(), "doorverwijzing.beperkt", nameof(DoorverwijzingRij), d.Id.ToString(), AuditResultaat.Gelukt, herkomst,
                Doorverwijzing.Werkstroom.DoorverwijzingVersturen.BeperktCode)),
        ], ct);
        return new VerzoekUitkomst(id, new Dictionary<string, string>());
    }

    /// <summary>
    /// Lifts a restriction (art. 18 lid 3 AVG), also after the request was answered: only once the person was told beforehand, with a
    /// reason. The referrals it limited are read in full again by their receivers (the check is made on read); each is audited.
    /// </summary>
    public async Task<VerzoekUitkomst> HefBeperkingOpAsync(ClaimsPrincipal wie, Guid id, Guid trefferId, string? reden, bool betrokkeneGeinformeerd, string herkomst, CancellationToken ct)
    {
        if (!MagBehandelen(wie))
        {
            return VerzoekUitkomst.Niet();
        }
        var v = await Zichtbaar(wie).Include(x => x.Treffers).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v?.Treffers.FirstOrDefault(t => t.Id == trefferId) is not { } treffer)
        {
            return VerzoekUitkomst.Niet();
        }
        reden = reden?.Trim();
        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!treffer.IsBeperkt)
        {
            fouten["opheffing"] = "FoutNietBeperkt";
        }
        else if (string.IsNullOrEmpty(reden))
        {
            fouten["opheffing"] = "FoutOpheffingReden";
        }
        else if (reden.Length > TekstMaximum)
        {
            fouten["opheffing"] = "FoutTeLang";
        }
        if (treffer.IsBeperkt && !betrokkeneGeinformeerd)
        {
            fouten["geinformeerd"] = "FoutNietGeinformeerd";
        }
        if (fouten.Count > 0)
        {
            return new VerzoekUitkomst(null, fouten);
        }
        treffer.BeperkingOpgehevenOp = tijd.GetUtcNow();
        treffer.OpheffingRedenVersleuteld = versleuteling.Versleutel(reden!, VerzoekTreffer.VeldContext("OpheffingReden", treffer.Id));
        var geraakt = await GeraaktAsync(treffer.MeldingId, ct);
        await audit.VastleggenAsync(db,
        [
            new AuditInvoer(wie.AlsActor(), "verzoek.beperking-opgeheven", nameof(Melding), treffer.MeldingId.ToString(), AuditResultaat.Gelukt, herkomst,
                "verzoek " + id.ToString("N")[..8]),
            .. geraakt.Select(d => new AuditInvoer(wie.AlsActor(), "doorverwijzing.beperking-opgeheven", nameof(DoorverwijzingRij), d.Id.ToString(), AuditResultaat.Gelukt, herkomst)),
        ], ct);
        return new VerzoekUitkomst(id, new Dictionary<string, string>());
    }

    /// <summary>The referrals of a report that carried personal data: what a restriction limits and its lifting opens again.</summary>
    private async Task<List<(Guid Id, Guid OntvangerOrganisatieId)>> GeraaktAsync(Guid meldingId, CancellationToken ct) =>
        [.. (await db.Set<DoorverwijzingRij>().AsNoTracking()
            .Where(d => d.MeldingId == meldingId).Where(Doorverwijzing.Partner.Leesbeperking.MetPersoonsgegevens)
            .Select(d => new { d.Id, d.OntvangerOrganisatieId }).ToListAsync(ct)).Select(d => (d.Id, d.OntvangerOrganisatieId))];

    /// <summary>Extends the deadline once by two months, with a reason (art. 12 lid 3 AVG).</summary>
    public async Task<VerzoekUitkomst> VerlengAsync(ClaimsPrincipal wie, Guid id, string? reden, string herkomst, CancellationToken ct)
    {
        var v = await Zichtbaar(wie).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null)
        {
            return VerzoekUitkomst.Niet();
        }
        reden = reden?.Trim();
        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        if (v.IsVerlengd)
        {
            fouten["reden"] = "FoutAlVerlengd";
        }
        else if (v.Status != VerzoekStatus.Open)
        {
            fouten["reden"] = "FoutAfgehandeld";
        }
        else if (string.IsNullOrEmpty(reden))
        {
            fouten["reden"] = "FoutReden";
        }
        else if (reden.Length > TekstMaximum)
        {
            fouten["reden"] = "FoutTeLang";
        }
        if (fouten.Count > 0)
        {
            return new VerzoekUitkomst(null, fouten);
        }
        v.VerlengdOp = tijd.GetUtcNow();
        v.Uiterlijk = v.Uiterlijk.AddMonths(2);
        v.TermijnGemeldOp = null;
        v.VerlengingRedenVersleuteld = versleuteling.Versleutel(reden!, VerzoekBetrokkene.VeldContext("VerlengingReden", id));
        await audit.VastleggenAsync(db, new AuditInvoer(wie.AlsActor(), "verzoek.verlengd", ObjectType, id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return new VerzoekUitkomst(id, new Dictionary<string, string>());
    }

    /// <summary>Records the answer and closes the request; every hit must have its outcome first.</summary>
    public async Task<VerzoekUitkomst> BeantwoordAsync(ClaimsPrincipal wie, Guid id, string? antwoord, string herkomst, CancellationToken ct)
    {
        var v = await Zichtbaar(wie).Include(x => x.Treffers).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null)
        {
            return VerzoekUitkomst.Niet();
        }
        antwoord = antwoord?.Trim();
        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        if (v.Status != VerzoekStatus.Open)
        {
            fouten["antwoord"] = "FoutAfgehandeld";
        }
        else if (v.GezochtOp is null)
        {
            fouten["antwoord"] = "FoutNietGezocht";
        }
        else if (v.Treffers.Any(t => t.Uitkomst == TrefferUitkomst.Open))
        {
            fouten["antwoord"] = "FoutTreffersOpen";
        }
        else if (string.IsNullOrEmpty(antwoord))
        {
            fouten["antwoord"] = "FoutAntwoord";
        }
        else if (antwoord.Length > TekstMaximum)
        {
            fouten["antwoord"] = "FoutTeLang";
        }
        if (fouten.Count > 0)
        {
            return new VerzoekUitkomst(null, fouten);
        }
        v.Status = VerzoekStatus.Afgehandeld;
        v.AfgehandeldOp = tijd.GetUtcNow();
        v.AntwoordVersleuteld = versleuteling.Versleutel(antwoord!, VerzoekBetrokkene.VeldContext("Antwoord", id));
        var geweigerd = v.Treffers.Count(t => t.Uitkomst == TrefferUitkomst.Geweigerd);
        await audit.VastleggenAsync(db, new AuditInvoer(wie.AlsActor(), "verzoek.beantwoord", ObjectType, id.ToString(), AuditResultaat.Gelukt, herkomst,
            $"treffers {v.Treffers.Count}, geweigerd {geweigerd}"), ct);
        return new VerzoekUitkomst(id, new Dictionary<string, string>());
    }

    private static List<string> Lijst(string s) => [.. s.Split(';', StringSplitOptions.RemoveEmptyEntries)];
}
