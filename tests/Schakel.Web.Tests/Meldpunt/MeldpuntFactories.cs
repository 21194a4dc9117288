using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt;

/// <summary>
/// The shared factories with test sign-in and limits high enough for a whole test class, since every
/// test request comes from the same (absent) address and so shares one rate-limit partition.
/// </summary>
public static class MeldpuntTestInstellingen
{
    public static IEnumerable<KeyValuePair<string, string>> RuimeLimieten =>
    [
        new("Limieten:Melden:Aantal", "10000"),
        new("Limieten:Code:Aantal", "10000"),
    ];

    public static IEnumerable<KeyValuePair<string, string>> LageLimieten =>
    [
        new("Limieten:Melden:Aantal", "3"),
        new("Limieten:Code:Aantal", "2"),
    ];
}

public class MeldpuntSqliteFactory : SqliteFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => MeldpuntTestInstellingen.RuimeLimieten;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(TestAanmelding.Registreer);
    }
}

public class MeldpuntPostgresFactory : PostgresFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => MeldpuntTestInstellingen.RuimeLimieten;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(TestAanmelding.Registreer);
    }
}

public sealed class BegrensdeSqliteFactory : MeldpuntSqliteFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => MeldpuntTestInstellingen.LageLimieten;
}

public sealed class BegrensdePostgresFactory : MeldpuntPostgresFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => MeldpuntTestInstellingen.LageLimieten;
}
