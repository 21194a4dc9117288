using Schakel.Core.Doorverwijzing;
using Schakel.Core.Keten;
using Schakel.Core.Organisaties;
using static Schakel.Core.Tests.Doorverwijzing.TestOrganisaties;

namespace Schakel.Core.Tests.Keten;

/// <summary>The internal route of Midden-Delfland §5.2.1 as a receiver of the reporting route.</summary>
public class InterneMeldrouteTests
{
    private static readonly MeldrouteRegel Regel = new()
    {
        Nummer = 1,
        Code = "gemeente",
        Naam = "Gemeente informeren",
        Uitkomsten =
        [
            new()
            {
                Doeltype = OrganisatieType.Gemeente, Bereik = Doelbereik.AandachtsfunctionarisVanGemeente, Rol = Rol.Informeren,
                Deelniveau = Deelniveau.Geen, Functie = "aandachtsfunctionaris mensenhandel",
                Uitleg = "signaal in {gemeente} → {functie} van {organisatie}",
            },
        ],
    };

    // The social-domain officer works from another organisation here (a shared care-and-safety house), so the
    // routing to them is visible in the receiver and the fallback still means the municipality itself.
    private static readonly OrganisatieVermelding SociaalDomeinDenHaag = Maak(
        "Zorg- en Veiligheidshuis Den Haag", OrganisatieType.ZorgEnVeiligheidshuis, Partijcategorie.Toezichthouder, Reikwijdte.Lokaal, DenHaag);

    private static AandachtsfunctionarisVermelding Officier(Aandachtsfunctionarisafdeling afdeling, Aandachtsfunctionariszijde zijde, OrganisatieVermelding organisatie, string titel, bool actief = true) =>
        new(DenHaag, new(Guid.NewGuid(), afdeling, zijde, actief, new DateOnly(2024, 1, 1)), titel + " (naam)", titel, organisatie);

    private static readonly AandachtsfunctionarisVermelding Oov =
        Officier(Aandachtsfunctionarisafdeling.OOV, Aandachtsfunctionariszijde.Dader, GemeenteDenHaag, "Aandachtsfunctionaris OOV");

    private static readonly AandachtsfunctionarisVermelding SociaalDomein =
        Officier(Aandachtsfunctionarisafdeling.SociaalDomein, Aandachtsfunctionariszijde.Slachtoffer, SociaalDomeinDenHaag, "Aandachtsfunctionaris sociaal domein");

    private static Routevoorstel Evalueer(Zijde zijde, string? gemeente = DenHaag, params AandachtsfunctionarisVermelding[] officieren) =>
        MeldrouteEvaluator.Evalueer(new Meldroute { Regels = [Regel] }, new MeldingKenmerken { GemeenteCode = gemeente, Zijde = zijde },
            new OrganisatieLijst([GemeenteDenHaag, SociaalDomeinDenHaag, GemeenteDelft], officieren));

    [Fact]
    public void Daderkant_gaat_naar_de_OOV_functionaris()
    {
        var d = Assert.Single(Evalueer(Zijde.Daderkant, DenHaag, Oov, SociaalDomein).Doorverwijzingen);

        Assert.Equal(GemeenteDenHaag.Id, d.OrganisatieId);
        Assert.Equal(Oov.Kenmerken.Id, d.Regel.AandachtsfunctionarisId);
        Assert.Null(d.Regel.Terugval);
        Assert.StartsWith("signaal in gemeente GM0518 → Aandachtsfunctionaris OOV van Gemeente Den Haag", d.Uitleg, StringComparison.Ordinal);
        Assert.Contains("interne meldroute: daderkant naar Aandachtsfunctionaris OOV (naam)", d.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public void Slachtofferkant_gaat_naar_de_functionaris_van_het_sociaal_domein()
    {
        var d = Assert.Single(Evalueer(Zijde.Slachtofferkant, DenHaag, Oov, SociaalDomein).Doorverwijzingen);

        Assert.Equal(SociaalDomeinDenHaag.Id, d.OrganisatieId);
        Assert.Equal(SociaalDomein.Kenmerken.Id, d.Regel.AandachtsfunctionarisId);
        Assert.Contains("slachtofferkant", d.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public void Zonder_functionaris_voor_de_zijde_valt_de_route_terug_op_de_gemeente_en_zegt_dat()
    {
        var d = Assert.Single(Evalueer(Zijde.Slachtofferkant, DenHaag, Oov).Doorverwijzingen);

        Assert.Equal(GemeenteDenHaag.Id, d.OrganisatieId);
        Assert.Null(d.Regel.AandachtsfunctionarisId);
        Assert.Equal("geen actieve aandachtsfunctionaris voor de slachtofferkant in gemeente GM0518; naar de organisatie zelf", d.Regel.Terugval);
        Assert.Contains("aandachtsfunctionaris mensenhandel van Gemeente Den Haag", d.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_inactieve_functionaris_ontvangt_niet()
    {
        var inactief = Officier(Aandachtsfunctionarisafdeling.OOV, Aandachtsfunctionariszijde.Dader, SociaalDomeinDenHaag, "Oud", actief: false);

        var d = Assert.Single(Evalueer(Zijde.Daderkant, DenHaag, inactief).Doorverwijzingen);

        Assert.Equal(GemeenteDenHaag.Id, d.OrganisatieId);
        Assert.NotNull(d.Regel.Terugval);
    }

    [Fact]
    public void Onbekende_zijde_gaat_naar_de_gemeente_met_uitleg()
    {
        var d = Assert.Single(Evalueer(Zijde.Onbekend, DenHaag, Oov, SociaalDomein).Doorverwijzingen);

        Assert.Equal(GemeenteDenHaag.Id, d.OrganisatieId);
        Assert.StartsWith("zijde van het signaal onbekend", d.Regel.Terugval, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_functionaris_van_een_andere_gemeente_telt_niet()
    {
        var d = Assert.Single(Evalueer(Zijde.Daderkant, Delft, Oov).Doorverwijzingen);

        Assert.Equal(GemeenteDelft.Id, d.OrganisatieId);
        Assert.Null(d.Regel.AandachtsfunctionarisId);
    }

    [Fact]
    public void De_standaardroute_informeert_de_functionaris_van_de_zijde()
    {
        var gids = new OrganisatieLijst([GemeenteDenHaag, SociaalDomeinDenHaag, Shop, CoMensha], [Oov, SociaalDomein]);
        var voorstel = MeldrouteEvaluator.Evalueer(StandaardMeldroute.Maak(),
            new MeldingKenmerken { GemeenteCode = DenHaag, Zijde = Zijde.Slachtofferkant }, gids);

        Assert.Contains(voorstel.Doorverwijzingen, d => d.OrganisatieId == SociaalDomeinDenHaag.Id
            && d.Redenen.Any(r => r.RegelCode == "gemeente-informeren" && r.AandachtsfunctionarisId == SociaalDomein.Kenmerken.Id));
        Assert.DoesNotContain(voorstel.Doorverwijzingen, d => d.OrganisatieId == GemeenteDenHaag.Id);
    }
}
