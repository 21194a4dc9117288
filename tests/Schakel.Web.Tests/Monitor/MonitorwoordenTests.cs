using System.Globalization;
using Schakel.Core.Monitor;
using Schakel.Web.Features.Monitor;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// Every category a breakdown offers and every kind of period is named in words, in Dutch and in English, so no page
/// or report shows a reader a bare code such as "betrokkene" or "2021-K3".
/// </summary>
public sealed class MonitorwoordenTests
{
    private static readonly CultureInfo Engels = CultureInfo.GetCultureInfo("en");

    public static TheoryData<string> Uitsplitsingen() =>
        [.. Maatstaven.Alle.SelectMany(m => m.Uitsplitsingen).Where(u => u != Uitsplitsing.Geen).Distinct()];

    [Theory]
    [MemberData(nameof(Uitsplitsingen))]
    public void Elke_categorie_heeft_een_naam_in_beide_talen(string uitsplitsing)
    {
        var categorieen = Telling.Categorieen(uitsplitsing).Append(Uitsplitsing.Totaal).ToList();
        var nl = categorieen.Select(c => Monitorwoorden.Categorienaam(uitsplitsing, c, Monitorwoorden.Nederlands)).ToList();
        var en = categorieen.Select(c => Monitorwoorden.Categorienaam(uitsplitsing, c, Engels)).ToList();

        Assert.All(categorieen.Zip(nl, en), x => Assert.True(x.Second is { Length: > 0 } && x.Third is { Length: > 0 }, $"{uitsplitsing}: {x.First} has no name"));
        Assert.Equal(categorieen.Count, nl.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(categorieen.Count, en.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Namen_volgen_de_taal()
    {
        Assert.Equal("betrokkene zelf", Monitorwoorden.Categorie(Uitsplitsing.Melder, "betrokkene", Monitorwoorden.Nederlands));
        Assert.Equal("person concerned", Monitorwoorden.Categorie(Uitsplitsing.Melder, "betrokkene", Engels));
        Assert.Equal("totaal", Monitorwoorden.Categorie(Uitsplitsing.Melder, Uitsplitsing.Totaal, Monitorwoorden.Nederlands));
        Assert.Equal("total", Monitorwoorden.Categorie(Uitsplitsing.Melder, Uitsplitsing.Totaal, Engels));
        Assert.Equal("ja", Monitorwoorden.Categorie(Uitsplitsing.Acuut, "ja", Monitorwoorden.Nederlands));
        Assert.Equal("inspectorate", Monitorwoorden.Categorie(Uitsplitsing.Partijsoort, Partijsoorten.Inspectie, Engels));
    }

    [Fact]
    public void Een_onbekende_categorie_houdt_haar_code()
    {
        // An older snapshot may hold a category the code no longer has; the report still shows it.
        Assert.Equal("vervallen", Monitorwoorden.Categorie(Uitsplitsing.Melder, "vervallen", Monitorwoorden.Nederlands));
        Assert.Equal("7", Monitorwoorden.Categorie(Uitsplitsing.Kanaal, "7", Engels));
        Assert.Equal("x", Monitorwoorden.Categorie("onbekend", "x", Engels));
    }

    [Theory]
    [InlineData("2021", "2021", "2021")]
    [InlineData("2021-K3", "3e kwartaal 2021", "Q3 2021")]
    [InlineData("2021-03", "maart 2021", "March 2021")]
    [InlineData("2020-01-01/2020-06-30", "2020-01-01/2020-06-30", "2020-01-01/2020-06-30")]
    [InlineData("2021-k3", "2021-k3", "2021-k3")]
    [InlineData("", "", "")]
    public void Perioden_in_woorden(string code, string nederlands, string engels)
    {
        Assert.Equal(nederlands, Monitorwoorden.Periode(code, Monitorwoorden.Nederlands));
        Assert.Equal(engels, Monitorwoorden.Periode(code, Engels));
    }
}
