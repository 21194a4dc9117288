using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Keten;

/// <summary>
/// The internal route over HTTP on both databases: the route's dry run sends perpetrator-side signals of a
/// municipality to its OOV officer and victim-side ones to its social-domain officer (Midden-Delfland §5.2.1).
/// </summary>
public abstract class InterneMeldrouteTests(SchakelFactory factory)
{
    private const string Delft = "GM0503";
    private static readonly Guid DenHaag = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"));

    private HttpClient Aandachtsfunctionaris => factory.Als(DenHaag, Rollen.Aandachtsfunctionaris);

    private async Task<JsonNode> GemeenteRedenAsync(string gemeente, string zijde)
    {
        var antwoord = await Aandachtsfunctionaris.PostAsync(new Uri("/api/v1/meldroute/_toetsen", UriKind.Relative),
            new StringContent($$"""{"gemeenteCode":"{{gemeente}}","zijde":"{{zijde}}"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var toets = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        return toets["voorstellen"]!.AsArray().SelectMany(v => v!["redenen"]!.AsArray())
            .Single(r => (string?)r!["regel"]!["code"] == "gemeente-informeren")!;
    }

    [Theory]
    [InlineData("daderkant", "oov")]
    [InlineData("slachtofferkant", "sociaal-domein")]
    public async Task De_zijde_van_het_signaal_kiest_de_functionaris(string zijde, string sleutel)
    {
        var reden = await GemeenteRedenAsync(Delft, zijde);

        Assert.Equal(DemoAandachtsfunctionarissen.IdVan(Delft, sleutel), (Guid?)reden["aandachtsfunctionarisId"]);
        Assert.Null(reden["terugval"]);
        Assert.Contains($"interne meldroute: {zijde}", (string)reden["uitleg"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zonder_actieve_functionaris_voor_de_zijde_gaat_het_signaal_naar_de_gemeente()
    {
        var id = DemoAandachtsfunctionarissen.IdVan(Delft, "sociaal-domein");
        await ZetActiefAsync(id, false);
        try
        {
            var reden = await GemeenteRedenAsync(Delft, "slachtofferkant");

            Assert.Null(reden["aandachtsfunctionarisId"]);
            Assert.StartsWith("geen actieve aandachtsfunctionaris voor de slachtofferkant", (string)reden["terugval"]!, StringComparison.Ordinal);
        }
        finally
        {
            await ZetActiefAsync(id, true);
        }
    }

    private async Task ZetActiefAsync(Guid id, bool actief)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        // A tracked change, as the register's own pages make: the route's kept copy follows saves, not bulk statements.
        var functionaris = await db.Set<Aandachtsfunctionaris>().SingleAsync(a => a.Id == id);
        functionaris.Actief = actief;
        await db.SaveChangesAsync();
    }
}

public sealed class InterneMeldrouteTestsSqlite(DoorverwijzingSqliteFactory factory) : InterneMeldrouteTests(factory), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class InterneMeldrouteTestsPostgres(DoorverwijzingPostgresFactory factory) : InterneMeldrouteTests(factory), IClassFixture<DoorverwijzingPostgresFactory>;
