using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Doorverwijzing.Triage;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Partner;

/// <summary>Which side of a referral the caller's organisation is on.</summary>
public enum DoorverwijzingKant
{
    Ontvanger,
    Afzender,
}

/// <summary>One row of the receiving organisation's inbox: no personal data.</summary>
public sealed record OntvangenDoorverwijzing(
    Guid Id, DoorverwijzingStatus Status, Urgentie Urgentie, Rol Rol, Deelniveau Deelniveau, string Afzender,
    DateTimeOffset OntvangenOp, DateTimeOffset EersteActieUiterlijk, DateTimeOffset? EersteActieOp, bool TeLaat);

public sealed record InboxPagina(IReadOnlyList<OntvangenDoorverwijzing> Rijen, int Pagina, int PaginaGrootte, int Totaal)
{
    public int AantalPaginas => Math.Max(1, (Totaal + PaginaGrootte - 1) / PaginaGrootte);
}

public sealed record InboxFilter(DoorverwijzingStatus? Status = null, bool? TeLaat = null, int Pagina = 1, int PaginaGrootte = 20);

/// <summary>A message on a referral; <see cref="Tekst"/> is null when it is withheld from the reader (see <see cref="DoorverwijzingWeergave.BerichtenBeperking"/>).</summary>
public sealed record BerichtWeergave(long Id, DoorverwijzingBerichtSoort Soort, DoorverwijzingKant Van, DateTimeOffset Tijdstip, string? Tekst);

public sealed record TriageWeergave(
    Urgentie Urgentie, Zijde Zijde, JaNeeOnbekend MinderjarigBetrokken, IReadOnlyList<string> Uitbuitingsvormen,
    IReadOnlyList<string> Indicatoren, string? GemeenteCode);

/// <summary>Level volledig: the decrypted report; the reporter only with their explicit consent.</summary>
public sealed record VolledigeMelding(
    string Omschrijving, string? GemeenteCode, string? Plaats, string? Tijdstip, IReadOnlyList<string> Uitbuitingsvormen,
    IReadOnlyList<string> Indicatoren, bool AcuutGevaar, JaNeeOnbekend MinderjarigBetrokken, Betrokkenen? Betrokkenen,
    TriageWeergave? Triage, IReadOnlyList<AanknopingspuntInvoer> Aanknopingspunten, MelderContact? Melder);

/// <summary>Level gepseudonimiseerd: the pseudonymiser's view plus the non-identifying attributes.</summary>
public sealed record GepseudonimiseerdeWeergave(
    GepseudonimiseerdeMelding Melding, IReadOnlyList<string> Uitbuitingsvormen, IReadOnlyList<string> Indicatoren,
    bool AcuutGevaar, JaNeeOnbekend MinderjarigBetrokken, TriageWeergave? Triage);

/// <summary>
/// A referral as the caller's organisation may see it. <see cref="Doel"/> and <see cref="Uitleg"/> are in the reader's
/// language; <see cref="DoelCode"/> and each part's code are stable (null: text as staff or an old row wrote it). Exactly one of <see cref="Volledig"/>,
/// <see cref="Gepseudonimiseerd"/> or <see cref="Signaal"/> is set for the receiver; none for the sender,
/// who has the report already. <see cref="BerichtenBeperking"/> is set, for both sides, while processing in the report is restricted:
/// the receiver then gets the messages without their text, and neither side can add text.
/// </summary>
public sealed record DoorverwijzingWeergave(
    Guid Id, DoorverwijzingKant Kant, DoorverwijzingStatus Status, Urgentie Urgentie, Rol Rol, Deelniveau Deelniveau,
    string Doel, string? DoelCode, string Uitleg, IReadOnlyList<UitlegDeel> UitlegDelen,
    string? GrondslagCode, string? GrondslagOmschrijving, Afzender Afzender, Guid OntvangerId, string Ontvanger,
    DateTimeOffset VerstuurdOp, DateTimeOffset EersteActieUiterlijk, DateTimeOffset? EersteActieOp, bool TeLaat,
    IReadOnlyList<DoorverwijzingStatus> Toegestaan, IReadOnlyList<BerichtWeergave> Berichten,
    VolledigeMelding? Volledig, GepseudonimiseerdeWeergave? Gepseudonimiseerd, SignaalWeergave? Signaal,
    LeesbeperkingWeergave? Beperking = null, LeesbeperkingWeergave? BerichtenBeperking = null);

/// <summary>
/// The only way a receiving organisation reads a report: through a referral to its own organisation, shaped by
/// the referral's disclosure level. Anything else is "not found" and audited as refused; every read of personal
/// data is audited as <c>doorverwijzing.ingezien</c>.
/// </summary>
public sealed class DoorverwijzingLezer(
    SchakelDbContext db,
    Veldversleuteling versleuteling,
    Pseudoniemen pseudoniemen,
    AuditTrail audit,
    DomeinTekst domeintekst,
    Leesbeperking leesbeperking,
    TimeProvider tijd)
{
    public const int MaximalePaginaGrootte = 100;

    public async Task<InboxPagina> InboxAsync(ClaimsPrincipal gebruiker, InboxFilter filter, CancellationToken ct = default)
    {
        var grootte = Math.Clamp(filter.PaginaGrootte, 1, MaximalePaginaGrootte);
        var pagina = Math.Max(1, filter.Pagina);
        if (gebruiker.OrganisatieId() is not { } organisatie)
        {
            return new InboxPagina([], pagina, grootte, 0);
        }
        var nu = tijd.GetUtcNow();
        var alle = Ontvangen(organisatie, filter.Status);
        // The order staff work in: overdue first, then the other open ones, closed last, each part by deadline.
        // Each part is read with its own ORDER BY and LIMIT; the three parts are counted in one statement, from the
        // partial indexes of open referrals and of those waiting for a first action, so a page costs little however
        // much the organisation received. Only the receiver closes, and that is a first action, so an overdue referral
        // is always an open one.
        var open = alle.Where(d => d.Status != DoorverwijzingStatus.Afgesloten);
        var teLaat = open.Where(d => d.EersteActieOp == null && d.EersteActieUiterlijk <= nu);
        var overigOpen = open.Where(d => !(d.EersteActieOp == null && d.EersteActieUiterlijk <= nu));
        var gesloten = alle.Where(d => d.Status == DoorverwijzingStatus.Afgesloten);
        var telling = await TellingAsync(organisatie, filter.Status, nu, ct);
        (IQueryable<DoorverwijzingRij> Deel, int Aantal)[] delen = filter.TeLaat switch
        {
            true => [(teLaat, telling.TeLaat)],
            false => [(overigOpen, telling.Open - telling.TeLaat), (gesloten, telling.Gesloten)],
            null => [(teLaat, telling.TeLaat), (overigOpen, telling.Open - telling.TeLaat), (gesloten, telling.Gesloten)],
        };
        var rijen = new List<OntvangenDoorverwijzing>(grootte);
        var overslaan = (pagina - 1) * grootte;
        var totaal = 0;
        foreach (var (deel, aantal) in delen)
        {
            totaal += aantal;
            if (rijen.Count < grootte && overslaan < aantal)
            {
                rijen.AddRange(await PaginaAsync(deel, overslaan, grootte - rijen.Count, nu, ct));
            }
            overslaan = Math.Max(0, overslaan - aantal);
        }
        return new InboxPagina(rijen, pagina, grootte, totaal);
    }

    /// <summary>The inbox's parts counted in one SQL statement; the werkplek count is its open part.</summary>
    public sealed record Inboxtelling(int TeLaat, int Open, int Gesloten);

    /// <summary>
    /// Overdue, open and closed referrals the organisation received, in one round trip (one scalar subquery per part on
    /// the organisation's row), remembered for the rest of the request so the inbox and the werkplek menu share it.
    /// </summary>
    public async Task<Inboxtelling> TellingAsync(Guid organisatie, DoorverwijzingStatus? status, DateTimeOffset nu, CancellationToken ct = default)
    {
        if (_telling is { } eerder && eerder.Organisatie == organisatie && eerder.Status == status)
        {
            return eerder.Telling;
        }
        var alle = Ontvangen(organisatie, status);
        var telling = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == organisatie)
            .Select(o => new Inboxtelling(
                alle.Count(d => d.Status != DoorverwijzingStatus.Afgesloten && d.EersteActieOp == null && d.EersteActieUiterlijk <= nu),
                alle.Count(d => d.Status != DoorverwijzingStatus.Afgesloten),
                alle.Count(d => d.Status == DoorverwijzingStatus.Afgesloten)))
            .ToListAsync(ct);
        var uitkomst = telling.Count == 1 ? telling[0] : new Inboxtelling(0, 0, 0);
        _telling = (organisatie, status, uitkomst);
        return uitkomst;
    }

    private (Guid Organisatie, DoorverwijzingStatus? Status, Inboxtelling Telling)? _telling;

    private IQueryable<DoorverwijzingRij> Ontvangen(Guid organisatie, DoorverwijzingStatus? status)
    {
        var alle = db.Set<DoorverwijzingRij>().AsNoTracking().Where(d => d.OntvangerOrganisatieId == organisatie);
        return status is { } s ? alle.Where(d => d.Status == s) : alle;
    }

    private Task<List<OntvangenDoorverwijzing>> PaginaAsync(
        IQueryable<DoorverwijzingRij> deel, int overslaan, int aantal, DateTimeOffset nu, CancellationToken ct) =>
        deel.OrderBy(d => d.EersteActieUiterlijk).ThenBy(d => d.Id).Skip(overslaan).Take(aantal)
            .Join(db.Set<Organisatie>(), d => d.AfzenderOrganisatieId, o => o.Id, (d, o) => new
            {
                d.Id, d.Status, d.Urgentie, d.Rol, d.Deelniveau, Afzender = o.Naam, d.VerstuurdOp, d.EersteActieUiterlijk, d.EersteActieOp,
            })
            .OrderBy(r => r.EersteActieUiterlijk).ThenBy(r => r.Id)
            .Select(r => new OntvangenDoorverwijzing(r.Id, r.Status, r.Urgentie, r.Rol, r.Deelniveau, r.Afzender, r.VerstuurdOp,
                r.EersteActieUiterlijk, r.EersteActieOp, r.EersteActieOp == null && r.EersteActieUiterlijk <= nu))
            .ToListAsync(ct);

    /// <summary>The referral for the caller's organisation (receiver or sender), or null (audited as refused).</summary>
    internal async Task<(DoorverwijzingRij Rij, DoorverwijzingKant Kant)?> VindAsync(Guid id, ClaimsPrincipal gebruiker, string actie, string herkomst, CancellationToken ct)
    {
        var organisatie = gebruiker.OrganisatieId();
        var rij = organisatie is null ? null : await db.Set<DoorverwijzingRij>().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (rij is not null && rij.OntvangerOrganisatieId == organisatie)
        {
            return (rij, DoorverwijzingKant.Ontvanger);
        }
        if (rij is not null && rij.AfzenderOrganisatieId == organisatie)
        {
            return (rij, DoorverwijzingKant.Afzender);
        }
        await audit.SchrijfAsync(gebruiker.AlsActor(), actie, nameof(DoorverwijzingRij), id.ToString(), AuditResultaat.Geweigerd, herkomst, ct);
        return null;
    }

    public async Task<DoorverwijzingWeergave?> LeesAsync(Guid id, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct = default)
    {
        if (await VindAsync(id, gebruiker, "doorverwijzing.ingezien", herkomst, ct) is not { } gevonden)
        {
            return null;
        }
        var (rij, kant) = gevonden;
        var afzender = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == rij.AfzenderOrganisatieId)
            .Select(o => new Afzender(o.Naam, o.Telefoon, o.Email)).SingleAsync(ct);
        var ontvanger = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == rij.OntvangerOrganisatieId).Select(o => o.Naam).SingleAsync(ct);
        var grondslag = rij.GrondslagCode is null ? null
            : await db.Set<GrondslagRij>().AsNoTracking().Where(g => g.Code == rij.GrondslagCode).Select(g => g.Omschrijving).FirstOrDefaultAsync(ct);

        VolledigeMelding? volledig = null;
        GepseudonimiseerdeWeergave? gepseudonimiseerd = null;
        SignaalWeergave? signaal = null;
        LeesbeperkingWeergave? beperking = null;
        // The level the reader gets: what was sent, unless the receiver's read is limited now (then the view names geen, and why).
        var niveau = rij.Deelniveau;
        if (kant == DoorverwijzingKant.Ontvanger)
        {
            // Checked again on every read: a restriction or an ended basis since sending limits it to the signal (Leesbeperking).
            beperking = await leesbeperking.BepaalAsync(rij, ct);
            niveau = beperking is null ? rij.Deelniveau : Deelniveau.Geen;
            switch (niveau)
            {
                case Deelniveau.Volledig:
                    volledig = await VolledigAsync(rij, ct);
                    break;
                case Deelniveau.Gepseudonimiseerd:
                    gepseudonimiseerd = await GepseudonimiseerdAsync(rij, ct);
                    break;
                default:
                    signaal = Pseudonimiseerder.Geen(Referentie(rij.Id), afzender, await FeitenAsync(rij, ct));
                    break;
            }
        }
        // Under a restriction the receiver gets the messages without their text; the sender, who holds the report, keeps reading them.
        var berichtenBeperking = await leesbeperking.BerichtenAsync(rij, ct);
        var achtergehouden = berichtenBeperking is not null && kant == DoorverwijzingKant.Ontvanger;
        var berichten = await BerichtenAsync(rij, metTekst: !achtergehouden, ct);
        if (beperking is not null)
        {
            await audit.SchrijfAsync([new AuditInvoer(gebruiker.AlsActor(), "doorverwijzing.beperkt-ingezien", nameof(DoorverwijzingRij), id.ToString(),
                AuditResultaat.Gelukt, herkomst, beperking.Code)], ct);
        }
        if (achtergehouden && berichten.Count > 0)
        {
            // A read of messages that was refused is recorded as the other restricted reads are, with the rule as reason.
            await audit.SchrijfAsync([new AuditInvoer(gebruiker.AlsActor(), "doorverwijzing.berichten-achtergehouden", nameof(DoorverwijzingRij), id.ToString(),
                AuditResultaat.Geweigerd, herkomst, berichtenBeperking!.Code)], ct);
        }
        // Messages may carry personal data, and so does the report at these levels: the read is recorded.
        if (volledig is not null || gepseudonimiseerd is not null || (berichten.Count > 0 && !achtergehouden))
        {
            await audit.SchrijfAsync(gebruiker.AlsActor(), "doorverwijzing.ingezien", nameof(DoorverwijzingRij), id.ToString(), AuditResultaat.Gelukt, herkomst, ct);
        }
        var redenen = DoorverwijzingUitleg.Redenen(rij.UitlegBerichten, rij.Uitleg);
        var doel = DoorverwijzingUitleg.Doel(rij.DoelCode, rij.Doel, rij.DoelCode is null ? null : await DoorverwijzingUitleg.RegelnamenAsync(db, ct));
        return new DoorverwijzingWeergave(rij.Id, kant, rij.Status, rij.Urgentie, rij.Rol, niveau, domeintekst[doel], rij.DoelCode,
            DoorverwijzingUitleg.Tekst(redenen, domeintekst), DoorverwijzingUitleg.Delen(redenen, domeintekst), rij.GrondslagCode, grondslag,
            afzender, rij.OntvangerOrganisatieId, ontvanger, rij.VerstuurdOp, rij.EersteActieUiterlijk, rij.EersteActieOp,
            Termijnen.IsVerlopen(rij.EersteActieUiterlijk, tijd.GetUtcNow(), rij.EersteActieOp),
            DoorverwijzingStatusmachine.Volgende(rij.Status), berichten, volledig, gepseudonimiseerd, signaal, beperking, berichtenBeperking);
    }

    /// <summary>A reference that names the referral, not the report: the report's id stays with the reporting point.</summary>
    public static string Referentie(Guid id) => "DV-" + id.ToString("N")[..8].ToUpperInvariant();

    /// <summary>The conversation; without <paramref name="metTekst"/> nothing is decrypted, only kind, side and moment are given.</summary>
    private async Task<List<BerichtWeergave>> BerichtenAsync(DoorverwijzingRij rij, bool metTekst, CancellationToken ct)
    {
        var berichten = await db.Set<DoorverwijzingBericht>().AsNoTracking().Where(b => b.DoorverwijzingId == rij.Id).OrderBy(b => b.Id).ToListAsync(ct);
        return [.. berichten.Select(b => new BerichtWeergave(b.Id, b.Soort,
            b.VanOrganisatieId == rij.OntvangerOrganisatieId ? DoorverwijzingKant.Ontvanger : DoorverwijzingKant.Afzender, b.Tijdstip,
            metTekst ? versleuteling.OntsleutelOfNull(b.TekstVersleuteld, DoorverwijzingBericht.VeldContext(b.Id)) ?? "" : null))];
    }

    private async Task<(Melding Melding, MeldingTriage? Triage, List<AanknopingspuntInvoer> Leads)> LaadAsync(Guid meldingId, CancellationToken ct)
    {
        var melding = await db.Set<Melding>().AsNoTracking().SingleAsync(m => m.Id == meldingId, ct);
        var triage = await db.Set<MeldingTriage>().AsNoTracking().Where(t => t.MeldingId == meldingId).OrderByDescending(t => t.Id).FirstOrDefaultAsync(ct);
        var leads = triage is not null
            && versleuteling.OntsleutelOfNull(triage.AanknopingspuntenVersleuteld, MeldingTriage.VeldContext("Aanknopingspunten", triage.Id)) is { } json
            ? JsonSerializer.Deserialize<List<AanknopingspuntInvoer>>(json) ?? []
            : [];
        return (melding, triage, leads);
    }

    private string? Lees(Melding m, string? waarde, string veld) => versleuteling.OntsleutelOfNull(waarde, Melding.VeldContext(veld, m.Id));

    private Betrokkenen? BetrokkenenVan(Melding m) =>
        Lees(m, m.BetrokkenenVersleuteld, "Betrokkenen") is { } b ? JsonSerializer.Deserialize<Betrokkenen>(b) : null;

    private MelderContact? ContactVan(Melding m) =>
        Lees(m, m.ContactVersleuteld, "Contact") is { } c ? JsonSerializer.Deserialize<MelderContact>(c) : null;

    private static TriageWeergave? TriageVan(MeldingTriage? t) => t is null ? null
        : new TriageWeergave(t.Urgentie, t.Zijde, t.MinderjarigBetrokken, Lijst(t.Uitbuitingsvormen), Lijst(t.Indicatoren), t.GemeenteCode);

    private async Task<VolledigeMelding> VolledigAsync(DoorverwijzingRij rij, CancellationToken ct)
    {
        var (m, triage, leads) = await LaadAsync(rij.MeldingId, ct);
        var contact = ContactVan(m);
        var melder = rij.MetMeldergegevens && rij.ToestemmingMelder ? contact : null;
        var omschrijving = Lees(m, m.OmschrijvingVersleuteld, "Omschrijving") ?? "";
        if (melder is null && contact is not null)
        {
            // Without the reporter's consent their details do not travel, not even inside their own text.
            foreach (var waarde in new[] { contact.Naam, contact.Telefoon, contact.Email }.Where(w => !string.IsNullOrWhiteSpace(w)).OrderByDescending(w => w!.Length))
            {
                omschrijving = omschrijving.Replace(waarde!.Trim(), "[melder]", StringComparison.OrdinalIgnoreCase);
            }
        }
        return new VolledigeMelding(omschrijving, m.GemeenteCode, Lees(m, m.PlaatsVersleuteld, "Plaats"),
            Lees(m, m.TijdstipVersleuteld, "Tijdstip"), Lijst(m.Uitbuitingsvormen), Lijst(m.Indicatoren), m.AcuutGevaar, m.MinderjarigBetrokken,
            BetrokkenenVan(m), TriageVan(triage), leads, melder);
    }

    private Task<GepseudonimiseerdeWeergave> GepseudonimiseerdAsync(DoorverwijzingRij rij, CancellationToken ct) =>
        GepseudonimiseerdAsync(rij.MeldingId, ct);

    /// <summary>
    /// The pseudonymised view of a report, for callers that already checked the reader may see it at this level
    /// (the signals table takes its agenda from here, so it never holds more than a partner at this level would).
    /// </summary>
    public async Task<GepseudonimiseerdeWeergave> GepseudonimiseerdAsync(Guid meldingId, CancellationToken ct = default)
    {
        var (m, triage, leads) = await LaadAsync(meldingId, ct);
        var contact = ContactVan(m);
        var betrokkenen = BetrokkenenVan(m);
        var inhoud = new MeldingInhoud
        {
            Omschrijving = Lees(m, m.OmschrijvingVersleuteld, "Omschrijving") ?? "",
            GemeenteCode = triage?.GemeenteCode ?? m.GemeenteCode,
            // Given so its values are scrubbed from the text; the reporter never appears in the view.
            Melder = contact is null ? null : new Contactgegevens(contact.Naam, contact.Telefoon, contact.Email),
            Betrokkenen = betrokkenen is null ? [] :
            [
                new Betrokkene
                {
                    Leeftijd = int.TryParse(betrokkenen.Leeftijd, NumberStyles.Integer, CultureInfo.InvariantCulture, out var leeftijd) ? leeftijd : null,
                    Geslacht = betrokkenen.Geslacht,
                    Taal = betrokkenen.Taal,
                    Minderjarig = betrokkenen.Minderjarig,
                },
            ],
            Aanknopingspunten = [.. leads
                .Where(l => l.Waarde is { Length: > 0 } && Enum.TryParse<AanknopingspuntSoort>(l.Soort, ignoreCase: true, out _))
                .Select(l => new Aanknopingspunt(Enum.Parse<AanknopingspuntSoort>(l.Soort!, ignoreCase: true), l.Waarde!))],
        };
        var peildatum = DateOnly.FromDateTime(tijd.GetUtcNow().UtcDateTime);
        return new GepseudonimiseerdeWeergave(new Pseudonimiseerder(pseudoniemen).Pseudonimiseer(inhoud, peildatum),
            Lijst(m.Uitbuitingsvormen), Lijst(m.Indicatoren), m.AcuutGevaar, m.MinderjarigBetrokken, TriageVan(triage));
    }

    /// <summary>
    /// The non-personal facts for level geen, from the newest triage where it set them and otherwise from the report.
    /// Only the count and language of the people involved are taken from the encrypted part; nothing else leaves it.
    /// </summary>
    private async Task<Signaalfeiten> FeitenAsync(DoorverwijzingRij rij, CancellationToken ct)
    {
        var m = await db.Set<Melding>().AsNoTracking().SingleAsync(x => x.Id == rij.MeldingId, ct);
        var t = await db.Set<MeldingTriage>().AsNoTracking().Where(x => x.MeldingId == rij.MeldingId).OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct);
        var betrokkenen = BetrokkenenVan(m);
        var vormen = t is not null && t.Uitbuitingsvormen.Length > 0 ? t.Uitbuitingsvormen : m.Uitbuitingsvormen;
        var indicatoren = t is not null && t.Indicatoren.Length > 0 ? t.Indicatoren : m.Indicatoren;
        var minderjarig = t?.MinderjarigBetrokken is { } tm && tm != JaNeeOnbekend.Onbekend ? tm
            : betrokkenen?.Minderjarig is { } bm && bm != JaNeeOnbekend.Onbekend ? bm : m.MinderjarigBetrokken;
        return new Signaalfeiten(Lijst(vormen), t?.GemeenteCode ?? m.GemeenteCode, t?.Urgentie ?? rij.Urgentie,
            betrokkenen?.Aantal, betrokkenen?.Taal, minderjarig, Lijst(indicatoren));
    }

    private static List<string> Lijst(string waarde) => waarde.Length == 0 ? [] : [.. waarde.Split(';')];
}
