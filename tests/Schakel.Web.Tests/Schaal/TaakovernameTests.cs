using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Schakel.Web.Data;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Schaal.Clustertaken;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Schaal;

/// <summary>
/// Issue 19: a periodic job held by a node that dies is taken over by another node, and its work is done once. Each node is a
/// <see cref="Taakslot"/> of its own (its own holder, its own connections), as on two machines. On PostgreSQL node A dies by
/// losing its database connection (the server ends its session); on SQLite A's round hangs and its lease is never released,
/// and node B's clock is moved past the lease time.
/// </summary>
public abstract class TaakovernameTests(SchakelFactory factory)
{
    private const string Taak = "opvang.bewaking";

    [Fact]
    public async Task Een_taak_van_een_gestorven_node_wordt_overgenomen_en_eenmaal_gedaan()
    {
        var klokB = new VerschovenKlok();
        var nodeA = ActivatorUtilities.CreateInstance<Taakslot>(factory.Services, TimeProvider.System);
        var nodeB = ActivatorUtilities.CreateInstance<Taakslot>(factory.Services, (TimeProvider)klokB);

        // Node A takes the job and hangs in its round, doing no work (if the host's own minute tick holds it, A tries again).
        var gestart = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var nooit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rondeA = Task.FromResult(false);
        var tot = DateTime.UtcNow.AddSeconds(60);
        while (!gestart.Task.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < tot, "node A kreeg de taak niet");
            rondeA = nodeA.VoerUitAsync(Taak, async (_, _) =>
            {
                gestart.TrySetResult();
                await nooit.Task;
            }, CancellationToken.None);
            if (await Task.WhenAny(gestart.Task, rondeA) == rondeA && !gestart.Task.IsCompleted)
            {
                await Task.Delay(100);
            }
        }

        // A request whose 36-hour clock has run out: work for the job's next round.
        var shop = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var verzoek = await MaakVerzoekAsync(shop);

        // While A holds it, B's tick skips the round.
        Assert.False(await RondeAsync(nodeB));
        Assert.Empty(await EscalatiesAsync(verzoek));

        await SterfAsync(klokB);

        // B's next tick takes the job and does the work (polled: the host's own tick may come first and do it, also once);
        // B's next round finds nothing left to do.
        tot = DateTime.UtcNow.AddSeconds(30);
        while (!await RondeAsync(nodeB))
        {
            Assert.True(DateTime.UtcNow < tot, "node B nam de taak niet over");
            await Task.Delay(100);
        }
        var na = await EscalatiesAsync(verzoek);
        Assert.NotEmpty(na);
        Assert.Equal(na.Distinct().Count(), na.Count);
        Assert.True(await RondeAsync(nodeB));
        Assert.Equal(na.Count, (await EscalatiesAsync(verzoek)).Count);

        // A's hung round ending late changes nothing.
        nooit.TrySetResult();
        await rondeA;
        Assert.Equal(na.Count, (await EscalatiesAsync(verzoek)).Count);
    }

    /// <summary>Node A dies: on PostgreSQL its session is ended by the server; on SQLite its lease runs out on B's clock.</summary>
    private async Task SterfAsync(VerschovenKlok klokB)
    {
        if (factory.Provider == DatabaseProvider.Sqlite)
        {
            klokB.Verschuiving = Taakslot.LeaseDuur + TimeSpan.FromSeconds(1);
            return;
        }
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        await using var verbinding = new NpgsqlConnection(db.Database.GetConnectionString());
        await verbinding.OpenAsync();
        await using var opdracht = new NpgsqlCommand("""
            SELECT count(pg_terminate_backend(pid)) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND classid = @k AND objid = @t AND objsubid = 2
            """, verbinding);
        opdracht.Parameters.AddWithValue("k", NpgsqlTypes.NpgsqlDbType.Oid, 0x5343484Bu);
        opdracht.Parameters.AddWithValue("t", NpgsqlTypes.NpgsqlDbType.Oid, unchecked((uint)Taakslot.Sleutel(Taak)));
        Assert.Equal(1L, await opdracht.ExecuteScalarAsync());
    }

    private static Task<bool> RondeAsync(Taakslot node) =>
        node.VoerUitAsync(Taak, (sp, ct) => sp.GetRequiredService<OpvangBewaking>().VoerUitAsync(ct), CancellationToken.None);

    private async Task<List<string>> EscalatiesAsync(Guid verzoek)
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<EscalatieRegel>()
            .Where(e => e.PlaatsingsverzoekId == verzoek).Select(e => e.Code).ToListAsync();
    }

    private static async Task<Guid> MaakVerzoekAsync(HttpClient http)
    {
        var antwoord = await http.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new
        {
            geslacht = "vrouw",
            gevondenOp = DateTimeOffset.UtcNow.AddHours(-37),
            gevondenInGemeenteCode = "GM0518",
        });
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Node B's clock: real time, moved ahead when the test lets A's lease run out.</summary>
    private sealed class VerschovenKlok : TimeProvider
    {
        public TimeSpan Verschuiving { get; set; }

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Verschuiving;
    }
}

public sealed class TaakovernameTestsSqlite(SqliteFactory f) : TaakovernameTests(f), IClassFixture<SqliteFactory>;

public sealed class TaakovernameTestsPostgres(PostgresFactory f) : TaakovernameTests(f), IClassFixture<PostgresFactory>;
