using Microsoft.EntityFrameworkCore;
using Schakel.Core.Keten;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Keten.Gids;

/// <summary>
/// The public view of the directory. These records are the ONLY shape the public pages and the HSDS export
/// see: internal notes are not in them, and a confidential location comes through as its front door only
/// (no name, no address), so no page or export can show what it never received.
/// </summary>
public sealed record PubliekeOrganisatie(Guid Id, string Naam, string? Email, string? Website, string? Telefoon);

public sealed record PubliekeLocatie(Guid Id, Guid OrganisatieId, string? Naam, string? Adres, string? Postcode, string? Plaats, string? GemeenteCode,
    bool Vertrouwelijk, string? Telefoon, string? Email, IReadOnlyList<PubliekeOpeningstijd> Openingstijden);

public sealed record PubliekeOpeningstijd(Guid Id, string Dagen, TimeOnly? Opent, TimeOnly? Sluit, string? Omschrijving);

public sealed record PubliekeTelefoon(Guid Id, string Nummer, string? Omschrijving);

public sealed record PubliekContact(Guid Id, string Naam, string? Functie, string? Email, string? Telefoon);

public sealed record PubliekeDienst(
    Guid Id,
    PubliekeOrganisatie Organisatie,
    string Naam,
    string? Beschrijving,
    Dienstsoort Soort,
    Dienstzijde Zijde,
    IReadOnlyList<Uitbuitingsvorm> Uitbuitingsvormen,
    string? Voorwaarden,
    IReadOnlyList<string> Talen,
    string? Kosten,
    string? Email,
    string? Website,
    bool DagEnNacht,
    IReadOnlyList<string> Gemeenten,
    IReadOnlyList<(Guid DienstLocatieId, PubliekeLocatie Locatie)> Locaties,
    IReadOnlyList<PubliekeTelefoon> Telefoons,
    IReadOnlyList<PubliekeOpeningstijd> Openingstijden,
    IReadOnlyList<PubliekContact> Contacten,
    bool IsDemo)
{
    /// <summary>Serves everyone of that form: a service that names no form serves every form.</summary>
    public bool Dient(Uitbuitingsvorm vorm) => Uitbuitingsvormen.Count == 0 || Uitbuitingsvormen.Contains(vorm);
}

/// <summary>A search of the public directory; every field optional.</summary>
public sealed record Gidszoekvraag(string? GemeenteCode = null, Dienstsoort? Soort = null, Uitbuitingsvorm? Vorm = null, Dienstzijde? Zijde = null);

public sealed class PubliekeGids(SchakelDbContext db)
{
    public async Task<IReadOnlyList<PubliekeDienst>> DienstenAsync(Gidszoekvraag? vraag = null, CancellationToken ct = default)
    {
        vraag ??= new();
        var diensten = db.Set<Dienst>().AsNoTracking().Where(d => d.Actief)
            .Join(db.Set<Organisatie>().Where(o => o.Actief), d => d.OrganisatieId, o => o.Id, (d, o) => d);
        if (vraag.Soort is { } soort)
        {
            diensten = diensten.Where(d => d.Soort == soort);
        }
        if (vraag.Zijde is { } zijde)
        {
            diensten = diensten.Where(d => d.Zijde == zijde || d.Zijde == Dienstzijde.Beide);
        }
        if (vraag.GemeenteCode is { } gemeente)
        {
            // A service without an area is national: it serves every municipality.
            diensten = diensten.Where(d => !d.Gebied.Any() || d.Gebied.Any(g => g.CbsCode == gemeente));
        }
        var rijen = await diensten
            .Include(d => d.Gebied).Include(d => d.Locaties).Include(d => d.Telefoons).Include(d => d.Openingstijden).Include(d => d.Contacten)
            .AsSplitQuery().ToListAsync(ct);
        var organisaties = await OrganisatiesAsync(rijen.Select(d => d.OrganisatieId).Distinct().ToList(), ct);
        var locatieIds = rijen.SelectMany(d => d.Locaties.Select(l => l.LocatieId)).Distinct().ToList();
        var locaties = (await LocatiesAsync(l => locatieIds.Contains(l.Id), ct)).ToDictionary(l => l.Id);
        return rijen.Select(d => Publiek(d, organisaties[d.OrganisatieId], locaties))
            .Where(d => vraag.Vorm is not { } vorm || d.Dient(vorm))
            .OrderBy(d => d.Soort).ThenBy(d => d.Organisatie.Naam, StringComparer.CurrentCulture).ThenBy(d => d.Naam, StringComparer.CurrentCulture)
            .ToList();
    }

    public async Task<IReadOnlyList<PubliekeOrganisatie>> OrganisatiesAsync(CancellationToken ct = default) =>
        (await OrganisatiesAsync(null, ct)).Values.OrderBy(o => o.Naam, StringComparer.CurrentCulture).ToList();

    public Task<IReadOnlyList<PubliekeLocatie>> LocatiesAsync(CancellationToken ct = default) => LocatiesAsync(_ => true, ct);

    private async Task<IReadOnlyList<PubliekeLocatie>> LocatiesAsync(System.Linq.Expressions.Expression<Func<Locatie, bool>> filter, CancellationToken ct)
    {
        var rijen = await db.Set<Locatie>().AsNoTracking().Where(filter)
            .Join(db.Set<Organisatie>().Where(o => o.Actief), l => l.OrganisatieId, o => o.Id, (l, o) => l)
            .Include(l => l.Openingstijden).ToListAsync(ct);
        return rijen.OrderBy(l => l.Id).Select(Publiek).ToList();
    }

    private async Task<Dictionary<Guid, PubliekeOrganisatie>> OrganisatiesAsync(IReadOnlyList<Guid>? ids, CancellationToken ct) =>
        await db.Set<Organisatie>().AsNoTracking().Where(o => o.Actief && (ids == null || ids.Contains(o.Id)))
            .ToDictionaryAsync(o => o.Id, o => new PubliekeOrganisatie(o.Id, o.Naam, o.Email, o.Website, o.Telefoon), ct);

    internal static PubliekeLocatie Publiek(Locatie l) => l.Vertrouwelijk
        // The front door only: no name (a shelter's name can give its place away), no address, no hours.
        ? new(l.Id, l.OrganisatieId, null, null, null, null, null, true, l.VoordeurTelefoon, l.VoordeurEmail, [])
        : new(l.Id, l.OrganisatieId, l.Naam, l.Adres, l.Postcode, l.Plaats, l.GemeenteCode, false, l.VoordeurTelefoon, l.VoordeurEmail,
            l.Openingstijden.OrderBy(o => o.Id).Select(Publiek).ToList());

    private static PubliekeOpeningstijd Publiek(Openingstijd o) => new(o.Id, o.Dagen, o.Opent, o.Sluit, o.Omschrijving);

    private static PubliekeDienst Publiek(Dienst d, PubliekeOrganisatie organisatie, Dictionary<Guid, PubliekeLocatie> locaties) => new(
        d.Id, organisatie, d.Naam, d.Beschrijving, d.Soort, d.Zijde, Vormen(d.Uitbuitingsvormen), d.Voorwaarden,
        Lijst(d.Talen), d.Kosten, d.Email, d.Website, d.DagEnNacht,
        d.Gebied.Select(g => g.CbsCode).Order(StringComparer.Ordinal).ToList(),
        d.Locaties.Where(l => locaties.ContainsKey(l.LocatieId)).OrderBy(l => l.Id).Select(l => (l.Id, locaties[l.LocatieId])).ToList(),
        d.Telefoons.OrderBy(t => t.Id).Select(t => new PubliekeTelefoon(t.Id, t.Nummer, t.Omschrijving)).ToList(),
        d.Openingstijden.OrderBy(o => o.Id).Select(Publiek).ToList(),
        d.Contacten.OrderBy(c => c.Id).Select(c => new PubliekContact(c.Id, c.Naam, c.Functie, c.Email, c.Telefoon)).ToList(),
        d.IsDemo);

    internal static IReadOnlyList<Uitbuitingsvorm> Vormen(string tekst) =>
        Lijst(tekst).Select(v => Enum.TryParse<Uitbuitingsvorm>(v, true, out var vorm) ? vorm : (Uitbuitingsvorm?)null)
            .OfType<Uitbuitingsvorm>().Distinct().Order().ToList();

    internal static IReadOnlyList<string> Lijst(string tekst) =>
        tekst.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
