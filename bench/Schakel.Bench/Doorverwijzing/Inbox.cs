using Microsoft.EntityFrameworkCore;
using Npgsql;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Bench.Doorverwijzing;

/// <summary>One row of a partner inbox page: what the list shows, no personal data.</summary>
internal sealed record InboxRegel(
    Guid Id, Guid MeldingId, string Afzender, Rol Rol, Deelniveau Deelniveau, Urgentie Urgentie, bool Spoed,
    DoorverwijzingStatus Status, DateTimeOffset VerstuurdOp, DateTimeOffset EersteActieUiterlijk, DateTimeOffset? EersteActieOp,
    string? GemeenteCode, string Uitbuitingsvormen);

/// <summary>
/// The first page of an organisation's inbox: its open referrals, overdue ones (no first action, deadline
/// passed) first, then by first-action deadline (deadlines fall on local midnight, so many tie: the id keeps paging stable). <see cref="AppAsync"/> is the query as the app writes it in
/// EF; <see cref="VloerAsync"/> is the hand-written SQL with the same filter, order and limit.
/// </summary>
internal static class Inbox
{
    public const int Pagina = 50;

    public static async Task<List<InboxRegel>> AppAsync(SchakelDbContext db, Guid organisatie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var rijen = await (
            from d in db.Set<DoorverwijzingRij>().AsNoTracking()
            where d.OntvangerOrganisatieId == organisatie && d.Status != DoorverwijzingStatus.Afgesloten
            join m in db.Set<Melding>() on d.MeldingId equals m.Id
            join a in db.Set<Organisatie>() on d.AfzenderOrganisatieId equals a.Id
            orderby (d.EersteActieOp == null && d.EersteActieUiterlijk < nu) descending, d.EersteActieUiterlijk, d.Id
            select new InboxRegel(d.Id, d.MeldingId, a.Naam, d.Rol, d.Deelniveau, d.Urgentie, d.Spoed, d.Status, d.VerstuurdOp,
                d.EersteActieUiterlijk, d.EersteActieOp, m.GemeenteCode, m.Uitbuitingsvormen))
            .Take(Pagina)
            .ToListAsync(ct);
        return rijen;
    }

    /// <summary>
    /// The same page in two halves that each walk a partial index in deadline order and stop after a page:
    /// first those waiting for a first action past their deadline, then the rest of the open ones.
    /// </summary>
    public static async Task<List<InboxRegel>> AppTweeDelenAsync(SchakelDbContext db, Guid organisatie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var open = db.Set<DoorverwijzingRij>().AsNoTracking()
            .Where(d => d.OntvangerOrganisatieId == organisatie && d.Status != DoorverwijzingStatus.Afgesloten);
        var pagina = await Regels(db, open.Where(d => d.EersteActieOp == null && d.EersteActieUiterlijk < nu), Pagina).ToListAsync(ct);
        if (pagina.Count < Pagina)
        {
            pagina.AddRange(await Regels(db, open.Where(d => !(d.EersteActieOp == null && d.EersteActieUiterlijk < nu)), Pagina - pagina.Count).ToListAsync(ct));
        }
        return pagina;
    }

    private static IQueryable<InboxRegel> Regels(SchakelDbContext db, IQueryable<DoorverwijzingRij> deel, int aantal) =>
        from d in deel.OrderBy(d => d.EersteActieUiterlijk).ThenBy(d => d.Id).Take(aantal)
        join m in db.Set<Melding>() on d.MeldingId equals m.Id
        join a in db.Set<Organisatie>() on d.AfzenderOrganisatieId equals a.Id
        orderby d.EersteActieUiterlijk, d.Id
        select new InboxRegel(d.Id, d.MeldingId, a.Naam, d.Rol, d.Deelniveau, d.Urgentie, d.Spoed, d.Status, d.VerstuurdOp,
            d.EersteActieUiterlijk, d.EersteActieOp, m.GemeenteCode, m.Uitbuitingsvormen);

    /// <summary>The two halves as one hand-written statement: the floor for that shape.</summary>
    public const string VloerTweeDelenSql = """
        SELECT p."Id", p."MeldingId", a."Naam", p."Rol", p."Deelniveau", p."Urgentie", p."Spoed", p."Status", p."VerstuurdOp",
               p."EersteActieUiterlijk", p."EersteActieOp", m."GemeenteCode", m."Uitbuitingsvormen"
        FROM (
            (SELECT d.*, true AS telaat FROM doorverwijzingen d
             WHERE d."OntvangerOrganisatieId" = $1 AND d."Status" <> 'Afgesloten' AND d."EersteActieOp" IS NULL AND d."EersteActieUiterlijk" < $2
             ORDER BY d."EersteActieUiterlijk", d."Id" LIMIT 50)
            UNION ALL
            (SELECT d.*, false FROM doorverwijzingen d
             WHERE d."OntvangerOrganisatieId" = $1 AND d."Status" <> 'Afgesloten' AND NOT (d."EersteActieOp" IS NULL AND d."EersteActieUiterlijk" < $2)
             ORDER BY d."EersteActieUiterlijk", d."Id" LIMIT 50)) p
        JOIN meldingen m ON m."Id" = p."MeldingId"
        JOIN organisaties a ON a."Id" = p."AfzenderOrganisatieId"
        ORDER BY p.telaat DESC, p."EersteActieUiterlijk", p."Id"
        LIMIT 50
        """;

    public const string VloerSql = """
        SELECT d."Id", d."MeldingId", a."Naam", d."Rol", d."Deelniveau", d."Urgentie", d."Spoed", d."Status", d."VerstuurdOp",
               d."EersteActieUiterlijk", d."EersteActieOp", m."GemeenteCode", m."Uitbuitingsvormen"
        FROM doorverwijzingen d
        JOIN meldingen m ON m."Id" = d."MeldingId"
        JOIN organisaties a ON a."Id" = d."AfzenderOrganisatieId"
        WHERE d."OntvangerOrganisatieId" = $1 AND d."Status" <> 'Afgesloten'
        ORDER BY (d."EersteActieOp" IS NULL AND d."EersteActieUiterlijk" < $2) DESC, d."EersteActieUiterlijk", d."Id"
        LIMIT 50
        """;

    public static Task<List<InboxRegel>> VloerAsync(NpgsqlDataSource bron, Guid organisatie, DateTimeOffset nu, CancellationToken ct = default) =>
        LeesAsync(bron, VloerSql, organisatie, nu, ct);

    public static Task<List<InboxRegel>> VloerTweeDelenAsync(NpgsqlDataSource bron, Guid organisatie, DateTimeOffset nu, CancellationToken ct = default) =>
        LeesAsync(bron, VloerTweeDelenSql, organisatie, nu, ct);

    private static async Task<List<InboxRegel>> LeesAsync(NpgsqlDataSource bron, string sql, Guid organisatie, DateTimeOffset nu, CancellationToken ct)
    {
        await using var c = bron.CreateCommand(sql);
        c.Parameters.Add(new NpgsqlParameter { Value = organisatie });
        c.Parameters.Add(new NpgsqlParameter { Value = nu });
        await using var r = await c.ExecuteReaderAsync(ct);
        var rijen = new List<InboxRegel>(Pagina);
        while (await r.ReadAsync(ct))
        {
            rijen.Add(new InboxRegel(
                r.GetGuid(0), r.GetGuid(1), r.GetString(2), Enum.Parse<Rol>(r.GetString(3)), Enum.Parse<Deelniveau>(r.GetString(4)),
                Enum.Parse<Urgentie>(r.GetString(5)), r.GetBoolean(6), Enum.Parse<DoorverwijzingStatus>(r.GetString(7)),
                r.GetFieldValue<DateTimeOffset>(8), r.GetFieldValue<DateTimeOffset>(9), r.IsDBNull(10) ? null : r.GetFieldValue<DateTimeOffset>(10),
                r.IsDBNull(11) ? null : r.GetString(11), r.GetString(12)));
        }
        return rijen;
    }
}
