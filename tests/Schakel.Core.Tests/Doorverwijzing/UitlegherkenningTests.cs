using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Teksten;
using static Schakel.Core.Tests.Doorverwijzing.TestOrganisaties;

namespace Schakel.Core.Tests.Doorverwijzing;

/// <summary>Old referral explanations (Dutch text) read back into the codes the route gives today; stored codes survive a round trip.</summary>
public class UitlegherkenningTests
{
    public static TheoryData<string> Meldingen => new() { "acuut", "minderjarig", "slachtoffer", "dader", "gemeentemedewerker", "onbekende-gemeente" };

    private static MeldingKenmerken Kenmerken(string soort) => soort switch
    {
        "acuut" => new() { GemeenteCode = DenHaag, GemeenteNaam = "Den Haag", AcuutGevaar = true },
        "minderjarig" => new() { GemeenteCode = DenHaag, GemeenteNaam = "Den Haag", MinderjarigBetrokken = JaNeeOnbekend.Ja, Zijde = Zijde.Slachtofferkant },
        "slachtoffer" => new() { GemeenteCode = Delft, GemeenteNaam = "Delft", Zijde = Zijde.Slachtofferkant, Uitbuitingsvormen = [Uitbuitingsvorm.Arbeid] },
        "dader" => new() { GemeenteCode = DenHaag, GemeenteNaam = "Den Haag", Zijde = Zijde.Daderkant, AanknopingspuntAanwezig = true, Aanknopingspunten = [AanknopingspuntSoort.Bedrijf] },
        "gemeentemedewerker" => new() { GemeenteCode = DenHaag, GemeenteNaam = "Den Haag", MelderIsGemeentemedewerker = true },
        _ => new() { Zijde = Zijde.Slachtofferkant },
    };

    [Theory]
    [MemberData(nameof(Meldingen))]
    public void Een_oude_uitleg_krijgt_dezelfde_codes_en_argumenten_als_het_voorstel_nu(string soort)
    {
        var voorstel = MeldrouteEvaluator.Evalueer(StandaardMeldroute.Maak(), Kenmerken(soort), Gids());
        Assert.NotEmpty(voorstel.Doorverwijzingen);
        foreach (var d in voorstel.Doorverwijzingen)
        {
            // The old rows stored exactly this text: the reasons' Dutch joined by "; ".
            var herkend = Uitlegherkenning.Herken(d.Uitleg);

            // Each part keeps its code and Dutch text; a name the text shows stays data (the organisation as argument {0}).
            Assert.Equal(d.Redenen.SelectMany(r => Delen(r.Bericht!)), herkend.SelectMany(Delen));
            Assert.All(herkend.SelectMany(Delen), deel => Assert.NotEqual("", deel.Code));
        }
    }

    private static IEnumerable<(string Code, string Tekst, string? Organisatie)> Delen(Bericht b) =>
        b.Code == Bericht.ReeksCode
            ? b.Argumenten.Cast<Bericht>().SelectMany(Delen)
            : [(b.Code, b.Nederlands, b.Argumenten.FirstOrDefault() is string o && o.Length > 0 && b.Nederlands.Contains(o, StringComparison.Ordinal) ? o : null)];

    [Fact]
    public void Wat_niet_herkend_wordt_blijft_letterlijk_en_is_als_tekst_gemarkeerd()
    {
        var herkend = Uitlegherkenning.Herken("minderjarige betrokken → Veilig Thuis volgens de meldcode; door de medewerker zelf gekozen");

        Assert.Equal(2, herkend.Count);
        Assert.Equal("route.uitleg.minderjarige.1", herkend[0].Code);
        Assert.Equal("", herkend[1].Code);
        Assert.Equal("door de medewerker zelf gekozen", herkend[1].Nederlands);
    }

    [Fact]
    public void Een_oude_uitleg_van_een_signalentafel_krijgt_zijn_code_met_de_namen_als_gegevens()
    {
        var herkend = Assert.Single(Uitlegherkenning.Herken("Signalentafel Haaglanden: doorgezet naar Politie Den Haag als casustafel."));

        Assert.Equal(Routeberichten.Signalentafelbesluit, herkend.Code);
        Assert.Equal(["Haaglanden", "Politie Den Haag"], herkend.Argumenten.Take(2).Cast<string>());
        Assert.Equal(Routeberichten.SignalentafelCasustafel, Assert.IsType<Bericht>(herkend.Argumenten[2]).Code);
    }

    [Fact]
    public void Opgeslagen_berichten_komen_ongeschonden_terug()
    {
        var verlaagd = Bericht.Van("route.verlaagd", "deelniveau {0} verlaagd naar {1}", Bericht.Woord(Deelniveau.Volledig, "volledig"), Bericht.Woord(Deelniveau.Geen, "geen"));
        var opsomming = Bericht.Van("x", "{0} en {1}", 3, new Opsomming(["a", new Bericht("b", "b", [])], En: false));
        var bericht = new Bericht(Bericht.ReeksCode, verlaagd.Nederlands + " — " + opsomming.Nederlands, [verlaagd, opsomming]);

        var terug = BerichtJson.Deserialiseer(BerichtJson.Serialiseer([bericht]));

        Assert.Equal(BerichtJson.Serialiseer([bericht]), BerichtJson.Serialiseer(terug));
        Assert.Equal(bericht.Nederlands, Assert.Single(terug).Nederlands);
    }

    [Fact]
    public void Een_onleesbare_opgeslagen_waarde_wordt_letterlijke_tekst_en_geen_fout()
    {
        var terug = Assert.Single(BerichtJson.Deserialiseer("oude tekst zonder json"));

        Assert.Equal("", terug.Code);
        Assert.Equal("oude tekst zonder json", terug.Nederlands);
    }

    [Fact]
    public void Het_doel_is_de_code_van_de_regel_en_een_oude_naam_vindt_die_code()
    {
        Assert.Equal("minderjarige", Routeberichten.StandaardCode("Minderjarige betrokken"));
        Assert.Null(Routeberichten.StandaardCode("Opsporing"));
        Assert.Equal("route.naam.minderjarige", Routeberichten.Doel("minderjarige", "").Code);
        Assert.Equal("", Routeberichten.Doel(null, "Opsporing").Code);
        Assert.Equal("Eigen regel", Routeberichten.Doel("eigen-regel", "", "Eigen regel").Nederlands);
    }
}
