using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Monitor;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// An edition begun before sections existed (the shelter sections came later) shows what it lacks of today's format, and
/// what it holds that the format dropped, until it is published; the chain director adds the missing sections in one
/// audited action, as a new format version in the change log. Adopted and published editions never change; a correction can.
/// </summary>
public abstract class MonitorFormatAanvullenTests(SchakelFactory factory)
{
    private static Uri U(string pad) => new(pad, UriKind.Relative);

    private static readonly string[] Opvang =
        ["opvang-plaatsingen", "opvang-verantwoordelijk", "opvang-nachten", "opvang-vervolg", "opvang-tijd-tot-vervolg", "opvang-wachtend"];

    /// <summary>A format as it was before the shelter sections, with one section today's standard no longer has.</summary>
    private static readonly IReadOnlyList<Sectie> OudFormat =
    [
        .. EditieFormat.Standaard.Where(s => !Opvang.Contains(s.Code) && s.Code != "signalen-melder"),
        new("oude-sectie", "Oude sectie", Maatstaven.Meldingen.Code, Uitsplitsing.Kanaal),
    ];

    /// <summary>An edition of unit DH made through the page, then given the old format and the status wanted.</summary>
    private async Task<(HttpClient Regisseur, string Pad, Guid Id)> OudeEditieAsync(int jaar, EditieStatus status)
    {
        var regisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        var gemaakt = await Aanmelden.PostFormAsync(regisseur, "/monitor/edities", new() { ["eenheid"] = "DH", ["jaar"] = $"{jaar}" });
        var pad = Aanmelden.Pad(gemaakt)!;
        var id = Guid.Parse(pad.Split('/').Last());
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var editie = await db.Set<MonitorEditie>().SingleAsync(e => e.Id == id);
        editie.Format = EditieFormat.Schrijf(OudFormat);
        editie.Status = status;
        await db.SaveChangesAsync();
        return (regisseur, pad, id);
    }

    private async Task<(MonitorEditie Editie, int Audit)> LeesAsync(Guid id)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        return (await db.Set<MonitorEditie>().AsNoTracking().SingleAsync(e => e.Id == id),
            await db.Set<AuditRegel>().CountAsync(a => a.ObjectId == id.ToString() && a.Actie == "monitor.editie.format.aangevuld"));
    }

    [Fact]
    public async Task Een_editie_in_review_toont_wat_ontbreekt_en_de_ketenregisseur_vult_het_in_een_keer_aan()
    {
        var (regisseur, pad, id) = await OudeEditieAsync(2020, EditieStatus.InReview);
        var html = await regisseur.GetStringAsync(U(pad));
        foreach (var code in Opvang.Append("signalen-melder"))
        {
            Assert.Contains($"data-ontbreekt=\"{code}\"", html);
        }

        Assert.Contains("data-vervallen=\"oude-sectie\"", html);
        Assert.Contains("data-aanvullen", html);

        // The working group sees the difference but may not change the format; a focal officer sees nothing of it.
        var zorg = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var zorgHtml = await zorg.GetStringAsync(U(pad));
        Assert.Contains("data-ontbreekt=\"opvang-plaatsingen\"", zorgHtml);
        Assert.DoesNotContain("data-aanvullen", zorgHtml);
        var geweigerd = await Aanmelden.PostFormAsync(zorg, pad, new(), pad + "?handler=Aanvullen");
        Assert.NotEqual(HttpStatusCode.OK, geweigerd.StatusCode);
        Assert.NotEqual(pad, Aanmelden.Pad(geweigerd));
        var af = await factory.AlsAsync(Rollen.Aandachtsfunctionaris);
        Assert.NotEqual(HttpStatusCode.OK, (await af.GetAsync(U(pad))).StatusCode);
        Assert.Equal(0, (await LeesAsync(id)).Audit);

        var voor = (await LeesAsync(id)).Editie.FormatVersie;
        var r = await Aanmelden.PostFormAsync(regisseur, pad, new(), pad + "?handler=Aanvullen");
        Assert.Equal(pad, Aanmelden.Pad(r));
        var (editie, audit) = await LeesAsync(id);
        var codes = EditieFormat.Lees(editie.Format).Select(s => s.Code).ToList();
        // Every standard section in the standard's order, the dropped one kept where it was (last); the shelter sections after CoMensha.
        Assert.Equal(EditieFormat.Standaard.Select(s => s.Code).Append("oude-sectie"), codes);
        Assert.Equal(voor + 1, editie.FormatVersie);
        Assert.Contains($"Formatversie {voor + 1}", editie.Wijzigingslog);
        Assert.Contains("opvang-wachtend", editie.Wijzigingslog);
        Assert.Equal(1, audit);

        html = await regisseur.GetStringAsync(U(pad));
        Assert.DoesNotContain("data-ontbreekt", html);
        Assert.DoesNotContain("data-aanvullen", html);
        Assert.Contains("data-vervallen=\"oude-sectie\"", html);
        Assert.Contains("data-sectie=\"opvang-nachten\"", html);

        // Sent again: nothing more changes.
        r = await Aanmelden.PostFormAsync(regisseur, pad, new(), pad + "?handler=Aanvullen");
        Assert.Equal(pad, Aanmelden.Pad(r));
        var opnieuw = await LeesAsync(id);
        Assert.Equal(editie.Format, opnieuw.Editie.Format);
        Assert.Equal(editie.FormatVersie, opnieuw.Editie.FormatVersie);
        Assert.Equal(1, opnieuw.Audit);
    }

    [Fact]
    public async Task Een_vastgestelde_of_gepubliceerde_editie_verandert_niet_maar_haar_correctie_kan_worden_aangevuld()
    {
        var (regisseur, pad, id) = await OudeEditieAsync(2019, EditieStatus.Vastgesteld);
        var html = await regisseur.GetStringAsync(U(pad));
        Assert.Contains("data-ontbreekt=\"opvang-plaatsingen\"", html);
        Assert.DoesNotContain("data-aanvullen", html);
        var r = await Aanmelden.PostFormAsync(regisseur, pad, new(), pad + "?handler=Aanvullen");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("id=\"aanvullen-fout\"", await r.Content.ReadAsStringAsync());
        Assert.Equal(EditieFormat.Schrijf(OudFormat), (await LeesAsync(id)).Editie.Format);

        var (_, gepubliceerdPad, gepubliceerd) = await OudeEditieAsync(2018, EditieStatus.Gepubliceerd);
        Assert.DoesNotContain("data-formatverschil", await regisseur.GetStringAsync(U(gepubliceerdPad)));
        r = await Aanmelden.PostFormAsync(regisseur, gepubliceerdPad, new(), gepubliceerdPad + "?handler=Aanvullen");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(EditieFormat.Schrijf(OudFormat), (await LeesAsync(gepubliceerd)).Editie.Format);
        Assert.Equal(0, (await LeesAsync(gepubliceerd)).Audit);

        // The correction is a concept with the old format: it takes the new one the same way; the published version stays.
        r = await Aanmelden.PostFormAsync(regisseur, gepubliceerdPad, new() { ["wijziging"] = "Opvang erbij." }, gepubliceerdPad + "?handler=Correctie");
        var correctiePad = Aanmelden.Pad(r)!;
        Assert.NotEqual(gepubliceerdPad, correctiePad);
        Assert.Contains("data-ontbreekt=\"opvang-plaatsingen\"", await regisseur.GetStringAsync(U(correctiePad)));
        r = await Aanmelden.PostFormAsync(regisseur, correctiePad, new(), correctiePad + "?handler=Aanvullen");
        Assert.Equal(correctiePad, Aanmelden.Pad(r));
        var correctie = (await LeesAsync(Guid.Parse(correctiePad.Split('/').Last()))).Editie;
        Assert.Contains("opvang-plaatsingen", EditieFormat.Lees(correctie.Format).Select(s => s.Code));
        Assert.Contains("Opvang erbij.", correctie.Wijzigingslog);
        Assert.Equal(EditieFormat.Schrijf(OudFormat), (await LeesAsync(gepubliceerd)).Editie.Format);
    }

    [Fact]
    public void Ontbrekende_secties_komen_na_hun_voorganger_in_het_standaardformat_en_de_eigen_volgorde_blijft()
    {
        IReadOnlyList<Sectie> eigen = [EditieFormat.Standaard.Single(s => s.Code == "comensha"), EditieFormat.Standaard.Single(s => s.Code == "signalen")];
        var codes = EditieFormat.Aangevuld(eigen).Select(s => s.Code).ToList();
        // The chain director put CoMensha first: it stays first, the shelter sections follow it, the rest after "signalen".
        Assert.Equal("comensha", codes[0]);
        Assert.Equal(Opvang, codes.Skip(1).Take(Opvang.Length));
        Assert.Equal(EditieFormat.Standaard.Count, codes.Distinct().Count());
        Assert.True(codes.IndexOf("signalen-melder") == codes.IndexOf("signalen") + 1);
        Assert.Empty(EditieFormat.Verschil(EditieFormat.Aangevuld(eigen)).Ontbreekt);
    }
}

public sealed class MonitorFormatAanvullenTestsSqlite(SqliteFactory factory) : MonitorFormatAanvullenTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorFormatAanvullenTestsPostgres(PostgresFactory factory) : MonitorFormatAanvullenTests(factory), IClassFixture<PostgresFactory>;
