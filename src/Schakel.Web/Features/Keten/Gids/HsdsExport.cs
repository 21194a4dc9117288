using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Keten.Gids;

/// <summary>
/// The directory as HSDS 3, built only from <see cref="PubliekeGids"/>'s public records: what the public may
/// not see, the export cannot contain. Rows HSDS gives an id that Schakel keys otherwise (a service area, a
/// language, an organisation's phone) get an id derived from their key, so every export of the same data
/// carries the same ids and an import recognises them.
/// </summary>
public sealed class HsdsExport(SchakelDbContext db, PubliekeGids gids)
{
    public static Guid AfgeleidId(string soort, params object[] sleutel) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes("schakel-hsds:" + soort + ":" + string.Join('|', sleutel))));

    public async Task<IReadOnlyList<HsdsOrganization>> OrganisatiesAsync(CancellationToken ct = default)
    {
        var diensten = await DienstenAsync(ct);
        var typen = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Actief).ToDictionaryAsync(o => o.Id, o => o.Type, ct);
        return (await gids.OrganisatiesAsync(ct)).Select(o => new HsdsOrganization(
            o.Id, o.Naam, o.Naam, o.Email, o.Website,
            o.Telefoon is null ? null : [new HsdsPhone(AfgeleidId("organisatie-telefoon", o.Id), o.Id, null, null, null, o.Telefoon, null)],
            diensten.Where(d => d.OrganizationId == o.Id).ToList(),
            typen.TryGetValue(o.Id, out var t) ? t.ToString() : null)).ToList();
    }

    public async Task<IReadOnlyList<HsdsService>> DienstenAsync(CancellationToken ct = default)
    {
        var gemeenten = await db.Set<Gemeente>().AsNoTracking().ToDictionaryAsync(g => g.CbsCode, g => g.Naam, ct);
        return (await gids.DienstenAsync(null, ct)).Select(d => Dienst(d, gemeenten)).ToList();
    }

    /// <summary>Every service at every public location (a confidential one as its front door only), from the services.</summary>
    public async Task<IReadOnlyList<HsdsServiceAtLocation>> DienstLocatiesAsync(CancellationToken ct = default) =>
        [.. (await DienstenAsync(ct)).SelectMany(d => d.ServiceAtLocations ?? [])];

    public async Task<IReadOnlyList<HsdsLocation>> LocatiesAsync(CancellationToken ct = default) =>
        (await gids.LocatiesAsync(ct)).Select(Locatie).ToList();

    private static HsdsService Dienst(PubliekeDienst d, IReadOnlyDictionary<string, string> gemeenten) => new(
        d.Id, d.Organisatie.Id, d.Naam, d.Beschrijving, d.Website, d.Email, "active", d.Voorwaarden, d.Kosten,
        d.Talen.Select(t => new HsdsLanguage(AfgeleidId("taal", d.Id, t), d.Id, t)).ToList(),
        d.Gemeenten.Select(g => new HsdsServiceArea(AfgeleidId("gebied", d.Id, g), d.Id, gemeenten.GetValueOrDefault(g, g), "municipality", g)).ToList(),
        d.Telefoons.Select(t => new HsdsPhone(t.Id, null, d.Id, null, null, t.Nummer, t.Omschrijving)).ToList(),
        d.Openingstijden.Select(o => Schema(o, d.Id, null)).ToList(),
        d.Contacten.Select(c => new HsdsContact(c.Id, d.Id, c.Naam, c.Functie, c.Email,
            c.Telefoon is null ? null : [new HsdsPhone(AfgeleidId("contact-telefoon", c.Id), null, null, null, c.Id, c.Telefoon, null)])).ToList(),
        d.Locaties.Select(l => new HsdsServiceAtLocation(l.DienstLocatieId, d.Id, l.Locatie.Id, Locatie(l.Locatie))).ToList(),
        d.Soort.ToString(), d.Zijde.ToString(),
        d.Uitbuitingsvormen.Select(v => v.ToString()).ToList(),
        d.DagEnNacht);

    internal static HsdsLocation Locatie(PubliekeLocatie l) => new(
        l.Id, l.Vertrouwelijk ? "virtual" : "physical", l.OrganisatieId, l.Naam,
        l.Vertrouwelijk || l.Adres is null || l.Plaats is null
            ? null
            : [new HsdsAddress(AfgeleidId("adres", l.Id), l.Id, l.Adres, l.Plaats, Hsds.Provincie, l.Postcode ?? "", Hsds.Land, "physical")],
        l.Telefoon is null ? null : [new HsdsPhone(AfgeleidId("voordeur", l.Id), null, null, l.Id, null, l.Telefoon, null)],
        l.Openingstijden.Select(o => Schema(o, null, l.Id)).ToList(),
        l.Vertrouwelijk, l.Email, l.GemeenteCode);

    private static HsdsSchedule Schema(PubliekeOpeningstijd o, Guid? dienst, Guid? locatie) => new(
        o.Id, dienst, locatie, "WEEKLY", o.Dagen, Tijd(o.Opent), Tijd(o.Sluit), o.Omschrijving);

    internal static string? Tijd(TimeOnly? t) => t?.ToString("HH:mm", CultureInfo.InvariantCulture);
}
