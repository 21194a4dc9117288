using System.Globalization;
using Microsoft.Extensions.Configuration;
using Schakel.Web.Features.Taal;
using Schakel.Web.Resources;

namespace Schakel.Web.Tests.Features.Taal;

public sealed class TaalModuleTests
{
    [Fact]
    public void Zonder_configuratie_gelden_de_standaardtalen_met_Nederlands_voorop()
    {
        var talen = TaalModule.LeesTalen(new ConfigurationBuilder().Build());

        Assert.Equal(["nl", "en", "pl", "bg", "ro"], talen);
    }

    [Fact]
    public void Geconfigureerde_talen_vervangen_de_standaard()
    {
        var configuratie = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Taal:Talen:0", "nl"), new("Taal:Talen:1", "uk"), new("Taal:Talen:2", "NL")])
            .Build();

        Assert.Equal(["nl", "uk"], TaalModule.LeesTalen(configuratie));
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/melden?stap=2", true)]
    [InlineData("//elders.example", false)]
    [InlineData("/\\elders.example", false)]
    [InlineData("https://elders.example", false)]
    [InlineData("melden", false)]
    [InlineData("/regel\r\nSet-Cookie: x", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Alleen_paden_op_deze_site_zijn_lokaal(string? pad, bool lokaal) =>
        Assert.Equal(lokaal, LokaalPad.IsLokaal(pad));

    /// <summary>The languages in code and in the app's appsettings.json, all but the neutral Dutch.</summary>
    public static TheoryData<string> Vertalingen
    {
        get
        {
            var appsettings = new ConfigurationBuilder()
                .SetBasePath(AppContext.BaseDirectory)
                .AddJsonFile("appsettings.json")
                .Build();
            return new(TaalModule.StandaardTalen.Union(TaalModule.LeesTalen(appsettings)).Where(t => t != "nl"));
        }
    }

    /// <summary>A key missing from a translation would show its bare name to the reader.</summary>
    [Theory]
    [MemberData(nameof(Vertalingen))]
    public void Elke_vertaling_heeft_precies_de_teksten_van_het_Nederlands(string taal)
    {
        var bron = new GedeeldeTeksten();

        // Easy-Dutch texts (`_B1`) exist in Dutch only: the switch is offered on Dutch pages alone (docs/talen-en-teksten.md).
        var nederlands = bron.Sleutels(CultureInfo.InvariantCulture).Where(k => !k.EndsWith("_B1", StringComparison.Ordinal)).ToList();
        var vertaling = bron.Sleutels(CultureInfo.GetCultureInfo(taal));

        Assert.NotEmpty(nederlands);
        Assert.Equal(nederlands.Order(StringComparer.Ordinal), vertaling.Order(StringComparer.Ordinal));
    }

    private sealed class GedeeldeTeksten
    {
        private readonly System.Resources.ResourceManager _beheer =
            new("Schakel.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

        public IReadOnlyCollection<string> Sleutels(CultureInfo cultuur) =>
            _beheer.GetResourceSet(cultuur, createIfNotExists: true, tryParents: false)?
                .Cast<System.Collections.DictionaryEntry>()
                .Select(e => (string)e.Key)
                .ToList()
            ?? [];
    }
}
