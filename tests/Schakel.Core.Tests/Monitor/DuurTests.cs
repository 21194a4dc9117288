using Schakel.Core.Monitor;
using Schakel.Core.Opvang;

namespace Schakel.Core.Tests.Monitor;

public class DuurTests
{
    [Fact]
    public void Mediaan_en_p90_zijn_de_rangen_van_de_percentielregel_op_willekeurige_reeksen()
    {
        var toeval = new Random(20261207);
        for (var i = 0; i < 500; i++)
        {
            var duren = Enumerable.Range(0, toeval.Next(0, 40))
                .Select(_ => TimeSpan.FromMinutes(toeval.Next(0, 5000))).ToList();

            var duur = Telling.Duur(duren);

            Assert.Equal(duren.Count, duur.Aantal);
            Assert.Equal(Uren(Opvangcijfers.Percentiel(duren, 50)), duur.MediaanUur);
            Assert.Equal(Uren(Opvangcijfers.Percentiel(duren, 90)), duur.P90Uur);
        }
    }

    [Fact]
    public void Een_reeks_zonder_duren_heeft_geen_mediaan()
    {
        var duur = Telling.Duur([]);

        Assert.Equal(0, duur.Aantal);
        Assert.Null(duur.MediaanUur);
        Assert.Null(duur.P90Uur);
    }

    private static double? Uren(TimeSpan? duur) =>
        duur is null ? null : Math.Round(duur.Value.TotalHours, 1, MidpointRounding.AwayFromZero);
}
