using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// The report of a published edition on both databases: open without sign-in, charts as figures with their finding,
/// and HTML, CSV, XLSX and PDF holding the same cells. A concept's report is not public.
/// </summary>
public abstract class MonitorRapportTests(SchakelFactory factory) : IAsyncLifetime
{
    private Guid _gepubliceerd;
    private Guid _concept;

    public async Task InitializeAsync()
    {
        await MonitorVaste.ZaaiAsync(factory);
        await using var scope = factory.Scope();
        var edities = scope.ServiceProvider.GetRequiredService<MonitorEdities>();
        var lijst = await edities.LijstAsync(false, default);
        _concept = lijst.First(e => e.Status == EditieStatus.Concept).Id;
        if (lijst.FirstOrDefault(e => e.Jaar == MonitorVaste.Jaar) is { } bestaand)
        {
            _gepubliceerd = bestaand.Id;
            return;
        }

        var editie = (await edities.MaakAsync("DH", MonitorVaste.Jaar, AuditActor.Systeem, "test", default)).Editie!;
        foreach (var stap in new[] { EditieStatus.InReview, EditieStatus.Vastgesteld, EditieStatus.Gepubliceerd })
        {
            Assert.Null((await edities.VolgendeStapAsync(editie.Id, stap, AuditActor.Systeem, "test", default)).Fout);
        }

        _gepubliceerd = editie.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Uri U(string pad) => new(pad, UriKind.Relative);

    private static string Norm(string waarde) =>
        decimal.TryParse(waarde, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d.ToString("0.#", CultureInfo.InvariantCulture) : waarde.Trim();

    /// <summary>The cells of one table on the page, row by row, without the row header.</summary>
    private static List<List<string>> HtmlCellen(string html, string tabel)
    {
        var blok = Regex.Match(html, $"data-tabel=\"{tabel}\"[\\s\\S]*?</table>").Value;
        return Regex.Matches(blok, "<tr class=\"utrecht-table__row\">([\\s\\S]*?)</tr>").Skip(1)
            .Select(r => Regex.Matches(r.Groups[1].Value, "<td[^>]*data-cel>([^<]*)</td>").Select(c => Norm(WebUtility.HtmlDecode(c.Groups[1].Value))).ToList())
            .ToList();
    }

    [Fact]
    public async Task Het_rapport_is_openbaar_en_html_csv_xlsx_en_pdf_tonen_dezelfde_cellen()
    {
        var anoniem = factory.CreateClient();
        var html = await anoniem.GetStringAsync(U($"/monitor/rapport/{_gepubliceerd}"));
        Assert.Contains("data-regel", html);
        var figuren = Regex.Matches(html, "<figure class=\"schakel-grafiek\"").Count;
        Assert.True(figuren > 0);
        Assert.Equal(figuren, Regex.Matches(html, "<svg role=\"img\" aria-labelledby=").Count);
        Assert.Equal(figuren, Regex.Matches(html, "<figcaption data-bevinding>").Count);
        Assert.Contains("< 5", WebUtility.HtmlDecode(html));
        // Each figures section names its measure and links to its definition on the public definitions page.
        var signalen = Regex.Match(html, "<section aria-labelledby=\"sectie-signalen\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("href=\"/monitor/publiek/definities#maatstaf-meldingen\"", signalen);
        Assert.Contains("id=\"maatstaf-meldingen\"", await anoniem.GetStringAsync(U("/monitor/publiek/definities")));

        var pagina = HtmlCellen(html, "signalen");
        Assert.NotEmpty(pagina);

        var csv = (await anoniem.GetStringAsync(U($"/monitor/rapport/{_gepubliceerd}/csv/signalen"))).TrimStart('\uFEFF');
        var csvRijen = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(r => Regex.Matches(r.TrimEnd('\r'), "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)").Skip(1)
                .Select(c => Norm(c.Groups[1].Value.Trim('"').Replace("\"\"", "\"", StringComparison.Ordinal))).ToList()).ToList();
        Assert.Equal(pagina, csvRijen);

        var xlsx = await anoniem.GetByteArrayAsync(U($"/monitor/rapport/{_gepubliceerd}/xlsx"));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        System.Xml.Linq.XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        await using (var stroom = zip.GetEntry("xl/worksheets/sheet2.xml")!.Open())
        {
            var blad = System.Xml.Linq.XDocument.Load(stroom);
            var xlsxRijen = blad.Descendants(ns + "row").Skip(1).Select(r => r.Elements(ns + "c").Skip(1).Select(c => Norm(c.Value)).ToList()).ToList();
            Assert.Equal(pagina, xlsxRijen);
            Assert.Empty(blad.Descendants(ns + "mergeCell"));
        }

        var pdf = await anoniem.GetAsync(U($"/monitor/rapport/{_gepubliceerd}/pdf"));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var inspectie = PdfInspectie.Lees(await pdf.Content.ReadAsByteArrayAsync());
        Assert.True(inspectie.Getagd);
        Assert.StartsWith("nl", inspectie.Taal);
        Assert.Contains("Mensenhandelmonitor", inspectie.Titel);
        Assert.True(inspectie.TitelTonen);
        // Every chart is a figure with its alternative text (the chart's title and the values it draws).
        Assert.True(inspectie.FiguurAlternatieven.Count(a => !string.IsNullOrWhiteSpace(a)) >= figuren);
        Assert.Contains("Zoetermeer", inspectie.Tekst);

        // The public list links the report; a concept's report and exports are not public.
        Assert.Contains($"/monitor/rapport/{_gepubliceerd}", await anoniem.GetStringAsync(U("/monitor/publiek")));
        Assert.Contains("/monitor/publiek", await anoniem.GetStringAsync(U("/")));
        Assert.Equal(HttpStatusCode.NotFound, (await anoniem.GetAsync(U($"/monitor/rapport/{_concept}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anoniem.GetAsync(U($"/monitor/rapport/{_concept}/xlsx"))).StatusCode);
    }
}

public sealed class MonitorRapportTestsSqlite(SqliteFactory factory) : MonitorRapportTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorRapportTestsPostgres(PostgresFactory factory) : MonitorRapportTests(factory), IClassFixture<PostgresFactory>;
