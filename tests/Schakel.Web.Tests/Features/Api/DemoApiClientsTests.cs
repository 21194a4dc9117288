using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.ApiClients;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Features.Api;

/// <summary>The README's table of demo clients is what the demo data holds, and every row works.</summary>
public sealed partial class DemoApiClientsTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private sealed record Rij(string Organisatie, string Rollen, string ClientId, string Geheim);

    [GeneratedRegex(@"^\|\s*(?<org>[^|]+?)\s*\|\s*(?<rollen>[^|]+?)\s*\|\s*`(?<id>[^`]+)`\s*\|\s*`(?<geheim>[^`]+)`\s*\|\s*$", RegexOptions.Multiline)]
    private static partial Regex TabelRij();

    private static List<Rij> LeesReadme()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Schakel.slnx")))
        {
            map = map.Parent;
        }
        var tekst = File.ReadAllText(Path.Combine(map!.FullName, "README.md"));
        var sectie = tekst[tekst.IndexOf("## Demo-API-clients", StringComparison.Ordinal)..];
        var einde = sectie.IndexOf("\n## ", 5, StringComparison.Ordinal);
        return TabelRij().Matches(einde > 0 ? sectie[..einde] : sectie)
            .Select(m => new Rij(m.Groups["org"].Value, m.Groups["rollen"].Value, m.Groups["id"].Value, m.Groups["geheim"].Value)).ToList();
    }

    [Fact]
    public async Task Readme_tabel_is_gelijk_aan_de_demogegevens()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var organisaties = await db.Set<Organisatie>().ToDictionaryAsync(o => o.Id, o => o.Naam);
        var verwacht = (await db.Set<ApiClient>().Where(c => c.ClientId.StartsWith("demo-")).ToListAsync())
            .OrderBy(c => organisaties[c.OrganisatieId], StringComparer.Ordinal)
            .Select(c => new Rij(organisaties[c.OrganisatieId], string.Join(", ", c.Rollen), c.ClientId, DemoApiClients.Geheim(c.ClientId)))
            .ToList();

        // On a mismatch the message is the table to paste into the README.
        Assert.True(verwacht.SequenceEqual(LeesReadme()),
            string.Join('\n', verwacht.Select(r => $"| {r.Organisatie} | {r.Rollen} | `{r.ClientId}` | `{r.Geheim}` |")));
        Assert.Equal(27 + 12, verwacht.Count);
        Assert.DoesNotContain(verwacht, r => r.Organisatie == DemoOrganisaties.MeldMisdaadAnoniem);
        Assert.All(verwacht, r => Assert.True(r.Geheim.Length >= 32));
    }

    [Fact]
    public async Task Elke_rij_geeft_een_token()
    {
        foreach (var rij in LeesReadme())
        {
            var antwoord = await VraagTokenAsync(factory.CreateClient(), rij.ClientId, rij.Geheim);
            Assert.True(antwoord.StatusCode == HttpStatusCode.OK, rij.ClientId);
        }
    }
}
