using Schakel.Core.Doorverwijzing;
using Schakel.Core.Keten;

namespace Schakel.Core.Tests.Keten;

public class AandachtsfunctionarisKeuzeTests
{
    private static AandachtsfunctionarisKenmerken K(Aandachtsfunctionarisafdeling afdeling, Aandachtsfunctionariszijde zijde, bool actief = true, int jaar = 2024) =>
        new(Guid.NewGuid(), afdeling, zijde, actief, new DateOnly(jaar, 1, 1));

    [Fact]
    public void Daderkant_gaat_naar_OOV_en_slachtofferkant_naar_het_sociaal_domein()
    {
        var oov = K(Aandachtsfunctionarisafdeling.OOV, Aandachtsfunctionariszijde.Dader);
        var sd = K(Aandachtsfunctionarisafdeling.SociaalDomein, Aandachtsfunctionariszijde.Slachtoffer);
        var lijst = new[] { sd, oov };

        Assert.Equal([oov], AandachtsfunctionarisKeuze.Rangschik(lijst, k => k, Aandachtsfunctionariszijde.Dader));
        Assert.Equal([sd], AandachtsfunctionarisKeuze.Rangschik(lijst, k => k, Aandachtsfunctionariszijde.Slachtoffer));
        Assert.Equal([oov, sd], AandachtsfunctionarisKeuze.Rangschik(lijst, k => k, Aandachtsfunctionariszijde.Beide));
    }

    [Fact]
    public void Een_functionaris_voor_beide_zijden_is_de_terugval_en_een_inactieve_telt_niet()
    {
        var beide = K(Aandachtsfunctionarisafdeling.Vergunningen, Aandachtsfunctionariszijde.Beide);
        var sdInactief = K(Aandachtsfunctionarisafdeling.SociaalDomein, Aandachtsfunctionariszijde.Slachtoffer, actief: false);
        var sdBeide = K(Aandachtsfunctionarisafdeling.SociaalDomein, Aandachtsfunctionariszijde.Beide, jaar: 2025);

        Assert.Equal([beide], AandachtsfunctionarisKeuze.Rangschik(new[] { sdInactief, beide }, k => k, Aandachtsfunctionariszijde.Slachtoffer));
        // Own department first, even when it covers both sides.
        Assert.Equal([sdBeide, beide], AandachtsfunctionarisKeuze.Rangschik(new[] { beide, sdBeide }, k => k, Aandachtsfunctionariszijde.Slachtoffer));
    }

    [Theory]
    [InlineData(Zijde.Daderkant, Aandachtsfunctionariszijde.Dader)]
    [InlineData(Zijde.Slachtofferkant, Aandachtsfunctionariszijde.Slachtoffer)]
    [InlineData(Zijde.Beide, Aandachtsfunctionariszijde.Beide)]
    public void De_zijde_van_een_signaal_bepaalt_de_gevraagde_zijde(Zijde signaal, Aandachtsfunctionariszijde verwacht) =>
        Assert.Equal(verwacht, AandachtsfunctionarisKeuze.ZijdeVan(signaal));

    [Fact]
    public void Een_onbekende_zijde_vraagt_geen_functionaris() => Assert.Null(AandachtsfunctionarisKeuze.ZijdeVan(Zijde.Onbekend));
}
