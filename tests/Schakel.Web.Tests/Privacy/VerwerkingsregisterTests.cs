using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Security;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Privacy.Declaraties;
using Schakel.Web.Features.Privacy.Grondslagen;
using Schakel.Web.Features.Privacy.Register;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Privacy;

/// <summary>
/// The register of processing follows the declarations (every declared personal field appears under its activity and category,
/// and nothing else) and the stored sharing policy (a basis switched off disappears from the recipients); beheerder only;
/// the page and the CSV show the same activities.
/// </summary>
public abstract class VerwerkingsregisterTests(SchakelFactory factory)
{
    private async Task<Guid> OrganisatieAsync()
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Schakel.Web.Features.Organisaties.Organisatie>().Select(o => o.Id).FirstAsync();
    }

    [Fact]
    public async Task Register_volgt_de_verklaringen_en_het_deelbeleid()
    {
        var organisatie = await OrganisatieAsync();
        var api = factory.AlsApiClient(organisatie, Rollen.Beheerder);
        var antwoord = await api.GetAsync(new Uri("/api/v1/verwerkingsregister", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        using var json = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync());
        var activiteiten = json.RootElement.GetProperty("activiteiten").EnumerateArray().ToList();

        var inRegister = activiteiten.SelectMany(a => a.GetProperty("categorieenGegevens").EnumerateArray()
                .SelectMany(g => g.GetProperty("velden").EnumerateArray().Select(v => $"{a.GetProperty("code").GetString()}|{g.GetProperty("categorie").GetString()}|{v.GetString()}")))
            .Order(StringComparer.Ordinal).ToList();
        var verklaard = Verklaringen.Alle.PersoonlijkeVelden
            .Select(v => $"{v.Verwerking.Code}|{v.Categorie}|{RegisterOpbouw.Veldnaam(v)}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(verklaard, inRegister);

        foreach (var a in activiteiten)
        {
            foreach (var veld in new[] { "doeleinden", "categorieenBetrokkenen", "categorieenGegevens", "ontvangers", "bewaartermijnen", "beveiliging" })
            {
                Assert.Equal(JsonValueKind.Array, a.GetProperty(veld).ValueKind);
            }
            Assert.NotEmpty(a.GetProperty("bewaartermijnen").EnumerateArray());
        }
        var doorverwijzing = activiteiten.Single(a => a.GetProperty("code").GetString() == Verwerkingsactiviteiten.Doorverwijzing.Code);
        var codes = doorverwijzing.GetProperty("ontvangers").EnumerateArray().Select(o => o.GetProperty("grondslagCode").GetString()).ToList();
        Assert.Contains("OPS-WPG", codes);

        // A basis switched off in the stored policy is no longer a recipient.
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var g = await db.Set<GrondslagRij>().SingleAsync(x => x.Code == "VK-VW2000");
            g.Actief = false;
            g.GewijzigdOp = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }
        using var na = JsonDocument.Parse(await api.GetStringAsync(new Uri("/api/v1/verwerkingsregister", UriKind.Relative)));
        var codesNa = na.RootElement.GetProperty("activiteiten").EnumerateArray()
            .Single(a => a.GetProperty("code").GetString() == Verwerkingsactiviteiten.Doorverwijzing.Code)
            .GetProperty("ontvangers").EnumerateArray().Select(o => o.GetProperty("grondslagCode").GetString()).ToList();
        Assert.Contains("VK-VW2000", codes);
        Assert.DoesNotContain("VK-VW2000", codesNa);
    }

    [Fact]
    public async Task Register_noemt_de_vastgelegde_grondslagen_per_ontvanger_en_doel()
    {
        var organisatie = await OrganisatieAsync();
        var api = factory.AlsApiClient(organisatie, Rollen.Beheerder);
        async Task<Dictionary<string, List<string>>> PerActiviteitAsync()
        {
            using var json = JsonDocument.Parse(await api.GetStringAsync(new Uri("/api/v1/verwerkingsregister", UriKind.Relative)));
            return json.RootElement.GetProperty("activiteiten").EnumerateArray().ToDictionary(a => a.GetProperty("code").GetString()!,
                a => a.GetProperty("verwerkingsgrondslagen").EnumerateArray()
                    .Select(g => $"{g.GetProperty("doel").GetString()}|{g.GetProperty("grondslag").GetString()}").Order(StringComparer.Ordinal).ToList());
        }
        async Task<List<string>> OpgeslagenAsync(Verwerkingsdoel doel)
        {
            await using var scope = factory.Scope();
            return [.. (await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<VerwerkingsgrondslagRij>()
                    .Where(r => r.BeeindigdOp == null && r.Doel == doel).Select(r => r.Grondslag).ToListAsync())
                .Select(g => $"{doel}|{g}").Order(StringComparer.Ordinal)];
        }

        var register = await PerActiviteitAsync();
        var opvolging = await OpgeslagenAsync(Verwerkingsdoel.Opvolging);
        Assert.NotEmpty(opvolging);
        Assert.Equal(opvolging, register[Verwerkingsactiviteiten.Doorverwijzing.Code]);
        Assert.Equal(await OpgeslagenAsync(Verwerkingsdoel.Meldpunt), register[Verwerkingsactiviteiten.Meldpunt.Code]);

        // A basis ended by the beheerder leaves the register; one recorded for an organisation appears under its name.
        Guid beeindigd;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var rij = await db.Set<VerwerkingsgrondslagRij>().Where(r => r.BeeindigdOp == null && r.Doel == Verwerkingsdoel.Opvolging).OrderBy(r => r.Id).FirstAsync();
            rij.BeeindigdOp = DateTimeOffset.UtcNow;
            beeindigd = rij.Id;
            await db.SaveChangesAsync();
        }
        var na = await PerActiviteitAsync();
        Assert.Equal(await OpgeslagenAsync(Verwerkingsdoel.Opvolging), na[Verwerkingsactiviteiten.Doorverwijzing.Code]);
        Assert.Equal(register[Verwerkingsactiviteiten.Doorverwijzing.Code].Count - 1, na[Verwerkingsactiviteiten.Doorverwijzing.Code].Count);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            (await db.Set<VerwerkingsgrondslagRij>().SingleAsync(r => r.Id == beeindigd)).BeeindigdOp = null;
            await db.SaveChangesAsync();
        }
        var csv = Encoding.UTF8.GetString(await factory.Als(organisatie, Rollen.Beheerder).GetByteArrayAsync(new Uri("/beheer/verwerkingsregister/export?formaat=csv", UriKind.Relative)));
        Assert.Contains("verwerkingsgrondslagen", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alleen_de_beheerder_en_de_pagina_en_csv_tonen_dezelfde_activiteiten()
    {
        var organisatie = await OrganisatieAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.AlsApiClient(organisatie, Rollen.Ketenregisseur).GetAsync(new Uri("/api/v1/verwerkingsregister", UriKind.Relative))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await factory.Als(organisatie, Rollen.Ketenregisseur).GetAsync(new Uri("/beheer/verwerkingsregister", UriKind.Relative))).StatusCode);

        var beheerder = factory.Als(organisatie, Rollen.Beheerder);
        var pagina = await beheerder.GetStringAsync(new Uri("/beheer/verwerkingsregister", UriKind.Relative));
        var csv = await beheerder.GetAsync(new Uri("/beheer/verwerkingsregister/export?formaat=csv", UriKind.Relative));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var csvTekst = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        foreach (var v in Verwerkingsactiviteiten.Alle)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(v.Naam), pagina, StringComparison.Ordinal);
            Assert.Contains(v.Naam, csvTekst, StringComparison.Ordinal);
        }
        Assert.Contains("Melding.OmschrijvingVersleuteld", csvTekst, StringComparison.Ordinal);
    }
}

public sealed class VerwerkingsregisterTestsSqlite(PrivacySqliteFactory factory) : VerwerkingsregisterTests(factory), IClassFixture<PrivacySqliteFactory>;

public sealed class VerwerkingsregisterTestsPostgres(PrivacyPostgresFactory factory) : VerwerkingsregisterTests(factory), IClassFixture<PrivacyPostgresFactory>;

/// <summary>
/// Test sign-in (<see cref="TestAanmelding"/>) plus the claim a completed two-step sign-in sets, which the beheer pages
/// require (<see cref="AccountsBeleid.Medewerkerbeleid"/>); a person only, never an API client.
/// </summary>
public sealed class TweestapsTestAanmeldingHandler(IOptionsMonitor<AuthenticationSchemeOptions> opties, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(opties, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var binnen = new TestAanmeldingHandler(OptionsMonitor, Context.RequestServices.GetRequiredService<ILoggerFactory>(), UrlEncoder.Default);
        await binnen.InitializeAsync(Scheme, Context);
        var uitkomst = await binnen.AuthenticateAsync();
        if (!uitkomst.Succeeded || uitkomst.Principal.IsApiClient())
        {
            return uitkomst;
        }
        var identiteit = (ClaimsIdentity)uitkomst.Principal.Identity!;
        identiteit.AddClaim(new Claim(AccountsBeleid.AmrClaim, AccountsBeleid.Mfa));
        return AuthenticateResult.Success(new AuthenticationTicket(uitkomst.Principal, Scheme.Name));
    }

    public static void Registreer(IServiceCollection services)
    {
        TestAanmelding.Registreer(services);
        services.PostConfigure<AuthenticationOptions>(o =>
        {
            foreach (var naam in new[] { Schemas.Cookie, Schemas.Api })
            {
                o.SchemeMap[naam].HandlerType = typeof(TweestapsTestAanmeldingHandler);
            }
        });
    }
}

public sealed class PrivacySqliteFactory : SqliteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(TweestapsTestAanmeldingHandler.Registreer);
    }
}

public sealed class PrivacyPostgresFactory : PostgresFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(TweestapsTestAanmeldingHandler.Registreer);
    }
}
