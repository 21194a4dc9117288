using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Features.Taal;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Features.Taal;

/// <summary>A feature's own texts come first; what it lacks comes from the shell's shared texts.</summary>
public sealed class TekstenTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private ITeksten<VoorbeeldTeksten> Teksten()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl");
        return factory.Services.GetRequiredService<ITeksten<VoorbeeldTeksten>>();
    }

    [Fact]
    public void De_eigen_tekst_gaat_voor_de_gedeelde()
    {
        Assert.Equal("Begin hier", Teksten()["Start"].Value);
        Assert.Equal("Alleen in de feature", Teksten()["AlleenInDeFeature"].Value);
    }

    [Fact]
    public void Wat_de_feature_mist_komt_uit_de_gedeelde_teksten()
    {
        var tekst = Teksten()["NaarDeInhoud"];

        Assert.False(tekst.ResourceNotFound);
        Assert.Equal("Naar de inhoud", tekst.Value);
    }

    [Fact]
    public void Een_onbekende_sleutel_blijft_herkenbaar_onvertaald()
    {
        Assert.True(Teksten()["BestaatNergens"].ResourceNotFound);
    }

    [Fact]
    public void Alle_teksten_bevatten_eigen_en_gedeelde_zonder_dubbele()
    {
        var alle = Teksten().GetAllStrings(includeParentCultures: true).ToList();

        Assert.Equal("Begin hier", Assert.Single(alle, t => t.Name == "Start").Value);
        Assert.Contains(alle, t => t.Name == "NaarDeInhoud");
    }
}
