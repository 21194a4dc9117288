using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Accounts;

/// <summary>
/// An authenticator code signs in once (RFC 6238 §5.2): the same code again, or an older one, is refused; a code
/// of a later step still works. With the replay check on, as in production.
/// </summary>
public abstract class TweestapsEenmaligTests(SchakelFactory factory)
{
    private const string Wachtwoord = "Een-lang-test-wachtwoord-1";

    [Fact]
    public async Task Dezelfde_code_meldt_maar_eenmaal_aan_een_latere_wel()
    {
        var (email, sleutel) = await NieuweMedewerkerAsync();
        var nu = DateTime.UtcNow;
        var totp = new Totp(Base32Encoding.ToBytes(sleutel));
        var code = totp.ComputeTotp(nu);

        Assert.Equal("/werkplek", await AanmeldenAsync(email, code));
        Assert.Null(await AanmeldenAsync(email, code));
        Assert.Null(await AanmeldenAsync(email, totp.ComputeTotp(nu.AddSeconds(-30))));
        Assert.Equal("/werkplek", await AanmeldenAsync(email, totp.ComputeTotp(nu.AddSeconds(30))));
    }

    [Fact]
    public async Task De_code_van_het_instellen_is_daarna_verbruikt()
    {
        var (email, sleutel) = await NieuweMedewerkerAsync();
        var totp = new Totp(Base32Encoding.ToBytes(sleutel));
        await using (var scope = factory.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Medewerker>>();
            var medewerker = await users.FindByEmailAsync(email);
            var code = totp.ComputeTotp();
            Assert.True(await users.VerifyTwoFactorTokenAsync(medewerker!, users.Options.Tokens.AuthenticatorTokenProvider, code));
            Assert.False(await users.VerifyTwoFactorTokenAsync(medewerker!, users.Options.Tokens.AuthenticatorTokenProvider, code));
        }
    }

    /// <summary>Signs in with password and <paramref name="code"/>; the path it lands on, or null when the code was refused.</summary>
    private async Task<string?> AanmeldenAsync(string email, string code)
    {
        var client = factory.NieuweClient();
        var r = await Aanmelden.PostFormAsync(client, "/inloggen", new() { ["Email"] = email, ["Wachtwoord"] = Wachtwoord });
        Assert.Equal("/inloggen/tweestaps", Aanmelden.Pad(r));
        r = await Aanmelden.PostFormAsync(client, "/inloggen/tweestaps", new() { ["Code"] = code });
        if (Aanmelden.Pad(r) is { } pad)
        {
            return pad;
        }
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return null;
    }

    private async Task<(string Email, string Sleutel)> NieuweMedewerkerAsync()
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Medewerker>>();
        var email = $"test-{Guid.NewGuid():N}@test.schakel.nl";
        var m = new Medewerker
        {
            Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true,
            OrganisatieId = DemoOrganisaties.IdVan(DemoOrganisaties.Shop), TwoFactorEnabled = true,
        };
        Assert.True((await users.CreateAsync(m, Wachtwoord)).Succeeded);
        Assert.True((await users.AddToRoleAsync(m, Rollen.Zorgcoordinator)).Succeeded);
        await users.ResetAuthenticatorKeyAsync(m);
        return (email, (await users.GetAuthenticatorKeyAsync(m))!);
    }
}

public sealed class EenmaligeCodeSqliteFactory : SqliteFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => [new("Tweestaps:CodeEenmalig", "true")];
}

public sealed class EenmaligeCodePostgresFactory : PostgresFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => [new("Tweestaps:CodeEenmalig", "true")];
}

public sealed class TweestapsEenmaligTestsSqlite(EenmaligeCodeSqliteFactory f) : TweestapsEenmaligTests(f), IClassFixture<EenmaligeCodeSqliteFactory>;

public sealed class TweestapsEenmaligTestsPostgres(EenmaligeCodePostgresFactory f) : TweestapsEenmaligTests(f), IClassFixture<EenmaligeCodePostgresFactory>;
