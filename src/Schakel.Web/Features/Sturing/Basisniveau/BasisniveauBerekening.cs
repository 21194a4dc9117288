using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Schakel.Core.Organisaties;
using Schakel.Core.Sturing;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Sturing;

/// <summary>
/// Whether the municipality's focal officer was trained this year. Training records come from the awareness
/// feature (Bewustwording); until it registers its own implementation this answers null, and the item is
/// entered by hand. Replace the registration in <c>SturingModule</c> to compute it.
/// </summary>
public interface ITrainingsdekking
{
    Task<bool?> GetraindInJaarAsync(string gemeenteCode, int jaar, CancellationToken ct);

    /// <summary>Several municipalities in one read; a municipality left out is unknown.</summary>
    Task<IReadOnlyDictionary<string, bool?>> GetraindInJaarAsync(IReadOnlyList<string> gemeenteCodes, int jaar, CancellationToken ct);
}

internal sealed class TrainingsdekkingNogNietBekend : ITrainingsdekking
{
    public Task<bool?> GetraindInJaarAsync(string gemeenteCode, int jaar, CancellationToken ct) => Task.FromResult<bool?>(null);

    public Task<IReadOnlyDictionary<string, bool?>> GetraindInJaarAsync(IReadOnlyList<string> gemeenteCodes, int jaar, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, bool?>>(new Dictionary<string, bool?>());
}

/// <summary>A computed answer and the facts it rests on (shown as its evidence, in the reader's language).</summary>
public sealed record BerekendAntwoord(Basisniveaustand Stand, string Bewijs);

/// <summary>
/// The checklist items Schakel can know itself, computed from its own data instead of typed:
/// a focal officer registered (an active entry in the focal-officer register), trained this year
/// (<see cref="ITrainingsdekking"/>), a care coordinator whose service area covers the municipality.
/// Schakel writes the evidence itself, so it is written in the reader's language, unlike evidence typed by hand.
/// </summary>
public sealed class BasisniveauBerekening(
    SchakelDbContext db, IAandachtsfunctionarissen register, ITrainingsdekking training, IStringLocalizer<SturingTeksten> t, TimeProvider tijd)
{
    public const string AandachtsfunctionarisGeregistreerd = "aandachtsfunctionaris-geregistreerd";
    public const string AandachtsfunctionarisGetraind = "aandachtsfunctionaris-getraind";
    public const string ZorgcoordinatorActief = "zorgcoordinator-actief";

    /// <summary>
    /// Per municipality and computation; a missing key means Schakel cannot tell (entered by hand). With a
    /// <paramref name="peil"/> (the end of a past year) the answer is as it stood then: focal officers appointed by that
    /// day and not ended before it (an officer who has left since still counts for the years served), training in that year.
    /// </summary>
    public async Task<Dictionary<(string Gemeente, string Berekening), BerekendAntwoord>> BerekenAsync(
        IReadOnlyCollection<string> gemeenten, CancellationToken ct, DateTimeOffset? peil = null)
    {
        var uit = new Dictionary<(string, string), BerekendAntwoord>();
        var peildag = peil is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : (DateOnly?)null;
        var metAf = (await register.AlleAsync(alleenActief: peildag is null, ct))
            .Where(a => gemeenten.Contains(a.GemeenteCode) && (peildag is not { } d || a.DiendeOp(d)))
            .GroupBy(a => a.GemeenteCode).ToDictionary(g => g.Key, g => g.Count());
        var zorg = await (from w in db.Set<OrganisatieWerkgebied>()
                          join o in db.Set<Organisatie>() on w.OrganisatieId equals o.Id
                          where o.Type == OrganisatieType.Zorgcoordinatie && o.Actief && gemeenten.Contains(w.CbsCode)
                          select new { w.CbsCode, o.Naam }).ToListAsync(ct);
        var jaar = (peil ?? tijd.GetUtcNow()).Year;
        var getraindPerGemeente = await training.GetraindInJaarAsync([.. gemeenten], jaar, ct);
        foreach (var g in gemeenten)
        {
            var aantal = metAf.GetValueOrDefault(g);
            uit[(g, AandachtsfunctionarisGeregistreerd)] = aantal > 0
                ? new(Basisniveaustand.Ja, t["BewijsAfGeregistreerd", aantal])
                : new(Basisniveaustand.Nee, t["BewijsAfNietGeregistreerd"]);
            var zc = zorg.Where(z => z.CbsCode == g).Select(z => z.Naam).OrderBy(n => n, StringComparer.Ordinal).ToList();
            uit[(g, ZorgcoordinatorActief)] = zc.Count > 0
                ? new(Basisniveaustand.Ja, t["BewijsZorgcoordinatie", string.Join(", ", zc)])
                : new(Basisniveaustand.Nee, t["BewijsGeenZorgcoordinatie"]);
            if (getraindPerGemeente.GetValueOrDefault(g) is { } getraind)
            {
                uit[(g, AandachtsfunctionarisGetraind)] = new(getraind ? Basisniveaustand.Ja : Basisniveaustand.Nee,
                    t[getraind ? "BewijsGetraind" : "BewijsNietGetraind", jaar]);
            }
        }
        return uit;
    }
}
