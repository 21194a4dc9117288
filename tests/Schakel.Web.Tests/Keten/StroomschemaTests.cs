using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Keten.Stroomschema;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Keten;

/// <summary>The flow chart: accessible SVG with a text equivalent, drawn from the live rules.</summary>
public abstract class StroomschemaTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid DenHaag = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"));

    private async Task<Stroom> StroomAsync(Uitbuitingsvorm vorm, Zijde zijde)
    {
        await using var scope = factory.Scope();
        var (_, stromen) = await scope.ServiceProvider.GetRequiredService<StroomschemaOpbouw>().MaakAsync();
        return stromen.Single(s => s.Vorm == vorm && s.Zijde == zijde);
    }

    [Fact]
    public async Task Stroomschema_is_een_toegankelijke_svg_met_tekstalternatief()
    {
        var html = WebUtility.HtmlDecode(await factory.Als(DenHaag, Rollen.Aandachtsfunctionaris)
            .GetStringAsync(new Uri("/keten/stroomschema", UriKind.Relative)));

        Assert.Contains("<svg role=\"img\" aria-labelledby=\"stroom-arbeid-slachtofferkant-titel stroom-arbeid-slachtofferkant-desc\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"stroom-arbeid-slachtofferkant-titel\">arbeidsuitbuiting, een mogelijk slachtoffer</title>", html, StringComparison.Ordinal);
        Assert.Contains("Plaatst in de opvang", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_stroomschema_noemt_de_actieve_partners_uit_de_regio_bij_hun_soort_en_het_openbare_niet()
    {
        // Own organisations with plain unique names: other tests add partners with hostile names and switch
        // partners off, so the demo rows are no stable witness.
        var sleutel = Guid.NewGuid().ToString("N")[..8];
        var inRegio = $"Stroomschema NLA regio {sleutel}";
        var inactief = $"Stroomschema NLA inactief {sleutel}";
        var buiten = $"Stroomschema NLA buiten {sleutel}";
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var denHaag = (await db.Set<Organisatie>().SingleAsync(o => o.Id == DenHaag)).GemeenteCode!;
            var elders = await db.Set<Gemeente>().Where(g => g.CbsCode != denHaag).OrderBy(g => g.CbsCode).Select(g => g.CbsCode).FirstAsync();
            Organisatie Nieuw(string naam, bool actief, string gebied)
            {
                var id = Guid.NewGuid();
                return new Organisatie
                {
                    Id = id, Naam = naam, Type = OrganisatieType.NLA, Actief = actief,
                    Werkgebied = [new OrganisatieWerkgebied { OrganisatieId = id, CbsCode = gebied }],
                };
            }
            db.AddRange(Nieuw(inRegio, true, denHaag), Nieuw(inactief, false, denHaag), Nieuw(buiten, true, elders));
            await db.SaveChangesAsync();
        }

        var html = await factory.Als(DenHaag, Rollen.Opsporing).GetStringAsync(new Uri("/keten/stroomschema", UriKind.Relative));
        var bijNla = Regex.Matches(html, "data-partners=\"NLA\">([^<]*)<").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(bijNla);
        Assert.All(bijNla, t =>
        {
            Assert.StartsWith("In de regio (partnergids): ", t, StringComparison.Ordinal);
            Assert.Contains(inRegio, t, StringComparison.Ordinal);
            Assert.DoesNotContain(inactief, t, StringComparison.Ordinal);
            Assert.DoesNotContain(buiten, t, StringComparison.Ordinal);
        });
        // Municipalities are never listed: the signal's own municipality is meant.
        Assert.DoesNotContain("data-partners=\"Gemeente\"", html, StringComparison.Ordinal);

        var openbaar = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync(new Uri("/stroomschema", UriKind.Relative)));
        Assert.DoesNotContain("data-partners", openbaar, StringComparison.Ordinal);
        Assert.DoesNotContain("In de regio (partnergids)", openbaar, StringComparison.Ordinal);
        Assert.DoesNotContain(inRegio, openbaar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slachtofferkant_arbeid_heeft_zorgcoordinatie_als_ontvanger_en_CoMensha_als_plaatser()
    {
        var stroom = await StroomAsync(Uitbuitingsvorm.Arbeid, Zijde.Slachtofferkant);

        Assert.Contains(stroom.Ontvangers, p => p.Type == OrganisatieType.Zorgcoordinatie);
        Assert.Contains(stroom.Ontvangers, p => p.Type == OrganisatieType.NLA);
        Assert.Contains(stroom.Plaatsers, p => p.Typen.Contains(OrganisatieType.CoMensha));
        Assert.Empty((await StroomAsync(Uitbuitingsvorm.Arbeid, Zijde.Daderkant)).Plaatsers);
    }

    [Fact]
    public async Task Stroomschema_verandert_als_een_regel_verandert()
    {
        Assert.DoesNotContain((await StroomAsync(Uitbuitingsvorm.Orgaanverwijdering, Zijde.Daderkant)).Ontvangers, p => p.Type == OrganisatieType.OM);

        var body = new JsonObject
        {
            ["nummer"] = 46, ["naam"] = "Orgaanverwijdering naar het OM", ["actief"] = true,
            ["voorwaarden"] = new JsonObject { ["uitbuitingsvormen"] = new JsonArray("orgaanverwijdering"), ["zijden"] = new JsonArray("daderkant") },
            ["uitkomsten"] = new JsonArray(new JsonObject
            {
                ["doeltype"] = "om", ["bereik"] = "regionaal", ["rol"] = "behandelaar", ["deelniveau"] = "volledig", ["uitleg"] = "orgaanverwijdering → {organisatie}",
            }),
            ["reden"] = "Stroomschematest",
        }.ToJsonString();
        var antwoord = await factory.Als(Rsiv, Rollen.Beheerder).PutAsync(new Uri("/api/v1/meldroute/regels/stroomtest-orgaan", UriKind.Relative),
            new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);

        var na = await StroomAsync(Uitbuitingsvorm.Orgaanverwijdering, Zijde.Daderkant);
        Assert.Contains(na.Ontvangers, p => p.Type == OrganisatieType.OM);
        Assert.DoesNotContain((await StroomAsync(Uitbuitingsvorm.Orgaanverwijdering, Zijde.Slachtofferkant)).Ontvangers, p => p.Type == OrganisatieType.OM);
    }

    [Theory]
    [InlineData("nl", "Plaatst in de opvang")]
    [InlineData("pl", "Kieruje do schroniska")]
    [InlineData("ro", "Plasează în adăpost")]
    public async Task Het_openbare_stroomschema_is_zonder_aanmelding_in_de_taal_van_de_lezer_en_zonder_interne_namen(string taal, string verwacht)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/stroomschema", UriKind.Relative)));

        Assert.Contains("<svg role=\"img\" aria-labelledby=\"stroom-arbeid-slachtofferkant-titel stroom-arbeid-slachtofferkant-desc\"", html, StringComparison.Ordinal);
        Assert.Contains(verwacht, html, StringComparison.Ordinal);
        // The rules' own names and the functions inside an organisation stay on the staff chart.
        var (_, stromen) = await MaakAsync();
        foreach (var p in stromen.SelectMany(s => s.Ontvangers.Concat(s.Geinformeerd)))
        {
            Assert.DoesNotContain(p.RegelNaam, html, StringComparison.Ordinal);
        }
        Assert.Contains("href=\"/stroomschema\"", await client.GetStringAsync(new Uri("/meldroutekaart", UriKind.Relative)), StringComparison.Ordinal);
    }

    private async Task<(int, IReadOnlyList<Stroom>)> MaakAsync()
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<StroomschemaOpbouw>().MaakAsync();
    }
}

public sealed class StroomschemaTestsSqlite(DoorverwijzingSqliteFactory f) : StroomschemaTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class StroomschemaTestsPostgres(DoorverwijzingPostgresFactory f) : StroomschemaTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
