using System.Globalization;
using Schakel.Core.Opvang;

namespace Schakel.Core.Tests.Opvang;

public class OpeningstijdenTests
{
    /// <summary>"ma 09:00" etc. in the week of Monday 9 March 2026.</summary>
    private static DateTime Op(string dagEnTijd)
    {
        var dagen = new[] { "ma", "di", "wo", "do", "vr", "za", "zo" };
        var delen = dagEnTijd.Split(' ');
        var tijd = TimeOnly.ParseExact(delen[1], "HH:mm", CultureInfo.InvariantCulture);
        return new DateTime(2026, 3, 9 + Array.IndexOf(dagen, delen[0]), tijd.Hour, tijd.Minute, 0, DateTimeKind.Unspecified);
    }

    [Theory]
    [InlineData("ma-vr 09:00-17:00", "ma 08:59", false)]
    [InlineData("ma-vr 09:00-17:00", "ma 09:00", true)]
    [InlineData("ma-vr 09:00-17:00", "vr 16:59", true)]
    [InlineData("ma-vr 09:00-17:00", "vr 17:00", false)]
    [InlineData("ma-vr 09:00-17:00", "za 10:00", false)]
    [InlineData("vr 22:00-02:00", "vr 21:59", false)]
    [InlineData("vr 22:00-02:00", "vr 23:00", true)]
    [InlineData("vr 22:00-02:00", "za 01:59", true)]
    [InlineData("vr 22:00-02:00", "za 02:00", false)]
    [InlineData("zo 22:00-02:00", "ma 01:00", true)]
    [InlineData("za-ma 10:00-12:00", "zo 11:00", true)]
    [InlineData("za-ma 10:00-12:00", "ma 11:00", true)]
    [InlineData("za-ma 10:00-12:00", "di 11:00", false)]
    [InlineData("ma-vr 09:00-12:30,13:30-17:00; za 10:00-14:00", "wo 13:00", false)]
    [InlineData("ma-vr 09:00-12:30,13:30-17:00; za 10:00-14:00", "wo 13:30", true)]
    [InlineData("ma-vr 09:00-12:30,13:30-17:00; za 10:00-14:00", "za 11:00", true)]
    [InlineData("ma,wo 09:00-17:00", "di 10:00", false)]
    [InlineData("MA,WO 09:00-17:00", "wo 10:00", true)]
    [InlineData("ma 00:00-24:00", "ma 23:59", true)]
    [InlineData("ma 00:00-24:00", "di 00:00", false)]
    [InlineData("24/7", "zo 03:00", true)]
    public void Open_op_een_lokale_tijd(string tekst, string moment, bool verwacht)
    {
        Assert.Equal(verwacht, Openingstijden.Parse(tekst).IsOpen(Op(moment)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("maandag 09:00-17:00")]
    [InlineData("ma 9:00-17:00")]
    [InlineData("ma 09:00-25:00")]
    [InlineData("ma 09:60-10:00")]
    [InlineData("ma 09:00-09:00")]
    [InlineData("ma-vr")]
    [InlineData("ma-wo-vr 09:00-17:00")]
    public void Onleesbare_tekst_geeft_een_fout(string tekst)
    {
        Assert.False(Openingstijden.TryParse(tekst, out _, out string fout));
        Assert.NotEmpty(fout);
        Assert.Throws<FormatException>(() => Openingstijden.Parse(tekst));
    }

    [Theory]
    [InlineData("2026-03-09T07:59:00Z", false)]
    [InlineData("2026-03-09T08:00:00Z", true)]
    [InlineData("2026-06-01T06:59:00Z", false)]
    [InlineData("2026-06-01T07:00:00Z", true)]
    public void Een_tijdstip_telt_in_Amsterdamse_tijd_ook_in_de_zomertijd(string utc, bool verwacht)
    {
        var moment = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

        Assert.Equal(verwacht, Openingstijden.Parse("ma-vr 09:00-17:00").IsOpenOp(moment));
    }

    [Theory]
    [InlineData("ma-vr 09:00-17:00", "2026-03-09T12:00:00Z", "2026-03-09T12:00:00+00:00")]
    [InlineData("ma-vr 09:00-17:00", "2026-03-09T02:30:00Z", "2026-03-09T09:00:00+01:00")]
    [InlineData("ma-vr 09:00-17:00", "2026-03-13T16:00:00Z", "2026-03-16T09:00:00+01:00")]
    [InlineData("ma-vr 09:00-17:00", "2026-03-27T17:00:00Z", "2026-03-30T09:00:00+02:00")]
    [InlineData("zo 22:00-02:00", "2026-03-09T01:00:00Z", "2026-03-15T22:00:00+01:00")]
    public void Volgende_opening_in_Amsterdamse_tijd(string tekst, string moment, string verwacht)
    {
        var opening = Openingstijden.Parse(tekst).VolgendeOpening(DateTimeOffset.Parse(moment, CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(verwacht, CultureInfo.InvariantCulture), opening);
        Assert.Equal(DateTimeOffset.Parse(verwacht, CultureInfo.InvariantCulture).Offset, opening?.Offset);
    }

    [Fact]
    public void Altijd_bereikbaar_is_nu_open()
    {
        Assert.Equal(Maak.Nu, Openingstijden.AltijdBereikbaar.VolgendeOpening(Maak.Nu));
    }

    [Theory]
    [InlineData(true, null, "2026-03-09T02:00:00Z", "dag en nacht bereikbaar")]
    [InlineData(false, "ma-vr 09:00-17:00", "2026-03-09T12:00:00Z", "nu bereikbaar (ma-vr 09:00-17:00)")]
    [InlineData(false, "ma-vr 09:00-17:00", "2026-03-09T02:00:00Z", "nu niet bereikbaar; weer bereikbaar om 09:00 (ma-vr 09:00-17:00)")]
    [InlineData(false, "ma-vr 09:00-17:00", "2026-03-09T20:00:00Z", "nu niet bereikbaar; weer bereikbaar morgen om 09:00 (ma-vr 09:00-17:00)")]
    [InlineData(false, "ma-vr 08:30-17:00", "2026-03-13T20:00:00Z", "nu niet bereikbaar; weer bereikbaar ma om 08:30 (ma-vr 08:30-17:00)")]
    [InlineData(false, "", "2026-03-09T12:00:00Z", "bereikbaarheid onbekend")]
    public void Bereikbaarheid_in_woorden(bool altijd, string? tijden, string moment, string verwacht)
    {
        Assert.Equal(verwacht, Bereikbaarheid.Bepaal(altijd, tijden, DateTimeOffset.Parse(moment, CultureInfo.InvariantCulture)).Omschrijving);
    }

    [Fact]
    public void Bereikbaarheid_uit_contactgegevens()
    {
        var maandagNacht = new DateTimeOffset(2026, 3, 9, 2, 0, 0, TimeSpan.Zero);
        var maandagMiddag = new DateTimeOffset(2026, 3, 9, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(Bereikbaarheidsstatus.Bereikbaar, Bereikbaarheid.Op(true, null, maandagNacht));
        Assert.Equal(Bereikbaarheidsstatus.NietBereikbaar, Bereikbaarheid.Op(false, "ma-vr 09:00-17:00", maandagNacht));
        Assert.Equal(Bereikbaarheidsstatus.Bereikbaar, Bereikbaarheid.Op(false, "ma-vr 09:00-17:00", maandagMiddag));
        Assert.Equal(Bereikbaarheidsstatus.Onbekend, Bereikbaarheid.Op(false, null, maandagMiddag));
        Assert.Equal(Bereikbaarheidsstatus.Onbekend, Bereikbaarheid.Op(false, "op afspraak", maandagMiddag));
    }
}
