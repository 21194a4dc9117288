using System.Net;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Features.Installatie;

/// <summary>An installation sets its own name, theme and retention term by configuration, not by editing markup.</summary>
public abstract class InstallatieInstellingenTests(SchakelFactory factory)
{
    internal static readonly KeyValuePair<string, string>[] Instellingen =
    [
        new("Installatie:Naam", "Gemeente Voorbeeldstad"),
        new("Installatie:Thema", "~/css/schakel.css"),
        new("Installatie:ThemaKlasse", "voorbeeldstad-theme"),
        new("Installatie:BewaartermijnMeldingen", "twee jaar na het afronden"),
        new("Installatie:Functionaris:Email", "fg@voorbeeldstad.example"),
    ];

    [Fact]
    public async Task Naam_en_thema_komen_uit_de_instellingen()
    {
        var html = await factory.CreateClient().GetStringAsync(new Uri("/melden", UriKind.Relative));

        Assert.Contains("class=\"utrecht-root voorbeeldstad-theme schakel-theme\"", html, StringComparison.Ordinal);
        Assert.Matches("<link rel=\"stylesheet\" href=\"/css/schakel\\.css[^\"]*\"", html);
        Assert.DoesNotContain("voorbeeld-design-tokens", html, StringComparison.Ordinal);
        Assert.DoesNotContain("voorbeeld-theme", html, StringComparison.Ordinal);
        Assert.Contains("Gemeente Voorbeeldstad is verantwoordelijk voor deze website.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_privacyverklaring_noemt_de_ingestelde_organisatie_en_termijn()
    {
        var antwoord = await factory.CreateClient().GetAsync(new Uri("/privacy", UriKind.Relative));
        var html = await antwoord.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Gemeente Voorbeeldstad is verantwoordelijk voor de gegevens", html, StringComparison.Ordinal);
        Assert.Contains("twee jaar na het afronden", html, StringComparison.Ordinal);
        Assert.DoesNotContain("nog geen bewaartermijn", html, StringComparison.Ordinal);
        Assert.Contains("mailto:fg@voorbeeldstad.example", html, StringComparison.Ordinal);
    }
}

public sealed class InstallatieSqliteFactory : SqliteFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => InstallatieInstellingenTests.Instellingen;
}

public sealed class InstallatiePostgresFactory : PostgresFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> ExtraInstellingen => InstallatieInstellingenTests.Instellingen;
}

public sealed class InstallatieInstellingenTestsSqlite(InstallatieSqliteFactory f) : InstallatieInstellingenTests(f), IClassFixture<InstallatieSqliteFactory>;

public sealed class InstallatieInstellingenTestsPostgres(InstallatiePostgresFactory f) : InstallatieInstellingenTests(f), IClassFixture<InstallatiePostgresFactory>;
