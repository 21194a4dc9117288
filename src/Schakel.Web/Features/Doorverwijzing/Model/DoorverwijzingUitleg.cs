using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Teksten;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Taal;

namespace Schakel.Web.Features.Doorverwijzing.Model;

/// <summary>A part of a referral's explanation for systems: its stable code (null: text kept as written) and its text.</summary>
public sealed record UitlegDeel(string? Code, string Tekst);

/// <summary>A referral's purpose for systems: its key (null: typed by staff) and its text in the reader's language.</summary>
public sealed record DoelWeergave(string? Code, string Tekst);

/// <summary>
/// How a stored referral says why it was made and for what: the explanation's messages (or, on a row not yet converted,
/// its old Dutch text read back into codes) and the purpose key, each in the reader's language.
/// </summary>
public static class DoorverwijzingUitleg
{
    public static IReadOnlyList<Bericht> Redenen(string? uitlegBerichten, string uitleg) =>
        uitlegBerichten is null ? Uitlegherkenning.Herken(uitleg) : BerichtJson.Deserialiseer(uitlegBerichten);

    /// <summary>The code that names a reason: the first coded part of a series, or null when it is text kept as written.</summary>
    public static string? Code(Bericht reden) => reden.Code switch
    {
        "" => null,
        Bericht.ReeksCode or Bericht.ZinnenCode => reden.Argumenten.OfType<Bericht>().Select(Code).FirstOrDefault(),
        _ => reden.Code,
    };

    public static IReadOnlyList<UitlegDeel> Delen(IReadOnlyList<Bericht> redenen, DomeinTekst d) =>
        [.. redenen.Select(r => new UitlegDeel(Code(r), d[r]))];

    public static string Tekst(IReadOnlyList<Bericht> redenen, DomeinTekst d) => string.Join("; ", redenen.Select(r => d[r]));

    /// <summary>The names of the stored route's current rules by code, for purposes that are a rule outside the default route.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RegelnamenAsync(SchakelDbContext db, CancellationToken ct) =>
        await db.Set<MeldrouteRegelVersie>().AsNoTracking().Where(r => r.VervangenOp == null)
            .ToDictionaryAsync(r => r.Code, r => r.Naam, StringComparer.Ordinal, ct);

    public static Bericht Doel(string? doelCode, string doel, IReadOnlyDictionary<string, string>? regelnamen = null) =>
        Routeberichten.Doel(doelCode, doel, doelCode is not null && regelnamen?.TryGetValue(doelCode, out var naam) == true ? naam : null);
}
