using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Data;
using Schakel.Web.Features.Keten.Gids;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Keten;

/// <summary>
/// The wegwijzer's desks and the shelter board's "who may place" read their phone and hours from the partner
/// directory: a change to a service shows there, and without a phone in the directory the organisation's own stays.
/// </summary>
public abstract partial class GidsContactTests(SchakelFactory factory)
{
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
    private static readonly Guid CoMensha = DemoOrganisaties.IdVan(DemoOrganisaties.CoMensha);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private async Task<T> DbAsync<T>(Func<SchakelDbContext, Task<T>> doe)
    {
        await using var scope = factory.Scope();
        return await doe(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }

    private async Task<string> ZorgloketAsync()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        var formulier = await client.GetStringAsync(Pad("/wegwijzer"));
        var antwoord = await client.PostAsync(Pad("/wegwijzer"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenPatroon().Match(formulier).Groups[1].Value,
            ["acuut"] = "nee", ["over"] = "EenAnder", ["professional"] = "nee", ["situatie"] = "Werk", ["doel"] = "HulpEnOpvang",
            ["anoniem"] = "nee", ["gemeente"] = "GM0518",
        }));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync());
        var start = html.IndexOf("data-loket=\"Zorgcoordinatie\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "geen loket zorgcoördinatie");
        var volgende = html.IndexOf("data-loket=", start + 1, StringComparison.Ordinal);
        return html[start..(volgende < 0 ? html.Length : volgende)];
    }

    [Fact]
    public async Task Een_telefoonnummer_en_openingstijden_uit_de_gids_staan_op_de_wegwijzer()
    {
        var organisatie = await DbAsync(db => db.Set<Organisatie>().SingleAsync(o => o.Id == Shop));
        var voor = await ZorgloketAsync();
        // The demo service has no phone yet: the organisation's own number is the fallback.
        Assert.Contains(organisatie.Telefoon!, voor, StringComparison.Ordinal);

        var dienstId = await DbAsync(async db =>
        {
            var dienst = await db.Set<Dienst>().Include(d => d.Openingstijden).FirstAsync(d => d.OrganisatieId == Shop && d.Soort == Schakel.Core.Keten.Dienstsoort.Zorgcoordinatie);
            db.Add(new GidsTelefoon { Id = Guid.NewGuid(), DienstId = dienst.Id, Nummer = "070-5550123" });
            db.RemoveRange(dienst.Openingstijden);
            db.Add(new Openingstijd { Id = Guid.NewGuid(), DienstId = dienst.Id, Dagen = "MO,TU,WE", Opent = new(8, 30), Sluit = new(16, 0) });
            await db.SaveChangesAsync();
            return dienst.Id;
        });
        try
        {
            var na = await ZorgloketAsync();
            Assert.Contains("070-5550123", na, StringComparison.Ordinal);
            Assert.DoesNotContain(organisatie.Telefoon!, na, StringComparison.Ordinal);
            Assert.Contains("ma–wo 08:30–16:00", na, StringComparison.Ordinal);
        }
        finally
        {
            await DbAsync(async db =>
            {
                await db.Set<GidsTelefoon>().Where(t => t.DienstId == dienstId).ExecuteDeleteAsync();
                await db.Set<Openingstijd>().Where(t => t.DienstId == dienstId).ExecuteDeleteAsync();
                db.Add(new Openingstijd { Id = Guid.NewGuid(), DienstId = dienstId, Dagen = "MO,TU,WE,TH,FR", Opent = new(9, 0), Sluit = new(17, 0) });
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task Het_bord_noemt_bij_wie_mag_plaatsen_het_nummer_uit_de_gids()
    {
        var shop = await ClientMetTokenAsync(factory.CreateClient, "demo-shop-den-haag");
        var verzoek = await shop.PostAsJsonAsync(Pad("/api/v1/plaatsingsverzoeken"), new { geslacht = "vrouw", bedenktijdB8 = "ja", gevondenOp = DateTimeOffset.UtcNow.AddHours(-2), gevondenInGemeenteCode = "GM0518" });
        Assert.Equal(HttpStatusCode.Created, verzoek.StatusCode);
        var id = (await verzoek.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        async Task<List<string?>> TelefoonsVanCoMenshaAsync() =>
            (await shop.GetFromJsonAsync<JsonElement>(Pad($"/api/v1/plaatsingsverzoeken/{id}/matches")))
                .GetProperty("matches").EnumerateArray()
                .SelectMany(m => m.GetProperty("wieMagPlaatsen").EnumerateArray())
                .Where(c => c.GetProperty("organisatieId").GetGuid() == CoMensha)
                .Select(c => c.GetProperty("telefoon").GetString()).Distinct().ToList();

        var eigen = (await DbAsync(db => db.Set<Organisatie>().SingleAsync(o => o.Id == CoMensha))).Telefoon;
        Assert.Equal([eigen], await TelefoonsVanCoMenshaAsync());

        var dienstId = await DbAsync(async db =>
        {
            var dienst = await db.Set<Dienst>().FirstAsync(d => d.OrganisatieId == CoMensha && d.Actief);
            db.Add(new GidsTelefoon { Id = Guid.NewGuid(), DienstId = dienst.Id, Nummer = "033-5550999" });
            await db.SaveChangesAsync();
            return dienst.Id;
        });
        try
        {
            Assert.Equal(["033-5550999"], await TelefoonsVanCoMenshaAsync());
        }
        finally
        {
            await DbAsync(db => db.Set<GidsTelefoon>().Where(t => t.DienstId == dienstId && t.Nummer == "033-5550999").ExecuteDeleteAsync());
        }
    }

    [Fact]
    public void Openingstijden_uit_de_gids_worden_dagreeksen_die_de_bereikbaarheid_leest()
    {
        var tekst = GidsContactgegevens.Openingstijden(
        [
            new Openingstijd { Id = Guid.Parse("00000000-0000-0000-0000-000000000001"), Dagen = "MO,TU,WE,TH,FR", Opent = new(9, 0), Sluit = new(17, 0) },
            new Openingstijd { Id = Guid.Parse("00000000-0000-0000-0000-000000000002"), Dagen = "SA,MO", Opent = new(10, 0), Sluit = new(12, 0) },
            new Openingstijd { Id = Guid.Parse("00000000-0000-0000-0000-000000000003"), Dagen = "SU", Omschrijving = "op afspraak" },
        ]);
        Assert.Equal("ma-vr 09:00-17:00; ma,za 10:00-12:00", tekst);
        Assert.True(Schakel.Core.Opvang.Openingstijden.TryParse(tekst, out _, out string _));
    }
}

public sealed class GidsContactTestsSqlite(SqliteFactory f) : GidsContactTests(f), IClassFixture<SqliteFactory>;

public sealed class GidsContactTestsPostgres(PostgresFactory f) : GidsContactTests(f), IClassFixture<PostgresFactory>;
