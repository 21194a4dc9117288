using System.Text.Json;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using static Schakel.Core.Tests.Doorverwijzing.TestOrganisaties;

namespace Schakel.Core.Tests.Doorverwijzing;

public class MeldrouteJsonTests
{
    [Fact]
    public void Standaardroute_overleeft_een_rondgang_door_json()
    {
        var route = StandaardMeldroute.Maak();

        var json = MeldrouteJson.Serialiseer(route);
        var terug = MeldrouteJson.Deserialiseer<Meldroute>(json);

        Assert.Equal(json, MeldrouteJson.Serialiseer(terug));
        var melding = new MeldingKenmerken
        {
            GemeenteCode = DenHaag,
            Zijde = Zijde.Beide,
            Aanknopingspunten = [AanknopingspuntSoort.Bedrijf],
            MinderjarigBetrokken = JaNeeOnbekend.Ja,
            Indicatoren = ["SEK-04"],
        };
        var gids = Gids();
        Assert.Equal(
            MeldrouteJson.Serialiseer(MeldrouteEvaluator.Evalueer(route, melding, gids)),
            MeldrouteJson.Serialiseer(MeldrouteEvaluator.Evalueer(terug, melding, gids)));
    }

    [Fact]
    public void Voorwaarden_worden_als_leesbare_namen_opgeslagen()
    {
        var json = MeldrouteJson.Serialiseer(new RegelVoorwaarden
        {
            Zijden = [Zijde.Slachtofferkant],
            MinderjarigBetrokken = JaNeeOnbekend.Ja,
        });

        Assert.Equal("""{"zijden":["slachtofferkant"],"minderjarigBetrokken":"ja"}""", json);
    }

    [Fact]
    public void Getal_in_plaats_van_naam_wordt_geweigerd()
    {
        Assert.Throws<JsonException>(() => MeldrouteJson.Deserialiseer<RegelVoorwaarden>("""{"zijden":[1]}"""));
    }

    [Fact]
    public void Kenmerken_lezen_uit_een_api_body_en_negeren_velden_die_de_route_niet_gebruikt()
    {
        const string body = """
            {"soort":"melding","melderType":"professional","omschrijving":"tekst","gemeenteCode":"GM0518",
             "uitbuitingsvormen":["arbeid"],"indicatoren":["ARU-01"],"minderjarigBetrokken":"nee",
             "acuutGevaar":true,"taal":"nl","zijde":"daderkant","aanknopingspunten":["bedrijf"]}
            """;

        var kenmerken = MeldrouteJson.Deserialiseer<MeldingKenmerken>(body);

        Assert.Equal(MelderType.Professional, kenmerken.MelderType);
        Assert.Equal([Uitbuitingsvorm.Arbeid], kenmerken.Uitbuitingsvormen);
        Assert.Equal(Urgentie.Acuut, kenmerken.EffectieveUrgentie);
        Assert.Equal(Zijde.Daderkant, kenmerken.Zijde);
        Assert.True(kenmerken.HeeftAanknopingspunt);
        Assert.DoesNotContain("effectieveUrgentie", MeldrouteJson.Serialiseer(kenmerken), StringComparison.Ordinal);
    }
}
