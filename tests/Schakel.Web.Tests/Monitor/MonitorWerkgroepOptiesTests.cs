using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Monitor.Edities;

namespace Schakel.Web.Tests.Monitor;

/// <summary>
/// The working group's roles are settings: one that cannot do internal monitor work (the data protection officer) or that
/// does not exist stops the app at start-up, instead of showing a menu link whose page refuses.
/// </summary>
public sealed class MonitorWerkgroepOptiesTests
{
    private static WerkgroepOpties Lees(params string[] rollen)
    {
        var instellingen = rollen.Select((r, i) => new KeyValuePair<string, string?>($"Monitor:Werkgroep:Rollen:{i}", r));
        var configuratie = new ConfigurationBuilder().AddInMemoryCollection(instellingen).Build();
        using var diensten = new ServiceCollection().AddMonitorEdities(configuratie).BuildServiceProvider();
        return diensten.GetRequiredService<IOptions<WerkgroepOpties>>().Value;
    }

    [Fact]
    public void De_standaardrollen_en_elke_professionele_rol_zijn_geldig()
    {
        Assert.Contains(Rollen.Zorgcoordinator, Lees().Rollen);
        Assert.Contains(Rollen.Aandachtsfunctionaris, Lees(Rollen.Aandachtsfunctionaris).Rollen);
    }

    [Theory]
    [InlineData(Rollen.FunctionarisGegevensbescherming)]
    [InlineData("bestaat-niet")]
    [InlineData("Ketenregisseur")]
    public void Een_rol_die_geen_intern_monitorwerk_doet_houdt_de_start_tegen(string rol)
    {
        var fout = Assert.Throws<OptionsValidationException>(() => Lees(rol));
        Assert.Contains("Monitor:Werkgroep:Rollen", fout.Message);
    }
}
