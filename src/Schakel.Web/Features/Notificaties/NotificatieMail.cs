using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Schaal.Clustertaken;

namespace Schakel.Web.Features.Notificaties;

public sealed class EmailOptions
{
    public const string Sectie = "Email";

    /// <summary>Absolute address of this Schakel, for the link in the e-mail (https://schakel.example.nl).</summary>
    public string? BasisUrl { get; set; }
    public string Van { get; set; } = "schakel@localhost";
    /// <summary>A folder to write .eml files to instead of sending (development and tests).</summary>
    public string? Map { get; set; }
    public string? SmtpHost { get; set; }
    public int SmtpPoort { get; set; } = 587;
    public bool SmtpSsl { get; set; } = true;
    public string? SmtpGebruiker { get; set; }
    public string? SmtpWachtwoord { get; set; }
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    public bool Aan => !string.IsNullOrWhiteSpace(BasisUrl) && (!string.IsNullOrWhiteSpace(Map) || !string.IsNullOrWhiteSpace(SmtpHost));
}

/// <summary>
/// Sends the e-mails of waiting notifications. The text is the same for every notification: that there is
/// something new, and a link. E-mail crosses systems Schakel does not control, so it carries nothing else —
/// not the kind, not an id, not a name.
/// </summary>
public sealed class NotificatieMail(
    SchakelDbContext db, IOptions<EmailOptions> opties, IHostEnvironment omgeving, TimeProvider tijd, ILogger<NotificatieMail> log)
{
    public const string Onderwerp = "Nieuw in Schakel";

    public static string Tekst(string url) =>
        $"""
        Er is iets nieuws voor u in Schakel. Meld u aan om het te bekijken:
        {url}

        Deze e-mail bevat bewust geen inhoud.

        There is something new for you in Schakel. Sign in to see it:
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
        var wachtend = await db.Set<Notificatie>().Where(n => n.GemaildOp == null).OrderBy(n => n.Id).Take(100).ToListAsync(ct);
        var verstuurd = 0;
        using var smtp = SmtpVerbinding.Maak(o, omgeving.ContentRootPath);
        foreach (var n in wachtend)
        {
            var url = o.BasisUrl!.TrimEnd('/') + n.Link;
            foreach (var adres in await AdressenAsync(n, ct))
            {
                if (await smtp.VerstuurAsync(o.Van, adres, Onderwerp, Tekst(url), log, ct))
                {
                    verstuurd++;
                }
            }
            n.GemaildOp = tijd.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        if (verstuurd > 0)
        {
            log.LogInformation("{Aantal} notificatie-e-mails verstuurd", verstuurd);
        }
        return verstuurd;
    }

    private async Task<List<string>> AdressenAsync(Notificatie n, CancellationToken ct)
    {
        var medewerkers = n.Rol is null ? db.Set<Medewerker>().Where(m => m.Actief) : Rolhouders.Met(db, n.Rol);
        return await medewerkers.Where(m => m.OrganisatieId == n.OrganisatieId && m.Email != null).Select(m => m.Email!).ToListAsync(ct);
    }
}

/// <summary>Sends waiting notification e-mails every <see cref="EmailOptions.Interval"/>.</summary>
internal sealed class NotificatieMailer(Taakslot slot, IOptions<EmailOptions> opties, ILogger<NotificatieMailer> log)
    : Mailronde(slot, opties, log, "notificaties.mail")
{
    protected override Task VerstuurAsync(IServiceProvider diensten, CancellationToken ct) =>
        diensten.GetRequiredService<NotificatieMail>().VerstuurOpenstaandeAsync(ct);
}
