using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Gids;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Keten;

/// <summary>The public directory pages on both databases: never an internal field or a confidential address.</summary>
public abstract class PubliekeGidsTests(SchakelFactory factory)
{
    public static TheoryData<string> Paginas() => new()
    {
        "/partnergids", "/partnergids?gemeente=GM0503&behoefte=Opvang&vorm=Seksueel", "/partnergids/meldpunten",
        "/partnergids/opvang", "/partnergids/zorgcoordinatie",
    };

    [Theory]
    [MemberData(nameof(Paginas))]
    public async Task Een_openbare_gidspagina_toont_nooit_een_intern_veld_of_een_vertrouwelijk_adres(string pad)
    {
        var antwoord = await factory.CreateClient().GetAsync(new Uri(pad, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        foreach (var intern in HsdsTests.Intern)
        {
            Assert.DoesNotContain(intern, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Zoeken_op_gemeente_behoefte_en_vorm_vindt_de_opvang_met_alleen_de_voordeur()
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri("/partnergids?gemeente=GM0503&behoefte=Opvang&vorm=Seksueel", UriKind.Relative));

        Assert.Contains($"data-dienst=\"{DemoGids.DienstId(DemoOrganisaties.OpvangHaaglanden, "Crisisopvang slachtoffers")}\"", html, StringComparison.Ordinal);
        Assert.Contains("070-0000007", html, StringComparison.Ordinal);
        // Labour inspection is no shelter and HEIT no help for victims: the filters hold.
        Assert.DoesNotContain(DemoGids.DienstId(DemoOrganisaties.Nla, "Meldingen arbeidsuitbuiting").ToString(), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_waarde_geeft_een_melding_bij_het_veld_en_geen_fout_van_de_server()
    {
        var antwoord = await factory.CreateClient().GetAsync(new Uri("/partnergids?gemeente=GM9999&vorm=Vliegen", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("id=\"gemeente-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"vorm-fout\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"behoefte-fout\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_gemeente_zonder_zorgcoordinator_valt_op()
    {
        const string katwijk = "GM0537";
        var shop = DemoGids.DienstId(DemoOrganisaties.Shop, "Zorgcoördinatie mensenhandel");
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            Assert.Equal(1, await db.Set<Dienstgebied>().Where(g => g.DienstId == shop && g.CbsCode == katwijk).ExecuteDeleteAsync());
        }
        try
        {
            var html = await factory.CreateClient().GetStringAsync(new Uri("/partnergids/zorgcoordinatie", UriKind.Relative));

            var rij = html.IndexOf($"data-gemeente=\"{katwijk}\"", StringComparison.Ordinal);
            Assert.True(rij > 0);
            Assert.Contains("schakel-gids-ontbreekt\" data-gemeente=\"" + katwijk, html, StringComparison.Ordinal);
            // Listed first, before every covered municipality.
            Assert.True(rij < html.IndexOf("data-gemeente=\"GM0518\"", StringComparison.Ordinal));
            Assert.DoesNotContain("schakel-gids-ontbreekt\" data-gemeente=\"GM0518", html, StringComparison.Ordinal);
        }
        finally
        {
            await using var scope = factory.Scope();
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.Add(new Dienstgebied { DienstId = shop, CbsCode = katwijk });
            await db.SaveChangesAsync();
        }
    }
}

public sealed class PubliekeGidsTestsSqlite(SqliteFactory factory) : PubliekeGidsTests(factory), IClassFixture<SqliteFactory>;

public sealed class PubliekeGidsTestsPostgres(PostgresFactory factory) : PubliekeGidsTests(factory), IClassFixture<PostgresFactory>;
