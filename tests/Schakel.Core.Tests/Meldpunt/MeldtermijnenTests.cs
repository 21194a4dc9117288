using Schakel.Core.Meldpunt;

namespace Schakel.Core.Tests.Meldpunt;

public class MeldtermijnenTests
{
    private static readonly DateTimeOffset Ontvangen = new(2026, 1, 31, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Bevestiging_binnen_zeven_dagen_en_terugkoppeling_binnen_drie_maanden()
    {
        Assert.Equal(new DateTimeOffset(2026, 2, 7, 10, 0, 0, TimeSpan.Zero), Meldtermijnen.OntvangstbevestigingUiterlijk(Ontvangen));
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 10, 0, 0, TimeSpan.Zero), Meldtermijnen.TerugkoppelingUiterlijk(Ontvangen));
    }

    [Fact]
    public void Zonder_terugkoppeling_na_drie_maanden_is_de_melding_te_laat()
    {
        var stand = Meldtermijnen.Stand(Ontvangen, Ontvangen, null, Ontvangen.AddMonths(3).AddDays(1));
        Assert.Equal(TermijnToestand.OpTijd, stand.Bevestiging);
        Assert.Equal(TermijnToestand.Verlopen, stand.Terugkoppeling);
        Assert.True(stand.TeLaat);
    }

    [Fact]
    public void Binnen_de_termijn_loopt_hij_nog()
    {
        var stand = Meldtermijnen.Stand(Ontvangen, Ontvangen, null, Ontvangen.AddDays(20));
        Assert.Equal(TermijnToestand.Lopend, stand.Terugkoppeling);
        Assert.False(stand.TeLaat);
    }

    [Fact]
    public void Late_terugkoppeling_blijft_zichtbaar_als_te_laat()
    {
        var stand = Meldtermijnen.Stand(Ontvangen, Ontvangen, Ontvangen.AddMonths(4), Ontvangen.AddMonths(5));
        Assert.Equal(TermijnToestand.TeLaat, stand.Terugkoppeling);
        Assert.False(stand.TeLaat);
    }
}
