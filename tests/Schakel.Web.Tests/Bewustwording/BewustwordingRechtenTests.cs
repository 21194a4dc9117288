using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Doorverwijzing.Partner;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Bewustwording;

/// <summary>
/// A focal officer changes only the events and hotels of their own municipality ('s-Gravenhage, GM0518), on the pages
/// and in the API: someone else's is 404, choosing another municipality is refused at the field (nl or en); the
/// ketenregisseur changes every one. On both databases.
/// </summary>
public abstract class BewustwordingRechtenTests(SchakelFactory factory)
{
    private const string Eigen = "GM0518";
    private const string Ander = "GM0637";
    private static readonly Guid DenHaag = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("'s-Gravenhage"));

    private HttpClient Regisseur => factory.Als(PartnerTestdata.Rsiv, Rollen.Ketenregisseur);
    private HttpClient Functionaris => factory.Als(DenHaag, Rollen.Aandachtsfunctionaris);

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private static object Hotel(string naam, string gemeente) => new
    {
        naam, gemeenteCode = gemeente, soort = "hotel", geregistreerd = "2026-03-01", personeel = 10, getraind = 2, status = "inTraining",
    };

    private static object Bijeenkomst(string titel, params string[] gemeenten) => new
    {
        soort = "themabijeenkomst", titel, begin = "2026-10-14T13:00:00Z", einde = "2026-10-14T15:00:00Z", gemeenten,
    };

    private static async Task<Guid> IdAsync(HttpResponseMessage antwoord)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, $"{antwoord.StatusCode}: {tekst}");
        return JsonDocument.Parse(tekst).RootElement.GetProperty("id").GetGuid();
    }

    [Theory]
    [InlineData("nl", "Een aandachtsfunctionaris beheert alleen hotels in de eigen gemeente (GM0518).", "Een aandachtsfunctionaris legt alleen bijeenkomsten vast")]
    [InlineData("en", "A focal officer keeps only hotels in their own municipality (GM0518).", "A focal officer records only events")]
    public async Task Api_een_aandachtsfunctionaris_wijzigt_alleen_de_eigen_gemeente(string taal, string hotelFout, string bijeenkomstFout)
    {
        var af = Functionaris;
        af.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
        var n = Guid.NewGuid().ToString("N")[..6];

        var fout = await af.PostAsJsonAsync(Pad("/api/v1/hotels"), Hotel("Hotel elders " + n, Ander));
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        var json = JsonDocument.Parse(await fout.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(hotelFout, json.GetProperty("errors").GetProperty("gemeenteCode")[0].GetString());
        Assert.Equal(taal == "en" ? "Invalid input" : "Ongeldige invoer", json.GetProperty("title").GetString());
        var bfout = JsonDocument.Parse(await (await af.PostAsJsonAsync(Pad("/api/v1/bijeenkomsten"), Bijeenkomst("Elders " + n, Ander))).Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith(bijeenkomstFout, bfout.GetProperty("errors").GetProperty("gemeenten")[0].GetString(), StringComparison.Ordinal);

        // Someone else's hotel and event do not exist for the focal officer; the chain director changes them.
        var anderHotel = await IdAsync(await Regisseur.PostAsJsonAsync(Pad("/api/v1/hotels"), Hotel("Hotel Zoetermeer " + n, Ander)));
        var anderEvent = await IdAsync(await Regisseur.PostAsJsonAsync(Pad("/api/v1/bijeenkomsten"), Bijeenkomst("Zoetermeer " + n, Ander)));
        Assert.Equal(HttpStatusCode.NotFound, (await af.PutAsJsonAsync(Pad($"/api/v1/hotels/{anderHotel}"), Hotel("Overgenomen " + n, Eigen))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await af.PutAsJsonAsync(Pad($"/api/v1/bijeenkomsten/{anderEvent}"), Bijeenkomst("Overgenomen " + n, Eigen, Ander))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Regisseur.PutAsJsonAsync(Pad($"/api/v1/hotels/{anderHotel}"), Hotel("Hotel Zoetermeer " + n, Ander))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Regisseur.PutAsJsonAsync(Pad($"/api/v1/bijeenkomsten/{anderEvent}"), Bijeenkomst("Zoetermeer " + n, Ander, Eigen))).StatusCode);

        // Its own: created and changed; an event the municipality now joins is its own too.
        var eigenHotel = await IdAsync(await af.PostAsJsonAsync(Pad("/api/v1/hotels"), Hotel("Hotel Den Haag " + n, Eigen)));
        Assert.Equal(HttpStatusCode.OK, (await af.PutAsJsonAsync(Pad($"/api/v1/hotels/{eigenHotel}"), Hotel("Hotel Den Haag " + n, Eigen))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await af.PutAsJsonAsync(Pad($"/api/v1/hotels/{eigenHotel}"), Hotel("Verhuisd " + n, Ander))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await af.PutAsJsonAsync(Pad($"/api/v1/bijeenkomsten/{anderEvent}"), Bijeenkomst("Zoetermeer " + n, Ander, Eigen))).StatusCode);

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.False(await db.Set<Hotel>().AnyAsync(h => h.Naam == "Overgenomen " + n || h.Naam == "Hotel elders " + n || h.Naam == "Verhuisd " + n));
        Assert.Equal(Ander, await db.Set<Hotel>().Where(h => h.Id == anderHotel).Select(h => h.GemeenteCode).SingleAsync());
    }

    [Fact]
    public async Task Bijlage_I_cijfers_staan_er_met_hun_duiding_en_de_tegenstrijdigheid_is_vermeld()
    {
        var tellingen = JsonDocument.Parse(await Regisseur.GetStringAsync(Pad("/api/v1/hotels/tellingen"))).RootElement.GetProperty("landelijk").EnumerateArray().ToList();
        var ruim = tellingen.Single(c => c.GetProperty("omschrijving").GetString()!.Contains("ruim 200", StringComparison.Ordinal));
        Assert.Equal("tenMinste", ruim.GetProperty("duiding").GetString());
        Assert.Equal(200, ruim.GetProperty("aantal").GetInt32());
        Assert.Equal("ongeveer", tellingen.Single(c => c.GetProperty("omschrijving").GetString()!.Contains("ongeveer 150", StringComparison.Ordinal)).GetProperty("duiding").GetString());
        Assert.Equal("precies", tellingen.Single(c => c.GetProperty("aantal").GetInt32() == 351).GetProperty("duiding").GetString());

        var nl = System.Net.WebUtility.HtmlDecode(await Regisseur.GetStringAsync("/bewustwording/hotels"));
        Assert.Contains("ruim 200", nl, StringComparison.Ordinal);
        Assert.Contains("ongeveer 150", nl, StringComparison.Ordinal);
        var regisseurEn = Regisseur;
        regisseurEn.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var en = System.Net.WebUtility.HtmlDecode(await regisseurEn.GetStringAsync("/bewustwording/hotels"));
        Assert.Contains("at least 200", en, StringComparison.Ordinal);
        Assert.Contains("about 150", en, StringComparison.Ordinal);

        Assert.Contains($"data-tegenstrijdigheid=\"{Schakel.Web.Features.Bewustwording.NpstTegenstrijdigheid.Code}\"", await Regisseur.GetStringAsync("/sturing/tegenstrijdigheden"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paginas_een_aandachtsfunctionaris_wijzigt_alleen_de_eigen_gemeente()
    {
        var n = Guid.NewGuid().ToString("N")[..6];
        var anderHotel = await IdAsync(await Regisseur.PostAsJsonAsync(Pad("/api/v1/hotels"), Hotel("Hotel Delft " + n, Ander)));
        var anderEvent = await IdAsync(await Regisseur.PostAsJsonAsync(Pad("/api/v1/bijeenkomsten"), Bijeenkomst("Delft " + n, Ander)));
        var af = Functionaris;
        Dictionary<string, string> HotelForm(string naam, string gemeente, Guid? id = null)
        {
            var velden = new Dictionary<string, string>
            {
                ["Invoer.Naam"] = naam, ["Invoer.GemeenteCode"] = gemeente, ["Invoer.Soort"] = "Hotel", ["Invoer.Geregistreerd"] = "2026-03-01",
                ["Invoer.Personeel"] = "10", ["Invoer.Getraind"] = "2", ["Invoer.Status"] = "InTraining",
            };
            if (id is { } i)
            {
                velden["Invoer.Id"] = i.ToString();
            }
            return velden;
        }

        var lijst = await af.GetStringAsync("/bewustwording/hotels");
        Assert.DoesNotContain($"bewerk={anderHotel}", lijst, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Landelijk", lijst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await af.GetAsync($"/bewustwording/hotels?bewerk={anderHotel}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Aanmelden.PostFormAsync(af, "/bewustwording/hotels", HotelForm("Overgenomen " + n, Eigen, anderHotel))).StatusCode);
        var elders = await Aanmelden.PostFormAsync(af, "/bewustwording/hotels", HotelForm("Elders " + n, Ander));
        Assert.Equal(HttpStatusCode.BadRequest, elders.StatusCode);
        Assert.Contains("id=\"gemeente-fout\"", await elders.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/bewustwording/hotels", Aanmelden.Pad(await Aanmelden.PostFormAsync(af, "/bewustwording/hotels", HotelForm("Eigen " + n, Eigen))));
        Assert.Equal(HttpStatusCode.Forbidden, (await Aanmelden.PostFormAsync(af, "/bewustwording/hotels", new()
        {
            ["Cijfer.Jaar"] = "2025", ["Cijfer.Omschrijving"] = "Landelijk", ["Cijfer.Aantal"] = "1", ["Cijfer.Bron"] = "Test",
        }, "/bewustwording/hotels?handler=Landelijk")).StatusCode);

        var beheer = await af.GetStringAsync("/bewustwording/bijeenkomsten/beheer");
        Assert.DoesNotContain($"name=\"id\" value=\"{anderEvent}\"", beheer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Aanmelden.PostFormAsync(af, "/bewustwording/bijeenkomsten/beheer",
            new() { ["id"] = anderEvent.ToString(), ["aanwezigen"] = "5" }, "/bewustwording/bijeenkomsten/beheer?handler=Aanwezigen")).StatusCode);
        var zonderEigen = await Aanmelden.PostFormAsync(af, "/bewustwording/bijeenkomsten/beheer", new()
        {
            ["Invoer.Soort"] = "Themabijeenkomst", ["Invoer.Titel"] = "Elders " + n, ["Invoer.Begin"] = "2026-10-14T13:00", ["Invoer.DuurUren"] = "2",
            ["Invoer.Gemeenten"] = Ander,
        });
        Assert.Equal(HttpStatusCode.BadRequest, zonderEigen.StatusCode);
        Assert.Contains("id=\"gemeenten-fout\"", await zonderEigen.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The chain director changes every one.
        Assert.Equal("/bewustwording/bijeenkomsten/beheer", Aanmelden.Pad(await Aanmelden.PostFormAsync(Regisseur, "/bewustwording/bijeenkomsten/beheer",
            new() { ["id"] = anderEvent.ToString(), ["aanwezigen"] = "5" }, "/bewustwording/bijeenkomsten/beheer?handler=Aanwezigen")));
        Assert.Equal(HttpStatusCode.OK, (await Regisseur.GetAsync($"/bewustwording/hotels?bewerk={anderHotel}")).StatusCode);

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        Assert.True(await db.Set<Hotel>().AnyAsync(h => h.Naam == "Eigen " + n && h.GemeenteCode == Eigen));
        Assert.False(await db.Set<Hotel>().AnyAsync(h => h.Naam == "Overgenomen " + n || h.Naam == "Elders " + n));
        Assert.Equal(5, await db.Set<Bijeenkomst>().Where(b => b.Id == anderEvent).Select(b => b.Aanwezigen).SingleAsync());
    }
}

public sealed class BewustwordingRechtenTestsSqlite(DoorverwijzingSqliteFactory f) : BewustwordingRechtenTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class BewustwordingRechtenTestsPostgres(DoorverwijzingPostgresFactory f) : BewustwordingRechtenTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
