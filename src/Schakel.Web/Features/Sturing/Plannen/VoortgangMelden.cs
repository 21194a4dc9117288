using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Sturing;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Sturing.Plannen;

/// <summary>What an owner reports on an action for a quarter.</summary>
public sealed record VoortgangInvoer(string? Kwartaal, string? Tekst, Voortgangskleur? Kleur, string? VolgendeStap, string? Risicos, Actiestatus? Status);

public abstract record VoortgangUitkomst
{
    public sealed record Gelukt(VoortgangRegel Regel) : VoortgangUitkomst;
    /// <summary>A retry with an Idempotency-Key already used for the same content: the first entry, nothing new stored.</summary>
    public sealed record Herhaald(VoortgangRegel Regel) : VoortgangUitkomst;
    /// <summary>The Idempotency-Key was used before for other content (or another action).</summary>
    public sealed record AndereInhoud : VoortgangUitkomst;
    public sealed record NietGevonden : VoortgangUitkomst;
    public sealed record Geweigerd : VoortgangUitkomst;
    public sealed record Ongeldig(Dictionary<string, string[]> Fouten) : VoortgangUitkomst;
}

/// <summary>
/// One progress entry by an owner organisation: validated at once (every field's error together), stored with
/// the action's new status and its audit entry in one transaction. A quarter may have several entries; the
/// report shows the newest.
/// </summary>
public sealed class VoortgangMelden(SchakelDbContext db, SturingToegang toegang, Actieplannen plannen, AuditTrail audit, TimeProvider tijd, Verzendsleutels verzendsleutels)
{
    /// <summary>The field name under which a malformed Idempotency-Key is reported.</summary>
    public const string SleutelVeld = "Idempotency-Key";

    public const int MaxTekst = 4000;
    public const int MaxKort = 2000;

    public async Task<VoortgangUitkomst> MeldAsync(Guid actieId, VoortgangInvoer invoer, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct, string? formuliersleutel = null, string? idempotencyKey = null)
    {
        if (await plannen.ActieAsync(actieId, ct) is not { } gevonden)
        {
            return new VoortgangUitkomst.NietGevonden();
        }
        if (!await toegang.MagVoortgangMeldenAsync(gebruiker, gevonden.Actie, gevonden.Plan, ct))
        {
            await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "sturing.voortgang.gemeld", nameof(Actie), actieId.ToString(), AuditResultaat.Geweigerd, herkomst), ct);
            return new VoortgangUitkomst.Geweigerd();
        }
        var fouten = Valideer(invoer, gevonden.Plan, tijd.GetUtcNow(), out var kwartaal);
        if (idempotencyKey is not null && !VerzendsleutelInvoer.IsGeldig(idempotencyKey))
        {
            fouten[SleutelVeld] = [$"Geef een sleutel van {VerzendsleutelInvoer.MinLengte} tot {VerzendsleutelInvoer.MaxLengte} zichtbare tekens, bijvoorbeeld een UUID."];
        }
        if (fouten.Count > 0)
        {
            return new VoortgangUitkomst.Ongeldig(fouten);
        }
        string? sleutelHash = null, inhoudHash = null;
        if (idempotencyKey is not null)
        {
            // Keys are scoped per organisation; the content hash binds the action and the body as read, so spacing does not matter.
            sleutelHash = verzendsleutels.SleutelHash(new VerzendsleutelInvoer($"sturing.voortgang:{gebruiker.OrganisatieId()}", idempotencyKey, TimeSpan.Zero));
            inhoudHash = verzendsleutels.InhoudHash($"{actieId}\n{JsonSerializer.Serialize(invoer)}", []);
            if (await EerderMetSleutelAsync(sleutelHash, inhoudHash, gebruiker, ct) is { } herhaald)
            {
                return herhaald;
            }
        }
        if (formuliersleutel is not null && await db.Set<Voortgang>().AsNoTracking().FirstOrDefaultAsync(x => x.Formuliersleutel == formuliersleutel && x.ActieId == actieId, ct) is { } eerder)
        {
            return new VoortgangUitkomst.Gelukt(Actieplannen.Regel(eerder, (await toegang.OrganisatieAsync(gebruiker, ct))?.Naam ?? ""));
        }
        var v = new Voortgang
        {
            Formuliersleutel = formuliersleutel, SleutelHash = sleutelHash, InhoudHash = inhoudHash,
            Id = Guid.CreateVersion7(), ActieId = actieId, Jaar = kwartaal.Jaar, Kwartaal = kwartaal.Nummer, Tekst = invoer.Tekst!.Trim(),
            Kleur = invoer.Kleur!.Value, VolgendeStap = Leeg(invoer.VolgendeStap), Risicos = Leeg(invoer.Risicos),
            Status = invoer.Status!.Value, OrganisatieId = gebruiker.OrganisatieId()!.Value, GemeldOp = tijd.GetUtcNow(),
        };
        db.Add(v);
        var actie = await db.Set<Actie>().SingleAsync(a => a.Id == actieId, ct);
        actie.Status = v.Status;
        try
        {
            await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "sturing.voortgang.gemeld", nameof(Actie), actieId.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        }
        catch (DbUpdateException) when (sleutelHash is not null)
        {
            // Two requests with the same key at once: the unique index lets one through; the other answers as its retry.
            db.ChangeTracker.Clear();
            return await EerderMetSleutelAsync(sleutelHash, inhoudHash!, gebruiker, ct) ?? throw new InvalidOperationException("Sleutel botst maar is niet te vinden.");
        }
        var organisatie = (await toegang.OrganisatieAsync(gebruiker, ct))?.Naam ?? "";
        return new VoortgangUitkomst.Gelukt(Actieplannen.Regel(v, organisatie));
    }

    private async Task<VoortgangUitkomst?> EerderMetSleutelAsync(string sleutelHash, string inhoudHash, ClaimsPrincipal gebruiker, CancellationToken ct)
    {
        var eerder = await db.Set<Voortgang>().AsNoTracking().FirstOrDefaultAsync(x => x.SleutelHash == sleutelHash, ct);
        if (eerder is null)
        {
            return null;
        }
        return eerder.InhoudHash == inhoudHash
            ? new VoortgangUitkomst.Herhaald(Actieplannen.Regel(eerder, (await toegang.OrganisatieAsync(gebruiker, ct))?.Naam ?? ""))
            : new VoortgangUitkomst.AndereInhoud();
    }

    private static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>The quarter must lie within the plan's years and not in the future.</summary>
    public static Dictionary<string, string[]> Valideer(VoortgangInvoer invoer, Plan plan, DateTimeOffset nu, out Kwartaal kwartaal)
    {
        var fouten = new Dictionary<string, string[]>();
        kwartaal = default;
        if (!Kwartaal.TryParse(invoer.Kwartaal, out kwartaal))
        {
            fouten["kwartaal"] = ["Geef het kwartaal als JJJJ-Qn, bijvoorbeeld 2024-Q2."];
        }
        else if (kwartaal.Jaar < plan.VanJaar || kwartaal.Jaar > plan.TotJaar)
        {
            fouten["kwartaal"] = [$"Het kwartaal ligt buiten de looptijd van het plan ({plan.VanJaar}–{plan.TotJaar})."];
        }
        else if (kwartaal > Kwartaal.Van(nu))
        {
            fouten["kwartaal"] = ["Voortgang gaat over een kwartaal dat begonnen is, niet over een later kwartaal."];
        }
        if (string.IsNullOrWhiteSpace(invoer.Tekst))
        {
            fouten["tekst"] = ["Beschrijf de voortgang."];
        }
        else if (invoer.Tekst.Length > MaxTekst)
        {
            fouten["tekst"] = [$"De voortgang is langer dan {MaxTekst} tekens."];
        }
        if (invoer.Kleur is null)
        {
            fouten["kleur"] = ["Kies groen, oranje of rood."];
        }
        if (invoer.Status is null)
        {
            fouten["status"] = ["Kies de status van de actie."];
        }
        if (invoer.VolgendeStap?.Length > MaxKort)
        {
            fouten["volgendeStap"] = [$"De volgende stap is langer dan {MaxKort} tekens."];
        }
        if (invoer.Risicos?.Length > MaxKort)
        {
            fouten["risicos"] = [$"De risico's zijn langer dan {MaxKort} tekens."];
        }
        return fouten;
    }
}
