using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Accounts;

/// <summary>Counts password verifications, so a test can see where in a sign-in the hash runs.</summary>
public sealed class TellendeHasher : PasswordHasher<Medewerker>
{
    private static int _aantal;

    public static int Aantal => Volatile.Read(ref _aantal);

    public override PasswordVerificationResult VerifyHashedPassword(Medewerker user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _aantal);
        return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class TellendeHasherFactory : SqliteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddScoped<PasswordHasher<Medewerker>, TellendeHasher>());
    }
}

/// <summary>
/// On SQLite a sign-in hashes its password before it queues for the writer slot, so sign-ins do not wait behind each
/// other's hash (about 100 ms of a core each); and it hashes once. With the slot held by someone else, the hash still runs.
/// </summary>
public sealed class AanmeldenBuitenSchrijfslotTests(TellendeHasherFactory factory) : IClassFixture<TellendeHasherFactory>
{
    [Fact]
    public async Task Het_wachtwoord_wordt_gecontroleerd_terwijl_een_ander_het_schrijfslot_heeft()
    {
        var demo = DemoAccounts.Voor(Rollen.Opvangmedewerker);
        var client = factory.NieuweClient();
        var token = Aanmelden.Token(await client.GetStringAsync("/inloggen"));
        var voor = TellendeHasher.Aantal;

        Task<HttpResponseMessage> aanmelding;
        await using (var scope = factory.Scope())
        {
            using (await Schrijfslot.NeemAsync(scope.ServiceProvider.GetRequiredService<SchakelDbContext>(), CancellationToken.None))
            {
                aanmelding = client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Email"] = demo.Email, ["Wachtwoord"] = DemoAccounts.Wachtwoord, ["__RequestVerificationToken"] = token,
                }));
                // Waits for the hash, bounded: without the fix the hash would come only after the slot is free.
                for (var i = 0; i < 3000 && TellendeHasher.Aantal == voor; i++)
                {
                    await Task.Delay(10);
                }
                Assert.Equal(voor + 1, TellendeHasher.Aantal);
                Assert.False(aanmelding.IsCompleted);
            }
        }

        var antwoord = await aanmelding;
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal("/inloggen/tweestaps", Aanmelden.Pad(antwoord));
        Assert.Equal(voor + 1, TellendeHasher.Aantal);
    }
}
