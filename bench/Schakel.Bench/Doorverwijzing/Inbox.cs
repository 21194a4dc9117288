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

    public static async Task<List<InboxRegel>> VloerAsync(NpgsqlDataSource bron, Guid organisatie, DateTimeOffset nu, CancellationToken ct = default)
    {
        await using var c = bron.CreateCommand(VloerSql);
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
