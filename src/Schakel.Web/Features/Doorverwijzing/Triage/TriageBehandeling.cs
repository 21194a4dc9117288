using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Triage;

public sealed record AanknopingspuntInvoer(string? Soort, string? Waarde);

/// <summary>What staff send: choice fields as the API's words (urgentie acuut|hoog|normaal, zijde, ja|nee|onbekend).</summary>
public sealed record TriageInvoer
{
    public IReadOnlyList<string>? Uitbuitingsvormen { get; init; }
    public IReadOnlyList<string>? Indicatoren { get; init; }
    public string? Urgentie { get; init; }
    public string? MinderjarigBetrokken { get; init; }
    public string? Zijde { get; init; }
    public string? GemeenteCode { get; init; }
    public IReadOnlyList<AanknopingspuntInvoer>? Aanknopingspunten { get; init; }
    public bool MelderIsGemeentemedewerker { get; init; }
    public bool IllegaleProstitutieOfMalafideBedrijf { get; init; }
}

/// <summary>The reporter's own answers, as they wrote them; triage never changes these.</summary>
public sealed record MelderAntwoorden(
    string MelderType, string Kanaal, IReadOnlyList<string> Uitbuitingsvormen, IReadOnlyList<string> Indicatoren,
    bool AcuutGevaar, bool Urgent, string MinderjarigBetrokken, string? GemeenteCode);

public sealed record TriageWaarden(
    long Id, DateTimeOffset Tijdstip, IReadOnlyList<string> Uitbuitingsvormen, IReadOnlyList<string> Indicatoren,
    string Urgentie, string MinderjarigBetrokken, string Zijde, string? GemeenteCode,
    IReadOnlyList<AanknopingspuntInvoer> Aanknopingspunten, bool MelderIsGemeentemedewerker, bool IllegaleProstitutieOfMalafideBedrijf);

public sealed record TriageStand(Guid MeldingId, string Status, MelderAntwoorden Melder, TriageWaarden? Triage);

public sealed record TriageUitkomst(Handelingsresultaat Resultaat, IReadOnlyDictionary<string, string[]> Fouten, long? TriageId = null);

/// <summary>
/// Triage of a report by its reporting point: appended beside the report, never over it. The first triage
/// moves a received (or reopened) report to "in triage" through the reporting point's own status change, so
/// the history and the templated reporter message are the same as for any status change.
/// </summary>
public sealed class TriageBehandeling(
    SchakelDbContext db, MeldpuntBehandeling behandeling, KenmerkenLezer kenmerken, Veldversleuteling versleuteling, AuditTrail audit,
    Privacy.Rechten.Persoonspseudoniemen persoonspseudoniemen, TimeProvider tijd)
{
    public const int MaxAanknopingspunten = 10;
    public const int MaxWaarde = 200;

    public async Task<TriageStand?> LeesAsync(Guid id, ClaimsPrincipal medewerker, string herkomst, CancellationToken ct = default)
    {
        var m = await behandeling.VindAsync(id, medewerker, "melding.triage.ingezien", ct);
        if (m is null)
        {
            return null;
        }
        var triage = await NieuwsteAsync(id, ct);
        await audit.SchrijfAsync(medewerker.AlsActor(), "melding.triage.ingezien", nameof(Melding), id.ToString(), AuditResultaat.Gelukt, herkomst, ct);
        return new TriageStand(id, Woord(m.Status), Antwoorden(m), triage is null ? null : Waarden(triage));
    }

    /// <summary>The newest triage of a report, or null; callers have checked access to the report.</summary>
    public Task<MeldingTriage?> NieuwsteAsync(Guid meldingId, CancellationToken ct = default) =>
        db.Set<MeldingTriage>().AsNoTracking().Where(t => t.MeldingId == meldingId).OrderByDescending(t => t.Id).FirstOrDefaultAsync(ct);

    public async Task<TriageUitkomst> SlaOpAsync(Guid id, ClaimsPrincipal medewerker, TriageInvoer invoer, string herkomst, CancellationToken ct = default)
    {
        var m = await behandeling.VindAsync(id, medewerker, "melding.triage", ct);
        if (m is null || medewerker.OrganisatieId() is not { } organisatie)
        {
            return new(Handelingsresultaat.NietGevonden, new Dictionary<string, string[]>());
        }
        var (rij, leads, fouten) = await ValideerAsync(invoer, ct);
        if (!MeldingStatusmachine.IsOpen(m.Status))
        {
            fouten["status"] = [$"Een melding met status '{MeldingStatusmachine.Label(m.Status)}' kan niet opnieuw worden getrieerd; heropen haar eerst."];
        }
        if (fouten.Count > 0 || rij is null)
        {
            return new(Handelingsresultaat.Ongeldig, fouten);
        }

        rij.MeldingId = id;
        rij.OrganisatieId = organisatie;
        rij.MedewerkerId = medewerker.MedewerkerId();
        rij.Tijdstip = tijd.GetUtcNow();
        rij.Gepseudonimiseerd = true;
        var statusGewijzigd = m.Status is MeldingStatus.Ontvangen or MeldingStatus.Heropend;
        var actor = medewerker.AlsActor();
        // The triage, the new status and their audit entries commit together (docs/adr/0004).
        using (var slot = await Schrijfslot.NeemAsync(db, ct))
        await using (var transactie = await db.Database.BeginTransactionAsync(ct))
        {
            db.Add(rij);
            // The report carries the newest triage's facts for the monitor and the deadlines: same save.
            m.Trieer(rij);
            if (statusGewijzigd && behandeling.ZetStatus(m, medewerker, MeldingStatus.InTriage) is { Resultaat: not Handelingsresultaat.Gelukt } status)
            {
                return new(Handelingsresultaat.Ongeldig, new Dictionary<string, string[]> { ["status"] = [status.Fout ?? ""] });
            }
            await db.SaveChangesAsync(ct);
            if (leads.Count > 0)
            {
                // Bound to the row id, so a ciphertext copied to another triage does not decrypt.
                rij.AanknopingspuntenVersleuteld = versleuteling.Versleutel(JsonSerializer.Serialize(leads), MeldingTriage.VeldContext("Aanknopingspunten", rij.Id));
                // Search keys for requests of people concerned (Privacy/Rechten), in the same transaction.
                persoonspseudoniemen.VoegAanknopingspuntenToe(db, id, rij.Id, leads);
                await db.SaveChangesAsync(ct);
            }
            await audit.VastleggenAsync(db,
            [
                new AuditInvoer(actor, "melding.triage", nameof(Melding), id.ToString(), AuditResultaat.Gelukt, herkomst),
                .. statusGewijzigd ? [new AuditInvoer(actor, "melding.status", nameof(Melding), id.ToString(), AuditResultaat.Gelukt, herkomst)] : Array.Empty<AuditInvoer>(),
            ], ct, slotGenomen: true);
        }
        return new(Handelingsresultaat.Gelukt, new Dictionary<string, string[]>(), rij.Id);
    }

    /// <summary>The route attributes of a triaged report: the triage's answers, with channel and reporter type from the report.</summary>
    public async Task<MeldingKenmerken> KenmerkenAsync(Melding m, MeldingTriage t, CancellationToken ct = default)
    {
        var (gemeente, districten) = t.GemeenteCode is null ? (null, []) : await kenmerken.PlaatsAsync(t.GemeenteCode, ct);
        var soorten = Lijst(t.Aanknopingspunten).Select(s => Enum.Parse<AanknopingspuntSoort>(s)).ToList();
        return new MeldingKenmerken
        {
            MelderType = m.MelderType,
            Kanaal = m.Kanaal,
            GemeenteCode = gemeente?.CbsCode,
            GemeenteNaam = gemeente?.Naam,
            DistrictCodes = districten,
            Uitbuitingsvormen = Lijst(t.Uitbuitingsvormen).Select(v => Woorden.TryLees<Uitbuitingsvorm>(v, out var w) ? w : Uitbuitingsvorm.Onbekend).Distinct().ToList(),
            Indicatoren = Lijst(t.Indicatoren),
            MinderjarigBetrokken = t.MinderjarigBetrokken,
            // Triage decides the urgency; the reporter's "acute danger" is shown beside it, not added to it.
            AcuutGevaar = t.Urgentie == Urgentie.Acuut,
            Urgentie = t.Urgentie,
            Zijde = t.Zijde,
            AanknopingspuntAanwezig = soorten.Count > 0,
            Aanknopingspunten = soorten,
            MelderIsGemeentemedewerker = t.MelderIsGemeentemedewerker,
            IllegaleProstitutieOfMalafideBedrijf = t.IllegaleProstitutieOfMalafideBedrijf,
        };
    }

    private async Task<(MeldingTriage? Rij, List<AanknopingspuntInvoer> Leads, Dictionary<string, string[]> Fouten)> ValideerAsync(TriageInvoer invoer, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var vormen = new List<string>();
        foreach (var v in invoer.Uitbuitingsvormen ?? [])
        {
            if (Woorden.TryLees<Uitbuitingsvorm>(v, out var vorm))
            {
                vormen.Add(Woorden.Van(vorm));
            }
            else
            {
                fouten["uitbuitingsvormen"] = [$"Kies uit: {Woorden.Lijst<Uitbuitingsvorm>()}."];
            }
        }
        var indicatoren = (invoer.Indicatoren ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList();
        if (indicatoren.Count > MeldingLimieten.Indicatoren)
        {
            fouten["indicatoren"] = [$"Hoogstens {MeldingLimieten.Indicatoren} indicatoren."];
        }
        else if (indicatoren.Count > 0)
        {
            var bekend = await db.Set<Indicator>().Where(i => indicatoren.Contains(i.Code)).Select(i => i.Code).ToListAsync(ct);
            if (indicatoren.Except(bekend, StringComparer.Ordinal).ToList() is { Count: > 0 } onbekend)
            {
                fouten["indicatoren"] = [$"Onbekende indicator(en): {string.Join(", ", onbekend)}."];
            }
        }
        if (!KenmerkenLezer.ProbeerEnum<Urgentie>(invoer.Urgentie, out var urgentie))
        {
            fouten["urgentie"] = ["Kies de urgentie: acuut, hoog of normaal."];
        }
        if (!KenmerkenLezer.ProbeerEnum<JaNeeOnbekend>(invoer.MinderjarigBetrokken, out var minderjarig))
        {
            fouten["minderjarigBetrokken"] = ["Kies ja, nee of onbekend."];
        }
        if (!KenmerkenLezer.ProbeerEnum<Zijde>(invoer.Zijde, out var zijde))
        {
            fouten["zijde"] = ["Kies de kant: slachtofferkant, daderkant, beide of onbekend."];
        }
        var gemeenteCode = string.IsNullOrWhiteSpace(invoer.GemeenteCode) ? null : invoer.GemeenteCode.Trim();
        if (gemeenteCode is not null && !await db.Set<Gemeente>().AnyAsync(g => g.CbsCode == gemeenteCode, ct))
        {
            fouten["gemeenteCode"] = ["Kies een gemeente uit de regio (CBS-code zoals GM0518)."];
        }
        var leads = new List<AanknopingspuntInvoer>();
        var ingevuld = (invoer.Aanknopingspunten ?? []).Where(a => !string.IsNullOrWhiteSpace(a.Soort) || !string.IsNullOrWhiteSpace(a.Waarde)).ToList();
        for (var i = 0; i < ingevuld.Count; i++)
        {
            var a = ingevuld[i];
            if (i >= MaxAanknopingspunten)
            {
                fouten["aanknopingspunten"] = [$"Hoogstens {MaxAanknopingspunten} aanknopingspunten."];
                break;
            }
            if (!KenmerkenLezer.ProbeerEnum<AanknopingspuntSoort>(a.Soort, out var soort))
            {
                fouten[$"aanknopingspunten[{i}].soort"] = ["Kies naam, adres, bedrijf, voertuig of telefoonnummer."];
            }
            else if (string.IsNullOrWhiteSpace(a.Waarde) || a.Waarde.Trim().Length > MaxWaarde)
            {
                fouten[$"aanknopingspunten[{i}].waarde"] = [$"Vul het aanknopingspunt in (hoogstens {MaxWaarde} tekens)."];
            }
            else
            {
                leads.Add(new AanknopingspuntInvoer(Camel(soort), a.Waarde.Trim()));
            }
        }
        if (fouten.Count > 0)
        {
            return (null, leads, fouten);
        }
        return (new MeldingTriage
        {
            Uitbuitingsvormen = string.Join(';', vormen.Distinct()),
            Indicatoren = string.Join(';', indicatoren),
            Urgentie = urgentie,
            MinderjarigBetrokken = minderjarig,
            Zijde = zijde,
            GemeenteCode = gemeenteCode,
            MelderIsGemeentemedewerker = invoer.MelderIsGemeentemedewerker,
            IllegaleProstitutieOfMalafideBedrijf = invoer.IllegaleProstitutieOfMalafideBedrijf,
            Aanknopingspunten = string.Join(';', leads.Select(l => Enum.Parse<AanknopingspuntSoort>(l.Soort!, ignoreCase: true)).Distinct()),
        }, leads, fouten);
    }

    private TriageWaarden Waarden(MeldingTriage t)
    {
        var leads = versleuteling.OntsleutelOfNull(t.AanknopingspuntenVersleuteld, MeldingTriage.VeldContext("Aanknopingspunten", t.Id)) is { } json
            ? JsonSerializer.Deserialize<List<AanknopingspuntInvoer>>(json) ?? []
            : [];
        return new TriageWaarden(t.Id, t.Tijdstip, Lijst(t.Uitbuitingsvormen), Lijst(t.Indicatoren), Camel(t.Urgentie),
            Woorden.Van(t.MinderjarigBetrokken), Camel(t.Zijde), t.GemeenteCode, leads, t.MelderIsGemeentemedewerker, t.IllegaleProstitutieOfMalafideBedrijf);
    }

    public static MelderAntwoorden Antwoorden(Melding m) => new(
        Woorden.Van(m.MelderType), Woorden.Van(m.Kanaal), Lijst(m.Uitbuitingsvormen), Lijst(m.Indicatoren),
        m.AcuutGevaar, m.Urgent, Woorden.Van(m.MinderjarigBetrokken), m.GemeenteCode);

    public static string Woord(MeldingStatus s) => Camel(s);

    private static string Camel<T>(T waarde) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(waarde.ToString());

    private static List<string> Lijst(string waarde) => waarde.Length == 0 ? [] : [.. waarde.Split(';')];
}
