using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.ApiClients;

public sealed record ApiClientAanvraag(string? ClientId, string? Naam, Guid? OrganisatieId, IReadOnlyList<string>? Rollen);

public sealed record ApiClientWeergave(string ClientId, string Naam, Guid OrganisatieId, IReadOnlyList<string> Rollen, DateTimeOffset Aangemaakt, bool Actief, DateTimeOffset? Gedeactiveerd)
{
    public static ApiClientWeergave Van(ApiClient c) => new(c.ClientId, c.Naam, c.OrganisatieId, c.Rollen, c.Aangemaakt, c.Actief, c.Gedeactiveerd);
}

/// <summary>The new client with its secret: the only moment the secret is ever shown.</summary>
public sealed record NieuweApiClient(ApiClientWeergave Client, string ClientSecret);

/// <summary>Creating, listing and deactivating API clients; shared by the API and the management page.</summary>
public sealed class ApiClientBeheer(SchakelDbContext db, AuditTrail audit, TimeProvider tijd)
{
    public async Task<IReadOnlyList<ApiClientWeergave>> LijstAsync(CancellationToken ct) =>
        (await db.Set<ApiClient>().AsNoTracking().OrderBy(c => c.ClientId).ToListAsync(ct)).Select(ApiClientWeergave.Van).ToList();

    public async Task<ApiClientWeergave?> ZoekAsync(string clientId, CancellationToken ct) =>
        await db.Set<ApiClient>().AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, ct) is { } c ? ApiClientWeergave.Van(c) : null;

    public async Task<Validatie> ControleerAsync(ApiClientAanvraag a, CancellationToken ct)
    {
        var v = new Validatie();
        if (!ClientGeheim.IsGeldigeClientId(a.ClientId))
        {
            v.Fout(nameof(a.ClientId), $"Gebruik 3 tot {ClientGeheim.MaxLengteClientId} kleine letters, cijfers en streepjes, bijvoorbeeld 'shop-den-haag'.");
        }
        else if (await db.Set<ApiClient>().AnyAsync(c => c.ClientId == a.ClientId, ct))
        {
            v.Fout(nameof(a.ClientId), "Deze client-id bestaat al.");
        }
        v.Verplicht(a.Naam, nameof(a.Naam));
        v.Als(a.Naam?.Length > 200, nameof(a.Naam), "Gebruik hoogstens 200 tekens.");
        if (a.OrganisatieId is not { } org)
        {
            v.Fout(nameof(a.OrganisatieId), "Dit veld is verplicht.");
        }
        else if (!await db.Set<Organisatie>().AnyAsync(o => o.Id == org && o.Actief, ct))
        {
            v.Fout(nameof(a.OrganisatieId), "Deze organisatie bestaat niet of is niet actief.");
        }
        v.Als(a.Rollen is not { Count: > 0 }, nameof(a.Rollen), "Kies minstens één rol.");
        foreach (var rol in (a.Rollen ?? []).Where(r => !Rollen.IsGeldig(r)).Distinct())
        {
            v.Fout(nameof(a.Rollen), $"Onbekende rol '{rol}'. Kies uit: {string.Join(", ", Rollen.Alle)}.");
        }
        return v;
    }

    /// <summary>Call <see cref="ControleerAsync"/> first; this assumes valid input.</summary>
    public async Task<NieuweApiClient> MaakAsync(ApiClientAanvraag a, AuditActor door, string herkomst, CancellationToken ct)
    {
        var geheim = ClientGeheim.Nieuw();
        var client = new ApiClient
        {
            Id = Guid.NewGuid(),
            ClientId = a.ClientId!,
            Naam = a.Naam!.Trim(),
            OrganisatieId = a.OrganisatieId!.Value,
            Rollen = a.Rollen!.Distinct(StringComparer.Ordinal).ToList(),
            GeheimHash = ClientGeheim.Hash(geheim),
            Aangemaakt = tijd.GetUtcNow(),
        };
        db.Add(client);
        await audit.VastleggenAsync(db, new AuditInvoer(door, "apiclient.aangemaakt", "apiclient", client.ClientId, AuditResultaat.Gelukt, herkomst), ct);
        return new NieuweApiClient(ApiClientWeergave.Van(client), geheim);
    }

    /// <summary>False when the client does not exist. Deactivating twice is harmless.</summary>
    public async Task<bool> DeactiveerAsync(string clientId, AuditActor door, string herkomst, CancellationToken ct)
    {
        var client = await db.Set<ApiClient>().FirstOrDefaultAsync(c => c.ClientId == clientId, ct);
        if (client is null)
        {
            return false;
        }
        if (client.Actief)
        {
            client.Actief = false;
            client.Gedeactiveerd = tijd.GetUtcNow();
            await audit.VastleggenAsync(db, new AuditInvoer(door, "apiclient.gedeactiveerd", "apiclient", client.ClientId, AuditResultaat.Gelukt, herkomst), ct);
        }
        return true;
    }
}
