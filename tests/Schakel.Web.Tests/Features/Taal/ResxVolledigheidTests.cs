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

    /// <summary>
    /// Easy Dutch is a reading level of Dutch: its keys live only in the Dutch file, each beside the ordinary text it
    /// replaces and never empty, and every public page that offers the switch has B1 texts for its own prose.
    /// </summary>
    [Theory]
    [InlineData("Features/Meldpunt/Publiek/PubliekTeksten.resx", 60)]
    [InlineData("Features/Meldpunt/Publiek/FormulierTeksten.resx", 1)]
    [InlineData("Resources/SharedResource.resx", 10)]
    [InlineData("Features/Installatie/InstallatieTeksten.resx", 45)]
    [InlineData("Features/Keten/Gids/Publiek/GidsTeksten.resx", 6)]
    [InlineData("Features/Keten/Kennisbank/KennisbankTeksten.resx", 3)]
    [InlineData("Features/Keten/Meldroutekaart/MeldroutekaartTeksten.resx", 3)]
    [InlineData("Features/Keten/Stroomschema/StroomschemaPubliekTeksten.resx", 4)]
    [InlineData("Features/Bewustwording/BewustwordingTeksten.resx", 20)]
    [InlineData("Features/Monitor/Rapport/RapportTeksten.resx", 9)]
    public void Een_publieke_tekstbron_heeft_eenvoudige_teksten_naast_de_gewone(string bestand, int minstens)
    {
        var teksten = Lees(Path.Combine(Bron, bestand));
        var b1 = teksten.Where(t => t.Key.EndsWith(EenvoudigeTaal.Achtervoegsel, StringComparison.Ordinal)).ToList();
        Assert.True(b1.Count >= minstens, $"{bestand}: maar {b1.Count} teksten in eenvoudige taal");
        Assert.All(b1, t => Assert.True(teksten.ContainsKey(t.Key[..^EenvoudigeTaal.Achtervoegsel.Length]), $"{t.Key} hoort bij geen gewone tekst"));
        Assert.All(b1, t => Assert.False(string.IsNullOrWhiteSpace(t.Value), $"{t.Key} is leeg"));
        Assert.All(Bronnen()[Path.Combine(Bron, bestand)].Values, vertaling =>
            Assert.DoesNotContain(Lees(vertaling).Keys, k => k.EndsWith(EenvoudigeTaal.Achtervoegsel, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Pages whose prose came later than their file's first B1 texts: a count would not notice these keys missing.
    /// The monitor report's page (the report itself stays as published) and the privacy statement's request section.
    /// </summary>
    [Theory]
    [InlineData("Features/Monitor/Rapport/RapportTeksten.resx", "Uitleg", "Downloads", "Pdf", "Xlsx", "AlleEdities")]
    [InlineData("Features/Installatie/InstallatieTeksten.resx", "PrivVerzoekKop", "PrivVerzoekWie", "PrivVerzoekWat", "PrivVerzoekTermijn", "PrivVerzoekId")]
    public void Deze_teksten_hebben_een_eenvoudige_versie(string bestand, params string[] sleutels)
    {
        var teksten = Lees(Path.Combine(Bron, bestand));
        Assert.All(sleutels, k => Assert.True(teksten.ContainsKey(k + EenvoudigeTaal.Achtervoegsel), $"{bestand}: {k} zonder eenvoudige versie"));
    }

    [Fact]
    public void Elke_eenvoudige_tekst_in_het_project_hoort_bij_een_gewone_tekst()
    {
        foreach (var neutraal in Bronnen().Keys)
        {
            var teksten = Lees(neutraal);
            Assert.All(teksten.Keys.Where(k => k.EndsWith(EenvoudigeTaal.Achtervoegsel, StringComparison.Ordinal)), k =>
                Assert.True(teksten.ContainsKey(k[..^EenvoudigeTaal.Achtervoegsel.Length]), $"{Path.GetRelativePath(Bron, neutraal)}: {k}"));
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
