using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Monitor;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Monitor.Imports;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// Partner figures over /api/v1/monitor/imports on both databases. Each test uses its own years (before Schakel's
/// first report in 2021, <see cref="MonitorVaste"/>) so the tests share one host without touching each other.
/// </summary>
public abstract class PartnerImportTests(SchakelFactory factory) : IAsyncLifetime
{
    private const string Kop = "maatstaf;gebied;periode;uitbuitingsvorm;waarde;document;sectie;datum;gepubliceerd\n";

    public Task InitializeAsync() => MonitorVaste.ZaaiAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<HttpClient> RsivAsync() => ClientMetTokenAsync(factory.CreateClient, Beheerder);

    private static Task<HttpResponseMessage> PostCsvAsync(HttpClient http, string bron, string regels) =>
        http.PostAsJsonAsync(Pad("/api/v1/monitor/imports"), new { bron, csv = Kop + regels });

    private async Task<JsonElement> CijferAsync(string vraag, HttpClient? http = null) =>
        (await JsonDocument.ParseAsync(await (http ?? factory.CreateClient()).GetStreamAsync(Pad("/api/v1/monitor/cijfers?" + vraag))))
        .RootElement.GetProperty("waarden")[0];

    private async Task<int> RijenAsync(string periode)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        return await db.Set<PartnerCijferRij>().CountAsync(r => r.Periode == periode);
    }

    [Fact]
    public async Task Foute_rijen_worden_met_rij_en_kolom_allemaal_tegelijk_geweigerd_en_er_wordt_niets_opgeslagen()
    {
        var http = await RsivAsync();
        var antwoord = await http.PostAsJsonAsync(Pad("/api/v1/monitor/imports"), new
        {
            bron = "riec",
            rijen = new object[]
            {
                new { maatstaf = "riec-slachtoffers", gebied = "GM0637", periode = "2011", waarde = "-1", document = "Dashboard", datum = "2012-01-10", gepubliceerd = "ja" },
                new { maatstaf = "riec-slachtoffers", gebied = "GM1916", periode = "2011", waarde = "4", document = "Dashboard", datum = "2012-01-10", gepubliceerd = "ja" },
                new { maatstaf = "om-zaken", gebied = "XX", periode = "2011-K5", waarde = "4", document = "", datum = "10-01-2012", gepubliceerd = "misschien" },
            },
        });

        var fouten = (await ProbleemAsync(antwoord, 400)).GetProperty("errors");
        foreach (var veld in new[] { "rijen[0].waarde", "rijen[2].maatstaf", "rijen[2].gebied", "rijen[2].periode", "rijen[2].document", "rijen[2].datum", "rijen[2].gepubliceerd" })
        {
            Assert.True(fouten.TryGetProperty(veld, out _), veld);
        }

        Assert.False(fouten.TryGetProperty("rijen[1].waarde", out _));
        Assert.Equal(0, await RijenAsync("2011"));

        var csv = await PostCsvAsync(http, "riec", "riec-slachtoffers;GM0637;2011;;4;Dashboard;;2012-01-10;ja\nriec-slachtoffers;GM1916;2011;;veel;Dashboard;;2012-01-10;ja\n");
        Assert.True((await ProbleemAsync(csv, 400)).GetProperty("errors").TryGetProperty("csv.rij2.waarde", out _));
        Assert.Equal(0, await RijenAsync("2011"));
    }

    [Fact]
    public async Task Hetzelfde_bestand_nog_eens_slaat_niets_nieuws_op()
    {
        var http = await RsivAsync();
        const string regels = "om-zaken;regio:DH;2012;;12;OM jaarbericht 2012;§ 3;2013-04-01;ja\nom-zaken;regio:DH;2012;arbeid;3;OM jaarbericht 2012;§ 3;2013-04-01;ja\n";

        var eerste = await PostCsvAsync(http, "om", regels);
        Assert.Equal(HttpStatusCode.Created, eerste.StatusCode);
        var id = (await eerste.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(2, await RijenAsync("2012"));

        var tweede = await PostCsvAsync(http, "om", regels);
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);
        var json = await tweede.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, json.GetProperty("id").GetGuid());
        Assert.True(json.GetProperty("herhaald").GetBoolean());
        Assert.Equal(2, await RijenAsync("2012"));

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.Equal(1, await db.Set<AuditRegel>().CountAsync(a => a.Actie == "monitor.import.ingevoerd" && a.ObjectId == id.ToString()));
    }

    [Fact]
    public async Task Een_echte_0_is_0_en_een_ontbrekend_cijfer_is_geen_gegevens()
    {
        var http = await RsivAsync();
        var antwoord = await PostCsvAsync(http, "riec",
            "riec-slachtoffers;GM0637;2013;;0;RIEC Dashboard Ondermijning;Mensenhandel;2014-01-15;ja\n" +
            "riec-slachtoffers;GM1916;2013;;geen gegevens;RIEC Dashboard Ondermijning;Mensenhandel;2014-01-15;ja\n");
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);

        var nul = await CijferAsync("maatstaf=riec-slachtoffers&periode=2013&gebied=gemeente:GM0637");
        Assert.Equal(0m, nul.GetProperty("waarde").GetDecimal());
        Assert.Equal("geimporteerd", nul.GetProperty("status").GetString());
        Assert.Equal("RIEC Dashboard Ondermijning", nul.GetProperty("bron").GetProperty("document").GetString());
        Assert.Equal("riec", nul.GetProperty("bron").GetProperty("bron").GetString());

        foreach (var gemeente in new[] { "GM1916", "GM0629" })
        {
            var geen = await CijferAsync($"maatstaf=riec-slachtoffers&periode=2013&gebied=gemeente:{gemeente}");
            Assert.Equal(JsonValueKind.Null, geen.GetProperty("waarde").ValueKind);
            Assert.Equal("geenGegevens", geen.GetProperty("status").GetString());
            Assert.False(geen.GetProperty("verborgen").GetBoolean());
        }
    }

    [Fact]
    public async Task Jaren_voor_Schakel_komen_uit_imports_en_staan_gemarkeerd_in_de_trend()
    {
        var http = await RsivAsync();
        Assert.Equal(HttpStatusCode.Created, (await PostCsvAsync(http, "riec",
            "meldingen;regio:DH;2014;;40;Regionale monitor 2014;Tabel 1;2015-03-01;ja\n" +
            "meldingen;regio:DH;2015;;7;Concept monitor 2015;Tabel 1;2016-03-01;nee\n")).StatusCode);

        var publiek2014 = await CijferAsync("maatstaf=meldingen&periode=2014&gebied=regio:DH");
        Assert.Equal(40m, publiek2014.GetProperty("waarde").GetDecimal());
        Assert.Equal("geimporteerd", publiek2014.GetProperty("status").GetString());

        // Not published by its source: not public, but internal with the reason.
        var publiek2015 = await CijferAsync("maatstaf=meldingen&periode=2015&gebied=regio:DH");
        Assert.True(publiek2015.GetProperty("verborgen").GetBoolean());
        Assert.Equal(JsonValueKind.Null, publiek2015.GetProperty("waarde").ValueKind);
        var intern2015 = await CijferAsync("maatstaf=meldingen&periode=2015&gebied=regio:DH&editie=intern", http);
        Assert.Equal(7m, intern2015.GetProperty("waarde").GetDecimal());
        Assert.Equal(MonitorCijfers.RedenNietGepubliceerd, intern2015.GetProperty("reden").GetString());

        await using var scope = factory.Scope();
        var cijfers = scope.ServiceProvider.GetRequiredService<MonitorCijfers>();
        var reeks = await cijfers.ReeksAsync(Maatstaven.Meldingen, "regio:DH", Uitsplitsing.Totaal, 2014, MonitorVaste.Jaar, false, default);
        Assert.Equal(Enumerable.Range(2014, MonitorVaste.Jaar - 2013).Select(j => j.ToString()), reeks.Select(p => p.Periode));
        Assert.Equal((Cijferherkomst.Geimporteerd, 40m), (reeks[0].Cel.Herkomst, reeks[0].Cel.Waarde));
        Assert.Equal("Regionale monitor 2014", reeks[0].Cel.Bron!.Document);
        Assert.All(reeks.Skip(2).SkipLast(1), p => Assert.Equal((Cijferherkomst.GeenGegevens, (decimal?)null), (p.Cel.Herkomst, p.Cel.Waarde)));
        Assert.Equal((Cijferherkomst.Berekend, 24m), (reeks[^1].Cel.Herkomst, reeks[^1].Cel.Waarde));
    }

    [Fact]
    public async Task Een_ingetrokken_import_telt_niet_meer_mee()
    {
        var http = await RsivAsync();
        var antwoord = await PostCsvAsync(http, "arbeidsinspectie",
            "arbeidsinspectie-signalen;district:DH-D;2009-03-01/2010-02-28;arbeid;17;Jaarverslag NLA;p. 12;2010-06-01;ja\n");
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        var id = (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        const string vraag = "maatstaf=arbeidsinspectie-signalen&periode=2009-03-01/2010-02-28&gebied=district:DH-D&uitsplitsing=uitbuitingsvorm";

        async Task<JsonElement> ArbeidAsync() =>
            (await JsonDocument.ParseAsync(await factory.CreateClient().GetStreamAsync(Pad("/api/v1/monitor/cijfers?" + vraag))))
            .RootElement.GetProperty("waarden").EnumerateArray().Single(w => w.GetProperty("categorie").GetString() == "arbeid");
        Assert.Equal(17m, (await ArbeidAsync()).GetProperty("waarde").GetDecimal());

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync(Pad($"/api/v1/monitor/imports/{id}"))).StatusCode);
        Assert.Equal("geenGegevens", (await ArbeidAsync()).GetProperty("status").GetString());
        await ProbleemAsync(await http.DeleteAsync(Pad($"/api/v1/monitor/imports/{id}")), 404);

        var detail = await http.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/monitor/imports/{id}"));
        Assert.True(detail.GetProperty("import").GetProperty("ingetrokken").GetBoolean());
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.Equal(1, await db.Set<AuditRegel>().CountAsync(a => a.Actie == "monitor.import.ingetrokken" && a.ObjectId == id.ToString()));
    }

    [Fact]
    public async Task De_ketenregisseur_uploadt_CSV_en_XLSX_en_voert_met_de_hand_in_op_de_pagina()
    {
        var web = await factory.AlsAsync(Rollen.Ketenregisseur);
        var pagina = await web.GetStringAsync(Pad("/monitor/imports"));
        Assert.Contains("maatstaf;gebied;periode", await web.GetStringAsync(Pad("/monitor/imports?handler=Sjabloon&bron=riec")), StringComparison.Ordinal);

        async Task<HttpResponseMessage> UploadAsync(byte[] inhoud, string naam)
        {
            using var formulier = new MultipartFormDataContent
            {
                { new StringContent(Aanmelden.Token(pagina)), "__RequestVerificationToken" },
                { new StringContent("shop"), "bron" },
                { new ByteArrayContent(inhoud), "bestand", naam },
            };
            return await web.PostAsync(Pad("/monitor/imports?handler=Bestand"), formulier);
        }

        var fout = await UploadAsync(System.Text.Encoding.UTF8.GetBytes(Kop +
            "zorgcoordinatie-trajecten;GM0637;2007;;5;SHOP jaarcijfers;;2008-02-01;ja\nzorgcoordinatie-trajecten;GM0637;2007-K1;;vijf;SHOP jaarcijfers;;2008-02-01;ja\n"), "shop.csv");
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        var html = await fout.Content.ReadAsStringAsync();
        Assert.Matches("<td class=\"utrecht-table__cell\">2</td>\\s*<td class=\"utrecht-table__cell\">waarde</td>", html);
        Assert.Equal(0, await RijenAsync("2007"));

        using var xlsx = new MemoryStream();
        await using (var blad = await SpreadCheetah.Spreadsheet.CreateNewAsync(xlsx))
        {
            await blad.StartWorksheetAsync("Cijfers");
            await blad.AddRowAsync(Kop.Trim().Split(';').Select(k => new SpreadCheetah.DataCell(k)).ToList());
            await blad.AddRowAsync(new[] { "zorgcoordinatie-trajecten", "GM0637", "2007", "", "5", "SHOP jaarcijfers", "", "2008-02-01", "ja" }
                .Select(w => new SpreadCheetah.DataCell(w)).ToList());
            await blad.FinishAsync();
        }

        var goed = await UploadAsync(xlsx.ToArray(), "shop.xlsx");
        Assert.True(goed.StatusCode == HttpStatusCode.Redirect, await goed.Content.ReadAsStringAsync());
        Assert.Equal(1, await RijenAsync("2007"));

        var hand = await Aanmelden.PostFormAsync(web, "/monitor/imports", new()
        {
            ["Bron"] = "shop", ["Maatstaf"] = "zorgcoordinatie-trajecten", ["Gebied"] = "GM1916", ["Periode"] = "2007",
            ["Waarde"] = "-3", ["Document"] = "SHOP jaarcijfers", ["Datum"] = "2008-02-01", ["Gepubliceerd"] = "ja",
        }, "/monitor/imports?handler=Hand");
        Assert.Equal(HttpStatusCode.BadRequest, hand.StatusCode);
        Assert.Contains("id=\"hand-waarde-fout\"", await hand.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await RijenAsync("2007"));

        var zorg = await factory.AlsAsync(Rollen.Zorgcoordinator);
        Assert.NotEqual(HttpStatusCode.OK, (await zorg.GetAsync(Pad("/monitor/imports"))).StatusCode);
    }

    [Fact]
    public async Task Hetzelfde_formulier_twee_keer_verstuurd_slaat_een_keer_op_ook_na_intrekken()
    {
        var web = await factory.AlsAsync(Rollen.Ketenregisseur);
        var pagina = await web.GetStringAsync(Pad("/monitor/imports"));
        var sleutel = System.Text.RegularExpressions.Regex.Match(pagina, "name=\"formuliersleutel\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.True(sleutel.Length >= 16);
        var velden = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Aanmelden.Token(pagina), ["formuliersleutel"] = sleutel,
            ["Bron"] = "shop", ["Maatstaf"] = "zorgcoordinatie-trajecten", ["Gebied"] = "GM0637", ["Periode"] = "2006",
            ["Waarde"] = "9", ["Document"] = "SHOP jaarcijfers 2006", ["Datum"] = "2007-02-01", ["Gepubliceerd"] = "ja",
        };
        Task<HttpResponseMessage> VerstuurAsync() => web.PostAsync(Pad("/monitor/imports?handler=Hand"), new FormUrlEncodedContent(velden));

        foreach (var _ in Enumerable.Range(0, 2))
        {
            var antwoord = await VerstuurAsync();
            Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
            // Post/redirect/get: the second sending gets the same answer as the first, not "already imported".
            Assert.Contains("De cijfers zijn ingevoerd.", await web.GetStringAsync(antwoord.Headers.Location!.OriginalString), StringComparison.Ordinal);
        }

        Assert.Equal(1, await RijenAsync("2006"));

        Guid id;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            id = await db.Set<PartnerCijferRij>().Where(r => r.Periode == "2006").Select(r => r.ImportId).SingleAsync();
        }

        // Withdrawn, then the browser sends the old form again: the sending already happened, the figures stay out.
        var http = await RsivAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync(Pad($"/api/v1/monitor/imports/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await VerstuurAsync()).StatusCode);
        Assert.Equal(1, await RijenAsync("2006"));
        Assert.Equal("geenGegevens", (await CijferAsync("maatstaf=zorgcoordinatie-trajecten&periode=2006&gebied=gemeente:GM0637")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Alleen_de_ketenregisseur_importeert()
    {
        var rijen = new { bron = "om", csv = Kop + "om-zaken;regio:DH;2008;;1;OM;;2009-01-01;ja\n" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync(Pad("/api/v1/monitor/imports"), rijen)).StatusCode);
        var zorg = await ClientMetTokenAsync(factory.CreateClient, Zorgcoordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await zorg.PostAsJsonAsync(Pad("/api/v1/monitor/imports"), rijen)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await zorg.GetAsync(Pad("/api/v1/monitor/imports"))).StatusCode);
        Assert.Equal(0, await RijenAsync("2008"));
    }
}

public sealed class PartnerImportTestsSqlite(SqliteFactory factory) : PartnerImportTests(factory), IClassFixture<SqliteFactory>;

public sealed class PartnerImportTestsPostgres(PostgresFactory factory) : PartnerImportTests(factory), IClassFixture<PostgresFactory>;
