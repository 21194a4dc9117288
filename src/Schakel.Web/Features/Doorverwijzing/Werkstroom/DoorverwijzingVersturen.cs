using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Doorverwijzing.Triage;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Rechten;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Werkstroom;

/// <summary>One recipient as staff chose it. Rol, level: the API's words.</summary>
public sealed record OntvangerInvoer
{
    public Guid OrganisatieId { get; init; }
    public string? Rol { get; init; }
    public string? Deelniveau { get; init; }
    /// <summary>A purpose key (the code of a route rule, e.g. <c>minderjarige</c>), stored as that key; other text is kept as typed.</summary>
    public string? Doel { get; init; }
    public string? Grondslag { get; init; }
    public bool ToestemmingSlachtoffer { get; init; }
    public string? RedenVitaalBelang { get; init; }
    public bool MetMeldergegevens { get; init; }
    /// <summary>Staff confirm the reporter explicitly agreed to their details being passed on (not merely to being contacted).</summary>
    public bool ToestemmingMelder { get; init; }
}

public sealed record RoutebesluitInvoer
{
    public IReadOnlyList<OntvangerInvoer>? Ontvangers { get; init; }
    public string? Reden { get; init; }
}

/// <summary>
/// The proposal for the newest triage, with what limits sharing this report: the reporter withdrew their contact details, or
/// a person concerned had its processing restricted (art. 18 AVG; a hit of a request handled as <see cref="TrefferUitkomst.Beperkt"/>).
/// </summary>
public sealed record VoorstelStand(Melding Melding, MeldingTriage? Triage, Routevoorstel? Voorstel, bool ContactIngetrokken = false, bool Beperkt = false)
{
    /// <summary>The text keys (<c>DelenTeksten</c>, "Melding.{code}") of the limits that apply, for the page and the API.</summary>
    public IReadOnlyList<string> Beperkingen =>
        [.. ContactIngetrokken ? [DoorverwijzingVersturen.ContactIngetrokkenCode] : Array.Empty<string>(),
         .. Beperkt ? [DoorverwijzingVersturen.BeperktCode] : Array.Empty<string>()];
}

public sealed record VerstuurUitkomst(Handelingsresultaat Resultaat, IReadOnlyDictionary<string, string[]> Fouten, IReadOnlyList<Guid> Ids)
{
    public static readonly VerstuurUitkomst NietGevonden = new(Handelingsresultaat.NietGevonden, new Dictionary<string, string[]>(), []);
}

public sealed record VerstuurdeDoorverwijzing(
    Guid Id, Guid OntvangerOrganisatieId, string OntvangerNaam, Rol Rol, Deelniveau Deelniveau, DoorverwijzingStatus Status,
    Urgentie Urgentie, DateTimeOffset VerstuurdOp, DateTimeOffset EersteActieUiterlijk, DateTimeOffset? EersteActieOp, bool TeLaat,
    string? RegelCode, int? RegelVersie, IReadOnlyList<Schakel.Core.Teksten.Bericht> Uitleg, Schakel.Core.Teksten.Bericht Doel, string? DoelCode);

/// <summary>
/// The route decision: the proposal for the newest triage, and the decision staff make on it. Every recipient
/// is checked against the sharing policy and a deviation from the proposal needs a reason; one refusal means
/// nothing is saved. The decision, the referrals, their history, the report's status change and its reporter
/// message are one transaction.
/// </summary>
public sealed class DoorverwijzingVersturen(
    SchakelDbContext db,
    MeldpuntBehandeling behandeling,
    TriageBehandeling triage,
    RouteVoorsteller voorsteller,
    DeelbeleidOpslag deelbeleid,
    DeelTekst deeltekst,
    Termijnen termijnen,
    Veldversleuteling versleuteling,
    AuditTrail audit,
    IDoorverwijzingGebeurtenissen gebeurtenissen,
    TimeProvider tijd)
{
    public const int MaxDoel = 500;
    public const int MaxReden = 2000;
    public const string ContactIngetrokkenCode = "melder-contact-ingetrokken";
    public const string BeperktCode = "verwerking-beperkt";

    public async Task<VoorstelStand?> VoorstelAsync(Guid id, ClaimsPrincipal medewerker, CancellationToken ct = default)
    {
        var m = await behandeling.VindAsync(id, medewerker, "melding.routevoorstel", ct);
        if (m is null)
        {
            return null;
        }
        var t = await triage.NieuwsteAsync(id, ct);
        var beperkt = await db.Set<VerzoekTreffer>().Where(VerzoekTreffer.BeperktNu).AnyAsync(h => h.MeldingId == id, ct);
        return new VoorstelStand(m, t, t is null ? null : await voorsteller.StelVoorAsync(await triage.KenmerkenAsync(m, t, ct), ct),
            m.ContactIngetrokkenOp is not null, beperkt);
    }

    public async Task<VerstuurUitkomst> VerstuurAsync(Guid id, ClaimsPrincipal medewerker, RoutebesluitInvoer invoer, string herkomst, CancellationToken ct = default)
    {
        if (await VoorstelAsync(id, medewerker, ct) is not { } stand || medewerker.OrganisatieId() is not { } afzender)
        {
            return VerstuurUitkomst.NietGevonden;
        }
        var fouten = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (stand.Triage is null || stand.Voorstel is null)
        {
            fouten["triage"] = ["Trieer de melding eerst; het routevoorstel volgt uit de triage."];
            return new(Handelingsresultaat.Ongeldig, fouten, []);
        }
        var m = stand.Melding;
        var naarDoorverwezen = m.Status is not (MeldingStatus.Doorverwezen or MeldingStatus.InBehandeling);
        if (naarDoorverwezen && MeldingStatusmachine.Probeer(m.Status, MeldingStatus.Doorverwezen) is { Gelukt: false } overgang)
        {
            fouten["status"] = [overgang.Fout!];
        }

        var ontvangers = invoer.Ontvangers ?? [];
        if (ontvangers.Count == 0)
        {
            fouten["ontvangers"] = ["Kies ten minste één ontvanger."];
        }
        var ids = ontvangers.Select(o => o.OrganisatieId).ToList();
        var organisaties = await db.Set<Organisatie>().AsNoTracking().Where(o => ids.Contains(o.Id) && o.Actief).ToDictionaryAsync(o => o.Id, ct);
        var beleid = await deelbeleid.HuidigAsync(ct);
        var grondslagen = (await deelbeleid.GrondslagenAsync(ct)).Where(g => g.Actief).ToDictionary(g => g.Code, StringComparer.Ordinal);
        var regelnamen = await DoorverwijzingUitleg.RegelnamenAsync(db, ct);

        var gekozen = new List<(OntvangerInvoer Invoer, Organisatie Organisatie, Rol Rol, Deelniveau Niveau)>();
        var weigeringen = new List<(Guid Organisatie, string? Code)>();
        for (var i = 0; i < ontvangers.Count; i++)
        {
            var o = ontvangers[i];
            var veld = $"ontvangers[{i}]";
            if (!organisaties.TryGetValue(o.OrganisatieId, out var organisatie))
            {
                fouten[$"{veld}.organisatieId"] = ["Onbekende of niet actieve organisatie."];
                continue;
            }
            if (!organisatie.Type.OntvangtCasussen())
            {
                fouten[$"{veld}.organisatieId"] = [$"{organisatie.Naam} is een landelijke organisatie of een trainers- of kennisorganisatie en ontvangt geen doorverwijzingen."];
                continue;
            }
            if (ids.Count(x => x == o.OrganisatieId) > 1)
            {
                fouten[$"{veld}.organisatieId"] = [$"{organisatie.Naam} staat meer dan eens in de lijst."];
            }
            var rolGeldig = KenmerkenLezer.ProbeerEnum<Rol>(o.Rol, out var rol);
            if (!rolGeldig)
            {
                fouten[$"{veld}.rol"] = ["Kies behandelaar of informeren."];
            }
            var niveauGeldig = KenmerkenLezer.ProbeerEnum<Deelniveau>(o.Deelniveau, out var niveau);
            if (!niveauGeldig)
            {
                fouten[$"{veld}.deelniveau"] = ["Kies volledig, gepseudonimiseerd of geen."];
            }
            if (string.IsNullOrWhiteSpace(o.Doel) || o.Doel.Trim().Length > MaxDoel)
            {
                fouten[$"{veld}.doel"] = [$"Vul het doel van het delen in (hoogstens {MaxDoel} tekens)."];
            }
            // Limits of this report come before the policy: the partner would get no reporter details anyway after a withdrawal,
            // and a restriction (art. 18 AVG) stops every sharing of its personal data.
            if (o.MetMeldergegevens && stand.ContactIngetrokken)
            {
                fouten[$"{veld}.metMeldergegevens"] = [deeltekst.Tekst("Deel." + ContactIngetrokkenCode)];
                weigeringen.Add((organisatie.Id, ContactIngetrokkenCode));
            }
            if (stand.Beperkt && (o.MetMeldergegevens || (niveauGeldig && niveau != Deelniveau.Geen)))
            {
                fouten[$"{veld}.deelniveau"] = [deeltekst.Tekst("Deel." + BeperktCode)];
                weigeringen.Add((organisatie.Id, BeperktCode));
                continue;
            }
            GrondslagRij? grondslag = null;
            if (!string.IsNullOrWhiteSpace(o.Grondslag) && !grondslagen.TryGetValue(o.Grondslag, out grondslag))
            {
                fouten[$"{veld}.grondslag"] = ["Onbekende of niet actieve grondslag."];
                continue;
            }
            if (!rolGeldig || !niveauGeldig)
            {
                continue;
            }
            var toets = beleid.Toets(new DeelVerzoek
            {
                Categorie = organisatie.Partijcategorie,
                Type = organisatie.Type,
                OrganisatieId = organisatie.Id,
                Gevraagd = niveau,
                Grondslag = grondslag?.NaarGrondslag(),
                ToestemmingSlachtoffer = o.ToestemmingSlachtoffer,
                RedenVitaalBelang = o.RedenVitaalBelang,
                MetMeldergegevens = o.MetMeldergegevens,
                ToestemmingMelder = o.ToestemmingMelder,
            });
            if (!toets.Toegestaan)
            {
                fouten[veld] = [$"{organisatie.Naam}: {deeltekst.Reden(toets)}"];
                weigeringen.Add((organisatie.Id, toets.Code));
                continue;
            }
            gekozen.Add((o, organisatie, rol, niveau));
        }
        if (fouten.Count == 0)
        {
            var keuze = gekozen.Select(g => new GekozenOntvanger(g.Organisatie.Id, g.Rol, g.Niveau)).ToList();
            string NaamVan(Guid org) => organisaties.TryGetValue(org, out var x) ? x.Naam : org.ToString();
            if (Routekeuze.Toets(stand.Voorstel, keuze, invoer.Reden, NaamVan) is { } afwijkingFout)
            {
                fouten["reden"] = [afwijkingFout];
            }
            else if (invoer.Reden?.Trim().Length > MaxReden)
            {
                fouten["reden"] = [$"Hoogstens {MaxReden} tekens."];
            }
        }
        if (fouten.Count > 0)
        {
            foreach (var (organisatie, code) in weigeringen)
            {
                // Nothing was stored, so the refused share is identified by report and organisation; the code names
                // the sharing rule that refused it.
                await audit.SchrijfAsync([new AuditInvoer(medewerker.AlsActor(), "doorverwijzing.geweigerd", nameof(DoorverwijzingRij),
                    $"{id}:{organisatie}", AuditResultaat.Geweigerd, herkomst, code)], ct);
            }
            return new(Handelingsresultaat.Ongeldig, fouten, []);
        }

        var nu = tijd.GetUtcNow();
        var medewerkerId = medewerker.MedewerkerId();
        var client = medewerker.FindFirstValue(SchakelClaims.ClientId);
        var afwijkingen = Routekeuze.Afwijkingen(stand.Voorstel, gekozen.Select(g => new GekozenOntvanger(g.Organisatie.Id, g.Rol, g.Niveau)).ToList(),
            org => organisaties.TryGetValue(org, out var x) ? x.Naam : org.ToString());
        var besluit = new Routebesluit
        {
            Id = Guid.NewGuid(),
            MeldingId = id,
            TriageId = stand.Triage.Id,
            MeldrouteVersie = stand.Voorstel.MeldrouteVersie,
            OrganisatieId = afzender,
            MedewerkerId = medewerkerId,
            Tijdstip = nu,
            Afwijkingen = JsonSerializer.Serialize(afwijkingen, MeldrouteJson.Opties),
        };
        if (!string.IsNullOrWhiteSpace(invoer.Reden))
        {
            besluit.AfwijkingRedenVersleuteld = versleuteling.Versleutel(invoer.Reden.Trim(), Routebesluit.VeldContext("AfwijkingReden", besluit.Id));
        }
        var urgentie = stand.Triage.Urgentie;
        var rijen = gekozen.Select(g =>
        {
            var voorgesteld = stand.Voorstel.Doorverwijzingen.FirstOrDefault(v => v.OrganisatieId == g.Organisatie.Id);
            var doelCode = DoelCode(g.Invoer.Doel!, regelnamen);
            var rij = new DoorverwijzingRij
            {
                Id = Guid.NewGuid(),
                MeldingId = id,
                RoutebesluitId = besluit.Id,
                AfzenderOrganisatieId = afzender,
                OntvangerOrganisatieId = g.Organisatie.Id,
                Rol = g.Rol,
                Deelniveau = g.Niveau,
                // A rule's code is stored as the purpose key, so the purpose reads in every reader's language.
                DoelCode = doelCode,
                Doel = doelCode is null ? g.Invoer.Doel!.Trim() : "",
                GrondslagCode = string.IsNullOrWhiteSpace(g.Invoer.Grondslag) ? null : g.Invoer.Grondslag,
                ToestemmingSlachtoffer = g.Invoer.ToestemmingSlachtoffer,
                MetMeldergegevens = g.Invoer.MetMeldergegevens,
                ToestemmingMelder = g.Invoer.ToestemmingMelder,
                Urgentie = urgentie,
                Spoed = voorgesteld?.Spoed ?? urgentie == Urgentie.Acuut,
                RegelCode = voorgesteld?.Regel.RegelCode,
                RegelVersie = voorgesteld?.Regel.RegelVersie,
                // A receiver outside the proposal has no reasons: an empty list, not null, which marks only rows
                // from before codes (the start-up conversion looks for those).
                UitlegBerichten = voorgesteld is null ? Schakel.Core.Teksten.BerichtJson.Serialiseer([])
                    : Schakel.Core.Teksten.BerichtJson.Serialiseer(voorgesteld.Redenen.Select(r => r.Bericht ?? Schakel.Core.Teksten.BerichtJson.Letterlijk(r.Uitleg))),
                Status = DoorverwijzingStatus.Verstuurd,
                VerstuurdOp = nu,
                EersteActieUiterlijk = termijnen.EersteActie(nu, urgentie),
                MedewerkerId = medewerkerId,
            };
            if (!string.IsNullOrWhiteSpace(g.Invoer.RedenVitaalBelang))
            {
                rij.RedenVitaalBelangVersleuteld = versleuteling.Versleutel(g.Invoer.RedenVitaalBelang.Trim(), DoorverwijzingRij.VeldContext("RedenVitaalBelang", rij.Id));
            }
            return rij;
        }).ToList();

        // Decision, referrals, history, the report's status, its reporter message and the audit entries: one
        // transaction (docs/adr/0004).
        db.Add(besluit);
        db.AddRange(rijen);
        m.Doorverwezen(nu);
        db.AddRange(rijen.Select(r => new DoorverwijzingHistorie
        {
            DoorverwijzingId = r.Id, Van = null, Naar = DoorverwijzingStatus.Verstuurd, Tijdstip = nu,
            OrganisatieId = afzender, MedewerkerId = medewerkerId, Client = client,
        }));
        if (naarDoorverwezen && behandeling.ZetStatus(m, medewerker, MeldingStatus.Doorverwezen) is { Resultaat: not Handelingsresultaat.Gelukt } status)
        {
            db.ChangeTracker.Clear();
            return new(Handelingsresultaat.Ongeldig, new Dictionary<string, string[]> { ["status"] = [status.Fout ?? ""] }, []);
        }
        var actor = medewerker.AlsActor();
        // The referrals, the report's new status and their audit entries commit together (docs/adr/0004).
        await audit.VastleggenAsync(db,
        [
            .. rijen.Select(r => new AuditInvoer(actor, "doorverwijzing.verstuurd", nameof(DoorverwijzingRij), r.Id.ToString(), AuditResultaat.Gelukt, herkomst)),
            .. naarDoorverwezen ? [new AuditInvoer(actor, "melding.status", nameof(Melding), id.ToString(), AuditResultaat.Gelukt, herkomst)] : Array.Empty<AuditInvoer>(),
        ], ct);
        foreach (var r in rijen)
        {
            await gebeurtenissen.NieuwAsync(r.Id, r.OntvangerOrganisatieId, ct);
        }
        return new(Handelingsresultaat.Gelukt, fouten, rijen.Select(r => r.Id).ToList());
    }

    /// <summary>
    /// The purpose key of what was sent: a code of the stored route's rules or another purpose key as given, a default
    /// rule's Dutch name (as the form once pre-filled it) as that rule's code; null for other text, kept as typed.
    /// </summary>
    private static string? DoelCode(string doel, IReadOnlyDictionary<string, string> regelnamen)
    {
        doel = doel.Trim();
        return regelnamen.ContainsKey(doel) || Routeberichten.Doel(doel, "").Code.Length > 0 ? doel : Routeberichten.StandaardCode(doel);
    }

    /// <summary>The referrals the caller's organisation sent for one of its reports; null when the report is not theirs.</summary>
    public async Task<IReadOnlyList<VerstuurdeDoorverwijzing>?> VerstuurdAsync(Guid id, ClaimsPrincipal medewerker, CancellationToken ct = default)
    {
        if (await behandeling.VindAsync(id, medewerker, "melding.doorverwijzingen", ct) is null)
        {
            return null;
        }
        var nu = tijd.GetUtcNow();
        var regelnamen = await DoorverwijzingUitleg.RegelnamenAsync(db, ct);
        var rijen = await (from d in db.Set<DoorverwijzingRij>().AsNoTracking()
                           join o in db.Set<Organisatie>() on d.OntvangerOrganisatieId equals o.Id
                           where d.MeldingId == id
                           select new { d, o.Naam }).ToListAsync(ct);
        return [.. rijen
            .Select(x => new VerstuurdeDoorverwijzing(x.d.Id, x.d.OntvangerOrganisatieId, x.Naam, x.d.Rol, x.d.Deelniveau, x.d.Status, x.d.Urgentie,
                x.d.VerstuurdOp, x.d.EersteActieUiterlijk, x.d.EersteActieOp, Termijnen.IsVerlopen(x.d.EersteActieUiterlijk, nu, x.d.EersteActieOp),
                x.d.RegelCode, x.d.RegelVersie, DoorverwijzingUitleg.Redenen(x.d.UitlegBerichten, x.d.Uitleg),
                DoorverwijzingUitleg.Doel(x.d.DoelCode, x.d.Doel, regelnamen), x.d.DoelCode))
            .OrderBy(x => x.VerstuurdOp).ThenBy(x => x.OntvangerNaam, StringComparer.Ordinal)];
    }
}
