using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Monitor.Imports;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// The report's chain sections, trends and reference figures on both databases. Chain sections are drawn from their
/// sources for the edition's region and year and frozen at publication; the trend marks imported years with their
/// source and a year without figures as "geen gegevens" (never 0); national figures are context with their source.
/// </summary>
public abstract class MonitorKetenRapportTests(SchakelFactory factory) : IAsyncLifetime
{
    private Guid _editie;

    public async Task InitializeAsync()
    {
        await MonitorVaste.ZaaiAsync(factory);
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var edities = scope.ServiceProvider.GetRequiredService<MonitorEdities>();
        if (await db.Set<MonitorEditie>().AsNoTracking().FirstOrDefaultAsync(e => e.RegioCode == "DH" && e.Jaar == MonitorVaste.Jaar) is { } bestaand)
        {
            _editie = bestaand.Id;
            return;
        }

        db.Add(Bijeenkomst(12));
        await db.SaveChangesAsync();
        // CoMensha's own figures: Schakel's measure for 2019 (before Schakel's first report), its regional count for
        // 2020 as a true 0, and the national total for 2020. Nothing for 2020's reports: "geen gegevens".
        Dictionary<string, string?> Rij(string maatstaf, string gebied, string periode, string waarde) => new()
        {
            ["maatstaf"] = maatstaf, ["gebied"] = gebied, ["periode"] = periode, ["waarde"] = waarde,
            ["document"] = "Jaarrapport CoMensha", ["sectie"] = "§3", ["datum"] = "2021-05-01", ["gepubliceerd"] = "ja",
        };
        var import = await scope.ServiceProvider.GetRequiredService<PartnerImports>().ImporteerAsync("comensha",
            [Rij("meldingen", "regio:DH", "2019", "30"), Rij("comensha-meldingen", "regio:DH", "2020", "0"),
             Rij("comensha-meldingen-landelijk", "land", "2020", "1500")],
            new HashSet<string>(["DH"], StringComparer.Ordinal), AuditActor.Systeem, "test", default);
        Assert.IsType<ImportUitkomst.Gelukt>(import);

        var editie = (await edities.MaakAsync("DH", MonitorVaste.Jaar, AuditActor.Systeem, "test", default)).Editie!;
        foreach (var stap in new[] { EditieStatus.InReview, EditieStatus.Vastgesteld, EditieStatus.Gepubliceerd })
        {
            Assert.Null((await edities.VolgendeStapAsync(editie.Id, stap, AuditActor.Systeem, "test", default)).Fout);
        }

        _editie = editie.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Bijeenkomst Bijeenkomst(int aanwezigen) => new()
    {
        Id = Guid.NewGuid(), Soort = Bijeenkomstsoort.Themabijeenkomst, Titel = "Themabijeenkomst arbeidsuitbuiting",
        Begin = new DateTimeOffset(MonitorVaste.Jaar, 3, 4, 14, 0, 0, TimeSpan.Zero), Einde = new DateTimeOffset(MonitorVaste.Jaar, 3, 4, 16, 0, 0, TimeSpan.Zero),
        Gemeenten = ["GM0637"], Aanwezigen = aanwezigen,
    };

    private static Uri U(string pad) => new(pad, UriKind.Relative);

    /// <summary>A table on the page as rows of cell texts, the row header first.</summary>
    private static List<List<string>> Tabel(string html, string naam)
    {
        var blok = Regex.Match(html, $"data-tabel=\"{naam}\"[\\s\\S]*?</table>").Value;
        Assert.False(string.IsNullOrEmpty(blok), $"tabel {naam} ontbreekt");
        return Regex.Matches(blok, "<tr class=\"utrecht-table__row\">([\\s\\S]*?)</tr>").Skip(1)
            .Select(r => Regex.Matches(r.Groups[1].Value, "<t[hd][^>]*>([^<]*)</t[hd]>").Select(c => WebUtility.HtmlDecode(c.Groups[1].Value).Trim()).ToList())
            .ToList();
    }

    private static List<List<string>> Csv(string csv) =>
        csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(r => Regex.Matches(r.TrimEnd('\r'), "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)")
                .Select(c => c.Groups[1].Value.Trim('"').Replace("\"\"", "\"", StringComparison.Ordinal).Trim()).ToList()).ToList();

    [Fact]
    public async Task Ketensecties_komen_uit_hun_bron_en_blijven_na_publicatie_zoals_ze_waren()
    {
        var anoniem = factory.CreateClient();
        var html = await anoniem.GetStringAsync(U($"/monitor/rapport/{_editie}"));
        Assert.DoesNotContain("nog niet beschikbaar", html, StringComparison.OrdinalIgnoreCase);
        foreach (var tabel in new[] { "bewustwording", "beleid", "wie-doet-wat", "aandachtsfunctionarissen", "route" })
        {
            Assert.NotEmpty(Tabel(html, tabel));
        }

        var bewustwording = Tabel(html, "bewustwording");
        var zoetermeer = bewustwording.Single(r => r[0] == "Zoetermeer");
        Assert.Equal(["1", "12"], zoetermeer.Skip(1).Take(2));
        // Every municipality of the region has its row in the policy table, with a verdict.
        Assert.Contains(Tabel(html, "beleid"), r => r[0] == "Zoetermeer" && r[1].StartsWith("Voldoet", StringComparison.Ordinal));

        // CSV holds the same cells as the page.
        Assert.Equal(bewustwording, Csv(await anoniem.GetStringAsync(U($"/monitor/rapport/{_editie}/csv/bewustwording"))));

        // Later, a second meeting in Zoetermeer: the source says 2, the published report still says 1.
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.Add(Bijeenkomst(8));
            await db.SaveChangesAsync();
            var edities = scope.ServiceProvider.GetRequiredService<MonitorEdities>();
            var editie = (await edities.VindAsync(_editie, default))!;
            var live = await scope.ServiceProvider.GetRequiredService<Ketensecties>().MaakAsync(Ketensecties.Bewustwording, edities.Regio(editie),
                new Dictionary<string, string> { ["GM0637"] = "Zoetermeer" }, MonitorVaste.Jaar, default);
            Assert.Equal(2m, live!.Tabellen[0].Rijen.Single(r => r[0].Tekst == "Zoetermeer")[1].Getal);
        }

        var daarna = await anoniem.GetStringAsync(U($"/monitor/rapport/{_editie}"));
        Assert.Equal(bewustwording, Tabel(daarna, "bewustwording"));
        Assert.Equal(Tabel(html, "route"), Tabel(daarna, "route"));
    }

    [Fact]
    public async Task De_trend_toont_eigen_en_geimporteerde_jaren_met_bron_en_geen_gegevens_nooit_als_0()
    {
        var html = await factory.CreateClient().GetStringAsync(U($"/monitor/rapport/{_editie}"));
        var trend = Tabel(html, "signalen-trend");
        Assert.Equal(Enumerable.Range(MonitorVaste.Jaar - 4, 5).Select(j => j.ToString(CultureInfo.InvariantCulture)), trend.Select(r => r[0]));
        var jaar2019 = trend.Single(r => r[0] == "2019");
        Assert.Equal("30", jaar2019[1]);
        Assert.StartsWith("geïmporteerd: CoMensha, Jaarrapport CoMensha, §3 (2021-05-01)", jaar2019[2], StringComparison.Ordinal);
        Assert.Equal(["geen gegevens", "geen gegevens"], trend.Single(r => r[0] == "2020").Skip(1));
        // The edition's own year is Schakel's, shown exactly as the figures table shows the region's year (hidden there, hidden here).
        var regioJaar = Tabel(html, "signalen")[^1][^1];
        Assert.Equal([regioJaar, "Schakel"], trend.Single(r => r[0] == "2021").Skip(1));

        // Reference figures as context: CoMensha's own regional count (a true 0 stays 0) and the national total.
        var regionaal = Tabel(html, "comensha-context-1");
        Assert.Equal("0", regionaal.Single(r => r[0] == "2020")[1]);
        Assert.Equal("geen gegevens", regionaal.Single(r => r[0] == "2019")[1]);
        Assert.Equal("1500", Tabel(html, "comensha-context-2").Single(r => r[0] == "2020")[1]);

        // The trend is a chart too, with the missing years drawn as "geen gegevens" rather than as an empty bar.
        var grafiek = Regex.Match(html, "data-grafiek=\"signalen-trend\"[\\s\\S]*?</figure>").Value;
        Assert.Contains("2020: geen gegevens", WebUtility.HtmlDecode(grafiek), StringComparison.Ordinal);
        Assert.Contains("<figcaption data-bevinding>", grafiek, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ketensecties_lezen_elke_bron_eenmaal_voor_de_regio_niet_per_gemeente()
    {
        List<string> alle;
        await using (var scope = factory.Scope())
        {
            alle = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Schakel.Web.Features.Regio.Gemeente>()
                .Where(g => g.EenheidCode == "DH").Select(g => g.CbsCode).ToListAsync();
        }

        Assert.True(alle.Count > 2);
        var namen = new Dictionary<string, string>();

        // Each measurement in a fresh scope made after the teller, so EF knows someone listens.
        async Task<int> Opdrachten(string bron, IReadOnlyList<string> gemeenten)
        {
            using var teller = new Opdrachtenteller();
            await using var scope = factory.Scope();
            teller.Context = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<Ketensecties>()
                .MaakAsync(bron, new Regiodefinitie("T", "Test", null, gemeenten), namen, MonitorVaste.Jaar, default));
            return teller.Opdrachten.Count;
        }

        foreach (var bron in new[] { Ketensecties.Bewustwording, Ketensecties.Sturing })
        {
            // The same number of commands for two municipalities as for all of them, and more than none.
            var twee = await Opdrachten(bron, alle.Take(2).ToList());
            Assert.True(twee > 0, bron);
            Assert.Equal(twee, await Opdrachten(bron, alle));
        }
    }

    [Fact]
    public async Task De_regiorij_telt_alleen_bijeenkomsten_van_de_eigen_gemeenten()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var keten = scope.ServiceProvider.GetRequiredService<Ketensecties>();
        // A region of two municipalities: Zoetermeer and Leidschendam-Voorburg.
        var regio = new Regiodefinitie("ZL", "Zoetermeer en Leidschendam", null, ["GM0637", "GM1916"]);
        // The year before the fixed data set, so the other tests' meetings are not touched.
        var jaar = MonitorVaste.Jaar - 1;
        async Task<decimal?> Regiorij() =>
            (await keten.MaakAsync(Ketensecties.Bewustwording, regio, new Dictionary<string, string>(), jaar, default))!.Tabellen[0].Rijen[^1][1].Getal;

        Bijeenkomst In(params string[] gemeenten)
        {
            var b = Bijeenkomst(10);
            b.Begin = b.Begin.AddYears(-1);
            b.Einde = b.Einde.AddYears(-1);
            b.Gemeenten = [.. gemeenten];
            return b;
        }

        var voor = await Regiorij();
        var elders = In("GM0518");
        var zonder = In();
        var samen = In("GM0637", "GM1916", "GM0518");
        db.AddRange(elders, zonder, samen);
        await db.SaveChangesAsync();

        // Only the meeting two of its municipalities joined counts, once; Den Haag's own and the one without a municipality do not.
        Assert.Equal(voor + 1, await Regiorij());
    }

    [Fact]
    public async Task Sturing_toont_de_checklist_zoals_die_stond_op_31_december_van_het_editiejaar()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var keten = scope.ServiceProvider.GetRequiredService<Ketensecties>();
        var rsiv = await db.Set<Schakel.Web.Features.Organisaties.Organisatie>().Where(o => o.Naam == DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
        var regio = new Regiodefinitie("GM1916", "Leidschendam-Voorburg", null, ["GM1916"]);
        var namen = new Dictionary<string, string> { ["GM1916"] = "Leidschendam-Voorburg" };
        async Task<IReadOnlyList<KetenCel>> Rij() =>
            (await keten.MaakAsync(Ketensecties.Sturing, regio, namen, MonitorVaste.Jaar, default))!.Tabellen[0].Rijen.Single();

        // In the edition's year the item was answered "nee"; after that year "ja", and the policy was adopted later too.
        db.Add(new Schakel.Web.Features.Sturing.Model.BasisniveauAntwoord
        {
            Id = Guid.NewGuid(), GemeenteCode = "GM1916", ItemCode = "opvang-nazorg", Stand = Schakel.Core.Sturing.Basisniveaustand.Nee,
            OrganisatieId = rsiv, BevestigdDoor = "ketenregisseur", BevestigdOp = new DateTimeOffset(MonitorVaste.Jaar, 6, 1, 10, 0, 0, TimeSpan.Zero),
        });
        await db.SaveChangesAsync();
        var toen = await Rij();
        db.Add(new Schakel.Web.Features.Sturing.Model.BasisniveauAntwoord
        {
            Id = Guid.NewGuid(), GemeenteCode = "GM1916", ItemCode = "opvang-nazorg", Stand = Schakel.Core.Sturing.Basisniveaustand.Ja,
            OrganisatieId = rsiv, BevestigdDoor = "ketenregisseur", BevestigdOp = new DateTimeOffset(MonitorVaste.Jaar + 1, 1, 1, 9, 0, 0, TimeSpan.Zero),
        });
        var beleid = await db.Set<Schakel.Web.Features.Sturing.Model.GemeenteBeleid>().FirstOrDefaultAsync(b => b.GemeenteCode == "GM1916");
        if (beleid is null)
        {
            beleid = new Schakel.Web.Features.Sturing.Model.GemeenteBeleid { GemeenteCode = "GM1916" };
            db.Add(beleid);
        }

        beleid.VastgesteldOp = new DateOnly(MonitorVaste.Jaar + 1, 3, 1);
        // The policy's history: the adoption recorded that March (reports as of a date read the version of that date).
        db.Add(new Schakel.Web.Features.Sturing.Model.GemeenteBeleidVersie
        {
            Id = Guid.NewGuid(), GemeenteCode = "GM1916", VastgesteldOp = beleid.VastgesteldOp, OrganisatieId = rsiv, Rol = "ketenregisseur",
            VastgelegdOp = new DateTimeOffset(MonitorVaste.Jaar + 1, 3, 2, 9, 0, 0, TimeSpan.Zero),
        });
        await db.SaveChangesAsync();

        var daarna = await Rij();
        Assert.Equal(toen[2].Getal, daarna[2].Getal);
        Assert.Equal("geen gegevens", daarna[4].Tekst);
        // The next year's edition does see the policy.
        var volgend = (await keten.MaakAsync(Ketensecties.Sturing, regio, namen, MonitorVaste.Jaar + 1, default))!.Tabellen[0].Rijen.Single();
        Assert.Equal($"{MonitorVaste.Jaar + 1}-03-01", volgend[4].Tekst);
    }
}

public sealed class MonitorKetenRapportTestsSqlite(SqliteFactory factory) : MonitorKetenRapportTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorKetenRapportTestsPostgres(PostgresFactory factory) : MonitorKetenRapportTests(factory), IClassFixture<PostgresFactory>;
