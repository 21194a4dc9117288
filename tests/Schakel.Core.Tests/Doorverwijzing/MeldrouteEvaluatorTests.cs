using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using static Schakel.Core.Tests.Doorverwijzing.TestOrganisaties;

namespace Schakel.Core.Tests.Doorverwijzing;

public class MeldrouteEvaluatorTests
{
    private static MeldrouteRegel HeitRegel(Doelbereik bereik = Doelbereik.WerkgebiedVanGemeente) => new()
    {
        Nummer = 1,
        Code = "heit",
        Naam = "Naar HEIT",
        Uitkomsten =
        [
            new()
            {
                Doeltype = OrganisatieType.HEIT, Bereik = bereik, Rol = Rol.Behandelaar,
                Deelniveau = Deelniveau.Volledig, Uitleg = "naar {organisatie} in {gemeente}",
            },
        ],
    };

    private static readonly OrganisatieVermelding LokaalHeit =
        Maak("HEIT Den Haag", OrganisatieType.HEIT, Partijcategorie.Toezichthouder, Reikwijdte.Lokaal, DenHaag);

    private static Meldroute Route(params MeldrouteRegel[] regels) => new() { Regels = regels };

    [Fact]
    public void Zonder_lokale_organisatie_valt_het_voorstel_terug_op_een_regionale_en_zegt_dat()
    {
        var regionaal = Maak("Regionaal interventieteam", OrganisatieType.HEIT, Partijcategorie.Toezichthouder,
            Reikwijdte.Regionaal, Delft, Leiden);
        var gids = new OrganisatieLijst([LokaalHeit, regionaal]);

        var voorstel = MeldrouteEvaluator.Evalueer(Route(HeitRegel()), new MeldingKenmerken { GemeenteCode = Delft }, gids);

        var doorverwijzing = Assert.Single(voorstel.Doorverwijzingen);
        Assert.Equal(regionaal.Id, doorverwijzing.OrganisatieId);
        Assert.Equal("geen lokale HEIT gevonden voor gemeente GM0503; regionale organisatie voorgesteld",
            doorverwijzing.Regel.Terugval);
        Assert.Contains("regionale organisatie voorgesteld", doorverwijzing.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public void Lokale_organisatie_gaat_voor_regionale_zonder_terugvalmelding()
    {
        var regionaal = Maak("Regionaal interventieteam", OrganisatieType.HEIT, Partijcategorie.Toezichthouder,
            Reikwijdte.Regionaal, DenHaag, Delft);
        var gids = new OrganisatieLijst([LokaalHeit, regionaal]);

        var voorstel = MeldrouteEvaluator.Evalueer(Route(HeitRegel()), new MeldingKenmerken { GemeenteCode = DenHaag }, gids);

        var doorverwijzing = Assert.Single(voorstel.Doorverwijzingen);
        Assert.Equal(LokaalHeit.Id, doorverwijzing.OrganisatieId);
        Assert.Null(doorverwijzing.Regel.Terugval);
        Assert.Equal("naar HEIT Den Haag in gemeente GM0518", doorverwijzing.Uitleg);
    }

    [Fact]
    public void Landelijke_organisatie_is_de_laatste_terugval()
    {
        var landelijk = Maak("Landelijk team", OrganisatieType.HEIT, Partijcategorie.Toezichthouder, Reikwijdte.Landelijk);
        var gids = new OrganisatieLijst([LokaalHeit, landelijk]);

        var voorstel = MeldrouteEvaluator.Evalueer(Route(HeitRegel(Doelbereik.Regionaal)),
            new MeldingKenmerken { GemeenteCode = Leiden }, gids);

        var doorverwijzing = Assert.Single(voorstel.Doorverwijzingen);
        Assert.Equal(landelijk.Id, doorverwijzing.OrganisatieId);
        Assert.Contains("landelijke organisatie voorgesteld", doorverwijzing.Regel.Terugval, StringComparison.Ordinal);
    }

    [Fact]
    public void Inactieve_regel_doet_niet_mee()
    {
        var voorstel = MeldrouteEvaluator.Evalueer(Route(HeitRegel() with { Actief = false }),
            new MeldingKenmerken { GemeenteCode = DenHaag }, new OrganisatieLijst([LokaalHeit]));

        Assert.Empty(voorstel.Doorverwijzingen);
    }

    [Fact]
    public void Voorwaarde_op_district_past_bij_een_van_de_districten_van_de_melding()
    {
        var regel = HeitRegel() with { Voorwaarden = new() { DistrictCodes = ["E"] } };

        var inE = MeldrouteEvaluator.Evalueer(Route(regel),
            new MeldingKenmerken { GemeenteCode = DenHaag, DistrictCodes = ["A", "E"] }, new OrganisatieLijst([LokaalHeit]));
        var inA = MeldrouteEvaluator.Evalueer(Route(regel),
            new MeldingKenmerken { GemeenteCode = DenHaag, DistrictCodes = ["A"] }, new OrganisatieLijst([LokaalHeit]));

        Assert.Single(inE.Doorverwijzingen);
        Assert.Empty(inA.Doorverwijzingen);
    }

    [Theory]
    [InlineData(MelderType.Professional, Kanaal.Telefoon, true)]
    [InlineData(MelderType.Burger, Kanaal.Telefoon, false)]
    [InlineData(MelderType.Professional, Kanaal.Web, false)]
    public void Voorwaarden_op_meldertype_en_kanaal_moeten_allebei_passen(MelderType melderType, Kanaal kanaal, bool past)
    {
        var voorwaarden = new RegelVoorwaarden { MelderTypen = [MelderType.Professional], Kanalen = [Kanaal.Telefoon] };

        Assert.Equal(past, voorwaarden.Past(new MeldingKenmerken { MelderType = melderType, Kanaal = kanaal }));
    }

    [Fact]
    public void Nieuwe_regelversie_verandert_een_eerder_voorstel_niet()
    {
        var v1 = Route(HeitRegel());
        var melding = new MeldingKenmerken { GemeenteCode = DenHaag };
        var gids = new OrganisatieLijst([LokaalHeit]);
        var eerder = MeldrouteEvaluator.Evalueer(v1, melding, gids);

        var v2 = v1.MetRegel(HeitRegel() with { Uitkomsten = [HeitRegel().Uitkomsten[0] with { Rol = Rol.Informeren }] });
        var later = MeldrouteEvaluator.Evalueer(v2, melding, gids);

        Assert.Equal(2, v2.Versie);
        Assert.Equal(1, eerder.Doorverwijzingen[0].Regel.RegelVersie);
        Assert.Equal(Rol.Behandelaar, eerder.Doorverwijzingen[0].Rol);
        Assert.Equal(2, later.Doorverwijzingen[0].Regel.RegelVersie);
        Assert.Equal(Rol.Informeren, later.Doorverwijzingen[0].Rol);
        Assert.Equal(2, later.MeldrouteVersie);
    }

    [Fact]
    public void Valideer_noemt_dubbele_nummers_en_regels_zonder_uitkomst()
    {
        var route = Route(HeitRegel(), HeitRegel() with { Code = "ander", Uitkomsten = [] });

        var fouten = route.Valideer();

        Assert.Contains(fouten, f => f.Contains("Regelnummer 1", StringComparison.Ordinal));
        Assert.Contains(fouten, f => f.Contains("geen uitkomst", StringComparison.Ordinal));
    }
}

public class RegelVoorwaardenTests
{
    [Fact]
    public void Lege_lijsten_uit_een_formulier_betekenen_alles()
    {
        var voorwaarden = new RegelVoorwaarden
        {
            Zijden = [], Urgenties = [], GemeenteCodes = [], DistrictCodes = [], Indicatoren = [], EenVan = [],
            Uitbuitingsvormen = [], MelderTypen = [], Kanalen = [], AanknopingspuntSoorten = [],
        };

        Assert.True(voorwaarden.Past(new MeldingKenmerken()));
    }

    [Fact]
    public void Gemeentevoorwaarde_past_niet_bij_onbekende_gemeente()
    {
        var voorwaarden = new RegelVoorwaarden { GemeenteCodes = [TestOrganisaties.DenHaag] };

        Assert.False(voorwaarden.Past(new MeldingKenmerken()));
        Assert.True(voorwaarden.Past(new MeldingKenmerken { GemeenteCode = "gm0518" }));
    }

    [Fact]
    public void Een_van_past_als_een_van_de_onderdelen_past()
    {
        var voorwaarden = new RegelVoorwaarden
        {
            Zijden = [Zijde.Daderkant],
            EenVan = [new() { Indicatoren = ["SEK-04"] }, new() { IllegaleProstitutieOfMalafideBedrijf = true }],
        };

        Assert.True(voorwaarden.Past(new MeldingKenmerken { Zijde = Zijde.Daderkant, Indicatoren = ["sek-04"] }));
        Assert.False(voorwaarden.Past(new MeldingKenmerken { Zijde = Zijde.Slachtofferkant, Indicatoren = ["SEK-04"] }));
        Assert.False(voorwaarden.Past(new MeldingKenmerken { Zijde = Zijde.Daderkant, Indicatoren = ["SEK-01"] }));
    }
}
