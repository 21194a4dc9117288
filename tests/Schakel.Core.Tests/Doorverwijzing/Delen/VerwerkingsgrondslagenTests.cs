using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;

namespace Schakel.Core.Tests.Doorverwijzing.Delen;

/// <summary>Recorded processing bases: the most specific applies, the purpose must match, and the sharing policy caps at geen without one.</summary>
public sealed class VerwerkingsgrondslagenTests
{
    private static readonly Guid Gemeente = Guid.NewGuid();

    [Fact]
    public void Organisatie_gaat_voor_type_en_type_voor_categorie()
    {
        var lijst = new Verwerkingsgrondslagen(
        [
            new() { Doel = Verwerkingsdoel.Opvolging, Categorie = Partijcategorie.Toezichthouder, Grondslag = "categorie" },
            new() { Doel = Verwerkingsdoel.Opvolging, Type = OrganisatieType.Gemeente, Grondslag = "type" },
            new() { Doel = Verwerkingsdoel.Opvolging, OrganisatieId = Gemeente, Grondslag = "eigen" },
        ]);

        Assert.Equal("eigen", lijst.Voor(Gemeente, Partijcategorie.Toezichthouder, OrganisatieType.Gemeente, Verwerkingsdoel.Opvolging)?.Grondslag);
        Assert.Equal("type", lijst.Voor(Guid.NewGuid(), Partijcategorie.Toezichthouder, OrganisatieType.Gemeente, Verwerkingsdoel.Opvolging)?.Grondslag);
        Assert.Equal("categorie", lijst.Voor(Guid.NewGuid(), Partijcategorie.Toezichthouder, OrganisatieType.HEIT, Verwerkingsdoel.Opvolging)?.Grondslag);
        Assert.Null(lijst.Voor(Gemeente, Partijcategorie.Toezichthouder, OrganisatieType.Gemeente, Verwerkingsdoel.Meldpunt));
    }

    [Fact]
    public void Standaard_heeft_geen_grondslag_voor_gemeenten_maar_wel_voor_de_politie()
    {
        var beleid = new Deelbeleid(StandaardDeelbeleid.Regels, StandaardGrondslagen.Alle, new Verwerkingsgrondslagen(StandaardVerwerkingsgrondslagen.Alle));

        Assert.Equal(Deelniveau.Geen, beleid.HoogsteZonderToestemming(Partijcategorie.Toezichthouder, OrganisatieType.Gemeente, Gemeente));
        Assert.Null(beleid.Voorgesteld(Partijcategorie.Toezichthouder, OrganisatieType.Gemeente, Deelniveau.Gepseudonimiseerd, Gemeente));
        var gemeente = beleid.Toets(new DeelVerzoek
        {
            Categorie = Partijcategorie.Toezichthouder, Type = OrganisatieType.Gemeente, OrganisatieId = Gemeente,
            Gevraagd = Deelniveau.Gepseudonimiseerd, Grondslag = StandaardGrondslagen.Zoek("TZ-GEMEENTE"),
        });
        Assert.False(gemeente.Toegestaan);
        Assert.Equal(Deelweigering.GeenVerwerkingsgrondslag, gemeente.Code);

        var politie = beleid.Toets(new DeelVerzoek
        {
            Categorie = Partijcategorie.Opsporingsinstantie, Type = OrganisatieType.Politie, OrganisatieId = Guid.NewGuid(),
            Gevraagd = Deelniveau.Volledig, Grondslag = StandaardGrondslagen.Zoek("OPS-WPG"),
        });
        Assert.True(politie.Toegestaan, politie.Reden);
    }
}
