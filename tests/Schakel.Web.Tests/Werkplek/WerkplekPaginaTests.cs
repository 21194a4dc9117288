using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;
using Schakel.Web.Shell;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Werkplek;

/// <summary>The board's fragment addresses opened on their own, and municipalities shown by name.</summary>
public abstract class WerkplekPaginaTests(SchakelFactory factory)
{
    [Theory]
    [InlineData("/opvang/bord/verzoeken")]
    [InlineData("/opvang/bord/pools/")]
    public async Task Een_fragment_dat_op_zichzelf_wordt_geopend_leidt_naar_het_hele_bord(string pad)
    {
        if (pad.EndsWith('/'))
        {
            pad += DemoOrganisaties.IdVan("plekkenpool:Crisisopvang Haaglanden:Crisis vrouwen");
        }
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);

        var los = await client.GetAsync(pad);
        Assert.Equal(HttpStatusCode.Redirect, los.StatusCode);
        Assert.Equal("/opvang/bord", Aanmelden.Pad(los));

        // The script asks with the header and gets the fragment.
        var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Add(FragmentAttribute.Kop, "1");
        var fragment = await client.SendAsync(verzoek);
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.DoesNotContain("<html", await fragment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_lijst_van_de_doorverwijzingen_op_zichzelf_leidt_naar_de_hele_inbox_met_hetzelfde_filter()
    {
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);

        var los = await client.GetAsync("/doorverwijzingen?status=ontvangen&handler=Lijst");
        Assert.Equal(HttpStatusCode.Redirect, los.StatusCode);
        var doel = los.Headers.Location!.OriginalString;
        Assert.StartsWith("/doorverwijzingen?", doel, StringComparison.Ordinal);
        Assert.Contains("Status=ontvangen", doel, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("handler", doel, StringComparison.OrdinalIgnoreCase);
        var pagina = await client.GetStringAsync(doel);
        Assert.Contains("id=\"werkplekmenu\"", pagina, StringComparison.Ordinal);

        var verzoek = new HttpRequestMessage(HttpMethod.Get, "/doorverwijzingen?handler=Lijst");
        verzoek.Headers.Add(FragmentAttribute.Kop, "1");
        var fragment = await client.SendAsync(verzoek);
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.DoesNotContain("<html", await fragment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_bord_zelf_is_een_hele_pagina_met_het_werkplekmenu()
    {
        var html = await (await factory.AlsAsync(Rollen.Zorgcoordinator)).GetStringAsync("/opvang/bord");
        Assert.Contains("<html", html, StringComparison.Ordinal);
        Assert.Contains("id=\"werkplekmenu\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_melding_toont_de_gemeente_bij_naam_met_de_CBS_code()
    {
        await factory.CreateClient().MeldEnGeefCodeAsync();
        Guid id;
        await using (var scope = factory.Scope())
        {
            id = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Melding>()
                .Where(m => m.GemeenteCode == "GM0518").OrderByDescending(m => m.OntvangenOp).Select(m => m.Id).FirstAsync();
        }

        var html = WebUtility.HtmlDecode(await (await factory.AlsAsync(Rollen.Ketenregisseur)).GetStringAsync($"/meldpunt/medewerkers/melding/{id}"));

        Assert.Contains("'s-Gravenhage (GM0518)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_code_blijft_zichtbaar_en_geen_code_is_niets()
    {
        await using var scope = factory.Scope();
        var namen = scope.ServiceProvider.GetRequiredService<Gemeentenamen>();
        Assert.Equal("Delft (GM0503)", await namen.WeergaveAsync("GM0503"));
        Assert.Equal("GM9999", await namen.WeergaveAsync("GM9999"));
        Assert.Null(await namen.WeergaveAsync(null));
    }
}

public sealed class WerkplekPaginaTestsSqlite(SqliteFactory factory) : WerkplekPaginaTests(factory), IClassFixture<SqliteFactory>;

public sealed class WerkplekPaginaTestsPostgres(PostgresFactory factory) : WerkplekPaginaTests(factory), IClassFixture<PostgresFactory>;
