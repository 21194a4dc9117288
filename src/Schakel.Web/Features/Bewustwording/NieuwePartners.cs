using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Bewustwording;

public sealed record NieuwePartner(Organisatie Organisatie, DateTimeOffset Sinds, IReadOnlyList<Aanbod> Passend);

/// <summary>
/// New chain partners "zodat zij de juiste trainingen krijgen" (Jaarplan 2024 §4.1): organisations that joined in the
/// last 12 months and attended nothing yet, with the offers that fit their kind. The join date is the directory's
/// <c>Toegetreden</c> (set when an organisation is added; existing rows got their first account's date in the
/// migration); only an organisation without one (an import) falls back to its first account.
/// </summary>
public sealed class NieuwePartners(SchakelDbContext db, TimeProvider tijd)
{
    public static IReadOnlyList<string> DoelgroepenVoor(OrganisatieType type) => type switch
    {
        OrganisatieType.Gemeente => [.. Doelgroepen.Alle.Where(d => d.Groep == Doelgroepen.GroepGemeente).Select(d => d.Code), Doelgroepen.AandachtsfunctionarisNieuw],
        OrganisatieType.Politie or OrganisatieType.KMar => ["keten.eerstelijns-opsporing", "extern.wijkagent"],
        OrganisatieType.NLA or OrganisatieType.OM or OrganisatieType.RIEC or OrganisatieType.HEIT => ["keten.eerstelijns-opsporing"],
        OrganisatieType.Ketenregie => ["keten.ketenregisseur"],
        _ => ["extern.zorg", "extern.jeugdzorg", "extern.ggz", "extern.schuldhulp", "extern.reclassering"],
    };

    public async Task<IReadOnlyList<NieuwePartner>> LijstAsync(CancellationToken ct)
    {
        var grens = tijd.GetUtcNow().AddMonths(-12);
        var eersteAccount = (await db.Set<Medewerker>().AsNoTracking().Select(m => new { m.OrganisatieId, m.AangemaaktOp }).ToListAsync(ct))
            .GroupBy(m => m.OrganisatieId).ToDictionary(g => g.Key, g => g.Min(m => m.AangemaaktOp));
        var deelgenomen = (await db.Set<Inschrijving>().AsNoTracking().Where(i => i.Aanwezig == true && i.OrganisatieId != null)
            .Select(i => i.OrganisatieId!.Value).Distinct().ToListAsync(ct)).ToHashSet();
        // A trainer or knowledge organisation gives the trainings; it is no partner to be trained.
        var organisaties = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Actief && o.Type != OrganisatieType.Kennisorganisatie).ToListAsync(ct);
        var aanbod = await db.Set<Aanbod>().AsNoTracking().Where(a => a.Actief).ToListAsync(ct);
        return organisaties
            .Select(o => (o, Sinds: o.Toegetreden ?? (eersteAccount.TryGetValue(o.Id, out var eerste) ? eerste : (DateTimeOffset?)null)))
            .Where(x => x.Sinds >= grens && !deelgenomen.Contains(x.o.Id))
            .Select(x =>
            {
                var (o, sinds) = x;
                var passend = DoelgroepenVoor(o.Type);
                return new NieuwePartner(o, sinds!.Value, aanbod.Where(a => a.Doelgroepen.Any(passend.Contains)).OrderBy(a => a.Titel, StringComparer.CurrentCulture).ToList());
            })
            .OrderBy(p => p.Organisatie.Naam, StringComparer.CurrentCulture).ToList();
    }
}
