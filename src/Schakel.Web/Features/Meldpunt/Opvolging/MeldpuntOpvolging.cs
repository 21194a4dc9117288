using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Berichten;
using Schakel.Web.Features.Meldpunt.Bijlagen;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Meldpunt.Opvolging;

public sealed record BijlageInfo(Guid Id, string Naam, string Type, long Grootte);

public sealed record BerichtInfo(DateTimeOffset Tijdstip, BerichtAfzender Van, string Tekst, IReadOnlyList<BijlageInfo> Bijlagen)
{
    /// <summary>"meldpunt" or "melder", as the API writes it.</summary>
    public string VanWoord => Van == BerichtAfzender.Meldpunt ? "meldpunt" : "melder";
}

/// <summary>What a reporter sees with the receipt code.</summary>
public sealed record MeldingOpvolging(MeldingSoort Soort, MelderStatus Status, string StatusTekst, IReadOnlyList<BerichtInfo> Berichten,
    bool HeeftContact = false, bool ContactIngetrokken = false)
{
    /// <summary>"ontvangen", "in behandeling", "doorgezet", "afgerond".</summary>
    public string StatusWoord => Status switch
    {
        MelderStatus.InBehandeling => "in behandeling",
        _ => Status.ToString().ToLowerInvariant(),
    };
}

/// <summary>A report in a signed-in professional's own list.</summary>
public sealed record EigenMelding(Guid Id, MeldingSoort Soort, MelderStatus Status, DateTimeOffset OntvangenOp, int Berichten);

public enum ReactieResultaat
{
    Gelukt,
    OnbekendeCode,
    Ongeldig,
}

public sealed record ReactieUitkomst(ReactieResultaat Resultaat, IReadOnlyDictionary<string, string[]> Fouten);

public enum IntrekkenResultaat
{
    Gelukt,
    OnbekendeCode,
    /// <summary>The report holds no contact details (never left, or already withdrawn or erased).</summary>
    GeenContact,
}

/// <summary>
/// The reporter's side with the receipt code: read status and messages, reply. A wrong code costs the same
/// work as a right one (always one hash, always one lookup), so timing tells nothing.
/// </summary>
public sealed class MeldpuntOpvolging(
    SchakelDbContext db,
    OntvangstcodeHasher hasher,
    Veldversleuteling versleuteling,
    BijlageOpslag bijlageOpslag,
    BerichtWeergave weergave,
    Verzendsleutels verzendsleutels,
    Medewerkers.MeldpuntNotificaties notificaties,
    Security.Audit.AuditTrail audit,
    TimeProvider tijd)
{
    /// <summary>The scope of the withdrawal form's one-time token.</summary>
    public const string IntrekkenBereik = "contact-intrekken";
    /// <summary>The error key of a reply whose form token was used before for another message.</summary>
    public const string AndereInhoudVeld = "verzendsleutel";

    /// <summary>Hashed in place of a malformed code, so a typo costs the same time as a real lookup.</summary>
    private const string Vervanger = "0000000000000000";

    public async Task<MeldingOpvolging?> ZoekAsync(string? ontvangstcode, CancellationToken ct = default)
    {
        var melding = await VindAsync(ontvangstcode, metBerichten: true, ct);
        return melding is null ? null : Weergave(melding, await bijlageOpslag.OverzichtAsync(db, melding.Id, ct));
    }

    public Task<ReactieUitkomst> ReageerAsync(string? ontvangstcode, string? tekst, IReadOnlyList<BijlageInvoer> bijlagen, CancellationToken ct = default) =>
        ReageerAsync(ontvangstcode, tekst, bijlagen, null, ct);

    /// <param name="sleutel">The form's one-time token: a resent reply with it is stored once.</param>
    public async Task<ReactieUitkomst> ReageerAsync(string? ontvangstcode, string? tekst, IReadOnlyList<BijlageInvoer> bijlagen, VerzendsleutelInvoer? sleutel, CancellationToken ct = default)
    {
        var melding = await VindAsync(ontvangstcode, metBerichten: false, ct);
        return melding is null ? OnbekendeCode : await ReageerOpAsync(melding, tekst, bijlagen, sleutel, ct);
    }

    /// <summary>The asker turns their own advice question into a report; history and messages stay.</summary>
    public async Task<ReactieUitkomst> ZetOmNaarMeldingAsync(string? ontvangstcode, CancellationToken ct = default)
    {
        var melding = await VindAsync(ontvangstcode, metBerichten: false, ct);
        return melding is null ? OnbekendeCode : await ZetOmAsync(melding, null, ct);
    }

    // A signed-in professional follows their own reports in their account, without a code.

    public async Task<IReadOnlyList<EigenMelding>> EigenMeldingenAsync(ClaimsPrincipal professional, CancellationToken ct = default)
    {
        if (MedewerkerId(professional) is not { } id)
        {
            return [];
        }
        var rijen = await db.Set<Melding>().AsNoTracking().Where(m => m.IndienerMedewerkerId == id)
            .Select(m => new { m.Id, m.Soort, m.Status, m.OntvangenOp, Berichten = m.Berichten.Count })
            .ToListAsync(ct);
        return [.. rijen.OrderByDescending(r => r.OntvangenOp)
            .Select(r => new EigenMelding(r.Id, r.Soort, Terugkoppeling.MelderStatusVan(r.Status), r.OntvangenOp, r.Berichten))];
    }

    public async Task<MeldingOpvolging?> EigenMeldingAsync(Guid id, ClaimsPrincipal professional, CancellationToken ct = default)
    {
        var melding = await EigenAsync(id, professional, metBerichten: true, ct);
        return melding is null ? null : Weergave(melding, await bijlageOpslag.OverzichtAsync(db, melding.Id, ct));
    }

    public async Task<ReactieUitkomst> ReageerOpEigenAsync(Guid id, ClaimsPrincipal professional, string? tekst, IReadOnlyList<BijlageInvoer> bijlagen, CancellationToken ct = default)
    {
        var melding = await EigenAsync(id, professional, metBerichten: false, ct);
        return melding is null ? OnbekendeCode : await ReageerOpAsync(melding, tekst, bijlagen, null, ct);
    }

    public async Task<ReactieUitkomst> ZetEigenOmNaarMeldingAsync(Guid id, ClaimsPrincipal professional, CancellationToken ct = default)
    {
        var melding = await EigenAsync(id, professional, metBerichten: false, ct);
        return melding is null ? OnbekendeCode : await ZetOmAsync(melding, null, ct);
    }

    /// <summary>
    /// The reporter withdraws their contact details: the encrypted field and its search keys are removed, the moment (to the hour)
    /// is kept so staff see "contact withdrawn", and an entry is audited, all in one transaction. A resent form (same one-time token)
    /// or a second withdrawal changes nothing and reports success.
    /// </summary>
    public async Task<IntrekkenResultaat> TrekContactInAsync(string? ontvangstcode, VerzendsleutelInvoer? sleutel, CancellationToken ct = default)
    {
        var melding = await VindAsync(ontvangstcode, metBerichten: false, ct);
        if (melding is null)
        {
            return IntrekkenResultaat.OnbekendeCode;
        }
        var sleutelHash = sleutel is null ? null : verzendsleutels.SleutelHash(sleutel);
        if (sleutelHash is not null && await db.Set<Verzendsleutel>().AnyAsync(v => v.Bereik == sleutel!.Bereik && v.SleutelHash == sleutelHash, ct))
        {
            return IntrekkenResultaat.Gelukt;
        }
        if (melding.ContactVersleuteld is null)
        {
            return melding.ContactIngetrokkenOp is null ? IntrekkenResultaat.GeenContact : IntrekkenResultaat.Gelukt;
        }
        melding.ContactVersleuteld = null;
        melding.ContactToestemming = false;
        melding.ContactIngetrokkenOp = MeldpuntIntake.OpHeleUur(tijd.GetUtcNow());
        await Privacy.Rechten.Persoonspseudoniemen.VerwijderMelderAsync(db, melding.Id, ct);
        if (sleutel is not null)
        {
            db.Add(new Verzendsleutel
            {
                Id = Guid.NewGuid(), Bereik = sleutel.Bereik, SleutelHash = sleutelHash!, InhoudHash = verzendsleutels.InhoudHash($"{melding.Id}\nintrekken", []),
                MeldingId = melding.Id, VerlooptOp = tijd.GetUtcNow() + sleutel.Geldigheid,
            });
        }
        await audit.VastleggenAsync(db, new Security.Audit.AuditInvoer(Security.Audit.AuditActor.Anoniem, "melding.contact-ingetrokken", nameof(Melding),
            melding.Id.ToString(), Security.Audit.AuditResultaat.Gelukt, Security.Audit.Herkomst.Web), ct);
        return IntrekkenResultaat.Gelukt;
    }

    private static readonly ReactieUitkomst OnbekendeCode = new(ReactieResultaat.OnbekendeCode, new Dictionary<string, string[]>());
    private static readonly ReactieUitkomst Gelukt = new(ReactieResultaat.Gelukt, new Dictionary<string, string[]>());

    private async Task<ReactieUitkomst> ReageerOpAsync(Melding melding, string? tekst, IReadOnlyList<BijlageInvoer> bijlagen, VerzendsleutelInvoer? sleutel, CancellationToken ct)
    {
        var fouten = MeldingValidatie.ValideerReactie(tekst, bijlagen.Count).ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal);
        var (rijen, bijlageFouten) = bijlageOpslag.Verwerk(bijlagen, melding.Id, BerichtAfzender.Melder);
        if (bijlageFouten.Count > 0)
        {
            fouten[BijlageOpslag.Veld] = [.. bijlageFouten];
        }
        if (fouten.Count > 0)
        {
            return new ReactieUitkomst(ReactieResultaat.Ongeldig, fouten);
        }
        string? sleutelHash = null, inhoudHash = null;
        if (sleutel is not null)
        {
            sleutelHash = verzendsleutels.SleutelHash(sleutel);
            inhoudHash = verzendsleutels.InhoudHash($"{melding.Id}\n{tekst?.Trim()}", bijlagen);
            if (await EerdereReactieAsync(sleutel, sleutelHash, inhoudHash, ct) is { } eerder)
            {
                return eerder;
            }
        }

        // The message, its text and its attachments commit together: never a message without its text.
        using var slot = await Schrijfslot.NeemAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var bericht = new MeldingBericht
        {
            MeldingId = melding.Id,
            Van = BerichtAfzender.Melder,
            Tijdstip = MeldpuntIntake.OpHeleUur(tijd.GetUtcNow()),
        };
        db.Add(bericht);
        await db.SaveChangesAsync(ct);
        // The text is bound to the message id, which the database hands out on insert.
        bericht.TekstVersleuteld = versleuteling.VersleutelOfNull(tekst?.Trim(), BerichtContext(bericht.Id));
        foreach (var r in rijen)
        {
            r.BerichtId = bericht.Id;
            db.Add(r);
        }
        if (sleutel is not null)
        {
            db.Add(new Verzendsleutel
            {
                Id = Guid.NewGuid(), Bereik = sleutel.Bereik, SleutelHash = sleutelHash!, InhoudHash = inhoudHash!,
                MeldingId = melding.Id, VerlooptOp = tijd.GetUtcNow() + sleutel.Geldigheid,
            });
        }
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException) when (sleutel is not null)
        {
            // A racing resend with the same token stored it first.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await EerdereReactieAsync(sleutel, sleutelHash!, inhoudHash!, ct) ?? throw new InvalidOperationException("Verzendsleutel botst maar is niet te vinden.");
        }
        await notificaties.ReactieAsync(melding.MeldpuntOrganisatieId, ct);
        return Gelukt;
    }

    private async Task<ReactieUitkomst?> EerdereReactieAsync(VerzendsleutelInvoer sleutel, string sleutelHash, string inhoudHash, CancellationToken ct)
    {
        var eerder = await db.Set<Verzendsleutel>().AsNoTracking().Where(v => v.Bereik == sleutel.Bereik && v.SleutelHash == sleutelHash)
            .Select(v => v.InhoudHash).FirstOrDefaultAsync(ct);
        return eerder is null ? null
            : eerder == inhoudHash ? Gelukt
            : new ReactieUitkomst(ReactieResultaat.Ongeldig, new Dictionary<string, string[]> { [AndereInhoudVeld] = ["Dit formulier was al verstuurd met een ander bericht."] });
    }

    private async Task<ReactieUitkomst> ZetOmAsync(Melding melding, Guid? medewerkerId, CancellationToken ct)
    {
        if (Omzetting.ZetOm(db, melding, medewerkerId, tijd.GetUtcNow()) is { } fout)
        {
            return new ReactieUitkomst(ReactieResultaat.Ongeldig, new Dictionary<string, string[]> { ["soort"] = [fout] });
        }
        await db.SaveChangesAsync(ct);
        return Gelukt;
    }

    private async Task<Melding?> EigenAsync(Guid id, ClaimsPrincipal professional, bool metBerichten, CancellationToken ct)
    {
        if (MedewerkerId(professional) is not { } medewerker)
        {
            return null;
        }
        IQueryable<Melding> q = db.Set<Melding>();
        if (metBerichten)
        {
            q = q.Include(m => m.Berichten);
        }
        return await q.FirstOrDefaultAsync(m => m.Id == id && m.IndienerMedewerkerId == medewerker, ct);
    }

    private static Guid? MedewerkerId(ClaimsPrincipal p) =>
        !p.IsApiClient() && Guid.TryParse(p.FindFirstValue(ClaimTypes.NameIdentifier), out var g) ? g : null;

    /// <summary>An attachment of the report found with this code, for download on the follow-up page.</summary>
    public async Task<(string Naam, string ContentType, byte[] Inhoud)?> BijlageAsync(string? ontvangstcode, Guid bijlageId, CancellationToken ct = default)
    {
        var melding = await VindAsync(ontvangstcode, metBerichten: false, ct);
        if (melding is null)
        {
            return null;
        }
        var b = await db.Set<Bijlage>().FirstOrDefaultAsync(x => x.Id == bijlageId && x.MeldingId == melding.Id, ct);
        return b is null ? null : bijlageOpslag.Lees(b);
    }

    internal static string BerichtContext(long id) => $"MeldingBericht.Tekst:{id}";

    internal MeldingOpvolging Weergave(Melding m, IReadOnlyList<(long? BerichtId, BijlageInfo Info)> alleBijlagen)
    {
        var bijlagen = alleBijlagen.Where(b => b.BerichtId is not null).ToLookup(b => b.BerichtId!.Value, b => b.Info);
        var zonderBericht = alleBijlagen.Where(b => b.BerichtId is null).Select(b => b.Info).ToList();
        var berichten = m.Berichten.OrderBy(b => b.Id).Select(b => new BerichtInfo(
            b.Tijdstip, b.Van,
            b.Sjabloon is { } s ? weergave.Sjabloon(s, m.Soort) : versleuteling.OntsleutelOfNull(b.TekstVersleuteld, BerichtContext(b.Id)) ?? "",
            [.. bijlagen[b.Id]])).ToList();
        var status = Terugkoppeling.MelderStatusVan(m.Status);
        if (zonderBericht.Count > 0 && berichten.Count > 0)
        {
            // Attachments sent with the report itself belong with the first entry the reporter sees.
            berichten[0] = berichten[0] with { Bijlagen = [.. berichten[0].Bijlagen, .. zonderBericht] };
        }
        return new MeldingOpvolging(m.Soort, status, weergave.Status(status), berichten, m.ContactVersleuteld is not null, m.ContactIngetrokkenOp is not null);
    }

    private async Task<Melding?> VindAsync(string? ontvangstcode, bool metBerichten, CancellationToken ct)
    {
        var geldig = Ontvangstcode.TryLees(ontvangstcode, out var cijfers);
        var hash = await hasher.HashAsync(geldig ? cijfers : Vervanger, ct);
        IQueryable<Melding> q = db.Set<Melding>();
        if (metBerichten)
        {
            q = q.Include(m => m.Berichten);
        }
        var melding = await q.FirstOrDefaultAsync(m => m.OntvangstcodeHash == hash, ct);
        return geldig ? melding : null;
    }
}
