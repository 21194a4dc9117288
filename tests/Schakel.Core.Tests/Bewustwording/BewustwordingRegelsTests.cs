using Schakel.Core.Bewustwording;

namespace Schakel.Core.Tests.Bewustwording;

public sealed class BewustwordingRegelsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void Onder_vijf_antwoorden_blijven_de_gemiddelden_verborgen(int aantal)
    {
        var s = Evaluatieresultaat.Samenvatten(Enumerable.Repeat(new Scores(5, 4, 3), aantal).ToList());
        Assert.True(s.Verborgen);
        Assert.Equal(aantal, s.Aantal);
        Assert.Null(s.Inhoud);
        Assert.Null(s.Trainer);
        Assert.Null(s.Bruikbaarheid);
    }

    [Fact]
    public void Vanaf_vijf_antwoorden_worden_de_gemiddelden_getoond()
    {
        var s = Evaluatieresultaat.Samenvatten([new(1, 5, 3), new(2, 5, 3), new(3, 4, 3), new(4, 4, 3), new(5, 4, 2)]);
        Assert.False(s.Verborgen);
        Assert.Equal(3.0, s.Inhoud);
        Assert.Equal(4.4, s.Trainer);
        Assert.Equal(2.8, s.Bruikbaarheid);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Een_score_ligt_tussen_een_en_vijf(int score, bool geldig) => Assert.Equal(geldig, Evaluatieresultaat.IsGeldigeScore(score));

    [Fact]
    public void Alleen_een_aanwezige_met_een_plaats_beoordeelt_een_keer_na_het_begin()
    {
        var begin = new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero);
        Assert.True(Evaluatieresultaat.MagEvalueren(Inschrijfstatus.Ingeschreven, true, false, begin, begin));
        Assert.False(Evaluatieresultaat.MagEvalueren(Inschrijfstatus.Ingeschreven, true, false, begin, begin.AddMinutes(-1)));
        Assert.False(Evaluatieresultaat.MagEvalueren(Inschrijfstatus.Ingeschreven, true, true, begin, begin));
        Assert.False(Evaluatieresultaat.MagEvalueren(Inschrijfstatus.Ingeschreven, null, false, begin, begin));
        Assert.False(Evaluatieresultaat.MagEvalueren(Inschrijfstatus.Wachtlijst, true, false, begin, begin));
        Assert.False(Evaluatieresultaat.MagEvalueren(Inschrijfstatus.Geannuleerd, true, false, begin, begin));
    }

    [Fact]
    public void Een_certificaat_alleen_voor_wie_aanwezig_was_op_een_plaats()
    {
        Assert.True(Evaluatieresultaat.HeeftCertificaat(Inschrijfstatus.Ingeschreven, true));
        Assert.False(Evaluatieresultaat.HeeftCertificaat(Inschrijfstatus.Ingeschreven, false));
        Assert.False(Evaluatieresultaat.HeeftCertificaat(Inschrijfstatus.Ingeschreven, null));
        Assert.False(Evaluatieresultaat.HeeftCertificaat(Inschrijfstatus.Wachtlijst, true));
    }

    [Theory]
    [InlineData(10, 5, false)]
    [InlineData(10, 6, true)]
    [InlineData(1, 1, true)]
    [InlineData(0, 0, false)]
    public void Het_certificaat_is_aan_de_beurt_als_de_meeste_medewerkers_getraind_zijn(int personeel, int getraind, bool verwacht) =>
        Assert.Equal(verwacht, Certificering.MeesteGetraind(personeel, getraind));

    [Theory]
    [InlineData("2026-01-02", 2026, Spoor.Nieuw)]
    [InlineData("2025-01-02", 2026, Spoor.Nieuw)]
    [InlineData("2025-01-01", 2026, Spoor.Ervaren)]
    [InlineData("2020-06-01", 2026, Spoor.Ervaren)]
    public void Het_spoor_is_nieuw_tot_een_vol_jaar_op_1_januari(string aangesteld, int jaar, Spoor verwacht) =>
        Assert.Equal(verwacht, Trainingsspoor.Voor(DateOnly.Parse(aangesteld, System.Globalization.CultureInfo.InvariantCulture), jaar));
}
