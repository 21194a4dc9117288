using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// The editing pages on both databases: the chain director composes and moves an edition through review, the working
/// group comments (stored encrypted, once per form), and every change is audited.
/// </summary>
public abstract class MonitorEditiePaginasTests(SchakelFactory factory)
{
    private const int Jaar = 2022;

    private static Uri U(string pad) => new(pad, UriKind.Relative);

    [Fact]
    public async Task De_ketenregisseur_stelt_een_editie_op_en_de_werkgroep_geeft_versleuteld_opmerkingen()
    {
        var regisseur = await factory.AlsAsync(Rollen.Ketenregisseur);
        Assert.Contains("/monitor/edities", await regisseur.GetStringAsync(U("/werkplek")));

        // A year in the future is refused next to its field; then the edition is made.
        var fout = await Aanmelden.PostFormAsync(regisseur, "/monitor/edities", new() { ["eenheid"] = "DH", ["jaar"] = "2999" });
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        Assert.Contains("id=\"jaar-fout\"", await fout.Content.ReadAsStringAsync());
        var gemaakt = await Aanmelden.PostFormAsync(regisseur, "/monitor/edities", new() { ["eenheid"] = "DH", ["jaar"] = $"{Jaar}" });
        var pad = Aanmelden.Pad(gemaakt)!;
        Assert.StartsWith("/monitor/edities/", pad);
        var id = Guid.Parse(pad.Split('/').Last());

        var r = await Aanmelden.PostFormAsync(regisseur, pad, new()
        {
            ["inleiding"] = "Inleiding van de test.", ["conclusies"] = "Conclusie van de test.", ["commentaren[signalen]"] = "Commentaar bij signalen.",
        }, pad + "?handler=Teksten");
        Assert.Equal(pad, Aanmelden.Pad(r));
        r = await Aanmelden.PostFormAsync(regisseur, pad, new() { ["secties"] = "signalen" }, pad + "?handler=Format");
        Assert.Equal(pad, Aanmelden.Pad(r));
        var html = await regisseur.GetStringAsync(U(pad));
        Assert.Contains("Commentaar bij signalen.", html);
        Assert.Contains("data-sectie=\"signalen\"", html);
        Assert.DoesNotContain("data-sectie=\"adviesvragen\"", html);

        r = await Aanmelden.PostFormAsync(regisseur, pad, new() { ["naar"] = "InReview" }, pad + "?handler=Stap");
        Assert.Equal(pad, Aanmelden.Pad(r));

        // The care coordinator (SHOP works in unit DH) is in the working group by default; a focal officer is not.
        var zorg = await factory.AlsAsync(Rollen.Zorgcoordinator);
        Assert.Contains("/monitor/edities", await zorg.GetStringAsync(U("/werkplek")));
        var leeg = await Aanmelden.PostFormAsync(zorg, pad, new() { ["sectie"] = "signalen", ["tekst"] = " " }, pad + "?handler=Opmerking");
        Assert.Contains("id=\"tekst-fout\"", await leeg.Content.ReadAsStringAsync());
        var formulier = await zorg.GetStringAsync(U(pad));
        var sleutel = System.Text.RegularExpressions.Regex.Match(formulier, "name=\"formuliersleutel\" value=\"([^\"]+)\"").Groups[1].Value;
        const string tekst = "Graag de trend over drie jaar tonen.";
        for (var i = 0; i < 2; i++)
        {
            r = await Aanmelden.PostFormAsync(zorg, pad, new() { ["sectie"] = "signalen", ["tekst"] = tekst, ["formuliersleutel"] = sleutel }, pad + "?handler=Opmerking");
            Assert.Equal(pad, Aanmelden.Pad(r));
        }

        Assert.Contains(tekst, await regisseur.GetStringAsync(U(pad)));
        var af = await factory.AlsAsync(Rollen.Aandachtsfunctionaris);
        var geweigerd = await af.GetAsync(U(pad));
        Assert.NotEqual(HttpStatusCode.OK, geweigerd.StatusCode);
        Assert.DoesNotContain(tekst, await geweigerd.Content.ReadAsStringAsync());

        foreach (var naar in new[] { "Vastgesteld", "Gepubliceerd" })
        {
            r = await Aanmelden.PostFormAsync(regisseur, pad, new() { ["naar"] = naar }, pad + "?handler=Stap");
            Assert.Equal(pad, Aanmelden.Pad(r));
        }

        // A published edition's texts no longer change.
        r = await Aanmelden.PostFormAsync(regisseur, "/monitor/edities", new() { ["eenheid"] = "DH", ["jaar"] = $"{Jaar}" });
        Assert.Contains("id=\"jaar-fout\"", await r.Content.ReadAsStringAsync());

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var opgeslagen = await db.Set<MonitorOpmerking>().AsNoTracking().Where(o => o.EditieId == id).ToListAsync();
        var enige = Assert.Single(opgeslagen);
        Assert.DoesNotContain("trend", enige.TekstVersleuteld, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("v", enige.TekstVersleuteld);
        var editie = await db.Set<MonitorEditie>().AsNoTracking().SingleAsync(e => e.Id == id);
        Assert.Equal(EditieStatus.Gepubliceerd, editie.Status);
        Assert.Equal(2, editie.FormatVersie);
        Assert.NotNull(editie.Momentopname);
        var acties = await db.Set<AuditRegel>().AsNoTracking().Where(a => a.ObjectId == id.ToString()).Select(a => a.Actie).ToListAsync();
        foreach (var actie in new[] { "monitor.editie.aangemaakt", "monitor.editie.teksten", "monitor.editie.format", "monitor.editie.opmerking",
                     "monitor.editie.inreview", "monitor.editie.vastgesteld", "monitor.editie.gepubliceerd" })
        {
            Assert.Contains(actie, acties);
        }

        Assert.Single(acties, a => a == "monitor.editie.opmerking");
    }
}

public sealed class MonitorEditiePaginasTestsSqlite(SqliteFactory factory) : MonitorEditiePaginasTests(factory), IClassFixture<SqliteFactory>;

public sealed class MonitorEditiePaginasTestsPostgres(PostgresFactory factory) : MonitorEditiePaginasTests(factory), IClassFixture<PostgresFactory>;
