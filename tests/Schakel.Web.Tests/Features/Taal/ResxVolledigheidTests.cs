using System.Xml.Linq;
using Schakel.Web.Features.Taal;

namespace Schakel.Web.Tests.Features.Taal;

/// <summary>
/// Every resource file of the web project, the shell's and each feature's: a translation holds exactly the
/// keys of the Dutch file (easy-Dutch "_B1" keys aside), none of them empty, so no reader meets a bare key or a
/// silent Dutch fallback. Public-facing resources come in every public language or in none.
/// </summary>
public sealed class ResxVolledigheidTests
{
    private static readonly string Bron = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Schakel.Web"));

    private static readonly string[] PubliekeTalen = [.. TaalModule.StandaardTalen.Where(t => t != "nl")];

    /// <summary>Dutch (neutral) resource path → its translations by language.</summary>
    private static Dictionary<string, Dictionary<string, string>> Bronnen()
    {
        var alle = Directory.EnumerateFiles(Bron, "*.resx", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var bronnen = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var pad in alle)
        {
            var naam = Path.GetFileNameWithoutExtension(pad);
            var punt = naam.LastIndexOf('.');
            if (punt < 0)
            {
                bronnen.TryAdd(pad, []);
            }
        }
        foreach (var pad in alle)
        {
            var naam = Path.GetFileNameWithoutExtension(pad);
            var punt = naam.LastIndexOf('.');
            if (punt >= 0)
            {
                var neutraal = Path.Combine(Path.GetDirectoryName(pad)!, naam[..punt] + ".resx");
                Assert.True(bronnen.ContainsKey(neutraal), $"{pad} heeft geen Nederlands bestand");
                bronnen[neutraal][naam[(punt + 1)..]] = pad;
            }
        }
        return bronnen;
    }

    public static TheoryData<string, string> Vertalingen()
    {
        var data = new TheoryData<string, string>();
        foreach (var (neutraal, talen) in Bronnen())
        {
            foreach (var (taal, _) in talen)
            {
                data.Add(Path.GetRelativePath(Bron, neutraal), taal);
            }
        }
        return data;
    }

    private static Dictionary<string, string> Lees(string pad) =>
        XDocument.Load(pad).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Vertalingen))]
    public void Elke_vertaling_heeft_precies_de_sleutels_van_het_Nederlands(string bestand, string taal)
    {
        var neutraal = Path.Combine(Bron, bestand);
        var nederlands = Lees(neutraal).Keys.Where(k => !k.EndsWith("_B1", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var vertaling = Lees(Path.Combine(Path.GetDirectoryName(neutraal)!, $"{Path.GetFileNameWithoutExtension(neutraal)}.{taal}.resx"));

        Assert.Empty(nederlands.Except(vertaling.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(vertaling.Keys.Except(nederlands).Order(StringComparer.Ordinal));
        Assert.Empty(vertaling.Where(v => string.IsNullOrWhiteSpace(v.Value)).Select(v => v.Key));
    }

    [Fact]
    public void Een_tekstbron_in_een_publieke_taal_bestaat_in_alle_publieke_talen()
    {
        foreach (var (neutraal, talen) in Bronnen())
        {
            if (talen.Keys.Any(t => t is not "en" && PubliekeTalen.Contains(t)))
            {
                Assert.True(PubliekeTalen.All(talen.ContainsKey), $"{Path.GetRelativePath(Bron, neutraal)}: alleen {string.Join(", ", talen.Keys)}");
            }
        }
    }

    [Theory]
    [InlineData("Features/Accounts/AccountsTeksten.resx")]
    [InlineData("Features/Meldpunt/Publiek/PubliekTeksten.resx")]
    [InlineData("Features/Meldpunt/Berichten/BerichtTeksten.resx")]
    [InlineData("Resources/SharedResource.resx")]
    public void Inloggen_en_de_publieke_paginas_bestaan_in_elke_publieke_taal(string bestand)
    {
        var talen = Bronnen()[Path.Combine(Bron, bestand)];
        Assert.All(PubliekeTalen, t => Assert.True(talen.ContainsKey(t), $"{bestand} mist {t}"));
    }
}
