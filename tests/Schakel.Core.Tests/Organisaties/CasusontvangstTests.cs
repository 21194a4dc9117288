using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using static Schakel.Core.Tests.Doorverwijzing.TestOrganisaties;

namespace Schakel.Core.Tests.Organisaties;

public class CasusontvangstTests
{
    [Fact]
    public void Alleen_landelijke_instanties_en_kennisorganisaties_ontvangen_geen_casussen()
    {
        Assert.False(OrganisatieType.Landelijk.OntvangtCasussen());
        Assert.False(OrganisatieType.Kennisorganisatie.OntvangtCasussen());
        Assert.All(Enum.GetValues<OrganisatieType>().Where(t => t is not (OrganisatieType.Landelijk or OrganisatieType.Kennisorganisatie)),
            t => Assert.True(t.OntvangtCasussen()));
    }

    [Fact]
    public void Een_regel_naar_een_landelijke_instantie_stelt_haar_niet_voor_en_meldt_de_ontvanger_als_ontbrekend()
    {
        var ministerie = Maak("Ministerie van Justitie en Veiligheid", OrganisatieType.Landelijk, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, Reikwijdte.Landelijk);
        var regel = new MeldrouteRegel
        {
            Nummer = 1, Code = "landelijk", Naam = "Naar het ministerie",
            Uitkomsten = [new() { Doeltype = OrganisatieType.Landelijk, Bereik = Doelbereik.Landelijk, Rol = Rol.Informeren, Deelniveau = Deelniveau.Geen, Uitleg = "naar {organisatie}" }],
        };

        var voorstel = MeldrouteEvaluator.Evalueer(new Meldroute { Regels = [regel] }, new MeldingKenmerken { GemeenteCode = DenHaag }, new OrganisatieLijst([ministerie, Politie]));

        Assert.Empty(voorstel.Doorverwijzingen);
        Assert.Equal(OrganisatieType.Landelijk, Assert.Single(voorstel.Ontbrekend).Doeltype);
    }

    [Fact]
    public void Een_regel_naar_een_kennisorganisatie_stelt_haar_niet_voor_ook_als_zij_de_gemeente_dekt()
    {
        // A trainer with a service area covering the municipality, so only the receiver rule keeps it off the route.
        var trainer = Maak("FairWork", OrganisatieType.Kennisorganisatie, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, Reikwijdte.Regionaal, DenHaag, Delft);
        var regel = new MeldrouteRegel
        {
            Nummer = 1, Code = "training", Naam = "Naar de trainer",
            Uitkomsten = [new() { Doeltype = OrganisatieType.Kennisorganisatie, Bereik = Doelbereik.WerkgebiedVanGemeente, Rol = Rol.Informeren, Deelniveau = Deelniveau.Geen, Uitleg = "naar {organisatie}" }],
        };

        var voorstel = MeldrouteEvaluator.Evalueer(new Meldroute { Regels = [regel] }, new MeldingKenmerken { GemeenteCode = DenHaag }, new OrganisatieLijst([trainer, Politie]));

        Assert.Empty(voorstel.Doorverwijzingen);
        Assert.Equal(OrganisatieType.Kennisorganisatie, Assert.Single(voorstel.Ontbrekend).Doeltype);
    }
}
