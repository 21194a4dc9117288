using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt.Publiek;

/// <summary>A clock stopped on Saturday 5 December 2026, 12:00 in Amsterdam: the office-hours desks are closed.</summary>
internal sealed class ZaterdagMiddag : TimeProvider
{
    public static readonly DateTimeOffset Moment = new(2026, 12, 5, 11, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Moment;
}

public sealed class ZaterdagSqliteFactory : SqliteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new ZaterdagMiddag())));
    }
}

public sealed class ZaterdagPostgresFactory : PostgresFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new ZaterdagMiddag())));
    }
}

/// <summary>
/// The wegwijzer's desks as the public sees them: no internal organisation name, opening hours in the reader's
/// language, and when a desk is closed now, what to do instead (112, the police's 0900-8844).
/// </summary>
public abstract partial class WegwijzerLoketTests(SchakelFactory factory)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();

    private async Task<string> AdviesAsync(string taal, string doel)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
        var formulier = await client.GetStringAsync(new Uri("/wegwijzer", UriKind.Relative));
        var antwoord = await client.PostAsync(new Uri("/wegwijzer", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenPatroon().Match(formulier).Groups[1].Value,
            ["acuut"] = "nee",
            ["over"] = "EenAnder",
            ["professional"] = "nee",
            ["situatie"] = "Werk",
            ["doel"] = doel,
            ["anoniem"] = "nee",
            ["gemeente"] = "GM0518",
        }));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return WebUtility.HtmlDecode(await antwoord.Content.ReadAsStringAsync());
    }

    private static string Loket(string html, string loket)
    {
        var start = html.IndexOf($"data-loket=\"{loket}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"geen loket {loket}");
        var volgende = html.IndexOf("data-loket=", start + 1, StringComparison.Ordinal);
        var eind = volgende < 0 ? html.IndexOf("</ol>", start, StringComparison.Ordinal) : volgende;
        return html[start..eind];
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("pl")]
    public async Task Het_meldpunt_heet_nooit_naar_de_interne_organisatie(string taal)
    {
        var html = await AdviesAsync(taal, "Melden");

        Assert.Contains("data-loket=\"Meldpunt\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoOrganisaties.Rsiv, html, StringComparison.Ordinal);
        Assert.DoesNotContain("ketenregie", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("nl", "ma–vr 09:00–17:00", "Weer open op maandag om 09:00.", "Bel dan de politie op 0900-8844")]
    [InlineData("en", "Mon–Fri 09:00–17:00", "Open again on Monday at 09:00.", "Call the police on 0900-8844")]
    [InlineData("pl", "pon.–pt. 09:00–17:00", "Ponownie otwarte w poniedziałek o 09:00.", "pod numer 0900-8844")]
    [InlineData("bg", "пн–пт 09:00–17:00", "Отново отворено в понеделник в 09:00 ч.", "на 0900-8844")]
    [InlineData("ro", "lun.–vin. 09:00–17:00", "Se redeschide luni la ora 09:00.", "la 0900-8844")]
    public async Task Een_gesloten_loket_zegt_wanneer_het_open_gaat_en_wat_nu_kan(string taal, string tijden, string weerOpen, string politie)
    {
        var zorg = Loket(await AdviesAsync(taal, "HulpEnOpvang"), "Zorgcoordinatie");

        Assert.Contains(tijden, zorg, StringComparison.Ordinal);
        Assert.DoesNotContain("ma-vr", zorg, StringComparison.Ordinal);
        Assert.Contains("data-gesloten", zorg, StringComparison.Ordinal);
        Assert.Contains(weerOpen, zorg, StringComparison.Ordinal);
        Assert.Contains(politie, zorg, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:112\"", zorg, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:09008844\"", zorg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_loket_dat_dag_en_nacht_open_is_krijgt_geen_gesloten_melding()
    {
        var politie = Loket(await AdviesAsync("en", "Aangifte"), "Politie");

        Assert.Contains("day and night", politie, StringComparison.Ordinal);
        Assert.DoesNotContain("data-gesloten", politie, StringComparison.Ordinal);
    }
}

public sealed class WegwijzerLoketTestsSqlite(ZaterdagSqliteFactory f) : WegwijzerLoketTests(f), IClassFixture<ZaterdagSqliteFactory>;

public sealed class WegwijzerLoketTestsPostgres(ZaterdagPostgresFactory f) : WegwijzerLoketTests(f), IClassFixture<ZaterdagPostgresFactory>;
