using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using static Schakel.Core.Tests.Doorverwijzing.TestOrganisaties;

namespace Schakel.Core.Tests.Doorverwijzing;

public class StandaardMeldrouteTests
{
    private static Routevoorstel Evalueer(MeldingKenmerken melding) =>
        MeldrouteEvaluator.Evalueer(StandaardMeldroute.Maak(), melding, Gids());

    private static VoorgesteldeDoorverwijzing Voor(Routevoorstel voorstel, OrganisatieVermelding organisatie) =>
        Assert.Single(voorstel.Doorverwijzingen, d => d.OrganisatieId == organisatie.Id);

    private static MeldingKenmerken InDenHaag => new() { GemeenteCode = DenHaag, GemeenteNaam = "Den Haag" };

    [Fact]
    public void Standaardroute_is_geldig_en_heeft_negen_regels_op_volgorde()
    {
        var route = StandaardMeldroute.Maak();

        Assert.Empty(route.Valideer());
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], route.Regels.Select(r => r.Nummer));
    }

    [Fact]
    public void Regel1_acuut_gevaar_gaat_met_spoed_naar_politie_als_behandelaar()
    {
        var voorstel = Evalueer(InDenHaag with { AcuutGevaar = true });

        var politie = Voor(voorstel, Politie);
        Assert.Equal(Rol.Behandelaar, politie.Rol);
        Assert.True(politie.Spoed);
        Assert.Equal(Deelniveau.Volledig, politie.Deelniveau);
        Assert.Equal("acuut-gevaar", politie.Regel.RegelCode);
        Assert.Equal(1, politie.Regel.RegelVersie);
        Assert.Contains("acuut gevaar → Politie Eenheid Den Haag", politie.Uitleg, StringComparison.Ordinal);
        Assert.Same(politie, voorstel.Doorverwijzingen[0]);
    }

    [Fact]
    public void Regel1_volgt_ook_de_urgentie_uit_triage()
    {
        Assert.Contains(Evalueer(InDenHaag with { Urgentie = Urgentie.Acuut }).Doorverwijzingen,
            d => d.OrganisatieId == Politie.Id && d.Spoed);
        Assert.DoesNotContain(Evalueer(InDenHaag with { Urgentie = Urgentie.Hoog }).Doorverwijzingen,
            d => d.OrganisatieId == Politie.Id);
    }

    [Fact]
    public void Regel2_minderjarige_gaat_naar_veilig_thuis_en_informeert_de_zorgcoordinator()
    {
        var voorstel = Evalueer(InDenHaag with { MinderjarigBetrokken = JaNeeOnbekend.Ja });

        var veiligThuis = Voor(voorstel, VeiligThuis);
        Assert.Equal(Rol.Behandelaar, veiligThuis.Rol);
        Assert.Equal("minderjarige betrokken → Veilig Thuis volgens de meldcode", veiligThuis.Uitleg);
        var shop = Voor(voorstel, Shop);
        Assert.Equal(Rol.Informeren, shop.Rol);
        Assert.Equal(Deelniveau.Geen, shop.Deelniveau);
    }

    [Fact]
    public void Regel2_niet_bij_onbekende_minderjarigheid()
    {
        var voorstel = Evalueer(InDenHaag with { MinderjarigBetrokken = JaNeeOnbekend.Onbekend });

        Assert.DoesNotContain(voorstel.Doorverwijzingen, d => d.OrganisatieId == VeiligThuis.Id);
    }

    [Fact]
    public void Regel3_en_8_slachtofferkant_naar_zorgcoordinatie_zonder_persoonsgegevens_en_comensha_informeren()
    {
        var voorstel = Evalueer(InDenHaag with { Zijde = Zijde.Slachtofferkant });

        var shop = Voor(voorstel, Shop);
        Assert.Equal(Rol.Behandelaar, shop.Rol);
        Assert.Equal(Deelniveau.Geen, shop.Deelniveau);
        Assert.Equal("slachtofferkant", shop.Regel.RegelCode);
        var comensha = Voor(voorstel, CoMensha);
        Assert.Equal(Rol.Informeren, comensha.Rol);
        Assert.Equal("registratie-comensha", comensha.Regel.RegelCode);
        Assert.DoesNotContain(voorstel.Doorverwijzingen, d => d.OrganisatieId == Politie.Id);
    }

    [Fact]
    public void Zelfde_organisatie_via_twee_regels_wordt_een_voorstel_met_sterkste_rol_en_alle_redenen()
    {
        var voorstel = Evalueer(InDenHaag with { Zijde = Zijde.Slachtofferkant, MinderjarigBetrokken = JaNeeOnbekend.Ja });

        var shop = Voor(voorstel, Shop);
        Assert.Equal(Rol.Behandelaar, shop.Rol);
        Assert.Equal(["slachtofferkant", "minderjarige"], shop.Redenen.Select(r => r.RegelCode));
        Assert.Contains("minderjarige betrokken", shop.Uitleg, StringComparison.Ordinal);
        Assert.Contains("mogelijk slachtoffer", shop.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public void Regel4_daderkant_met_naam_naar_politie_zonder_riec()
    {
        var voorstel = Evalueer(InDenHaag with
        {
            Zijde = Zijde.Daderkant,
            Aanknopingspunten = [AanknopingspuntSoort.Naam],
        });

        Assert.Equal(Rol.Behandelaar, Voor(voorstel, Politie).Rol);
        Assert.DoesNotContain(voorstel.Doorverwijzingen, d => d.OrganisatieId == Riec.Id);
    }

    [Theory]
    [InlineData(AanknopingspuntSoort.Bedrijf)]
    [InlineData(AanknopingspuntSoort.Adres)]
    public void Regel4_bedrijf_of_pand_ook_naar_riec(AanknopingspuntSoort soort)
    {
        var voorstel = Evalueer(InDenHaag with { Zijde = Zijde.Daderkant, Aanknopingspunten = [soort] });

        Assert.Contains("bestuurlijke aanpak", Voor(voorstel, Riec).Uitleg, StringComparison.Ordinal);
        Voor(voorstel, Politie);
    }

    [Fact]
    public void Regel4_daderkant_zonder_aanknopingspunt_niet_naar_politie()
    {
        var voorstel = Evalueer(InDenHaag with { Zijde = Zijde.Daderkant });

        Assert.DoesNotContain(voorstel.Doorverwijzingen, d => d.OrganisatieType == OrganisatieType.Politie);
        Assert.Equal(GemeenteDenHaag.Id, Assert.Single(voorstel.Doorverwijzingen).OrganisatieId);
    }

    [Fact]
    public void Zijde_beide_telt_voor_slachtoffer_en_daderkant()
    {
        var voorstel = Evalueer(InDenHaag with { Zijde = Zijde.Beide, AanknopingspuntAanwezig = true });

        Voor(voorstel, Shop);
        Voor(voorstel, Politie);
        Voor(voorstel, CoMensha);
    }

    [Fact]
    public void Regel5_arbeidsuitbuiting_naar_nla_en_politie_informeren()
    {
        var voorstel = Evalueer(InDenHaag with { Uitbuitingsvormen = [Uitbuitingsvorm.Arbeid] });

        Assert.Equal(Rol.Behandelaar, Voor(voorstel, Nla).Rol);
        var politie = Voor(voorstel, Politie);
        Assert.Equal(Rol.Informeren, politie.Rol);
        Assert.Equal(Deelniveau.Gepseudonimiseerd, politie.Deelniveau);
    }

    [Fact]
    public void Regel6_vlag_illegale_prostitutie_naar_heit_en_oov_van_de_gemeente()
    {
        var voorstel = Evalueer(InDenHaag with { IllegaleProstitutieOfMalafideBedrijf = true });

        Assert.Equal(Rol.Behandelaar, Voor(voorstel, Heit).Rol);
        var gemeente = Voor(voorstel, GemeenteDenHaag);
        Assert.Contains("openbare orde en veiligheid (OOV) van Gemeente Den Haag", gemeente.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public void Regel6_ook_op_indicator_zonder_vlag()
    {
        var voorstel = Evalueer(InDenHaag with { Indicatoren = ["KWB-06"] });

        Voor(voorstel, Heit);
    }

    [Fact]
    public void Regel6_in_gemeente_zonder_heit_meldt_de_ontbrekende_ontvanger()
    {
        var voorstel = Evalueer(new MeldingKenmerken { GemeenteCode = Leiden, GemeenteNaam = "Leiden", IllegaleProstitutieOfMalafideBedrijf = true });

        Voor(voorstel, GemeenteLeiden);
        var ontbrekend = Assert.Single(voorstel.Ontbrekend);
        Assert.Equal(OrganisatieType.HEIT, ontbrekend.Doeltype);
        Assert.Equal("illegale-prostitutie-malafide-bedrijf", ontbrekend.RegelCode);
        Assert.Contains("geen HEIT gevonden voor gemeente Leiden", ontbrekend.Uitleg, StringComparison.Ordinal);
        Assert.Contains("kies handmatig", ontbrekend.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public void Regel7_gemeentemedewerker_eerst_naar_aandachtsfunctionaris_van_de_eigen_gemeente()
    {
        var voorstel = Evalueer(new MeldingKenmerken { GemeenteCode = Delft, MelderIsGemeentemedewerker = true });

        var gemeente = Assert.Single(voorstel.Doorverwijzingen);
        Assert.Equal(GemeenteDelft.Id, gemeente.OrganisatieId);
        Assert.Contains("aandachtsfunctionaris mensenhandel van Gemeente Delft", gemeente.Uitleg, StringComparison.Ordinal);
    }

    [Fact]
    public void Regel7_met_onbekende_gemeente_valt_niet_stil_weg()
    {
        var voorstel = Evalueer(new MeldingKenmerken { MelderIsGemeentemedewerker = true });

        Assert.Empty(voorstel.Doorverwijzingen);
        Assert.Equal(["melder-gemeentemedewerker", "gemeente-informeren"], voorstel.Ontbrekend.Select(o => o.RegelCode));
        Assert.All(voorstel.Ontbrekend, o => Assert.Contains("onbekende gemeente", o.Uitleg, StringComparison.Ordinal));
    }

    [Fact]
    public void Zonder_toepasselijke_regel_zegt_het_voorstel_dat_de_melding_bij_het_meldpunt_blijft()
    {
        var standaard = StandaardMeldroute.Maak();
        var route = standaard with { Regels = [.. standaard.Regels.Where(r => r.Code != "gemeente-informeren")] };
        var voorstel = MeldrouteEvaluator.Evalueer(route, InDenHaag, Gids());

        Assert.Empty(voorstel.Doorverwijzingen);
        Assert.Empty(voorstel.Ontbrekend);
        Assert.Contains("handmatige triage", Assert.Single(voorstel.Toelichting), StringComparison.Ordinal);
    }
}
