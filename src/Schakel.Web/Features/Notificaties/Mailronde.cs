using System.Net;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Schakel.Web.Features.Schaal.Clustertaken;

namespace Schakel.Web.Features.Notificaties;

/// <summary>The SMTP client the settings describe: a pickup folder when <see cref="EmailOptions.Map"/> is set, else the server.</summary>
public static class SmtpVerbinding
{
    public static SmtpClient Maak(EmailOptions o, string inhoudsmap)
    {
        if (!string.IsNullOrWhiteSpace(o.Map))
        {
            var map = Path.GetFullPath(o.Map, inhoudsmap);
            Directory.CreateDirectory(map);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = map };
        }
        var client = new SmtpClient(o.SmtpHost, o.SmtpPoort) { EnableSsl = o.SmtpSsl };
        if (!string.IsNullOrWhiteSpace(o.SmtpGebruiker))
        {
            client.Credentials = new NetworkCredential(o.SmtpGebruiker, o.SmtpWachtwoord);
        }
        return client;
    }

    /// <summary>
    /// Sends one e-mail. False when the server refuses this address for good (5xx) or the address cannot be written:
    /// the caller goes on with the next, so one bad address does not hold up everyone after it. A passing refusal
    /// (4xx) or a broken connection still ends the round, which is tried again later.
    /// </summary>
    public static async Task<bool> VerstuurAsync(this SmtpClient smtp, string van, string aan, string onderwerp, string tekst, ILogger log, CancellationToken ct)
    {
        try
        {
            using var bericht = new MailMessage(van, aan, onderwerp, tekst);
            await smtp.SendMailAsync(bericht, ct);
            return true;
        }
        catch (Exception e) when (e is FormatException || (e is SmtpFailedRecipientException f && (int)f.StatusCode >= 500))
        {
            log.LogWarning("E-mail niet bezorgd: {Fout}", e.GetType().Name);
            return false;
        }
    }
}

/// <summary>
/// Sends waiting e-mails every <see cref="EmailOptions.Interval"/> when e-mail is on, on one node at a time (the cluster
/// slot <paramref name="slotnaam"/>), so two nodes never send the same e-mail. What failed stays waiting for the next round.
/// </summary>
internal abstract class Mailronde(Taakslot slot, IOptions<EmailOptions> opties, ILogger log, string slotnaam) : BackgroundService
{
    protected abstract Task VerstuurAsync(IServiceProvider diensten, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!opties.Value.Aan)
        {
            return;
        }
        using var timer = new PeriodicTimer(opties.Value.Interval);
        do
        {
            try
            {
                await slot.VoerUitAsync(slotnaam, VerstuurAsync, stoppingToken);
            }
            catch (Exception e) when (e is SmtpException or IOException or DbUpdateException)
            {
                log.LogWarning("E-mails ({Slot}) niet verstuurd: {Fout}", slotnaam, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
