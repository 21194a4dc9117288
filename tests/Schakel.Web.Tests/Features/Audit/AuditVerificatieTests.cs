using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Features.Audit;

/// <summary>
/// GET /api/v1/audit/verificatie against an attacker with database access: the append-only triggers refuse
/// an UPDATE; once the attacker drops them and rewrites a row, the hash chain names that row.
/// Each database class has its own fixture, so the tampering breaks no other test's chain.
/// </summary>
public abstract class AuditVerificatieTests(SchakelFactory factory)
{
    private HttpClient Http() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected abstract string SchakelTriggersUit { get; }

    [Fact]
    public async Task Wijziging_wordt_geweigerd_en_na_omzeilen_van_de_triggers_aangewezen()
    {
        var beheer = await ClientMetTokenAsync(Http, Beheerder);
        await using var scope = factory.Scope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        await audit.SchrijfAsync([.. Enumerable.Range(0, 20).Select(i => new AuditInvoer(AuditActor.Systeem, "test.regel", "test", $"t{i}", AuditResultaat.Gelukt, Herkomst.Systeem))]);

        var voor = await VerificatieAsync(beheer);
        Assert.True(voor.GetProperty("intact").GetBoolean(), voor.ToString());
        Assert.True(voor.GetProperty("aantalGecontroleerd").GetInt64() >= 20);
        Assert.Equal(JsonValueKind.Null, voor.GetProperty("eersteGebrokenVolgnummer").ValueKind);

        var doel = await db.Set<AuditRegel>().Where(r => r.ObjectId == "t7").Select(r => r.Volgnummer).SingleAsync();
        var wijzig = $"UPDATE audit_regels SET \"Resultaat\" = 'geweigerd' WHERE \"Volgnummer\" = {doel}";

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(wijzig));
        Assert.True((await VerificatieAsync(beheer)).GetProperty("intact").GetBoolean());

        await db.Database.ExecuteSqlRawAsync(SchakelTriggersUit);
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(wijzig));

        var na = await VerificatieAsync(beheer);
        Assert.False(na.GetProperty("intact").GetBoolean());
        Assert.Equal(doel, na.GetProperty("eersteGebrokenVolgnummer").GetInt64());
        Assert.Equal(doel - 1, na.GetProperty("aantalGecontroleerd").GetInt64());
        Assert.Contains("hash", na.GetProperty("reden").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alleen_voor_beheerders()
    {
        var zorg = await ClientMetTokenAsync(Http, Zorgcoordinator);
        await ProbleemAsync(await zorg.GetAsync(Pad("/api/v1/audit/verificatie")), 403);
        await ProbleemAsync(await Http().GetAsync(Pad("/api/v1/audit/verificatie")), 401);
    }

    private static async Task<JsonElement> VerificatieAsync(HttpClient http)
    {
        var antwoord = await http.GetAsync(Pad("/api/v1/audit/verificatie"));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return await antwoord.Content.ReadFromJsonAsync<JsonElement>();
    }
}

public sealed class AuditVerificatieTestsSqlite(SqliteFactory f) : AuditVerificatieTests(f), IClassFixture<SqliteFactory>
{
    protected override string SchakelTriggersUit => "DROP TRIGGER audit_regels_geen_wijziging";
}

public sealed class AuditVerificatieTestsPostgres(PostgresFactory f) : AuditVerificatieTests(f), IClassFixture<PostgresFactory>
{
    protected override string SchakelTriggersUit => "ALTER TABLE audit_regels DISABLE TRIGGER audit_regels_alleen_toevoegen";
}
