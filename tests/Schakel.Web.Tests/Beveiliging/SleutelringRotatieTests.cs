using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Schaal.Sleutelring;
using Schakel.Web.Security;
using Schakel.Web.Security.Rotatie;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Beveiliging;

/// <summary>
/// The shared data-protection key ring (the keys behind sign-in cookies, ADR 0009) is encrypted under the field keys, so key rotation
/// (ADR 0008) must move it too. A node signs someone in under key version 1; a node with versions 1 and 2 (2 active) re-encrypts;
/// version 1 is retired; a node with only version 2 still reads the cookie keys, so the cookie from before still works.
/// </summary>
public abstract class SleutelringRotatieTests(SchakelFactory eerste)
{
    public static IEnumerable<KeyValuePair<string, string>> Instellingen =>
    [
        new("Schaal:MeerdereNodes", "true"),
        // The test drives the re-encryption itself.
        new("Privacy:Sleutelrotatie:Aan", "false"),
    ];

    /// <summary>Another node on the same database, with the given keys.</summary>
    protected abstract SchakelFactory Node(Sleutelbos sleutels);

    [Fact]
    public async Task Na_herversleutelen_en_pensioneren_werkt_een_eerder_aanmeldcookie_nog()
    {
        var koekjes = new CookieContainer();
        await eerste.AlsAsync(Rollen.Beheerder, eerste.CreateDefaultClient(new CookieContainerHandler(koekjes)));
        var oud = eerste.Sleutels;
        Assert.Equal("1", oud.ActieveVersie);
        Assert.True(await SleutelringAsync(eerste, ">v1:") > 0);

        var v1 = oud.Versleuteling["1"];
        var v2 = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var geroteerd = new Sleutelbos
        {
            Versleuteling = new Dictionary<string, byte[]> { ["1"] = v1, ["2"] = v2 }, ActieveVersie = "2",
            Pseudoniem = oud.Pseudoniem, Ontvangstcode = oud.Ontvangstcode, Token = oud.Token,
        };
        await using (var tweede = Node(geroteerd))
        {
            await tweede.InitializeAsync();
            // Before the move the key ring holds version 1, and retiring it is refused, naming the key ring.
            var uit = new StringWriter();
            Assert.Equal(1, await SleutelOpdrachten.VoerUitAsync(tweede.Services, ["pensioneer", "1"], uit));
            Assert.Contains("Sleutelringsleutel.Xml:", uit.ToString(), StringComparison.Ordinal);

            uit = new StringWriter();
            Assert.Equal(0, await SleutelOpdrachten.VoerUitAsync(tweede.Services, ["herversleutel"], uit));
            Assert.Contains("Sleutelringsleutel.Xml:", uit.ToString(), StringComparison.Ordinal);
            Assert.Equal(0, await SleutelringAsync(tweede, ">v1:"));
            Assert.True(await SleutelringAsync(tweede, ">v2:") > 0);

            await using var scope = tweede.Scope();
            var stand = await scope.ServiceProvider.GetRequiredService<Herversleuteling>().TelAsync();
            Assert.Equal(0, stand.InGebruik("1"));
            Assert.Equal(0, stand.TeHerversleutelen);
            Assert.Equal(0, await SleutelOpdrachten.VoerUitAsync(tweede.Services, ["pensioneer", "1"], new StringWriter()));
        }

        // Version 1 is gone: a node with only version 2 reads the shared key ring from the database and accepts the old cookie.
        var zonder1 = Sleutelversies.Zonder(geroteerd, "1");
        Assert.Equal(["2"], zonder1.Versleuteling.Keys);
        await using var derde = Node(zonder1);
        await derde.InitializeAsync();
        var client = derde.CreateDefaultClient(new CookieContainerHandler(koekjes));
        var werkplek = await client.GetAsync(new Uri("/werkplek", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, werkplek.StatusCode);
    }

    private static async Task<int> SleutelringAsync(SchakelFactory node, string bevat)
    {
        await using var scope = node.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Sleutelringsleutel>().CountAsync(s => s.Xml.Contains(bevat));
    }
}

/// <summary>A node beside the class's first one: same database, keys of the test's choosing.</summary>
public sealed class NaastNode(DatabaseProvider provider, string verbinding, Sleutelbos sleutels) : SchakelFactory
{
    public override DatabaseProvider Provider => provider;

    public override Sleutelbos Sleutels => sleutels;

    protected override string Verbinding => verbinding;

    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => SleutelringRotatieTests.Instellingen;
}

public sealed class SleutelringSqliteFactory : SqliteFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => SleutelringRotatieTests.Instellingen;

    /// <summary>Key rotation across nodes: the key ring and the keys' check must be this class's own from an empty database.</summary>
    protected override bool VanSjabloon => false;

    public NaastNode Node(Sleutelbos sleutels) => new(Provider, Verbinding, sleutels);
}

public sealed class SleutelringPostgresFactory : PostgresFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => SleutelringRotatieTests.Instellingen;

    /// <summary>Key rotation across nodes: the key ring and the keys' check must be this class's own from an empty database.</summary>
    protected override bool VanSjabloon => false;

    public NaastNode Node(Sleutelbos sleutels) => new(Provider, Verbinding, sleutels);
}

public sealed class SleutelringRotatieTestsSqlite(SleutelringSqliteFactory factory) : SleutelringRotatieTests(factory), IClassFixture<SleutelringSqliteFactory>
{
    protected override SchakelFactory Node(Sleutelbos sleutels) => factory.Node(sleutels);
}

public sealed class SleutelringRotatieTestsPostgres(SleutelringPostgresFactory factory) : SleutelringRotatieTests(factory), IClassFixture<SleutelringPostgresFactory>
{
    protected override SchakelFactory Node(Sleutelbos sleutels) => factory.Node(sleutels);
}
