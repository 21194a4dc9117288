using Microsoft.Extensions.Configuration;
using Schakel.Web.Security;

namespace Schakel.Web.Tests.Beveiliging;

/// <summary>
/// Field keys given as environment variables (as bench/knooppunten.sh did with Sleutels__Versleuteling__v1): a version that
/// is not a number 1–255 is refused when the keys are loaded, with the reason, instead of failing every re-encryption
/// round after start ("Herversleuteling mislukt: InvalidOperationException").
/// </summary>
public sealed class SleutelversieNaamTests
{
    private static readonly string Sleutel = Convert.ToBase64String(new byte[32]);

    private static Sleutelbos Laad(string versie) => Sleutelbos.Laad(new ConfigurationBuilder().AddInMemoryCollection(
    [
        new($"Sleutels:Versleuteling:{versie}", Sleutel), new("Sleutels:ActieveVersie", versie),
        new("Sleutels:Pseudoniem", Sleutel), new("Sleutels:Ontvangstcode", Sleutel), new("Sleutels:Token", Sleutel),
    ]).Build(), magAanmaken: false);

    [Theory]
    [InlineData("v1")]
    [InlineData("0")]
    [InlineData("256")]
    [InlineData("een")]
    public void Een_versie_die_geen_getal_is_wordt_bij_het_laden_geweigerd(string versie)
    {
        var fout = Assert.Throws<InvalidOperationException>(() => Laad(versie));
        Assert.Contains($"'{versie}'", fout.Message, StringComparison.Ordinal);
        Assert.Contains("Sleutels__Versleuteling__1", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_genummerde_versie_uit_de_omgeving_laadt() => Assert.Equal("1", Laad("1").ActieveVersie);
}
