using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Doorverwijzing.Werkstroom;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Grondslagen;
using Schakel.Web.Features.Privacy.Rechten;

namespace Schakel.Web.Features.Doorverwijzing.Partner;

/// <summary>Why a referral that carried personal data is now read without it: a stable code and its text in the reader's language.</summary>
public sealed record LeesbeperkingWeergave(string Code, string Tekst);

/// <summary>
/// A referral is checked again on every read by its receiver, not only when it was sent. When what allowed it has gone since, the
/// receiver reads it at level geen (the signal and how to reach the sender), and is told why:
/// <list type="bullet">
/// <item><c>verwerking-beperkt</c>: a hit of a request of a person concerned was handled as restricted (art. 18 AVG); this reaches
/// referrals sent before the restriction.</item>
/// <item><c>verwerkingsgrondslag-vervallen</c>: the receiver no longer has a recorded basis for follow-up (ended or removed by the
/// beheerder after the referral was sent).</item>
/// </list>
/// A referral at level geen without reporter details carries no personal data, so nothing limits it.
/// </summary>
public sealed class Leesbeperking(SchakelDbContext db, DeelTekst teksten)
{
    public const string Beperkt = DoorverwijzingVersturen.BeperktCode;
    public const string GrondslagVervallen = "verwerkingsgrondslag-vervallen";

    private Verwerkingsgrondslagen? _grondslagen;

    /// <summary>A referral that carries personal data: above level geen, or with the reporter's details. One rule for queries and reads.</summary>
    public static readonly Expression<Func<DoorverwijzingRij, bool>> MetPersoonsgegevens = d => d.Deelniveau != Deelniveau.Geen || d.MetMeldergegevens;

    private static readonly Func<DoorverwijzingRij, bool> Draagt = MetPersoonsgegevens.Compile();

    public static bool DraagtPersoonsgegevens(DoorverwijzingRij rij) => Draagt(rij);

    /// <summary>The limit that applies to this referral now, or null.</summary>
    public async Task<LeesbeperkingWeergave?> BepaalAsync(DoorverwijzingRij rij, CancellationToken ct)
    {
        if (!DraagtPersoonsgegevens(rij))
        {
            return null;
        }
        if (await db.Set<VerzoekTreffer>().Where(VerzoekTreffer.BeperktNu).AnyAsync(h => h.MeldingId == rij.MeldingId, ct))
        {
            return Weergave(Beperkt);
        }
        var ontvanger = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == rij.OntvangerOrganisatieId)
            .Select(o => new { o.Type, o.Partijcategorie }).FirstOrDefaultAsync(ct);
        // The recorded bases are read once per request (this service is scoped): an inbox or a page reading several referrals asks once.
        _grondslagen ??= await VerwerkingsgrondslagOpslag.HuidigAsync(db, ct);
        return ontvanger is null || !_grondslagen.Heeft(rij.OntvangerOrganisatieId, ontvanger.Partijcategorie, ontvanger.Type, Verwerkingsdoel.Opvolging)
            ? Weergave(GrondslagVervallen)
            : null;
    }

    private LeesbeperkingWeergave Weergave(string code) => new(code, teksten.Tekst("Gelezen." + code));
}
