using Schakel.Core.Doorverwijzing;
using static Schakel.Core.Tests.Doorverwijzing.TestOrganisaties;

namespace Schakel.Core.Tests.Doorverwijzing;

public class RoutekeuzeTests
{
    private static readonly Routevoorstel Voorstel = MeldrouteEvaluator.Evalueer(StandaardMeldroute.Maak(),
        new MeldingKenmerken { GemeenteCode = DenHaag, Zijde = Zijde.Slachtofferkant }, Gids());

    private static List<GekozenOntvanger> AlsVoorgesteld() =>
        Voorstel.Doorverwijzingen.Select(d => new GekozenOntvanger(d.OrganisatieId, d.Rol, d.Deelniveau)).ToList();

    [Fact]
    public void Voorstel_volgen_vraagt_geen_reden()
    {
        Assert.Empty(Routekeuze.Afwijkingen(Voorstel, AlsVoorgesteld()));
        Assert.Null(Routekeuze.Toets(Voorstel, AlsVoorgesteld(), reden: null));
    }

    [Fact]
    public void Toevoegen_weglaten_en_wijzigen_zijn_afwijkingen_die_een_reden_vragen()
    {
        var gekozen = AlsVoorgesteld();
        gekozen.RemoveAll(g => g.OrganisatieId == CoMensha.Id);
        var shop = gekozen.FindIndex(g => g.OrganisatieId == Shop.Id);
        gekozen[shop] = gekozen[shop] with { Deelniveau = Deelniveau.Volledig };
        gekozen.Add(new GekozenOntvanger(Politie.Id, Rol.Informeren, Deelniveau.Gepseudonimiseerd));

        var afwijkingen = Routekeuze.Afwijkingen(Voorstel, gekozen, id => id == Politie.Id ? Politie.Naam : "?");

        Assert.Equal(
            [AfwijkingSoort.DeelniveauVerhoogd, AfwijkingSoort.Toegevoegd, AfwijkingSoort.Weggelaten],
            afwijkingen.Select(a => a.Soort));
        Assert.Contains("Politie Eenheid Den Haag toegevoegd", afwijkingen[1].Omschrijving, StringComparison.Ordinal);
        var fout = Routekeuze.Toets(Voorstel, gekozen, reden: " ");
        Assert.StartsWith("Geef een reden", fout, StringComparison.Ordinal);
        Assert.Contains("CoMensha weggelaten", fout, StringComparison.Ordinal);
        Assert.Null(Routekeuze.Toets(Voorstel, gekozen, reden: "Slachtoffer gaf toestemming; CoMensha al door politie geïnformeerd"));
    }

    [Fact]
    public void Rolwijziging_is_een_afwijking()
    {
        var gekozen = AlsVoorgesteld().Select(g => g.OrganisatieId == Shop.Id ? g with { Rol = Rol.Informeren } : g).ToList();

        var afwijking = Assert.Single(Routekeuze.Afwijkingen(Voorstel, gekozen));
        Assert.Equal(AfwijkingSoort.RolGewijzigd, afwijking.Soort);
        Assert.Equal("SHOP: rol informeren in plaats van behandelaar.", afwijking.Omschrijving);
    }
}
