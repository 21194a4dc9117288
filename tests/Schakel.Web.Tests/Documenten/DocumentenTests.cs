using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Features.Documenten;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Documenten;

/// <summary>The shared report outputs: a tagged PDF printed from HTML, XLSX and CSV with the same cells.</summary>
public sealed class DocumentenTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static readonly Tabel Meldingen = new("Per gemeente", "Meldingen per gemeente", ["Gemeente", "Aantal", "Aandeel"],
        [["Delft", 42, 0.5m], ["=HYPERLINK(\"x\")", null, 1.25m], ["'s-Gravenhage, \"centrum\"", 7, null]]);

    [Fact]
    public async Task Pdf_is_getagd_met_taal_titel_figuurtekst_en_leesbare_tabel()
    {
        await using var scope = factory.Scope();
        var weergave = scope.ServiceProvider.GetRequiredService<HtmlWeergave>();
        var afdrukker = scope.ServiceProvider.GetRequiredService<PdfAfdrukker>();
        var inhoud = """
            <h1>Monitor 2026</h1>
            <figure><svg role="img" aria-labelledby="g-titel" width="200" height="60" viewBox="0 0 200 60">
              <title id="g-titel">Meldingen stegen van 10 naar 42</title><rect x="0" y="10" width="180" height="20" fill="#333"/></svg>
              <figcaption>Meer meldingen dan vorig jaar</figcaption></figure>
            <table><caption>Meldingen per gemeente</caption><thead><tr><th scope="col">Gemeente</th><th scope="col">Aantal</th></tr></thead>
            <tbody><tr><th scope="row">Delft</th><td>42</td></tr></tbody></table>
            <img src="https://voorbeeld.invalid/volg.png" alt="">
            """;

        var pdf = await afdrukker.DrukAfAsync(await weergave.DocumentAsync("Monitor 2026", inhoud));

        var inspectie = PdfInspectie.Lees(pdf);
        Assert.True(inspectie.Getagd);
        Assert.Equal("nl", inspectie.Taal);
        Assert.Equal("Monitor 2026", inspectie.Titel);
        Assert.True(inspectie.TitelTonen);
        Assert.Contains("Meldingen stegen van 10 naar 42", inspectie.FiguurAlternatieven);
        Assert.Contains("Delft", inspectie.Tekst);
        Assert.Contains("42", inspectie.Tekst);
    }

    [Fact]
    public async Task Partial_wordt_als_tekst_weergegeven()
    {
        await using var scope = factory.Scope();
        var weergave = scope.ServiceProvider.GetRequiredService<HtmlWeergave>();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };

        var html = await weergave.PartialAsync(http, "/Features/Installatie/_Voet.cshtml", null);

        Assert.Contains("/privacy", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_heeft_een_toelichting_en_per_tabel_een_blad_met_een_kopregel()
    {
        var geheugen = new MemoryStream();
        await XlsxSchrijver.SchrijfAsync(geheugen, new Werkmap("Monitor 2026", "Schakel", "Aantallen 1 tot 4 zijn verborgen.", [Meldingen, Meldingen with { Naam = "Per gemeente" }]));

        using var zip = new ZipArchive(new MemoryStream(geheugen.ToArray()));
        var boek = Xml(zip, "xl/workbook.xml");
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var bladen = boek.Descendants(ns + "sheet").Select(s => (string?)s.Attribute("name")).ToList();
        Assert.Equal(["Toelichting", "Per gemeente", "Per gemeente2"], bladen);

        var blad = Xml(zip, "xl/worksheets/sheet2.xml");
        var rijen = blad.Descendants(ns + "row").ToList();
        Assert.Equal(4, rijen.Count);
        Assert.Empty(blad.Descendants(ns + "mergeCell"));
        var waarden = rijen[1].Elements(ns + "c").Select(c => c.Value).ToList();
        Assert.Equal(["Delft", "42", "0.5"], waarden);
        Assert.Contains("Aantallen 1 tot 4 zijn verborgen.", Xml(zip, "xl/worksheets/sheet1.xml").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_citeert_en_neutraliseert_formules()
    {
        var tekst = Encoding.UTF8.GetString(CsvSchrijver.Schrijf(Meldingen));

        Assert.StartsWith("\uFEFFGemeente,Aantal,Aandeel\r\nDelft,42,0.5\r\n", tekst, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\",,1.25", tekst, StringComparison.Ordinal);
        Assert.Contains("\"'s-Gravenhage, \"\"centrum\"\"\",7,", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void Bestandsnaam_houdt_alleen_veilige_tekens()
    {
        Assert.Equal("Monitor-2026-Den-Haag.pdf", Documentresultaat.Naam("Monitor 2026 Den Haag", ".pdf"));
        Assert.Equal("--etcpasswd.csv", Documentresultaat.Naam("../etc/passwd\r\n", ".csv"));
    }

    private static XDocument Xml(ZipArchive zip, string pad)
    {
        using var stroom = zip.GetEntry(pad)!.Open();
        return XDocument.Load(stroom);
    }
}
