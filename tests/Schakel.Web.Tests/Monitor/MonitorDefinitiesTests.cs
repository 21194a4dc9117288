using System.Net;
using Schakel.Core.Monitor;
using Schakel.Core.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Monitor;

/// <summary>The definitions page shows every measure's one definition to signed-in professionals, and is in their menu.</summary>
public abstract class MonitorDefinitiesTests(SchakelFactory factory)
{
    [Fact]
    public async Task Elke_maatstaf_staat_met_zijn_definitie_op_de_pagina_en_in_het_menu()
    {
        var client = await factory.AlsAsync(Rollen.Aandachtsfunctionaris);
        var html = await client.GetStringAsync(new Uri("/monitor/definities", UriKind.Relative));
        foreach (var m in Maatstaven.Alle)
        {
            Assert.Contains($"data-maatstaf=\"{m.Code}\"", html);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(m.Definitie).Replace("&#39;", "&#x27;")[..20], html);
        }

        Assert.Contains("/monitor/definities", await client.GetStringAsync(new Uri("/werkplek", UriKind.Relative)));
    }

    [Fact]
    public async Task Zonder_aanmelding_geen_definitiepagina()
    {
        var antwoord = await factory.NieuweClient().GetAsync(new Uri("/monitor/definities", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, antwoord.StatusCode);
    }
}

public sealed class MonitorDefinitiesTestsSqlite(SqliteFactory factory) : MonitorDefinitiesTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorDefinitiesTestsPostgres(PostgresFactory factory) : MonitorDefinitiesTests(factory), IClassFixture<PostgresFactory>;
