using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;

namespace Schakel.Web.Tests.Doorverwijzing;

/// <summary>The report's status through the API, merge links, and first-action deadlines in the inbox and for the chain director.</summary>
public abstract class WerkstroomStatusTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
    private static readonly Guid Politie = DemoOrganisaties.IdVan(DemoOrganisaties.Politie);

    private HttpClient Medewerker => factory.Als(Rsiv, Rollen.Ketenregisseur);

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private async Task<(Guid Id, string Code)> MeldAsync()
    {
        await using var scope = factory.Scope();
        var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
        {
            MelderType = "burger", Omschrijving = "Statusproef.", GemeenteCode = "GM0518", Uitbuitingsvormen = ["arbeid"],
        }, [], Indiener.Publiek());
        return (u.MeldingId!.Value, u.Ontvangstcode!);
    }

    private Task<HttpResponseMessage> StatusAsync(Guid id, object body) => Medewerker.PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/status"), body);

    private async Task<T> DbAsync<T>(Func<SchakelDbContext, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }

    [Fact]
    public async Task Verboden_overgang_is_400_met_de_toegestane_statussen()
    {
        var (id, _) = await MeldAsync();
        var antwoord = await StatusAsync(id, new { status = "afgerond" });
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var json = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Contains("toegestaan", (string)json["errors"]!["status"]![0]!, StringComparison.Ordinal);
        var toegestaan = json["toegestaan"]!.AsArray().Select(s => (string)s!).ToList();
        Assert.Contains("inTriage", toegestaan);
        Assert.DoesNotContain("afgerond", toegestaan);

        Assert.Equal(HttpStatusCode.BadRequest, (await StatusAsync(id, new { status = "verzonnen" })).StatusCode);
        Assert.Equal(MeldingStatus.Ontvangen, await DbAsync(db => db.Set<Melding>().Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task Afronden_en_heropenen_met_sjabloonbericht_voor_de_melder()
    {
        var (id, code) = await MeldAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await StatusAsync(id, new { status = "in triage" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await StatusAsync(id, new { status = "afgerond" })).StatusCode);
        var afgerond = await (await factory.CreateClient().StatusAsync(code)).JsonAsync();
        Assert.Equal("afgerond", afgerond.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await StatusAsync(id, new { status = "heropend" })).StatusCode);
        Assert.Equal(MeldingStatus.Heropend, await DbAsync(db => db.Set<Melding>().Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
        var heropend = await (await factory.CreateClient().StatusAsync(code)).JsonAsync();
        Assert.True(heropend.GetProperty("berichten").GetArrayLength() > afgerond.GetProperty("berichten").GetArrayLength());
    }

    [Fact]
    public async Task Samenvoegen_legt_de_koppeling_vast_en_de_pagina_toont_hem_in_beide_richtingen()
    {
        var (hoofd, _) = await MeldAsync();
        var (dubbel, _) = await MeldAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await StatusAsync(dubbel, new { status = "samengevoegd" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StatusAsync(dubbel, new { status = "samengevoegd", samengevoegdMet = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await StatusAsync(dubbel, new { status = "samengevoegd", samengevoegdMet = hoofd })).StatusCode);
        Assert.Equal(hoofd, await DbAsync(db => db.Set<Melding>().Where(m => m.Id == dubbel).Select(m => m.SamengevoegdMetId).SingleAsync()));

        var dubbelPagina = await Medewerker.GetStringAsync(Pad($"/meldpunt/medewerkers/melding/{dubbel}"));
        Assert.Contains($"href=\"/meldpunt/medewerkers/melding/{hoofd}\"", dubbelPagina, StringComparison.Ordinal);
        var hoofdPagina = await Medewerker.GetStringAsync(Pad($"/meldpunt/medewerkers/melding/{hoofd}"));
        Assert.Contains($"href=\"/meldpunt/medewerkers/melding/{dubbel}\"", hoofdPagina, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_landelijke_organisatie_ontvangt_geen_doorverwijzing_en_er_wordt_niets_verstuurd()
    {
        var (id, _) = await MeldAsync();
        var t = await Medewerker.PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/triage"), new { urgentie = "hoog", minderjarigBetrokken = "nee", zijde = "daderkant" });
        Assert.Equal(HttpStatusCode.OK, t.StatusCode);
        var jenv = DemoOrganisaties.IdVan("landelijk:" + Schakel.Web.Features.Sturing.Referentie.LandelijkeEigenaren.JenV);
        Assert.True(await DbAsync(db => db.Set<Organisatie>().AnyAsync(o => o.Id == jenv)));

        var verstuurd = await Medewerker.PostAsJsonAsync(Pad($"/api/v1/meldingen/{id}/doorverwijzingen"), new
        {
            ontvangers = new[] { new { organisatieId = jenv, rol = "informeren", deelniveau = "geen", doel = "Beleid", grondslag = (string?)null } },
            reden = "Landelijke proef.",
        });
        Assert.Equal(HttpStatusCode.BadRequest, verstuurd.StatusCode);
        Assert.Contains("ontvangers[0].organisatieId", await verstuurd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await DbAsync(db => db.Set<DoorverwijzingRij>().AnyAsync(d => d.MeldingId == id)));
    }

    [Fact]
    public async Task Een_trainer_ontvangt_geen_doorverwijzing_en_er_wordt_niets_verstuurd()
    {
        var (id, _) = await MeldAsync();
        var t = await Medewerker.PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/triage"), new { urgentie = "hoog", minderjarigBetrokken = "nee", zijde = "daderkant" });
        Assert.Equal(HttpStatusCode.OK, t.StatusCode);
        var fairWork = DemoOrganisaties.IdVan(Schakel.Web.Features.Keten.Gids.DemoGids.FairWork);
        Assert.True(await DbAsync(db => db.Set<Organisatie>().AnyAsync(o => o.Id == fairWork && o.Type == OrganisatieType.Kennisorganisatie)));

        var verstuurd = await Medewerker.PostAsJsonAsync(Pad($"/api/v1/meldingen/{id}/doorverwijzingen"), new
        {
            ontvangers = new[] { new { organisatieId = fairWork, rol = "informeren", deelniveau = "geen", doel = "Beleid", grondslag = (string?)null } },
            reden = "Training.",
        });
        Assert.Equal(HttpStatusCode.BadRequest, verstuurd.StatusCode);
        Assert.Contains("ontvangers[0].organisatieId", await verstuurd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await DbAsync(db => db.Set<DoorverwijzingRij>().AnyAsync(d => d.MeldingId == id)));
    }

    [Fact]
    public async Task Status_van_andermans_melding_is_404()
    {
        var (id, _) = await MeldAsync();
        var antwoord = await factory.Als(Shop, Rollen.Ketenregisseur).PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/status"), new { status = "inTriage" });
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }

    [Fact]
    public async Task Overschreden_termijnen_voor_de_ketenregisseur_en_in_de_inbox()
    {
        var (gemeld, _) = await MeldAsync();
        var (doorverwezen, _) = await MeldAsync();
        foreach (var id in new[] { gemeld, doorverwezen })
        {
            var t = await Medewerker.PutAsJsonAsync(Pad($"/api/v1/meldingen/{id}/triage"), new { urgentie = "acuut", minderjarigBetrokken = "nee", zijde = "daderkant" });
            Assert.Equal(HttpStatusCode.OK, t.StatusCode);
        }
        var verstuurd = await Medewerker.PostAsJsonAsync(Pad($"/api/v1/meldingen/{doorverwezen}/doorverwijzingen"), new
        {
            ontvangers = new[] { new { organisatieId = Politie, rol = "behandelaar", deelniveau = "volledig", doel = "Opsporing", grondslag = "OPS-WPG" } },
            reden = "Termijnproef.",
        });
        Assert.Equal(HttpStatusCode.Created, verstuurd.StatusCode);
        // Put both two hours in the past: an acute first action is then overdue.
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var m = await db.Set<Melding>().SingleAsync(x => x.Id == gemeld);
            m.OntvangenOp = m.OntvangenOp.AddHours(-2);
            var d = await db.Set<DoorverwijzingRij>().SingleAsync(x => x.MeldingId == doorverwezen);
            d.VerstuurdOp = d.VerstuurdOp.AddHours(-2);
            d.EersteActieUiterlijk = d.EersteActieUiterlijk.AddHours(-2);
            await db.SaveChangesAsync();
        }

        var api = JsonNode.Parse(await Medewerker.GetStringAsync(Pad("/api/v1/termijnen/overschreden")))!;
        var meldpunt = api["meldingen"]!.AsArray().Single(r => (Guid)r!["organisatieId"]! == Rsiv)!;
        Assert.True((int)meldpunt["aantal"]! >= 1);
        Assert.True((double)meldpunt["oudsteUrenTeLaat"]! >= 0.9);
        var politie = api["doorverwijzingen"]!.AsArray().Single(r => (Guid)r!["organisatieId"]! == Politie)!;
        Assert.True((int)politie["aantal"]! >= 1);
        Assert.DoesNotContain("Statusproef", api.ToJsonString(), StringComparison.Ordinal);

        var pagina = await Medewerker.GetStringAsync(Pad("/ketenregie/termijnen"));
        Assert.Contains(DemoOrganisaties.Politie, pagina, StringComparison.Ordinal);
        Assert.Contains(DemoOrganisaties.Rsiv, pagina, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.Als(Rsiv, Rollen.Aandachtsfunctionaris).GetAsync(Pad("/ketenregie/termijnen"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.Als(Rsiv, Rollen.Aandachtsfunctionaris).GetAsync(Pad("/api/v1/termijnen/overschreden"))).StatusCode);

        var inbox = await Medewerker.GetStringAsync(Pad("/meldpunt/medewerkers"));
        var regel = inbox[inbox.IndexOf($"/meldpunt/medewerkers/melding/{gemeld}", StringComparison.Ordinal)..];
        Assert.Contains("Te laat", regel[..regel.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }
}

public sealed class WerkstroomStatusTestsSqlite(MeldpuntSqliteFactory factory) : WerkstroomStatusTests(factory), IClassFixture<MeldpuntSqliteFactory>;

public sealed class WerkstroomStatusTestsPostgres(MeldpuntPostgresFactory factory) : WerkstroomStatusTests(factory), IClassFixture<MeldpuntPostgresFactory>;
