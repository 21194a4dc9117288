using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Schaal.Clustertaken;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>
/// Tells participants that something changed in their sign-up (moved up from the waiting list, the session changed or
/// was cancelled). The e-mail carries one fixed text and the address of the participant's own page, as the
/// notification e-mails do: not the session, not the offer, not the kind of change, not a name. What changed is on
/// the page they already know from signing up: <c>/bewustwording/mijn</c> for a professional, and
/// <c>/bewustwording/mijn-aanmelding</c> (with the code from the confirmation) for a public participant.
/// Uses the e-mail settings of <see cref="EmailOptions"/>; without them the change shows on the page only.
/// </summary>
public sealed class InschrijvingBerichten(SchakelDbContext db, Inschrijven inschrijven, AuditTrail audit, IOptions<EmailOptions> opties,
    IHostEnvironment omgeving, ILogger<InschrijvingBerichten> log)
{
    public const string Onderwerp = "Wijziging in uw aanmelding";
    public const string Actie = "bewustwording.bericht-verstuurd";
    public const string PadProfessional = "/bewustwording/mijn";
    public const string PadPubliek = "/bewustwording/mijn-aanmelding";

    public static string Tekst(string url) =>
        $"""
        Er is iets gewijzigd in uw aanmelding voor een bijeenkomst in Schakel. Bekijk het hier:
        {url}

        Deze e-mail bevat bewust geen inhoud.

        Something changed in your sign-up for a session in Schakel. See it here:
        {url}
        """;

    /// <returns>The number of e-mails sent.</returns>
    public async Task<int> VerstuurOpenstaandeAsync(CancellationToken ct = default)
    {
        var o = opties.Value;
        if (!o.Aan)
        {
            return 0;
        }
        var wachtend = await db.Set<Inschrijving>().Where(i => i.BerichtWachtend).OrderBy(i => i.Id).Take(200).ToListAsync(ct);
        if (wachtend.Count == 0)
        {
            return 0;
        }
        var accounts = wachtend.Where(i => i.MedewerkerId is not null).Select(i => i.MedewerkerId!.Value).ToList();
        var adressen = await db.Set<Accounts.Medewerker>().AsNoTracking().Where(m => accounts.Contains(m.Id) && m.Actief && m.Email != null)
            .ToDictionaryAsync(m => m.Id, m => m.Email!, ct);
        using var smtp = SmtpVerbinding.Maak(o, omgeving.ContentRootPath);
        var verstuurd = 0;
        foreach (var i in wachtend)
        {
            var (adres, pad) = i.MedewerkerId is { } m ? (adressen.GetValueOrDefault(m), PadProfessional) : (inschrijven.Email(i), PadPubliek);
            i.BerichtWachtend = false;
            if (adres is null)
            {
                // Erased after the retention period, or the account was closed: nobody to tell, so nothing waits.
                await db.SaveChangesAsync(ct);
                continue;
            }
            if (!await smtp.VerstuurAsync(o.Van, adres, Onderwerp, Tekst(o.BasisUrl!.TrimEnd('/') + pad), log, ct))
            {
                // Refused for good: the message stays on the participant's own page, and the e-mail is not tried again.
                await db.SaveChangesAsync(ct);
                continue;
            }
            verstuurd++;
            // The address was decrypted to send: recorded as a use of personal data, one entry per sign-up.
            await audit.VastleggenAsync(db, new AuditInvoer(AuditActor.Systeem, Actie, Inschrijven.ObjectType, i.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Systeem), ct);
        }
        return verstuurd;
    }
}

/// <summary>Sends waiting sign-up e-mails every <see cref="EmailOptions.Interval"/>, on one node at a time.</summary>
internal sealed class InschrijvingBerichtenMailer(Taakslot slot, IOptions<EmailOptions> opties, ILogger<InschrijvingBerichtenMailer> log)
    : Mailronde(slot, opties, log, "bewustwording.berichten")
{
    protected override Task VerstuurAsync(IServiceProvider diensten, CancellationToken ct) =>
        diensten.GetRequiredService<InschrijvingBerichten>().VerstuurOpenstaandeAsync(ct);
}
