using Schakel.Core.Opvang;

namespace Schakel.Core.Tests.Opvang;

public class Klok36UurTests
{
    private static readonly DateTimeOffset Gevonden = new(2026, 3, 10, 22, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Na(double uren) => Gevonden.AddHours(uren);

    private static EscalatieStatus Status(Klok36Uur klok, Stap stap, double uren) =>
        klok.Escalaties.Single(e => e.Stap == stap && e.Na == TimeSpan.FromHours(uren)).Status;

    [Fact]
    public void Zonder_eerste_plek_loopt_de_wachttijd_door_en_escaleert_op_precies_2_uur()
    {
        var net = Klok36Uur.Bereken(Gevonden, Na(2).AddTicks(-1), null, null);
        var precies = Klok36Uur.Bereken(Gevonden, Na(2), null, null);

        Assert.False(net.EersteOpvangGeregeld);
        Assert.Equal(TimeSpan.FromHours(2).Subtract(TimeSpan.FromTicks(1)), net.WachttijdEersteOpvang);
        Assert.Equal(EscalatieStatus.NogNiet, Status(net, Stap.EersteOpvang, 2));
        Assert.Equal(EscalatieStatus.Bereikt, Status(precies, Stap.EersteOpvang, 2));
    }

    [Fact]
    public void Een_eerste_plek_op_precies_2_uur_voorkomt_de_escalatie_een_tik_later_niet()
    {
        var opTijd = Klok36Uur.Bereken(Gevonden, Na(5), Na(1), null, eersteOpvangBevestigdOp: Na(2));
        var telaat = Klok36Uur.Bereken(Gevonden, Na(5), Na(1), null, eersteOpvangBevestigdOp: Na(2).AddTicks(1));

        Assert.Equal(EscalatieStatus.Overbodig, Status(opTijd, Stap.EersteOpvang, 2));
        Assert.Equal(TimeSpan.FromHours(2), opTijd.WachttijdEersteOpvang);
        Assert.Equal(EscalatieStatus.Bereikt, Status(telaat, Stap.EersteOpvang, 2));
        Assert.True(telaat.EersteOpvangGeregeld);
    }

    [Fact]
    public void Een_gebeurtenis_na_nu_telt_nog_niet()
    {
        var klok = Klok36Uur.Bereken(Gevonden, Na(1), Na(3), null, eersteOpvangBevestigdOp: Na(3));

        Assert.False(klok.EersteOpvangGeregeld);
        Assert.False(klok.EersteOpvangVastgehouden);
        Assert.Equal(TimeSpan.FromHours(1), klok.WachttijdEersteOpvang);
    }

    [Theory]
    [InlineData(11.99, new[] { EscalatieStatus.NogNiet, EscalatieStatus.NogNiet, EscalatieStatus.NogNiet })]
    [InlineData(12, new[] { EscalatieStatus.Bereikt, EscalatieStatus.NogNiet, EscalatieStatus.NogNiet })]
    [InlineData(24, new[] { EscalatieStatus.Bereikt, EscalatieStatus.Bereikt, EscalatieStatus.NogNiet })]
    [InlineData(32, new[] { EscalatieStatus.Bereikt, EscalatieStatus.Bereikt, EscalatieStatus.Bereikt })]
    public void Vervolgescalaties_op_12_24_en_32_uur(double uren, EscalatieStatus[] verwacht)
    {
        var klok = Klok36Uur.Bereken(Gevonden, Na(uren), Na(0.5), null);

        Assert.Equal(verwacht, new[] { 12.0, 24, 32 }.Select(u => Status(klok, Stap.Vervolgplaatsing, u)));
        Assert.Equal(Na(36) - Na(uren), klok.ResterendVoorVervolg);
    }

    [Fact]
    public void Vervolg_geregeld_op_24_uur_maakt_latere_escalaties_overbodig()
    {
        var klok = Klok36Uur.Bereken(Gevonden, Na(40), Na(1), Na(24));

        Assert.Equal(EscalatieStatus.Bereikt, Status(klok, Stap.Vervolgplaatsing, 12));
        Assert.Equal(EscalatieStatus.Overbodig, Status(klok, Stap.Vervolgplaatsing, 24));
        Assert.Equal(EscalatieStatus.Overbodig, Status(klok, Stap.Vervolgplaatsing, 32));
        Assert.False(klok.VervolgNietGeregeldBijEinde);
        Assert.Null(klok.Volgende);
    }

    [Fact]
    public void Na_36_uur_zonder_vervolg_is_het_onvervulde_vraag_en_resteert_niets()
    {
        var net = Klok36Uur.Bereken(Gevonden, Na(36).AddTicks(-1), Na(1), null);
        var einde = Klok36Uur.Bereken(Gevonden, Na(36), Na(1), null);
        var laatGeregeld = Klok36Uur.Bereken(Gevonden, Na(40), Na(1), Na(37));
        var opHetEinde = Klok36Uur.Bereken(Gevonden, Na(40), Na(1), Na(36));

        Assert.False(net.VervolgNietGeregeldBijEinde);
        Assert.True(einde.VervolgNietGeregeldBijEinde);
        Assert.True(einde.IsVerstreken);
        Assert.Equal(TimeSpan.Zero, einde.ResterendVoorVervolg);
        Assert.True(laatGeregeld.VervolgNietGeregeldBijEinde);
        Assert.False(opHetEinde.VervolgNietGeregeldBijEinde);
    }

    [Fact]
    public void Een_reservering_die_niet_bevestigd_is_regelt_de_eerste_opvang_niet()
    {
        var klok = Klok36Uur.Bereken(Gevonden, Na(3), Na(0.5), null);

        Assert.True(klok.EersteOpvangVastgehouden);
        Assert.False(klok.EersteOpvangGeregeld);
        Assert.False(klok.EersteStapBinnenCrisisfase);
        Assert.Equal(TimeSpan.FromHours(3), klok.WachttijdEersteOpvang);
        Assert.Equal(EscalatieStatus.Bereikt, Status(klok, Stap.EersteOpvang, 2));
        // The hold still moves the next hold on to the long-term place.
        Assert.Equal(Stap.Vervolgplaatsing, klok.HuidigeStap);
    }

    [Fact]
    public void Een_bevestigde_plaatsing_binnen_de_crisisfase_regelt_de_eerste_stap_ook_als_die_laat_is()
    {
        var binnen = Klok36Uur.Bereken(Gevonden, Na(40), Na(1), null, eersteOpvangBevestigdOp: Na(36));
        var erna = Klok36Uur.Bereken(Gevonden, Na(40), Na(1), null, eersteOpvangBevestigdOp: Na(36).AddTicks(1));

        Assert.True(binnen.EersteStapBinnenCrisisfase);
        Assert.True(erna.EersteOpvangGeregeld);
        Assert.False(erna.EersteStapBinnenCrisisfase);
    }

    [Fact]
    public void Het_einde_van_de_crisisfase_zonder_vervolgplaats_is_een_escalatie()
    {
        var net = Klok36Uur.Bereken(Gevonden, Na(36).AddTicks(-1), Na(1), null);
        var einde = Klok36Uur.Bereken(Gevonden, Na(36), Na(1), null);
        var opHetEinde = Klok36Uur.Bereken(Gevonden, Na(40), Na(1), Na(36));

        Assert.Equal(EscalatieStatus.NogNiet, Status(net, Stap.Vervolgplaatsing, 36));
        Assert.Contains("vervolgplaatsing-2160m", einde.Bereikt.Select(e => e.Code));
        Assert.Equal(EscalatieStatus.Overbodig, Status(opHetEinde, Stap.Vervolgplaatsing, 36));
    }

    [Fact]
    public void Volgende_en_te_versturen_escalaties()
    {
        var klok = Klok36Uur.Bereken(Gevonden, Na(13), null, null);

        Assert.Equal(["eerste-opvang-120m", "vervolgplaatsing-720m"], klok.Bereikt.Select(e => e.Code));
        Assert.Equal(Na(24), klok.Volgende?.Op);
        Assert.Equal(["vervolgplaatsing-720m"], klok.TeVersturen(["eerste-opvang-120m"]).Select(e => e.Code));
    }

    [Fact]
    public void De_huidige_stap_volgt_de_gebeurtenissen()
    {
        Assert.Equal(Stap.EersteOpvang, Klok36Uur.Bereken(Gevonden, Na(1), null, null).HuidigeStap);
        Assert.Equal(Stap.Vervolgplaatsing, Klok36Uur.Bereken(Gevonden, Na(3), Na(1), null).HuidigeStap);
        Assert.Null(Klok36Uur.Bereken(Gevonden, Na(30), Na(1), Na(20)).HuidigeStap);
    }

    [Fact]
    public void Momenten_zijn_instelbaar()
    {
        var opties = new KlokOpties
        {
            Duur = TimeSpan.FromHours(48),
            EersteOpvangEscalatieNa = TimeSpan.FromMinutes(30),
            VervolgEscalatiesNa = [TimeSpan.FromHours(40)],
        };

        var klok = Klok36Uur.Bereken(Gevonden, Na(1), null, null, opties);

        Assert.Empty(opties.Valideer());
        Assert.Equal(Na(48), klok.Einde);
        Assert.Equal(EscalatieStatus.Bereikt, Status(klok, Stap.EersteOpvang, 0.5));
        Assert.Equal([Na(0.5), Na(40), Na(48)], klok.Escalaties.Select(e => e.Op));
    }

    [Fact]
    public void Ongeldige_opties_worden_gemeld()
    {
        var opties = new KlokOpties { VervolgEscalatiesNa = [TimeSpan.FromHours(40)], EersteOpvangEscalatieNa = TimeSpan.Zero };

        Assert.Equal(["eersteOpvangEscalatieNa", "vervolgEscalatiesNa"], opties.Valideer().Select(f => f.Veld));
    }
}
