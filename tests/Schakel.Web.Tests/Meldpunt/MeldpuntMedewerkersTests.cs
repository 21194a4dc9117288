using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt;

/// <summary>The staff side: inbox, audited opening, messages, status, advice question into report, phone intake.</summary>
public abstract class MeldpuntMedewerkersTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);

    private static ClaimsPrincipal Medewerker(Guid organisatie) => new(new ClaimsIdentity(
    [
        new Claim(SchakelClaims.Organisatie, organisatie.ToString()),
        new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
        new Claim(SchakelClaims.Rol, Rollen.Ketenregisseur),
    ], "test"));

    private async Task<(Guid Id, string Code)> MeldAsync(MeldingInvoer invoer)
    {
        await using var scope = factory.Scope();
        var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(invoer, [], Indiener.Publiek());
        Assert.True(u.Gelukt);
        return (u.MeldingId!.Value, u.Ontvangstcode!);
    }

    private async Task<T> MetAsync<T>(Func<MeldpuntBehandeling, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider.GetRequiredService<MeldpuntBehandeling>());
    }

    [Fact]
    public async Task Inbox_en_melding_openen_als_medewerker_van_het_meldpunt_en_het_inzien_wordt_gelogd()
    {
        var (id, _) = await MeldAsync(new MeldingInvoer { MelderType = "burger", Omschrijving = "Inbox-proef: busjes bij de kas.", GemeenteCode = "GM0518" });
        var client = factory.Als(Rsiv, Rollen.Ketenregisseur);

        var inbox = await client.GetAsync(new Uri("/meldpunt/medewerkers", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Contains($"/meldpunt/medewerkers/melding/{id}", await inbox.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var detail = await client.GetAsync(new Uri($"/meldpunt/medewerkers/melding/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("Inbox-proef: busjes bij de kas.", await detail.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.True(await db.Set<AuditRegel>().AnyAsync(r => r.Actie == "melding.ingezien" && r.ObjectId == id.ToString() && r.Resultaat == AuditResultaat.Gelukt));
        Assert.True((await db.Set<Melding>().SingleAsync(m => m.Id == id)).IngezienOp is not null);
    }

    [Fact]
    public async Task Melding_zonder_terugkoppeling_na_drie_maanden_staat_als_te_laat_bovenaan()
    {
        var (oud, _) = await MeldAsync(new MeldingInvoer { MelderType = "burger", Omschrijving = "Oude melding.", GemeenteCode = "GM0518" });
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var m = await db.Set<Melding>().SingleAsync(x => x.Id == oud);
            m.OntvangenOp = m.OntvangenOp.AddMonths(-4);
            await db.SaveChangesAsync();
        }
        var inbox = await MetAsync(b => b.InboxAsync(Medewerker(Rsiv), false, default));
        var rij = inbox.Single(r => r.Id == oud);
        Assert.True(rij.Termijnen.TeLaat);
        Assert.Equal(TermijnToestand.OpTijd, rij.Termijnen.Bevestiging);
        Assert.Equal(oud, inbox.First(r => !r.Urgent).Id);

        var html = await (await factory.Als(Rsiv, Rollen.Ketenregisseur).GetAsync(new Uri("/meldpunt/medewerkers", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains("Te laat: uiterlijk", html, StringComparison.Ordinal);

        Assert.Equal(Handelingsresultaat.Gelukt, (await MetAsync(b => b.StuurBerichtAsync(oud, Medewerker(Rsiv), "Alsnog: dank voor uw melding.", default))).Resultaat);
        var daarna = (await MetAsync(b => b.InboxAsync(Medewerker(Rsiv), false, default))).Single(r => r.Id == oud);
        Assert.Equal(TermijnToestand.TeLaat, daarna.Termijnen.Terugkoppeling);
        Assert.False(daarna.Termijnen.TeLaat);
    }

    [Fact]
    public async Task Andere_organisatie_ziet_de_melding_niet_en_de_poging_wordt_gelogd()
    {
        var (id, _) = await MeldAsync(new MeldingInvoer { MelderType = "burger", Omschrijving = "Niet voor SHOP.", GemeenteCode = "GM0518" });
        var client = factory.Als(Shop, Rollen.Ketenregisseur);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/meldpunt/medewerkers/melding/{id}", UriKind.Relative))).StatusCode);
        var inbox = await client.GetAsync(new Uri("/meldpunt/medewerkers", UriKind.Relative));
        Assert.DoesNotContain(id.ToString(), await inbox.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.True(await db.Set<AuditRegel>().AnyAsync(r => r.Actie == "melding.ingezien" && r.ObjectId == id.ToString() && r.Resultaat == AuditResultaat.Geweigerd));
    }

    [Fact]
    public async Task Zonder_aanmelding_of_behandelrol_geen_toegang()
    {
        var anoniem = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(new Uri("/meldpunt/medewerkers", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, anoniem.StatusCode);
        var opvang = await factory.Als(Rsiv, Rollen.Opvangmedewerker).GetAsync(new Uri("/meldpunt/medewerkers", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, opvang.StatusCode);
    }

    [Fact]
    public async Task Adviesvraag_beantwoord_en_omgezet_in_melding_met_behoud_van_geschiedenis()
    {
        var (id, code) = await MeldAsync(new MeldingInvoer
        {
            Soort = "adviesvraag", MelderType = "professional", Sector = "onderwijs",
            Omschrijving = "Een leerling werkt na school tot diep in de nacht in een restaurant. Is dit uitbuiting?",
        });
        var rsiv = Medewerker(Rsiv);
        Assert.Equal(Handelingsresultaat.Gelukt, (await MetAsync(b => b.StuurBerichtAsync(id, rsiv, "Dit kan arbeidsuitbuiting zijn. Wij maken er een melding van.", default))).Resultaat);
        Assert.Equal(Handelingsresultaat.Gelukt, (await MetAsync(b => b.ZetOmNaarMeldingAsync(id, rsiv, default))).Resultaat);
        Assert.Equal(Handelingsresultaat.Ongeldig, (await MetAsync(b => b.ZetOmNaarMeldingAsync(id, rsiv, default))).Resultaat);

        var status = await (await factory.CreateClient().StatusAsync(code)).JsonAsync();
        Assert.Equal("melding", status.GetProperty("soort").GetString());
        var teksten = status.GetProperty("berichten").EnumerateArray().Select(b => b.GetProperty("tekst").GetString()).ToList();
        Assert.Equal(3, teksten.Count);
        Assert.Equal("Dit kan arbeidsuitbuiting zijn. Wij maken er een melding van.", teksten[1]);

        var detail = await MetAsync(b => b.OpenAsync(id, rsiv, default));
        Assert.Equal(["ontvangen", "omgezet-naar-melding"], detail!.Historie.Select(h => h.Gebeurtenis));
        Assert.Equal(TermijnToestand.OpTijd, detail.Termijnen.Terugkoppeling);
    }

    [Fact]
    public async Task Statuswijziging_volgt_de_statusmachine_en_de_melder_ziet_gewone_woorden()
    {
        var (id, code) = await MeldAsync(new MeldingInvoer { MelderType = "burger", Omschrijving = "Statusproef." });
        var rsiv = Medewerker(Rsiv);
        var fout = await MetAsync(b => b.WijzigStatusAsync(id, rsiv, MeldingStatus.Afgerond, ct: default));
        Assert.Equal(Handelingsresultaat.Ongeldig, fout.Resultaat);
        Assert.Equal(Handelingsresultaat.Gelukt, (await MetAsync(b => b.WijzigStatusAsync(id, rsiv, MeldingStatus.InTriage, ct: default))).Resultaat);

        var status = await (await factory.CreateClient().StatusAsync(code)).JsonAsync();
        Assert.Equal("in behandeling", status.GetProperty("status").GetString());
        Assert.Equal(2, status.GetProperty("berichten").GetArrayLength());

        Assert.Equal(Handelingsresultaat.NietGevonden, (await MetAsync(b => b.WijzigStatusAsync(id, Medewerker(Shop), MeldingStatus.Afgerond, ct: default))).Resultaat);
    }

    [Fact]
    public async Task Samenvoegen_vanaf_de_meldingpagina_met_fouten_bij_het_veld_en_links_over_en_weer()
    {
        var (a, _) = await MeldAsync(new MeldingInvoer { MelderType = "burger", Omschrijving = "Samenvoegproef A: busjes bij de kas.", GemeenteCode = "GM0518" });
        var (b, _) = await MeldAsync(new MeldingInvoer { MelderType = "burger", Omschrijving = "Samenvoegproef B: dezelfde busjes.", GemeenteCode = "GM0518" });
        var (elders, _) = await MeldAsync(new MeldingInvoer { MelderType = "burger", Omschrijving = "Samenvoegproef: ander meldpunt.", GemeenteCode = "GM0518" });
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            (await db.Set<Melding>().SingleAsync(m => m.Id == elders)).MeldpuntOrganisatieId = Shop;
            await db.SaveChangesAsync();
        }
        var client = factory.Als(Rsiv, Rollen.Ketenregisseur);
        var pagina = $"/meldpunt/medewerkers/melding/{a}";
        var actie = pagina + "?handler=Samenvoegen";

        var html = await client.GetStringAsync(new Uri(pagina, UriKind.Relative));
        Assert.Contains(Weergave.Referentie(a), html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{b}\">{Weergave.Referentie(b)}", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{a}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{elders}\"", html, StringComparison.Ordinal);

        var zonderKeuze = await Accounts.Aanmelden.PostFormAsync(client, pagina, new() { ["SamenvoegenMet"] = "" }, actie);
        Assert.Equal(HttpStatusCode.OK, zonderKeuze.StatusCode);
        var fout = await zonderKeuze.Content.ReadAsStringAsync();
        Assert.Contains("id=\"samenvoegen-met-fout\">Kies de melding waarmee u deze wilt samenvoegen.", fout, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", fout, StringComparison.Ordinal);

        var naarElders = await Accounts.Aanmelden.PostFormAsync(client, pagina, new() { ["SamenvoegenMet"] = elders.ToString() }, actie);
        Assert.Equal(HttpStatusCode.OK, naarElders.StatusCode);
        Assert.Contains("niet gevonden bij dit meldpunt", await naarElders.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var naarZelf = await Accounts.Aanmelden.PostFormAsync(client, pagina, new() { ["SamenvoegenMet"] = a.ToString() }, actie);
        Assert.Equal(HttpStatusCode.OK, naarZelf.StatusCode);
        await using (var scope = factory.Scope())
        {
            Assert.Equal(MeldingStatus.Ontvangen, (await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Melding>().SingleAsync(m => m.Id == a)).Status);
        }

        var gelukt = await Accounts.Aanmelden.PostFormAsync(client, pagina, new() { ["SamenvoegenMet"] = b.ToString() }, actie);
        Assert.Equal(HttpStatusCode.Redirect, gelukt.StatusCode);
        await using (var scope = factory.Scope())
        {
            var opgeslagen = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Melding>().SingleAsync(m => m.Id == a);
            Assert.Equal(MeldingStatus.Samengevoegd, opgeslagen.Status);
            Assert.Equal(b, opgeslagen.SamengevoegdMetId);
        }
        var na = await client.GetStringAsync(new Uri(pagina, UriKind.Relative));
        Assert.Contains("De melding is samengevoegd.", na, StringComparison.Ordinal);
        Assert.Contains($"href=\"/meldpunt/medewerkers/melding/{b}\">{Weergave.Referentie(b)}</a>", na, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"SamenvoegenMet\"", na, StringComparison.Ordinal);
        var doel = await client.GetStringAsync(new Uri($"/meldpunt/medewerkers/melding/{b}", UriKind.Relative));
        Assert.Contains($"href=\"/meldpunt/medewerkers/melding/{a}\">{Weergave.Referentie(a)}</a>", doel, StringComparison.Ordinal);
        // A merged report is no candidate any more, so merges never chain.
        Assert.DoesNotContain($"<option value=\"{a}\"", doel, StringComparison.Ordinal);

        var engels = new HttpRequestMessage(HttpMethod.Get, $"/meldpunt/medewerkers/melding/{b}");
        engels.Headers.AcceptLanguage.ParseAdd("en");
        Assert.Contains("Merge with another report", await (await client.SendAsync(engels)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Telefonische_melding_geeft_de_beller_een_eigen_code()
    {
        var rsiv = Medewerker(Rsiv);
        await using var scope = factory.Scope();
        var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(
            new MeldingInvoer { MelderType = "betrokkene", Omschrijving = "Beller vertelt over zijn werkgever." }, [], Indiener.NamensMelder(rsiv, Kanaal.Telefoon));
        Assert.NotNull(u.Ontvangstcode);
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var m = await db.Set<Melding>().SingleAsync(x => x.Id == u.MeldingId);
        Assert.Equal(Kanaal.Telefoon, m.Kanaal);
        Assert.Null(m.IndienerMedewerkerId);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().StatusAsync(u.Ontvangstcode!)).StatusCode);
        Assert.True(await db.Set<AuditRegel>().AnyAsync(r => r.Actie == "melding.aangenomen" && r.ObjectId == m.Id.ToString()));

        var pagina = await factory.Als(Rsiv, Rollen.Ketenregisseur).GetAsync(new Uri("/meldpunt/medewerkers/aannemen", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
    }
}

public sealed class MeldpuntMedewerkersTestsSqlite(MeldpuntSqliteFactory f) : MeldpuntMedewerkersTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class MeldpuntMedewerkersTestsPostgres(MeldpuntPostgresFactory f) : MeldpuntMedewerkersTests(f), IClassFixture<MeldpuntPostgresFactory>;
