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
    private readonly Dictionary<Guid, bool> _beperkt = [];

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
        if (await BeperktAsync(rij.MeldingId, ct))
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

    /// <summary>
    /// The rule for the messages on a referral while processing in its report is restricted (art. 18 AVG), or null when it is not.
    /// Messages are free text between the parties and can name anyone, whatever level the referral was sent at, so this holds for
    /// every referral of the report, also one at level geen: the receiver reads no message text and neither side adds text until
    /// the restriction is lifted (only storage is allowed meanwhile, art. 18(2)). An ended basis for follow-up does not reach the
    /// messages: that limits what the receiver may receive from the report, while a restriction concerns the person in it.
    /// </summary>
    public async Task<LeesbeperkingWeergave?> BerichtenAsync(DoorverwijzingRij rij, CancellationToken ct) =>
        await BeperktAsync(rij.MeldingId, ct) ? new(Beperkt, teksten.Tekst("Berichten." + Beperkt)) : null;

    /// <summary>Whether a hit of a request on the report is handled as restricted now; asked once per report and request.</summary>
    private async Task<bool> BeperktAsync(Guid meldingId, CancellationToken ct)
    {
        if (!_beperkt.TryGetValue(meldingId, out var beperkt))
        {
            beperkt = await db.Set<VerzoekTreffer>().Where(VerzoekTreffer.BeperktNu).AnyAsync(h => h.MeldingId == meldingId, ct);
            _beperkt[meldingId] = beperkt;
        }
        return beperkt;
    }

    private LeesbeperkingWeergave Weergave(string code) => new(code, teksten.Tekst("Gelezen." + code));
}
