using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Documenten;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording.Certificaat;

/// <summary>
/// What a certificate of attendance says: who, which session of which offer, when and where. <c>Deelnemer</c> is the
/// display name of a professional (or the name a public participant gave); null shows "deelnemer" with the organisation.
/// </summary>
public sealed record CertificaatWeergave(Guid InschrijvingId, string? Deelnemer, string? Organisatie, string AanbodTitel, string Aanbieder, string? Organisatoren,
    DateTimeOffset Begin, DateTimeOffset Einde, string? Plaats, string? Reeks);

/// <summary>
/// The certificate of attendance, written once as a Razor partial and printed to a tagged PDF by the shared document
/// service. Only a participant marked present on a place has one. The name on it is personal data, so making it is
/// an audited read. The file name says what it is and the session's date, never the person.
/// </summary>
public sealed class Certificaten(SchakelDbContext db, Inschrijven inschrijven, AuditTrail audit, HtmlWeergave html, PdfAfdrukker afdrukker)
{
    public const string Partial = "/Features/Bewustwording/Certificaat/_Certificaat.cshtml";
    public const string ActieCertificaat = "bewustwording.certificaat";

    public async Task<CertificaatWeergave?> WeergaveAsync(Guid inschrijvingId, CancellationToken ct)
    {
        var i = await db.Set<Inschrijving>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == inschrijvingId, ct);
        if (i is null || !Evaluatieresultaat.HeeftCertificaat(i.Status, i.Aanwezig))
        {
            return null;
        }
        var sessie = await db.Set<Sessie>().AsNoTracking().FirstAsync(s => s.Id == i.SessieId, ct);
        var aanbod = await db.Set<Aanbod>().AsNoTracking().FirstAsync(a => a.Id == sessie.AanbodId, ct);
        // A professional is named by the display name they chose, never by the e-mail address they sign in with.
        var naam = i.MedewerkerId is { } m
            ? await db.Set<Accounts.Medewerker>().AsNoTracking().Where(x => x.Id == m).Select(x => x.Weergavenaam).FirstOrDefaultAsync(ct)
            : inschrijven.Naam(i);
        var organisatie = i.OrganisatieId is { } o
            ? await db.Set<Organisaties.Organisatie>().AsNoTracking().Where(x => x.Id == o).Select(x => x.Naam).FirstOrDefaultAsync(ct)
            : null;
        return new CertificaatWeergave(i.Id, string.IsNullOrWhiteSpace(naam) ? null : naam, organisatie, aanbod.Titel, aanbod.AanbiederNaam, sessie.Organisatoren, sessie.Begin, sessie.Einde, sessie.Plaats, sessie.Reeks);
    }

    /// <summary>The PDF, or 404 when there is no certificate; 503 with Retry-After when no printer is available.</summary>
    public async Task<IResult> PdfAsync(HttpContext http, Guid inschrijvingId, AuditActor actor, CancellationToken ct)
    {
        if (await WeergaveAsync(inschrijvingId, ct) is not { } weergave)
        {
            return Results.NotFound();
        }
        await audit.SchrijfAsync(actor, ActieCertificaat, Inschrijven.ObjectType, inschrijvingId.ToString(), AuditResultaat.Gelukt, Herkomst.Web, ct);
        var inhoud = await html.PartialAsync(http, Partial, weergave);
        var titel = $"Certificaat van deelname – {weergave.AanbodTitel}";
        var document = await html.DocumentAsync(titel, inhoud, ct: ct);
        return await Documentresultaat.PdfAsync(http, afdrukker, document,
            $"certificaat-{weergave.Begin.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}", ct);
    }
}
