using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Shell;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>What a participant fills in; the scores are null when left open.</summary>
public sealed record EvaluatieInvoer(int? Inhoud, int? Trainer, int? Bruikbaarheid, string? Opmerking);

/// <summary>Results of one offer: its title, provider and the (possibly hidden) summary.</summary>
public sealed record AanbodEvaluatie(Guid AanbodId, string Titel, Guid? OrganisatieId, string Aanbieder, Evaluatiesamenvatting Samenvatting);

/// <summary>Results of one provider over all its offers.</summary>
public sealed record AanbiederEvaluatie(Guid? OrganisatieId, string Aanbieder, Evaluatiesamenvatting Samenvatting);

/// <summary>
/// The evaluation form of a session and its results. An evaluation row names no one: the sign-up only records that
/// its participant evaluated (so once), and the audit entry names the session, not the evaluation. The remark is
/// filtered for personal data and encrypted; results show averages only from five answers up.
/// </summary>
public sealed class Evaluaties(SchakelDbContext db, AuditTrail audit, Veldversleuteling versleuteling, TimeProvider tijd)
{
    public const int OpmerkingMax = 1000;
    public const string ActieEvalueren = "bewustwording.evalueren";
    public const string ActieResultatenLezen = "bewustwording.evaluaties.lezen";
    public static readonly string[] Vragen = ["inhoud", "trainer", "bruikbaarheid"];
    internal const string OpmerkingContext = "Bewustwording.Evaluatie.Opmerking";

    /// <summary>Per field the text key of its error; empty when the answers can be stored.</summary>
    public static Dictionary<string, string> Controleer(EvaluatieInvoer invoer)
    {
        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Evaluatieresultaat.IsGeldigeScore(invoer.Inhoud))
        {
            fouten["inhoud"] = "EvScoreNodig";
        }
        if (!Evaluatieresultaat.IsGeldigeScore(invoer.Trainer))
        {
            fouten["trainer"] = "EvScoreNodig";
        }
        if (!Evaluatieresultaat.IsGeldigeScore(invoer.Bruikbaarheid))
        {
            fouten["bruikbaarheid"] = "EvScoreNodig";
        }
        if (invoer.Opmerking is { Length: > OpmerkingMax })
        {
            fouten["opmerking"] = "EvOpmerkingTeLang";
        }
        return fouten;
    }

    public string? Opmerking(Evaluatie e) => versleuteling.OntsleutelOfNull(e.Opmerking, OpmerkingContext);

    /// <summary>Stores the evaluation of one sign-up, once; false when it may not (not present, already done, not begun).</summary>
    public async Task<bool> OpslaanAsync(Guid inschrijvingId, EvaluatieInvoer invoer, AuditActor actor, string herkomst, CancellationToken ct)
    {
        if (Controleer(invoer).Count > 0)
        {
            return false;
        }
        // Filtering and encryption are slow: before the lock. A filter that runs out of time withholds the remark
        // rather than failing the evaluation or storing it unfiltered.
        var opmerking = string.IsNullOrWhiteSpace(invoer.Opmerking) ? null
            : versleuteling.Versleutel(Pseudonimiseerder.SchoonOfAchtergehouden(invoer.Opmerking.Trim(), []), OpmerkingContext);
        using var slot = await Schrijfslot.NeemAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            // Two posts of the same form must not give two evaluations.
            await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM bewustwording_inschrijvingen WHERE \"Id\" = {0} FOR UPDATE", [inschrijvingId], ct);
        }
        var inschrijving = await db.Set<Inschrijving>().FirstOrDefaultAsync(i => i.Id == inschrijvingId, ct);
        var sessie = inschrijving is null ? null : await db.Set<Sessie>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == inschrijving.SessieId, ct);
        var nu = tijd.GetUtcNow();
        if (inschrijving is null || sessie is null || !Evaluatieresultaat.MagEvalueren(inschrijving.Status, inschrijving.Aanwezig, inschrijving.Geevalueerd, sessie.Begin, nu))
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return false;
        }
        inschrijving.Geevalueerd = true;
        db.Add(new Evaluatie
        {
            Id = Guid.NewGuid(), SessieId = sessie.Id, Inhoud = invoer.Inhoud!.Value, Trainer = invoer.Trainer!.Value,
            Bruikbaarheid = invoer.Bruikbaarheid!.Value, Opmerking = opmerking, Datum = DateOnly.FromDateTime(NederlandseTijd.Lokaal(nu).DateTime),
        });
        await audit.VastleggenAsync(db, new AuditInvoer(actor, ActieEvalueren, "bewustwording.sessie", sessie.Id.ToString(), AuditResultaat.Gelukt, herkomst), ct, slotGenomen: true);
        return true;
    }

    /// <summary>
    /// The remarks of these offers' evaluations, for the offer's provider and the ketenregisseur (the caller passes only
    /// offers it may see with at least five answers). Sorted by their text, so neither order nor date links a remark to a
    /// session or a participant; the rows name no one. Each offer's read is one audit entry, written before anything is shown.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> OpmerkingenAsync(IReadOnlyCollection<Guid> aanbodIds, AuditActor actor, string herkomst,
        CancellationToken ct)
    {
        if (aanbodIds.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<string>>();
        }
        var ids = aanbodIds.ToList();
        var rijen = await (from e in db.Set<Evaluatie>().AsNoTracking()
                           join s in db.Set<Sessie>().AsNoTracking() on e.SessieId equals s.Id
                           where ids.Contains(s.AanbodId) && e.Opmerking != null
                           select new { s.AanbodId, e }).ToListAsync(ct);
        var perAanbod = rijen.GroupBy(r => r.AanbodId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<string>)g.Select(r => Opmerking(r.e)).OfType<string>().Where(t => t.Length > 0).Order(StringComparer.CurrentCulture).ToList());
        var gelezen = perAanbod.Where(p => p.Value.Count > 0).Select(p => p.Key).ToList();
        if (gelezen.Count > 0)
        {
            // A read changes nothing: the entries are their own unit of work, as for other audited reads.
            await audit.SchrijfAsync(gelezen.Select(id => new AuditInvoer(actor, ActieResultatenLezen, "bewustwording.aanbod", id.ToString(), AuditResultaat.Gelukt, herkomst)).ToList(), ct);
        }
        return perAanbod;
    }

    /// <summary>
    /// Results per offer and per provider. A provider sees its own organisation's offers only (<paramref name="organisatie"/>);
    /// the ketenregisseur all (null).
    /// </summary>
    public async Task<(IReadOnlyList<AanbodEvaluatie> PerAanbod, IReadOnlyList<AanbiederEvaluatie> PerAanbieder)> ResultatenAsync(Guid? organisatie, CancellationToken ct)
    {
        var q = from e in db.Set<Evaluatie>().AsNoTracking()
                join s in db.Set<Sessie>().AsNoTracking() on e.SessieId equals s.Id
                join a in db.Set<Aanbod>().AsNoTracking() on s.AanbodId equals a.Id
                select new { e.Inhoud, e.Trainer, e.Bruikbaarheid, a.Id, a.Titel, a.OrganisatieId, a.AanbiederNaam };
        if (organisatie is { } o)
        {
            q = q.Where(x => x.OrganisatieId == o);
        }
        var rijen = await q.ToListAsync(ct);
        var perAanbod = rijen.GroupBy(r => r.Id)
            .Select(g => new AanbodEvaluatie(g.Key, g.First().Titel, g.First().OrganisatieId, g.First().AanbiederNaam,
                Evaluatieresultaat.Samenvatten(g.Select(r => new Scores(r.Inhoud, r.Trainer, r.Bruikbaarheid)).ToList())))
            .OrderBy(a => a.Aanbieder, StringComparer.CurrentCulture).ThenBy(a => a.Titel, StringComparer.CurrentCulture).ToList();
        var perAanbieder = rijen.GroupBy(r => (r.OrganisatieId, r.AanbiederNaam))
            .Select(g => new AanbiederEvaluatie(g.Key.OrganisatieId, g.Key.AanbiederNaam,
                Evaluatieresultaat.Samenvatten(g.Select(r => new Scores(r.Inhoud, r.Trainer, r.Bruikbaarheid)).ToList())))
            .OrderBy(a => a.Aanbieder, StringComparer.CurrentCulture).ToList();
        return (perAanbod, perAanbieder);
    }
}

/// <summary>The evaluation fields as a page shows them: the answers so far and, per field, the error text.</summary>
public sealed record EvaluatieFormulier(EvaluatieInvoer? Invoer, IReadOnlyDictionary<string, string> Fouten)
{
    public int? Waarde(string vraag) => vraag switch
    {
        "inhoud" => Invoer?.Inhoud,
        "trainer" => Invoer?.Trainer,
        "bruikbaarheid" => Invoer?.Bruikbaarheid,
        _ => null,
    };
}
