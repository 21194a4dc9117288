using System.Net;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Accounts;

/// <summary>A professional who chose English gets sign-in, errors and the werkplek in English.</summary>
public abstract class EngelsTests(SchakelFactory factory)
{
    private HttpClient Engels()
    {
        var client = factory.NieuweClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        return client;
    }

    [Fact]
    public async Task Inloggen_en_de_foutmeldingen_zijn_Engels()
    {
        var client = Engels();
        var html = await client.GetStringAsync("/inloggen");
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("Sign in for professionals", html);
        Assert.DoesNotContain("Inloggen voor professionals", html);

        var leeg = await (await Aanmelden.PostFormAsync(client, "/inloggen", new() { ["Email"] = "", ["Wachtwoord"] = "" })).Content.ReadAsStringAsync();
        Assert.Contains("Enter your e-mail address.", leeg);
        Assert.Contains("Enter your password.", leeg);

        var fout = await (await Aanmelden.PostFormAsync(client, "/inloggen",
            new() { ["Email"] = "niemand@demo.schakel.nl", ["Wachtwoord"] = "Fout-wachtwoord-1" })).Content.ReadAsStringAsync();
        Assert.Contains("The e-mail address or password is wrong", fout);
    }

    [Fact]
    public async Task De_werkplek_van_een_beheerder_is_Engels()
    {
        var client = await factory.AlsAsync(Rollen.Beheerder);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var r = await client.GetAsync("/werkplek");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("Workspace", html);
        Assert.Contains("Manage accounts", html);
        Assert.Contains("administrator", html);
        Assert.DoesNotContain("Accounts beheren", html);

        var beheer = await client.GetStringAsync("/beheer/accounts");
        Assert.Contains("Invite an account", beheer);
        var fout = await (await Aanmelden.PostFormAsync(client, "/beheer/accounts", new() { ["Email"] = "" }, "/beheer/accounts?handler=Uitnodigen"))
            .Content.ReadAsStringAsync();
        Assert.Contains("Enter a valid e-mail address.", fout);
        Assert.Contains("Choose at least one role.", fout);
    }

    [Fact]
    public async Task De_inbox_van_het_meldpunt_is_Engels()
    {
        var client = await factory.AlsAsync(Rollen.Ketenregisseur);
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var inbox = await client.GetStringAsync("/meldpunt/medewerkers");
        Assert.Contains("Incoming reports", inbox);
        Assert.DoesNotContain("Binnengekomen meldingen", inbox);
        var aannemen = await client.GetStringAsync("/meldpunt/medewerkers/aannemen");
        Assert.Contains("Save report and give code", aannemen);
    }
}

public sealed class EngelsTestsSqlite(SqliteFactory factory) : EngelsTests(factory), IClassFixture<SqliteFactory>;

public sealed class EngelsTestsPostgres(PostgresFactory factory) : EngelsTests(factory), IClassFixture<PostgresFactory>;
