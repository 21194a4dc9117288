using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Core.Sturing;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
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
}

internal sealed class TrainingsdekkingNogNietBekend : ITrainingsdekking
{
    public Task<bool?> GetraindInJaarAsync(string gemeenteCode, int jaar, CancellationToken ct) => Task.FromResult<bool?>(null);
}

/// <summary>A computed answer and the facts it rests on (shown as its evidence).</summary>
public sealed record BerekendAntwoord(Basisniveaustand Stand, string Bewijs);

/// <summary>
/// The checklist items Schakel can know itself, computed from its own data instead of typed:
/// a focal officer registered (an active account with that role at the municipality), trained this year
/// (<see cref="ITrainingsdekking"/>), a care coordinator whose service area covers the municipality.
/// </summary>
public sealed class BasisniveauBerekening(SchakelDbContext db, ITrainingsdekking training, TimeProvider tijd)
{
    public const string AandachtsfunctionarisGeregistreerd = "aandachtsfunctionaris-geregistreerd";
    public const string AandachtsfunctionarisGetraind = "aandachtsfunctionaris-getraind";
    public const string ZorgcoordinatorActief = "zorgcoordinator-actief";

    /// <summary>Per municipality and computation; a missing key means Schakel cannot tell (entered by hand).</summary>
    public async Task<Dictionary<(string Gemeente, string Berekening), BerekendAntwoord>> BerekenAsync(IReadOnlyCollection<string> gemeenten, CancellationToken ct)
    {
        var uit = new Dictionary<(string, string), BerekendAntwoord>();
        var rolId = await db.Roles.Where(r => r.Name == Rollen.Aandachtsfunctionaris).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var metAf = await (from m in db.Set<Medewerker>()
                           join ur in db.UserRoles on m.Id equals ur.UserId
                           join o in db.Set<Organisatie>() on m.OrganisatieId equals o.Id
                           where ur.RoleId == rolId && m.Actief && o.Actief && o.GemeenteCode != null && gemeenten.Contains(o.GemeenteCode)
                           group m by o.GemeenteCode into g
                           select new { Gemeente = g.Key!, Aantal = g.Count() }).ToDictionaryAsync(g => g.Gemeente, g => g.Aantal, ct);
        var zorg = await (from w in db.Set<OrganisatieWerkgebied>()
                          join o in db.Set<Organisatie>() on w.OrganisatieId equals o.Id
                          where o.Type == OrganisatieType.Zorgcoordinatie && o.Actief && gemeenten.Contains(w.CbsCode)
                          select new { w.CbsCode, o.Naam }).ToListAsync(ct);
        var jaar = tijd.GetUtcNow().Year;
        foreach (var g in gemeenten)
        {
            var aantal = metAf.GetValueOrDefault(g);
            uit[(g, AandachtsfunctionarisGeregistreerd)] = aantal > 0
                ? new(Basisniveaustand.Ja, $"{aantal} actieve account(s) met de rol aandachtsfunctionaris bij de gemeente in Schakel.")
                : new(Basisniveaustand.Nee, "Geen actieve account met de rol aandachtsfunctionaris bij de gemeente in Schakel.");
            var zc = zorg.Where(z => z.CbsCode == g).Select(z => z.Naam).OrderBy(n => n, StringComparer.Ordinal).ToList();
            uit[(g, ZorgcoordinatorActief)] = zc.Count > 0
                ? new(Basisniveaustand.Ja, "Werkgebied van " + string.Join(", ", zc) + ".")
                : new(Basisniveaustand.Nee, "Geen actieve zorgcoördinatie met de gemeente in haar werkgebied.");
            if (await training.GetraindInJaarAsync(g, jaar, ct) is { } getraind)
            {
                uit[(g, AandachtsfunctionarisGetraind)] = new(getraind ? Basisniveaustand.Ja : Basisniveaustand.Nee,
                    getraind ? $"Training in {jaar} geregistreerd." : $"Geen training in {jaar} geregistreerd.");
            }
        }
        return uit;
    }
}
