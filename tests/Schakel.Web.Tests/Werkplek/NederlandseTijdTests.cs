using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Shell;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Werkplek;

/// <summary>Times are shown in Dutch time, winter and summer, whatever the server's own zone.</summary>
public sealed class NederlandseTijdTests
{
    [Theory]
    [InlineData("2026-01-15T12:05:00Z", "13:05", "+01:00")]
    [InlineData("2026-07-15T12:05:00Z", "14:05", "+02:00")]
    // The night the clocks go back: 00:30 UTC is still summer time, 01:30 UTC already winter time.
    [InlineData("2026-10-25T00:30:00Z", "02:30", "+02:00")]
    [InlineData("2026-10-25T01:30:00Z", "02:30", "+01:00")]
    public void Een_UTC_tijdstip_wordt_Nederlandse_tijd(string utc, string klok, string verschil)
    {
        var moment = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);
        var vorige = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("nl");
        try
        {
            Assert.EndsWith(" 2026 " + klok, NederlandseTijd.Tijdstip(moment), StringComparison.Ordinal);
            Assert.EndsWith(verschil, NederlandseTijd.Iso(moment), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = vorige;
        }
    }

    [Fact]
    public void De_tag_helper_schrijft_een_time_element_met_Nederlandse_tijd_en_niets_zonder_waarde()
    {
        var moment = new DateTimeOffset(2026, 12, 5, 22, 15, 0, TimeSpan.Zero);
        var uitvoer = Verwerk(new TijdTagHelper { Waarde = moment });
        Assert.Equal("time", uitvoer.TagName);
        Assert.Equal("2026-12-05T23:15:00+01:00", uitvoer.Attributes["datetime"].Value.ToString());
        Assert.EndsWith("23:15", uitvoer.Content.GetContent(), StringComparison.Ordinal);

        // Late in the evening UTC is already the next day in the Netherlands.
        var datum = Verwerk(new TijdTagHelper { Waarde = new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero), AlleenDatum = true });
        Assert.Equal("2026-07-02", datum.Attributes["datetime"].Value.ToString());

        var leeg = Verwerk(new TijdTagHelper { Waarde = null });
        Assert.Null(leeg.TagName);
    }

    private static TagHelperOutput Verwerk(TijdTagHelper helper)
    {
        var context = new TagHelperContext([], new Dictionary<object, object>(), "t");
        var output = new TagHelperOutput("schakel-tijd", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(context, output);
        return output;
    }
}

/// <summary>A page shows a stored UTC time in Dutch time.</summary>
public abstract partial class NederlandseTijdPaginaTests(SchakelFactory factory)
{
    [Fact]
    public async Task De_notificatiepagina_toont_de_tijd_in_Nederlandse_tijd()
    {
        var gisteren = DateTimeOffset.UtcNow.AddDays(-1);
        var moment = new DateTimeOffset(gisteren.Year, gisteren.Month, gisteren.Day, 12, 34, 0, TimeSpan.Zero);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var rsiv = await db.Set<Organisatie>().Where(o => o.Naam == DemoOrganisaties.Rsiv).Select(o => o.Id).SingleAsync();
            db.Add(new Notificatie
            {
                Id = Guid.NewGuid(), OrganisatieId = rsiv, Rol = Rollen.Beheerder, Soort = NotificatieSoorten.OpvangEscalatie,
                Link = "/opvang/bord", AangemaaktOp = moment,
            });
            await db.SaveChangesAsync();
        }

        var html = await (await factory.AlsAsync(Rollen.Beheerder)).GetStringAsync("/notificaties");

        var amsterdam = TimeZoneInfo.ConvertTime(moment, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        var tijd = Regex.Match(html, "<time datetime=\"([^\"]+)\">([^<]+)</time>");
        Assert.True(tijd.Success);
        Assert.Equal(amsterdam.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), tijd.Groups[1].Value);
        Assert.EndsWith(amsterdam.ToString(" yyyy HH:mm", CultureInfo.InvariantCulture), tijd.Groups[2].Value, StringComparison.Ordinal);
        Assert.StartsWith(amsterdam.Day.ToString(CultureInfo.InvariantCulture) + " ", tijd.Groups[2].Value, StringComparison.Ordinal);
    }
}

public sealed class NederlandseTijdPaginaTestsSqlite(SqliteFactory factory) : NederlandseTijdPaginaTests(factory), IClassFixture<SqliteFactory>;

public sealed class NederlandseTijdPaginaTestsPostgres(PostgresFactory factory) : NederlandseTijdPaginaTests(factory), IClassFixture<PostgresFactory>;
