using Schakel.Core.Opvang;

namespace Schakel.Core.Tests.Opvang;

public class BeschikbaarheidTests
{
    [Theory]
    [InlineData(10, 3, 1, 2, 4)]
    [InlineData(10, 10, 0, 0, 0)]
    [InlineData(5, 4, 0, 3, 0)]
    [InlineData(3, 0, 0, 0, 3)]
    [InlineData(0, 0, 0, 0, 0)]
    public void Beschikbaar_is_totaal_min_bezet_buiten_gebruik_en_gereserveerd_nooit_negatief(
        int capaciteit, int bezet, int buitenGebruik, int gereserveerd, int verwacht)
    {
        var b = new Beschikbaarheid(capaciteit, bezet, buitenGebruik, gereserveerd, Maak.Nu);

        Assert.Equal(verwacht, b.Beschikbaar);
        Assert.Equal(verwacht > 0, b.HeeftPlekVrij);
    }

    [Fact]
    public void Negatieve_aantallen_worden_geweigerd()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Beschikbaarheid(4, -1, 0, 0, Maak.Nu));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Beschikbaarheid(4, 0, 0, -1, Maak.Nu));
    }

    [Theory]
    [InlineData(0, Versheid.Vers)]
    [InlineData(119, Versheid.Vers)]
    [InlineData(120, Versheid.Verouderend)]
    [InlineData(480, Versheid.Verouderend)]
    [InlineData(481, Versheid.Verouderd)]
    [InlineData(-30, Versheid.Vers)]
    public void Versheid_op_de_grenzen(int minutenGeleden, Versheid verwacht)
    {
        Assert.Equal(verwacht, Beschikbaarheid.BepaalVersheid(Maak.Nu.AddMinutes(-minutenGeleden), Maak.Nu));
    }

    [Fact]
    public void Zonder_momentopname_is_de_pool_verouderd()
    {
        Assert.Equal(Versheid.Verouderd, new Beschikbaarheid(4, 0, 0, 0, null).VersheidOp(Maak.Nu));
    }

    [Fact]
    public void Een_bezetting_boven_de_capaciteit_wordt_met_alle_fouten_tegelijk_geweigerd()
    {
        Assert.Empty(Beschikbaarheid.ValideerBezetting(6, 4, 2));
        Assert.Equal(["bezet"], Beschikbaarheid.ValideerBezetting(6, 5, 2).Select(f => f.Veld));
        Assert.Equal(["bezet", "buitenGebruik"], Beschikbaarheid.ValideerBezetting(6, -1, -1).Select(f => f.Veld));
    }
}
