using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Accounts;

public abstract class AanmeldenTests(SchakelFactory factory)
{
    private const string Wachtwoord = "Een-lang-test-wachtwoord-1";

    [Fact]
    public async Task Demo_professional_komt_met_wachtwoord_en_code_op_de_werkplek()
    {
        var client = await factory.AlsAsync(Rollen.Zorgcoordinator);
        var html = await client.GetStringAsync("/werkplek");
        Assert.Contains(DemoOrganisaties.Shop, html);
        Assert.Contains("zorgcoördinator", html);
    }

    [Fact]
    public async Task Mislukte_aanmelding_komt_in_de_audittrail_zonder_e_mailadres()
    {
        var medewerker = await NieuweMedewerkerAsync(tweestaps: true);
        var client = factory.NieuweClient();
        var r = await Aanmelden.PostFormAsync(client, "/inloggen", new() { ["Email"] = medewerker.Email!, ["Wachtwoord"] = "fout-wachtwoord-123" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("klopt niet", await r.Content.ReadAsStringAsync());

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var regels = await db.Set<AuditRegel>().Where(a => a.Actie == Aanmeldregistratie.Aanmelden && a.ObjectId == medewerker.Id.ToString()).ToListAsync();
        var regel = Assert.Single(regels);
        Assert.Equal(AuditResultaat.Mislukt, regel.Resultaat);
        Assert.Equal(medewerker.Id.ToString(), regel.ActorId);
    }

    [Fact]
    public async Task Audittrail_bevat_nooit_e_mailadres_of_wachtwoord()
    {
        var onbekend = $"onbekend-{Guid.NewGuid():N}@voorbeeld.nl";
        await Aanmelden.PostFormAsync(factory.NieuweClient(), "/inloggen", new() { ["Email"] = onbekend, ["Wachtwoord"] = "geheim-wachtwoord-xyz" });
        var client = await factory.AlsAsync(Rollen.Opsporing);
        await Aanmelden.PostFormAsync(client, "/werkplek", [], "/uitloggen");

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var regels = await db.Set<AuditRegel>().ToListAsync();
        Assert.Contains(regels, a => a.Actie == Aanmeldregistratie.Aanmelden && a.ActorType == "anoniem" && a.Resultaat == AuditResultaat.Mislukt);
        Assert.Contains(regels, a => a.Actie == Aanmeldregistratie.Aanmelden && a.Resultaat == AuditResultaat.Gelukt);
        var alles = string.Join("|", regels.Select(a => $"{a.ActorType};{a.ActorId};{a.Actie};{a.ObjectType};{a.ObjectId};{a.Resultaat};{a.Herkomst}"));
        Assert.DoesNotContain("@", alles);
        Assert.DoesNotContain("geheim-wachtwoord", alles);
        Assert.DoesNotContain(DemoAccounts.Wachtwoord, alles);
    }

    [Fact]
    public async Task Na_vijf_mislukte_pogingen_is_het_account_geblokkeerd()
    {
        var medewerker = await NieuweMedewerkerAsync(tweestaps: true);
        var client = factory.NieuweClient();
        for (var i = 0; i < 5; i++)
        {
            await Aanmelden.PostFormAsync(client, "/inloggen", new() { ["Email"] = medewerker.Email!, ["Wachtwoord"] = "fout-wachtwoord-" + i });
        }
        // Now even the right password is refused.
        var r = await Aanmelden.PostFormAsync(client, "/inloggen", new() { ["Email"] = medewerker.Email!, ["Wachtwoord"] = Wachtwoord });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("geblokkeerd", await r.Content.ReadAsStringAsync());

        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Medewerker>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByIdAsync(medewerker.Id.ToString()))!));
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.True(await db.Set<AuditRegel>().AnyAsync(a => a.ObjectId == medewerker.Id.ToString() && a.Resultaat == AuditResultaat.Geweigerd));
    }

    [Fact]
    public async Task Zonder_tweestapsverificatie_alleen_het_instellen_en_niet_de_werkplek()
    {
        var medewerker = await NieuweMedewerkerAsync(tweestaps: false);
        var client = factory.NieuweClient();
        var r = await Aanmelden.PostFormAsync(client, "/inloggen", new() { ["Email"] = medewerker.Email!, ["Wachtwoord"] = Wachtwoord });
        Assert.Equal("/account/tweestaps-instellen", Aanmelden.Pad(r));

        r = await client.GetAsync("/werkplek");
        Assert.Equal("/inloggen", Aanmelden.Pad(r));
        r = await client.GetAsync("/beheer/api-clients");
        Assert.NotEqual(HttpStatusCode.OK, r.StatusCode);

        var html = await client.GetStringAsync("/account/tweestaps-instellen");
        Assert.Contains("<svg", html);
        var sleutel = System.Text.RegularExpressions.Regex.Match(html, "<code id=\"sleutel\">([^<]+)</code>").Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        r = await client.PostAsync("/account/tweestaps-instellen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = Aanmelden.Totp(sleutel),
            ["__RequestVerificationToken"] = Aanmelden.Token(html),
        }));
        var herstel = await r.Content.ReadAsStringAsync();
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Matches(herstel, "<li class=\"utrecht-unordered-list__item\"><code>").Count);

        r = await client.GetAsync("/werkplek");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Fact]
    public async Task Herstelcode_werkt_een_keer()
    {
        var medewerker = await NieuweMedewerkerAsync(tweestaps: true);
        string code;
        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Medewerker>>();
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(medewerker.Id.ToString()))!, 10))!.First();
        }

        Assert.Equal("/werkplek", await MetHerstelcodeAsync(medewerker, code));
        Assert.Null(await MetHerstelcodeAsync(medewerker, code));
    }

    [Fact]
    public async Task Gedeactiveerd_account_kan_niet_inloggen()
    {
        var medewerker = await NieuweMedewerkerAsync(tweestaps: true, actief: false);
        var r = await Aanmelden.PostFormAsync(factory.NieuweClient(), "/inloggen", new() { ["Email"] = medewerker.Email!, ["Wachtwoord"] = Wachtwoord });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Null(Aanmelden.Pad(r));

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.True(await db.Set<AuditRegel>().AnyAsync(a => a.ObjectId == medewerker.Id.ToString() && a.Resultaat == AuditResultaat.Geweigerd));
    }

    [Fact]
    public async Task Api_paden_krijgen_geen_doorverwijzing_naar_inloggen()
    {
        var r = await factory.NieuweClient().GetAsync("/api/v1/meldroute");
        Assert.True(r.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.NotFound, r.StatusCode.ToString());
        Assert.Null(r.Headers.Location);
    }

    private async Task<string?> MetHerstelcodeAsync(Medewerker medewerker, string code)
    {
        var client = factory.NieuweClient();
        var r = await Aanmelden.PostFormAsync(client, "/inloggen", new() { ["Email"] = medewerker.Email!, ["Wachtwoord"] = Wachtwoord });
        Assert.Equal("/inloggen/tweestaps", Aanmelden.Pad(r));
        r = await Aanmelden.PostFormAsync(client, "/inloggen/tweestaps", new() { ["Code"] = code });
        return Aanmelden.Pad(r);
    }

    private async Task<Medewerker> NieuweMedewerkerAsync(bool tweestaps, bool actief = true)
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Medewerker>>();
        var email = $"test-{Guid.NewGuid():N}@test.schakel.nl";
        var m = new Medewerker
        {
            Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, Actief = actief,
            OrganisatieId = DemoOrganisaties.IdVan(DemoOrganisaties.Shop), TwoFactorEnabled = tweestaps,
        };
        Assert.True((await users.CreateAsync(m, Wachtwoord)).Succeeded);
        Assert.True((await users.AddToRoleAsync(m, Rollen.Zorgcoordinator)).Succeeded);
        if (tweestaps)
        {
            await users.ResetAuthenticatorKeyAsync(m);
        }
        return m;
    }
}

public sealed class AanmeldenTestsSqlite(SqliteFactory f) : AanmeldenTests(f), IClassFixture<SqliteFactory>;

public sealed class AanmeldenTestsPostgres(PostgresFactory f) : AanmeldenTests(f), IClassFixture<PostgresFactory>;
