using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using static Schakel.Core.Tests.Doorverwijzing.TestOrganisaties;

namespace Schakel.Core.Tests.Doorverwijzing.Delen;

/// <summary>
/// Every rule of the default route × every receiver it names: the proposed legal basis is one that fits the
/// receiver, sharing on it at the proposed level is allowed, and every basis that does not fit is refused with an
/// explanation that names the ones that do.
/// </summary>
public class GrondslagMatrixTests
{
    private static readonly Deelbeleid Beleid = Deelbeleid.Standaard;

    /// <summary>Attributes that make each default rule apply, in Den Haag.</summary>
    private static readonly Dictionary<string, MeldingKenmerken> Aanleiding = new()
    {
        ["acuut-gevaar"] = new() { AcuutGevaar = true },
        ["minderjarige"] = new() { MinderjarigBetrokken = JaNeeOnbekend.Ja },
        ["slachtofferkant"] = new() { Zijde = Zijde.Slachtofferkant },
        ["daderkant-aanknopingspunt"] = new() { Zijde = Zijde.Daderkant, Aanknopingspunten = [AanknopingspuntSoort.Bedrijf] },
        ["arbeidsuitbuiting"] = new() { Uitbuitingsvormen = [Uitbuitingsvorm.Arbeid] },
        ["illegale-prostitutie-malafide-bedrijf"] = new() { IllegaleProstitutieOfMalafideBedrijf = true },
        ["melder-gemeentemedewerker"] = new() { MelderIsGemeentemedewerker = true },
        ["registratie-comensha"] = new() { Zijde = Zijde.Slachtofferkant },
        ["gemeente-informeren"] = new(),
    };

    public static TheoryData<string, OrganisatieType, string?, Deelniveau> Matrix => new()
    {
        { "acuut-gevaar", OrganisatieType.Politie, "OPS-WPG", Deelniveau.Volledig },
        { "minderjarige", OrganisatieType.VeiligThuis, "MC-VEILIGTHUIS", Deelniveau.Volledig },
        { "minderjarige", OrganisatieType.Zorgcoordinatie, null, Deelniveau.Geen },
        { "slachtofferkant", OrganisatieType.Zorgcoordinatie, null, Deelniveau.Geen },
        { "daderkant-aanknopingspunt", OrganisatieType.Politie, "OPS-WPG", Deelniveau.Volledig },
        { "daderkant-aanknopingspunt", OrganisatieType.RIEC, "MC-RIEC", Deelniveau.Volledig },
        { "arbeidsuitbuiting", OrganisatieType.NLA, "OPS-BOD", Deelniveau.Volledig },
        { "arbeidsuitbuiting", OrganisatieType.Politie, "OPS-WPG", Deelniveau.Gepseudonimiseerd },
        { "illegale-prostitutie-malafide-bedrijf", OrganisatieType.HEIT, "TZ-AWB", Deelniveau.Volledig },
        { "illegale-prostitutie-malafide-bedrijf", OrganisatieType.Gemeente, "TZ-GEMEENTE", Deelniveau.Gepseudonimiseerd },
        { "melder-gemeentemedewerker", OrganisatieType.Gemeente, "TZ-GEMEENTE", Deelniveau.Gepseudonimiseerd },
        { "registratie-comensha", OrganisatieType.CoMensha, "MC-COMENSHA", Deelniveau.Gepseudonimiseerd },
        { "gemeente-informeren", OrganisatieType.Gemeente, "TZ-GEMEENTE", Deelniveau.Gepseudonimiseerd },
    };

    private static VoorgesteldeDoorverwijzing Voorstel(string regelCode, OrganisatieType type)
    {
        var standaard = StandaardMeldroute.Maak();
        var alleenDezeRegel = standaard with { Regels = [.. standaard.Regels.Where(r => r.Code == regelCode)] };
        var kenmerken = Aanleiding[regelCode] with { GemeenteCode = DenHaag, GemeenteNaam = "Den Haag" };
        var voorstel = MeldrouteEvaluator.Evalueer(alleenDezeRegel, kenmerken, Gids(), Beleid);
        return Assert.Single(voorstel.Doorverwijzingen, d => d.OrganisatieType == type);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Voorgestelde_grondslag_past_bij_de_ontvanger_en_het_voorstel_mag_worden_verstuurd(
        string regelCode, OrganisatieType type, string? grondslag, Deelniveau niveau)
    {
        var voorstel = Voorstel(regelCode, type);

        Assert.Equal(niveau, voorstel.Deelniveau);
        Assert.Equal(grondslag, voorstel.Grondslag?.Code);
        if (voorstel.Grondslag is { } g)
        {
            Assert.True(g.PastBij(voorstel.Partijcategorie, type));
        }
        var toets = Beleid.Toets(new DeelVerzoek
        {
            Categorie = voorstel.Partijcategorie, Type = type, Gevraagd = voorstel.Deelniveau, Grondslag = voorstel.Grondslag,
        });
        Assert.True(toets.Toegestaan, toets.Reden);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Een_grondslag_die_niet_bij_de_ontvanger_past_wordt_geweigerd_met_uitleg(
        string regelCode, OrganisatieType type, string? grondslag, Deelniveau niveau)
    {
        var voorstel = Voorstel(regelCode, type);
        var gevraagd = niveau == Deelniveau.Geen ? Deelniveau.Gepseudonimiseerd : niveau;
        var passend = Beleid.Toelaatbaar(voorstel.Partijcategorie, type).Select(g => g.Code).ToList();
        if (grondslag is not null)
        {
            Assert.Contains(grondslag, passend);
        }

        foreach (var verkeerd in StandaardGrondslagen.Alle.Where(g => !g.PastBij(voorstel.Partijcategorie, type)))
        {
            var toets = Beleid.Toets(new DeelVerzoek
            {
                Categorie = voorstel.Partijcategorie, Type = type, Gevraagd = gevraagd, Grondslag = verkeerd,
                ToestemmingSlachtoffer = true, RedenVitaalBelang = "kan niet zelf beslissen",
            });

            Assert.False(toets.Toegestaan, $"{verkeerd.Code} voor {type}");
            Assert.Contains(toets.Code, new[] { Deelweigering.GrondslagAndereCategorie, Deelweigering.GrondslagPastNietBijOntvanger });
            Assert.Contains(verkeerd.Code, toets.Reden, StringComparison.Ordinal);
            Assert.All(passend.Where(p => StandaardGrondslagen.Zoek(p)!.Voorwaarde != GrondslagVoorwaarde.ToestemmingBetrokkene),
                p => Assert.Contains(p, toets.Reden + string.Join(' ', toets.Argumenten ?? []), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void De_matrix_dekt_elke_uitkomst_van_elke_standaardregel()
    {
        var gedekt = Matrix.Select(r => ((string)r[0], (OrganisatieType)r[1])).ToHashSet();
        foreach (var regel in StandaardMeldroute.Maak().Regels)
        {
            Assert.True(Aanleiding.ContainsKey(regel.Code), regel.Code);
            foreach (var uitkomst in regel.Uitkomsten)
            {
                Assert.Contains((regel.Code, uitkomst.Doeltype), gedekt);
            }
        }
    }

    [Fact]
    public void Politie_krijgt_de_Wet_politiegegevens_en_niet_de_grondslag_van_de_Arbeidsinspectie()
    {
        var toets = Beleid.Toets(new DeelVerzoek
        {
            Categorie = Partijcategorie.Opsporingsinstantie, Type = OrganisatieType.Politie, Gevraagd = Deelniveau.Volledig,
            Grondslag = StandaardGrondslagen.Zoek("OPS-BOD"),
        });

        Assert.False(toets.Toegestaan);
        Assert.Equal(Deelweigering.GrondslagPastNietBijOntvanger, toets.Code);
        Assert.Contains("OPS-WPG", toets.Reden, StringComparison.Ordinal);
        Assert.Equal("OPS-WPG", Beleid.Voorgesteld(Partijcategorie.Opsporingsinstantie, OrganisatieType.Politie, Deelniveau.Volledig)?.Code);
    }

    [Fact]
    public void Gemeente_krijgt_de_gemeentelijke_grondslag_en_niet_de_Awb_van_toezichthouders()
    {
        var toets = Beleid.Toets(new DeelVerzoek
        {
            Categorie = Partijcategorie.Toezichthouder, Type = OrganisatieType.Gemeente, Gevraagd = Deelniveau.Gepseudonimiseerd,
            Grondslag = StandaardGrondslagen.Zoek("TZ-AWB"),
        });

        Assert.False(toets.Toegestaan);
        Assert.Equal(Deelweigering.GrondslagPastNietBijOntvanger, toets.Code);
        Assert.Equal("TZ-GEMEENTE", Beleid.Voorgesteld(Partijcategorie.Toezichthouder, OrganisatieType.Gemeente, Deelniveau.Gepseudonimiseerd)?.Code);
    }
}
