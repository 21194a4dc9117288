using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using static Schakel.Core.Tests.Doorverwijzing.TestOrganisaties;

namespace Schakel.Core.Tests.Organisaties;

public class CasusontvangstTests
{
    [Fact]
    public void Alleen_landelijke_instanties_ontvangen_geen_casussen()
    {
        Assert.False(OrganisatieType.Landelijk.OntvangtCasussen());
        Assert.All(Enum.GetValues<OrganisatieType>().Where(t => t != OrganisatieType.Landelijk), t => Assert.True(t.OntvangtCasussen()));
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
}
