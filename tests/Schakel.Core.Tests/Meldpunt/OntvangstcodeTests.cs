using Schakel.Core.Meldpunt;

namespace Schakel.Core.Tests.Meldpunt;

public class OntvangstcodeTests
{
    [Fact]
    public void Nieuwe_code_is_16_cijfers_en_elke_keer_anders()
    {
        var codes = Enumerable.Range(0, 50).Select(_ => Ontvangstcode.Nieuw()).ToList();
        Assert.All(codes, c => Assert.Matches("^[0-9]{16}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Formatteert_in_groepen_van_vier()
    {
        Assert.Equal("1234 5678 9012 3456", Ontvangstcode.Formatteer("1234567890123456"));
        Assert.Throws<ArgumentException>(() => Ontvangstcode.Formatteer("123"));
    }

    [Theory]
    [InlineData("1234 5678 9012 3456")]
    [InlineData("1234-5678-9012-3456")]
    [InlineData(" 1234567890123456 ")]
    [InlineData("1234.5678.9012.3456")]
    public void Leest_wat_mensen_typen(string invoer)
    {
        Assert.True(Ontvangstcode.TryLees(invoer, out var cijfers));
        Assert.Equal("1234567890123456", cijfers);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234 5678 9012 345")]
    [InlineData("1234 5678 9012 34567")]
    [InlineData("1234 5678 9012 345a")]
    [InlineData("١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦")]
    public void Weigert_wat_geen_code_is(string? invoer)
    {
        Assert.False(Ontvangstcode.TryLees(invoer, out _));
    }

    [Fact]
    public void Formatteren_en_lezen_zijn_elkaars_omgekeerde()
    {
        var code = Ontvangstcode.Nieuw();
        Assert.True(Ontvangstcode.TryLees(Ontvangstcode.Formatteer(code), out var terug));
        Assert.Equal(code, terug);
    }
}
