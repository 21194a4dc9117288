using System.Net;
using Schakel.Core.Monitor;
using Schakel.Core.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// The definitions page shows every measure's one definition to signed-in professionals, in their menu; the public one shows
/// the same table to anyone, in the information point's languages.
/// </summary>
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

    [Theory]
    [InlineData("nl", "Definitie")]
    [InlineData("en", "Definition")]
    [InlineData("pl", "Definicja")]
    [InlineData("bg", "Определение")]
    [InlineData("ro", "Definiție")]
    public async Task De_publieke_definitiepagina_opent_zonder_aanmelding_in_elke_taal_met_de_definities_in_het_nederlands(string taal, string kolom)
    {
        var client = factory.NieuweClient();
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, new Uri("/monitor/publiek/definities", UriKind.Relative));
        verzoek.Headers.Add("Accept-Language", taal);
        using var antwoord = await client.SendAsync(verzoek);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{taal}\"", html);
        Assert.Contains($">{System.Net.WebUtility.HtmlEncode(kolom)}</th>", html);
        foreach (var m in Maatstaven.Alle.Concat(PartnerMaatstaven.Alle))
        {
            Assert.Contains($"id=\"maatstaf-{m.Code}\"", html);
        }
        // The definitions are Dutch text in code: marked as such on a page in another language.
        var definitie = System.Net.WebUtility.HtmlEncode(Maatstaven.Meldingen.Definitie).Replace("&#39;", "&#x27;");
        Assert.Contains($"<td class=\"utrecht-table__cell\" lang=\"nl\">{definitie[..20]}", html);
        // Linked from the public monitor, without signing in.
        Assert.Contains("href=\"/monitor/publiek/definities\"", await client.GetStringAsync(new Uri("/monitor/publiek", UriKind.Relative)));
    }

    [Fact]
    public async Task Zonder_aanmelding_geen_interne_definitiepagina()
    {
        var antwoord = await factory.NieuweClient().GetAsync(new Uri("/monitor/definities", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, antwoord.StatusCode);
    }
}

public sealed class MonitorDefinitiesTestsSqlite(SqliteFactory factory) : MonitorDefinitiesTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorDefinitiesTestsPostgres(PostgresFactory factory) : MonitorDefinitiesTests(factory), IClassFixture<PostgresFactory>;
