using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Monitor;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Monitor.Exports;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// Rules of an edition that hold in the service for every caller: the text limits, the shelter sections for an edition
/// begun from a format made before they existed; and the CTDC dataset reading forms and signals from the newest triage.
/// Years far before the demo data, so nothing else in this class's database lands in them.
/// </summary>
public abstract class MonitorEditieRegelsTests(SchakelFactory factory)
{
    private async Task<T> MetAsync<T>(Func<IServiceProvider, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider);
    }

    [Fact]
    public async Task Inleiding_conclusies_en_commentaar_boven_hun_grens_worden_door_de_dienst_zelf_geweigerd_en_niets_wordt_opgeslagen()
    {
        var id = await MetAsync(async s => (await s.GetRequiredService<MonitorEdities>().MaakAsync("DH", 1995, AuditActor.Systeem, "test", default)).Editie!.Id);
        async Task<string?> SchrijfAsync(string inleiding, string conclusies, string commentaar) => await MetAsync(async s =>
            (await s.GetRequiredService<MonitorEdities>().SchrijfTekstenAsync(id, inleiding, conclusies,
                new Dictionary<string, string> { ["signalen"] = commentaar }, new(), "test", default)).Fout);

        Assert.Null(await SchrijfAsync("eerst", "", ""));
        var grens = new string('a', MonitorEdities.MaxInleiding);
        Assert.Equal(MonitorEdities.TeLang, await SchrijfAsync(grens + "a", "", ""));
        Assert.Equal(MonitorEdities.TeLang, await SchrijfAsync("", grens + "a", ""));
        Assert.Equal(MonitorEdities.TeLang, await SchrijfAsync("nieuw", "nieuw", new string('b', MonitorEdities.MaxOpmerking + 1)));
        var opgeslagen = await MetAsync(s => s.GetRequiredService<SchakelDbContext>().Set<MonitorEditie>().AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal("eerst", opgeslagen.Inleiding);
        Assert.Equal("", opgeslagen.Conclusies);

        // At the limit it is stored; a line break CR LF counts as one character, as the page's field does.
        // Stored with line feeds only, so what was counted fits the column (PostgreSQL refused the CR LF text before).
        Assert.Null(await SchrijfAsync(grens, string.Concat(Enumerable.Repeat("a\r\n", MonitorEdities.MaxInleiding / 2)), ""));
        var metRegels = await MetAsync(s => s.GetRequiredService<SchakelDbContext>().Set<MonitorEditie>().AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.DoesNotContain('\r', metRegels.Conclusies);
        Assert.Equal(MonitorEdities.MaxInleiding - 1, metRegels.Conclusies.Length);
    }

    [Fact]
    public async Task Een_editie_begonnen_vanuit_een_format_van_voor_de_opvang_krijgt_de_opvangsecties_een_eigen_keuze_blijft()
    {
        var opvang = EditieFormat.Standaard.Where(s => s.Code.StartsWith("opvang-", StringComparison.Ordinal)).Select(s => s.Code).ToList();
        Assert.NotEmpty(opvang);
        var oud = EditieFormat.Standaard.Where(s => !opvang.Contains(s.Code)).ToList();

        async Task<IReadOnlyList<Sectie>> VolgendeAsync(int jaar, IReadOnlyList<Sectie> format) => await MetAsync(async s =>
        {
            var edities = s.GetRequiredService<MonitorEdities>();
            var db = s.GetRequiredService<SchakelDbContext>();
            var vorige = (await edities.MaakAsync("DH", jaar, AuditActor.Systeem, "test", default)).Editie!;
            vorige.Format = EditieFormat.Schrijf(format);
            await db.SaveChangesAsync();
            var nieuw = (await edities.MaakAsync("DH", jaar + 1, AuditActor.Systeem, "test", default)).Editie!;
            return EditieFormat.Lees(nieuw.Format);
        });

        // Last year's format predates the shelter sections: the new edition has them, right after the CoMensha section.
        var bijgewerkt = await VolgendeAsync(1990, oud);
        Assert.Equal(oud.Count + opvang.Count, bijgewerkt.Count);
        var comensha = bijgewerkt.ToList().FindIndex(s => s.Code == "comensha");
        Assert.Equal(opvang, bijgewerkt.Skip(comensha + 1).Take(opvang.Count).Select(s => s.Code));
        Assert.Equal(oud.Select(s => s.Code), bijgewerkt.Where(s => !opvang.Contains(s.Code)).Select(s => s.Code));

        // A format that kept one shelter section and dropped the others was chosen with them in sight: it stays as it is.
        var keuze = oud.Append(EditieFormat.Standaard.Single(s => s.Code == opvang[0])).ToList();
        Assert.Equal(keuze.Select(s => s.Code), (await VolgendeAsync(1992, keuze)).Select(s => s.Code));
    }

    [Fact]
    public async Task De_CTDC_dataset_neemt_vormen_en_signalen_uit_de_nieuwste_triage()
    {
        const int jaar = 2005;
        await MetAsync(async s =>
        {
            var db = s.GetRequiredService<SchakelDbContext>();
            var rsiv = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
            var op = new DateTimeOffset(jaar, 3, 1, 9, 0, 0, TimeSpan.Zero);
            foreach (var i in Enumerable.Range(0, Ctdc.StandaardK + 1))
            {
                // The report says labour with a debt signal; the first triage agreed; the newest reads sexual exploitation with threats.
                var m = new Melding
                {
                    Id = Guid.NewGuid(), Soort = MeldingSoort.Melding, MelderType = MelderType.Professional, Kanaal = Kanaal.Web,
                    OmschrijvingVersleuteld = "niet gelezen", GemeenteCode = "GM0518", OntvangenOp = op.AddHours(i), MeldpuntOrganisatieId = rsiv,
                    Uitbuitingsvormen = "arbeid", Indicatoren = "AFH-08",
                };
                db.Add(m);
                var eerste = new MeldingTriage
                {
                    MeldingId = m.Id, OrganisatieId = rsiv, Tijdstip = op.AddHours(i + 1), Zijde = Zijde.Slachtofferkant, GemeenteCode = "GM0518",
                    Urgentie = Urgentie.Normaal, Uitbuitingsvormen = "arbeid", Indicatoren = "AFH-08",
                };
                db.Add(eerste);
                m.Trieer(eerste);
                await db.SaveChangesAsync();
                var nieuwste = new MeldingTriage
                {
                    MeldingId = m.Id, OrganisatieId = rsiv, Tijdstip = op.AddHours(i + 2), Zijde = Zijde.Slachtofferkant, GemeenteCode = "GM0518",
                    Urgentie = Urgentie.Normaal, Uitbuitingsvormen = "seksueel", Indicatoren = "ARB-04",
                };
                db.Add(nieuwste);
                m.Trieer(nieuwste);
            }

            return await db.SaveChangesAsync();
        });

        var uitvoer = (await MetAsync(s => s.GetRequiredService<CtdcExport>().MaakAsync("DH", AuditActor.Systeem, "test", default)))!;
        var kolom = Ctdc.Kolommen.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var jaarCel = new[] { jaar.ToString(System.Globalization.CultureInfo.InvariantCulture), Ctdc.Jaarblok(jaar) };
        var rijen = uitvoer.Gegevens.Rijen.Where(r => jaarCel.Contains((string?)r[kolom["yearOfRegistration"]])).ToList();
        Assert.Equal(Ctdc.StandaardK + 1, rijen.Count);
        Assert.All(rijen, r =>
        {
            Assert.Equal("1", r[kolom["meansOfControlThreats"]]);
            Assert.Equal("0", r[kolom["meansOfControlDebtBondage"]]);
            Assert.NotEqual("1", r[kolom["isForcedLabour"]]);
        });
    }
}

public sealed class MonitorEditieRegelsTestsSqlite(SqliteFactory factory) : MonitorEditieRegelsTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorEditieRegelsTestsPostgres(PostgresFactory factory) : MonitorEditieRegelsTests(factory), IClassFixture<PostgresFactory>;
