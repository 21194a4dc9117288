using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Web.Features.Meldpunt.Berichten;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt.Berichten;

/// <summary>The automatic messages to a reporter call an advice question a question, in every public language.</summary>
public sealed class BerichtWeergaveTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    private static readonly string[] Sjablonen =
    [
        "terugkoppeling.in-behandeling", "terugkoppeling.doorgezet", "terugkoppeling.afgerond", "terugkoppeling.niet-ontvankelijk",
        "terugkoppeling.samengevoegd", "terugkoppeling.heropend", "terugkoppeling.uitkomst-hulp-aangeboden",
        "terugkoppeling.uitkomst-opvang-geregeld", "terugkoppeling.uitkomst-onderzoek-gestart",
        "terugkoppeling.uitkomst-controle-uitgevoerd", "terugkoppeling.uitkomst-geen-vervolg",
    ];

    [Theory]
    [InlineData("nl", "vraag", "melding")]
    [InlineData("en", "question", "your report")]
    [InlineData("pl", "pytani", "zgłoszeni")]
    [InlineData("bg", "въпрос", "вашия сигнал|сигнала ви|вашият сигнал")]
    [InlineData("ro", "întreb", "sesizarea|sesizării")]
    public void Een_adviesvraag_heet_in_elk_automatisch_bericht_een_vraag(string taal, string vraag, string melding)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(taal);
        using var scope = factory.Services.CreateScope();
        var weergave = scope.ServiceProvider.GetRequiredService<BerichtWeergave>();
        foreach (var sjabloon in Sjablonen)
        {
            var alsVraag = weergave.Sjabloon(sjabloon, MeldingSoort.Adviesvraag);
            var alsMelding = weergave.Sjabloon(sjabloon, MeldingSoort.Melding);
            Assert.NotEqual(sjabloon, alsVraag);
            Assert.Equal(weergave.Sjabloon(sjabloon), alsMelding);
            foreach (var woord in melding.Split('|'))
            {
                Assert.DoesNotContain(woord, alsVraag, StringComparison.OrdinalIgnoreCase);
            }
            Assert.Contains(vraag, alsVraag, StringComparison.OrdinalIgnoreCase);
        }
    }
}
