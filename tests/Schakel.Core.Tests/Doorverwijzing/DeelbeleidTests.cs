using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using static Schakel.Core.Tests.Doorverwijzing.TestOrganisaties;

namespace Schakel.Core.Tests.Doorverwijzing;

public class DeelbeleidTests
{
    private static readonly Deelbeleid Beleid = Deelbeleid.Standaard;

    private static Grondslag G(string code) => StandaardGrondslagen.Zoek(code)!;

    private static DeelVerzoek AanZorgcoordinatie(Deelniveau gevraagd, Grondslag? grondslag = null) => new()
    {
        Categorie = Partijcategorie.PartijMetMeldOfCoordinatiefunctie,
        Type = OrganisatieType.Zorgcoordinatie,
        Gevraagd = gevraagd,
        Grondslag = grondslag,
    };

    private static DeelVerzoek AanPolitie(Deelniveau gevraagd) => new()
    {
        Categorie = Partijcategorie.Opsporingsinstantie,
        Type = OrganisatieType.Politie,
        Gevraagd = gevraagd,
        Grondslag = G("OPS-WPG"),
    };

    private static readonly Deelbeleid MetToestemmingAlsGrond = new(StandaardDeelbeleid.Maak(toestemmingVoorZorgcoordinatie: true), StandaardGrondslagen.Alle);

    [Fact]
    public void Zorgcoordinator_krijgt_zonder_toestemming_geen_persoonsgegevens()
    {
        var toets = MetToestemmingAlsGrond.Toets(AanZorgcoordinatie(Deelniveau.Gepseudonimiseerd, G("MC-TOESTEMMING")));

        Assert.False(toets.Toegestaan);
        Assert.Equal(Deelniveau.Geen, toets.HoogstToegestaan);
        Assert.Contains("toestemming", toets.Reden, StringComparison.Ordinal);
        Assert.Equal(Deelweigering.ToestemmingBetrokkeneOntbreekt, toets.Code);
    }

    [Fact]
    public void Toestemming_is_standaard_geen_grond_voor_zorgcoordinatie_alleen_vitaal_belang()
    {
        // Midden-Delfland §5.6.2: no personal data to SHOP unless the victim cannot decide and needs help.
        var metToestemming = Beleid.Toets(AanZorgcoordinatie(Deelniveau.Volledig, G("MC-TOESTEMMING")) with { ToestemmingSlachtoffer = true });
        var toestemmingMetAndereGrondslag = Beleid.Toets(AanZorgcoordinatie(Deelniveau.Volledig, G("MC-VITAAL")) with { ToestemmingSlachtoffer = true });
        var vitaal = Beleid.Toets(AanZorgcoordinatie(Deelniveau.Volledig, G("MC-VITAAL")) with { RedenVitaalBelang = "kan niet zelf beslissen, gewond" });

        Assert.False(metToestemming.Toegestaan);
        Assert.Equal(Deelweigering.ToestemmingGeenGrond, metToestemming.Code);
        Assert.Contains("vitaal belang", metToestemming.Reden, StringComparison.Ordinal);
        Assert.Equal(Deelniveau.Geen, metToestemming.HoogstToegestaan);
        Assert.False(toestemmingMetAndereGrondslag.Toegestaan);
        Assert.True(vitaal.Toegestaan, vitaal.Reden);
        Assert.Equal(Deelniveau.Geen, Beleid.HoogsteZonderToestemming(Partijcategorie.PartijMetMeldOfCoordinatiefunctie, OrganisatieType.Zorgcoordinatie));
    }

    [Fact]
    public void Zorgcoordinator_met_toestemming_van_het_slachtoffer_krijgt_volledig_als_de_regio_toestemming_als_grond_aanzet()
    {
        var toets = MetToestemmingAlsGrond.Toets(AanZorgcoordinatie(Deelniveau.Volledig, G("MC-TOESTEMMING")) with { ToestemmingSlachtoffer = true });

        Assert.True(toets.Toegestaan, toets.Reden);
        Assert.Equal(Deelniveau.Volledig, toets.HoogstToegestaan);
        Assert.Equal(Deelweigering.Toegestaan, toets.Code);
        Assert.Equal(["Volledig", "MC-TOESTEMMING"], toets.Argumenten!);
    }

    [Fact]
    public void Vitaal_belang_telt_alleen_met_vastgelegde_reden()
    {
        var zonderReden = Beleid.Toets(AanZorgcoordinatie(Deelniveau.Volledig, G("MC-VITAAL")) with { RedenVitaalBelang = " " });
        var metReden = Beleid.Toets(AanZorgcoordinatie(Deelniveau.Volledig, G("MC-VITAAL")) with
        {
            RedenVitaalBelang = "Slachtoffer is minderjarig, gewond en kan niet zelf beslissen",
        });

        Assert.False(zonderReden.Toegestaan);
        Assert.Contains("vastgelegde reden", zonderReden.Reden, StringComparison.Ordinal);
        Assert.Equal(Deelweigering.VitaalBelangOntbreekt, zonderReden.Code);
        Assert.True(metReden.Toegestaan, metReden.Reden);
    }

    [Fact]
    public void Deelniveau_geen_mag_altijd_ook_zonder_grondslag()
    {
        var toets = Beleid.Toets(AanZorgcoordinatie(Deelniveau.Geen));

        Assert.True(toets.Toegestaan);
    }

    [Fact]
    public void Opsporing_krijgt_wat_de_grondslag_toelaat()
    {
        Assert.True(Beleid.Toets(AanPolitie(Deelniveau.Volledig)).Toegestaan);
    }

    [Fact]
    public void Grondslag_met_lager_maximum_begrenst_het_deelniveau()
    {
        var verzoek = new DeelVerzoek
        {
            Categorie = Partijcategorie.Toezichthouder,
            Type = OrganisatieType.Gemeente,
            Gevraagd = Deelniveau.Volledig,
            Grondslag = G("TZ-GEMEENTE"),
        };

        var toets = Beleid.Toets(verzoek);

        Assert.False(toets.Toegestaan);
        Assert.Equal(Deelniveau.Gepseudonimiseerd, toets.HoogstToegestaan);
        Assert.Contains("hoger dan toegestaan (gepseudonimiseerd)", toets.Reden, StringComparison.Ordinal);
        Assert.Equal(Deelweigering.BovenMaximum, toets.Code);
        Assert.True(Beleid.Toets(verzoek with { Gevraagd = Deelniveau.Gepseudonimiseerd }).Toegestaan);
    }

    [Fact]
    public void Zonder_grondslag_geen_persoonsgegevens()
    {
        var toets = Beleid.Toets(AanPolitie(Deelniveau.Gepseudonimiseerd) with { Grondslag = null });

        Assert.False(toets.Toegestaan);
        Assert.Contains("Kies een grondslag", toets.Reden, StringComparison.Ordinal);
        Assert.Equal(Deelweigering.GrondslagOntbreekt, toets.Code);
    }

    [Fact]
    public void Grondslag_van_een_andere_categorie_wordt_geweigerd()
    {
        var toets = Beleid.Toets(AanPolitie(Deelniveau.Volledig) with { Grondslag = G("MC-VEILIGTHUIS") });

        Assert.False(toets.Toegestaan);
        Assert.Equal(Deelniveau.Geen, toets.HoogstToegestaan);
        Assert.Contains("hoort bij partij met een meld- of coördinatiefunctie", toets.Reden, StringComparison.Ordinal);
        Assert.Equal(Deelweigering.GrondslagAndereCategorie, toets.Code);
    }

    [Fact]
    public void Meldergegevens_nooit_zonder_uitdrukkelijke_toestemming_van_de_melder_ook_niet_aan_politie()
    {
        var zonder = Beleid.Toets(AanPolitie(Deelniveau.Volledig) with { MetMeldergegevens = true });
        var met = Beleid.Toets(AanPolitie(Deelniveau.Volledig) with { MetMeldergegevens = true, ToestemmingMelder = true });

        Assert.False(zonder.Toegestaan);
        Assert.Equal("Geweigerd: " + Deelbeleid.MelderZonderToestemming, zonder.Reden);
        Assert.Equal(Deelweigering.MelderZonderToestemming, zonder.Code);
        Assert.True(met.Toegestaan);
    }

    [Theory]
    [InlineData(Partijcategorie.Opsporingsinstantie, OrganisatieType.Politie, Deelniveau.Volledig)]
    [InlineData(Partijcategorie.PartijMetMeldOfCoordinatiefunctie, OrganisatieType.Zorgcoordinatie, Deelniveau.Geen)]
    [InlineData(Partijcategorie.PartijMetMeldOfCoordinatiefunctie, OrganisatieType.VeiligThuis, Deelniveau.Volledig)]
    [InlineData(Partijcategorie.Toezichthouder, OrganisatieType.Gemeente, Deelniveau.Gepseudonimiseerd)]
    [InlineData(Partijcategorie.Toezichthouder, OrganisatieType.HEIT, Deelniveau.Volledig)]
    [InlineData(Partijcategorie.ZorgverlenerMetMedischBeroepsgeheim, OrganisatieType.Ngo, Deelniveau.Geen)]
    public void Hoogste_niveau_zonder_toestemming_per_categorie(Partijcategorie categorie, OrganisatieType type, Deelniveau verwacht)
    {
        Assert.Equal(verwacht, Beleid.HoogsteZonderToestemming(categorie, type));
    }

    [Fact]
    public void Elke_partijcategorie_heeft_een_beleidsregel_en_grondslagen()
    {
        foreach (var categorie in Enum.GetValues<Partijcategorie>())
        {
            Assert.Contains(Beleid.Regels, r => r.Categorie == categorie && r.Type is null);
            Assert.NotEmpty(StandaardGrondslagen.Voor(categorie));
        }

        Assert.Equal(StandaardGrondslagen.Alle.Count, StandaardGrondslagen.Alle.Select(g => g.Code).Distinct().Count());
    }

    [Fact]
    public void Routevoorstel_met_deelbeleid_verlaagt_het_voorgestelde_niveau_en_zegt_waarom()
    {
        var voorstel = MeldrouteEvaluator.Evalueer(StandaardMeldroute.Maak(),
            new MeldingKenmerken { GemeenteCode = Delft, MelderIsGemeentemedewerker = true, MinderjarigBetrokken = JaNeeOnbekend.Nee },
            new OrganisatieLijst([GemeenteDelft]), Beleid);

        // Rule 7 asks volledig; the municipal basis allows no more than gepseudonimiseerd.
        var gemeente = Assert.Single(voorstel.Doorverwijzingen);
        Assert.Equal(Deelniveau.Gepseudonimiseerd, gemeente.Deelniveau);
        Assert.Contains("verlaagd naar gepseudonimiseerd volgens het deelbeleid", gemeente.Uitleg, StringComparison.Ordinal);
        Assert.Equal("TZ-GEMEENTE", gemeente.Grondslag?.Code);

        var zonderGemeentelijkeGrondslag = new Deelbeleid(StandaardDeelbeleid.Regels, [.. StandaardGrondslagen.Alle.Where(g => g.Code != "TZ-GEMEENTE")]);
        var verlaagd = MeldrouteEvaluator.Evalueer(StandaardMeldroute.Maak(),
            new MeldingKenmerken { GemeenteCode = Delft, MelderIsGemeentemedewerker = true },
            new OrganisatieLijst([GemeenteDelft]), zonderGemeentelijkeGrondslag);

        var doorverwijzing = Assert.Single(verlaagd.Doorverwijzingen);
        Assert.Equal(Deelniveau.Geen, doorverwijzing.Deelniveau);
        Assert.Null(doorverwijzing.Grondslag);
        Assert.Contains("verlaagd naar geen volgens het deelbeleid", doorverwijzing.Uitleg, StringComparison.Ordinal);
    }
}
