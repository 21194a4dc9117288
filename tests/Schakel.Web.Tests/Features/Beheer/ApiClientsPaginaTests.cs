using System.Net;
using System.Text.RegularExpressions;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Features.Beheer;

public abstract partial class ApiClientsPaginaTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private const string Pagina = "/beheer/api-clients";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<code id=\"nieuw-geheim\">([^<]+)</code>")]
    private static partial Regex Geheim();

    [Fact]
    public async Task Alleen_een_beheerder_ziet_de_pagina()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.Als(Rsiv, Rollen.Ketenregisseur).GetAsync(Pad(Pagina))).StatusCode);
        var html = await factory.Als(Rsiv, Rollen.Beheerder).GetStringAsync(Pad(Pagina));
        Assert.Contains("demo-shop-den-haag", html, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim-alleen-voor-demo", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aanmaken_toont_fouten_bij_de_velden_en_daarna_eenmalig_het_geheim_dat_werkt()
    {
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        var token = Token().Match(await beheerder.GetStringAsync(Pad(Pagina))).Groups[1].Value;
        var id = $"pagina-{Guid.NewGuid():N}"[..20];

        var fout = await beheerder.PostAsync(Pad(Pagina + "?handler=Aanmaken"), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("ClientId", "Fout Id"), new("Naam", "")]));
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        var foutHtml = await fout.Content.ReadAsStringAsync();
        Assert.Contains("kleine letters, cijfers en streepjes, bijvoorbeeld", foutHtml, StringComparison.Ordinal);
        Assert.Contains("Kies minstens één rol.", WebUtility.HtmlDecode(foutHtml), StringComparison.Ordinal);

        var goed = await beheerder.PostAsync(Pad(Pagina + "?handler=Aanmaken"), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("ClientId", id), new("Naam", "Test"),
             new("OrganisatieId", Rsiv.ToString()), new("Rollen", Rollen.Ketenregisseur)]));
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        var getoond = await beheerder.GetAsync(goed.Headers.Location);
        Assert.True(getoond.Headers.CacheControl?.NoStore);
        var geheim = Geheim().Match(await getoond.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.True(geheim.Length >= 43);
        await TokenAsync(factory.CreateClient(), id, geheim);

        var overzicht = await beheerder.GetStringAsync(Pad(Pagina));
        Assert.Contains(id, overzicht, StringComparison.Ordinal);
        Assert.DoesNotContain(geheim, overzicht, StringComparison.Ordinal);

        await beheerder.PostAsync(Pad(Pagina + "?handler=Deactiveren"), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("clientId", id)]));
        Assert.Equal(HttpStatusCode.Unauthorized, (await VraagTokenAsync(factory.CreateClient(), id, geheim)).StatusCode);
    }
}

public sealed class ApiClientsPaginaTestsSqlite(DoorverwijzingSqliteFactory f) : ApiClientsPaginaTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class ApiClientsPaginaTestsPostgres(DoorverwijzingPostgresFactory f) : ApiClientsPaginaTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
