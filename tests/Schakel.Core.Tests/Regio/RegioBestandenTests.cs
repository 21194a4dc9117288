using Schakel.Core.Regio;

namespace Schakel.Core.Tests.Regio;

public sealed class RegioBestandenTests
{
    private const string Gemeenten = """
        cbs_code,gemeente,deelregio,district_code,district_naam,basisteams,zekerheid
        GM0518,'s-Gravenhage,Haaglanden,D1,Den Haag,B1;B2,zeker
        GM0599,Rotterdam,,D2,Rijnmond,B3,
        """;

    private const string Basisteams = """
        code,naam,district_code
        B1,Centrum,D1
        B2,Scheveningen,D1
        B3,Noord,D2
        """;

    private static readonly EenheidRegel Eenheid = new("DH", "Den Haag", "g.csv", "b.csv");

    [Fact]
    public void Leest_eenheden()
    {
        var regels = RegioBestanden.LeesEenheden(new StringReader("code,naam,gemeenten,basisteams\nDH, Den Haag ,dh-g.csv,dh-b.csv\n"));

        Assert.Equal([new EenheidRegel("DH", "Den Haag", "dh-g.csv", "dh-b.csv")], regels);
    }

    [Fact]
    public void Leest_gemeenten_met_lijsten_en_lege_optionele_kolommen()
    {
        var regels = RegioBestanden.LeesGemeenten(new StringReader(Gemeenten));

        Assert.Equal(2, regels.Count);
        Assert.Equal("'s-Gravenhage", regels[0].Naam);
        Assert.Equal(["B1", "B2"], regels[0].BasisteamCodes);
        Assert.Equal("", regels[1].Deelregio);
        Assert.Equal("", regels[1].Zekerheid);
    }

    [Fact]
    public void Ongeldige_cbs_code_stopt_het_laden()
    {
        var e = Assert.Throws<FormatException>(() => RegioBestanden.LeesGemeenten(new StringReader("cbs_code,gemeente,district_code\n518,Den Haag,D1\n")));
        Assert.Contains("518", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lege_verplichte_kolom_stopt_het_laden()
    {
        var e = Assert.Throws<FormatException>(() => RegioBestanden.LeesBasisteams(new StringReader("code,naam,district_code\nB1,,D1\n")));
        Assert.Contains("naam", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combineer_leidt_districten_af_en_sorteert_ze()
    {
        var gegevens = RegioBestanden.Combineer(Eenheid, RegioBestanden.LeesGemeenten(new StringReader(Gemeenten)), RegioBestanden.LeesBasisteams(new StringReader(Basisteams)));

        Assert.Equal([new DistrictRegel("D1", "Den Haag"), new DistrictRegel("D2", "Rijnmond")], gegevens.Districten);
        Assert.Equal(3, gegevens.Basisteams.Count);
    }

    [Fact]
    public void Combineer_noemt_alle_verwijzingen_die_niet_kloppen()
    {
        var gemeenten = RegioBestanden.LeesGemeenten(new StringReader(Gemeenten + "\nGM0518,Dubbel,,D1,,B9,\n"));
        var teams = RegioBestanden.LeesBasisteams(new StringReader(Basisteams + "\nB4,Zwerver,D9\n"));

        var e = Assert.Throws<FormatException>(() => RegioBestanden.Combineer(Eenheid, gemeenten, teams));

        Assert.Contains("basisteam B4 verwijst naar onbekend district D9", e.Message, StringComparison.Ordinal);
        Assert.Contains("onbekend basisteam B9", e.Message, StringComparison.Ordinal);
        Assert.Contains("gemeente GM0518 staat meer dan eens", e.Message, StringComparison.Ordinal);
    }
}
