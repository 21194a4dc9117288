using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;

namespace Schakel.Core.Tests.Opvang;

/// <summary>Overview figures on a fixed data set; the expected values are worked out by hand in the comments.</summary>
public class OpvangcijfersTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 20, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Peilmoment = T0.AddDays(5);

    private static VerzoekFeiten Verzoek(
        int nr, double? eersteNaMinuten, double? vervolgNaUren, Nachtverblijf? nacht, Doelgroep groep, DateTimeOffset? gevonden = null)
    {
        var op = gevonden ?? T0;
        return new VerzoekFeiten
        {
            Id = Maak.Id(nr),
            GevondenOp = op,
            EersteOpvangOp = eersteNaMinuten is { } m ? op.AddMinutes(m) : null,
            VervolgGeregeldOp = vervolgNaUren is { } u ? op.AddHours(u) : null,
            NachtZonderPlek = nacht,
            Doelgroep = groep,
        };
    }

    private static readonly VerzoekFeiten[] Verzoeken =
    [
        Verzoek(1, 30, 20, null, Doelgroep.Vrouwen),
        Verzoek(2, 60, 40, null, Doelgroep.Mannen),
        Verzoek(3, 180, null, null, Doelgroep.Mannen),
        Verzoek(4, null, null, Nachtverblijf.Straat, Doelgroep.Mannen),
        Verzoek(5, 15, 36, null, Doelgroep.Vrouwen),
        Verzoek(6, 360, 30, Nachtverblijf.Politiebureau, Doelgroep.Minderjarigen),
        Verzoek(7, 120, 10, null, Doelgroep.Vrouwen),
        Verzoek(8, null, null, Nachtverblijf.Hotel, Doelgroep.Anders),
        Verzoek(9, 45, null, null, Doelgroep.Vrouwen, Peilmoment.AddHours(-10)),
        Verzoek(10, 90, 12, null, Doelgroep.Vrouwen),
    ];

    [Theory]
    [InlineData(30, 20)]
    [InlineData(40, 20)]
    [InlineData(50, 35)]
    [InlineData(100, 50)]
    [InlineData(1, 15)]
    public void Percentiel_volgens_nearest_rank(int p, int verwacht)
    {
        // Ranks ⌈p/100 × 5⌉ over 15, 20, 35, 40, 50: p30 → 2, p40 → 2, p50 → 3, p100 → 5, p1 → 1.
        var waarden = new[] { 50, 15, 40, 20, 35 }.Select(m => TimeSpan.FromMinutes(m));

        Assert.Equal(TimeSpan.FromMinutes(verwacht), Opvangcijfers.Percentiel(waarden, p));
    }

    [Fact]
    public void Percentiel_zonder_waarden_is_leeg()
    {
        Assert.Null(Opvangcijfers.Percentiel([], 50));
    }

    [Fact]
    public void Tijd_tot_eerste_opvang()
    {
        // With a first place: 15, 30, 45, 60, 90, 120, 180, 360 min (N = 8).
        // Median: rank ⌈0.5 × 8⌉ = 4 → 60 min. p90: rank ⌈0.9 × 8⌉ = 8 → 360 min.
        var cijfers = Opvangcijfers.TijdTotEersteOpvang(Verzoeken);

        Assert.Equal(new Duurcijfers(8, TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(360)), cijfers);
        Assert.Equal(10, Opvangcijfers.AantalVerzoeken(Verzoeken));
    }

    [Fact]
    public void Zonder_plek_de_eerste_nacht_en_waar()
    {
        // Requests 4, 6 and 8 recorded a night: 3 of 10.
        var cijfers = Opvangcijfers.ZonderPlekEersteNacht(Verzoeken);

        Assert.Equal(new Aandeel(3, 10), cijfers.Aandeel);
        Assert.Equal(0.3, cijfers.Aandeel.Fractie);
        Assert.Equal(1, cijfers.Waar[Nachtverblijf.Straat]);
        Assert.Equal(1, cijfers.Waar[Nachtverblijf.Politiebureau]);
        Assert.Equal(1, cijfers.Waar[Nachtverblijf.Hotel]);
        Assert.Equal(0, cijfers.Waar[Nachtverblijf.TerugNaarUitbuitingssituatie]);
        Assert.Equal(Enum.GetValues<Nachtverblijf>().Length, cijfers.Waar.Count);
    }

    [Fact]
    public void Vervolg_binnen_36_uur()
    {
        // Request 9 is still inside its 36 hours and is left out: 9 counted.
        // Arranged at or before 36 h: 1 (20 h), 5 (36 h exactly), 6 (30 h), 7 (10 h), 10 (12 h) = 5.
        // Not: 2 (40 h), 3, 4, 8 = 4.
        Assert.Equal(new Aandeel(5, 9), Opvangcijfers.VervolgBinnenTermijn(Verzoeken, Peilmoment));
    }

    [Fact]
    public void Eerste_stap_binnen_de_crisisfase_telt_alleen_bevestigde_plaatsingen()
    {
        // Request 9 is still inside its 36 hours: 9 counted. Confirmed within 36 h: 1, 2, 3, 5, 6, 7, 10 = 7; 4 and 8 never.
        Assert.Equal(new Aandeel(7, 9), Opvangcijfers.EersteStapBinnenCrisisfase(Verzoeken, Peilmoment));

        // A placement confirmed one tick after the phase ended does not meet the first step.
        var laat = Verzoek(11, 36 * 60 + 1, null, null, Doelgroep.Vrouwen);
        Assert.Equal(new Aandeel(0, 1), Opvangcijfers.EersteStapBinnenCrisisfase([laat], Peilmoment));
    }

    [Fact]
    public void Tijd_tot_de_vervolgplaats_en_wie_nog_wacht()
    {
        // Arranged: 7 (10 h), 10 (12 h), 1 (20 h), 6 (30 h), 5 (36 h), 2 (40 h): six values.
        // Median rank ⌈0.5 × 6⌉ = 3 → 20 h; p90 rank ⌈0.9 × 6⌉ = 6 → 40 h.
        // Waiting: 3, 4, 8, 9 = 4; of those past their 36 hours: 3, 4, 8 = 3 (9 was found 10 h ago).
        var cijfers = Opvangcijfers.TijdTotVervolgplaatsing(Verzoeken, Peilmoment);

        Assert.Equal(new VervolgDuurcijfers(6, TimeSpan.FromHours(20), TimeSpan.FromHours(40), 4, 3), cijfers);
    }

    [Fact]
    public void Zonder_vervolgplaats_bij_het_einde_is_het_complement_van_binnen_de_termijn()
    {
        // 9 ended; arranged at or before 36 h: 5 (see Vervolg_binnen_36_uur), so 4 without.
        Assert.Equal(new Aandeel(4, 9), Opvangcijfers.ZonderVervolgBijEindeCrisisfase(Verzoeken, Peilmoment));
    }

    private static readonly OnvervuldeVraag[] Onvervuld =
    [
        Vraag(OnvervuldeVraagReden.GeenCapaciteit, Doelgroep.Mannen, [Uitbuitingsvorm.Arbeid]),
        Vraag(OnvervuldeVraagReden.CriteriaNietVervuld, Doelgroep.Mannen, [Uitbuitingsvorm.Arbeid, Uitbuitingsvorm.Crimineel], [Criterium.Geslacht, Criterium.Verslaving]),
        Vraag(OnvervuldeVraagReden.Afgewezen, Doelgroep.Vrouwen, [Uitbuitingsvorm.Seksueel]),
        Vraag(OnvervuldeVraagReden.GeenEersteOpvangZelfdeNacht, Doelgroep.Mannen, [Uitbuitingsvorm.Arbeid, Uitbuitingsvorm.Crimineel]),
        Vraag(OnvervuldeVraagReden.VervolgplaatsingNietGeregeldBinnen36Uur, Doelgroep.Mannen, [Uitbuitingsvorm.Arbeid]),
        Vraag(OnvervuldeVraagReden.CriteriaNietVervuld, Doelgroep.Anders, [Uitbuitingsvorm.Onbekend], [Criterium.Verslaving]),
    ];

    private static OnvervuldeVraag Vraag(OnvervuldeVraagReden reden, Doelgroep groep, Uitbuitingsvorm[] vormen, Criterium[]? criteria = null) => new()
    {
        PlaatsingsverzoekId = Guid.NewGuid(),
        Stap = Stap.EersteOpvang,
        Reden = reden,
        Op = T0,
        Doelgroep = groep,
        Uitbuitingsvormen = vormen,
        NietVervuldeCriteria = criteria ?? [],
    };

    [Fact]
    public void Onvervulde_vraag_per_reden_doelgroep_vorm_en_criterium()
    {
        var perReden = Opvangcijfers.OnvervuldPerReden(Onvervuld);
        Assert.Equal([1, 2, 1, 1, 1], Enum.GetValues<OnvervuldeVraagReden>().Select(r => perReden[r]));

        var perGroep = Opvangcijfers.OnvervuldPerDoelgroep(Onvervuld);
        Assert.Equal((1, 4, 1, 0), (perGroep[Doelgroep.Vrouwen], perGroep[Doelgroep.Mannen], perGroep[Doelgroep.Anders], perGroep[Doelgroep.Minderjarigen]));

        // Arbeid in records 1, 2, 4, 5; crimineel in 2 and 4.
        var perVorm = Opvangcijfers.OnvervuldPerUitbuitingsvorm(Onvervuld);
        Assert.Equal((1, 4, 2, 0, 1), (perVorm[Uitbuitingsvorm.Seksueel], perVorm[Uitbuitingsvorm.Arbeid], perVorm[Uitbuitingsvorm.Crimineel], perVorm[Uitbuitingsvorm.Orgaanverwijdering], perVorm[Uitbuitingsvorm.Onbekend]));

        var perCriterium = Opvangcijfers.OnvervuldPerCriterium(Onvervuld);
        Assert.Equal((1, 2, 0), (perCriterium[Criterium.Geslacht], perCriterium[Criterium.Verslaving], perCriterium[Criterium.Taal]));
    }

    [Fact]
    public void Plekken_per_type_fase_en_vorm()
    {
        var pools = new[]
        {
            Maak.Pool(1, Opvangtype.Vrouwenopvang, Fase.Crisis, capaciteit: 4, bezet: 1),
            Maak.Pool(2, Opvangtype.COSM, Fase.Langdurig, new() { Uitbuitingsvormen = [Uitbuitingsvorm.Seksueel, Uitbuitingsvorm.Arbeid, Uitbuitingsvorm.Crimineel] }, capaciteit: 10, bezet: 10),
            Maak.Pool(3, Opvangtype.Mannenopvang, Fase.Crisis, new() { Uitbuitingsvormen = [Uitbuitingsvorm.Arbeid] }, capaciteit: 2, bezet: 0, gereserveerd: 1),
            Maak.Pool(4, Opvangtype.OMM, Fase.Doorstroom, new() { Uitbuitingsvormen = [Uitbuitingsvorm.Seksueel] }, capaciteit: 6, bezet: 2),
        };

        var cijfers = Opvangcijfers.Plekken(pools);

        // Free: 3, 0, 1, 4.
        Assert.Equal(new Plekkental(22, 8), cijfers.Totaal);
        Assert.Equal(new Plekkental(4, 3), cijfers.PerType[Opvangtype.Vrouwenopvang]);
        Assert.Equal(new Plekkental(10, 0), cijfers.PerType[Opvangtype.COSM]);
        Assert.Equal(new Plekkental(2, 1), cijfers.PerType[Opvangtype.Mannenopvang]);
        Assert.Equal(new Plekkental(6, 4), cijfers.PerType[Opvangtype.OMM]);
        Assert.Equal(new Plekkental(0, 0), cijfers.PerType[Opvangtype.JeugdBeschermdeOpvang]);
        Assert.Equal(new Plekkental(6, 4), cijfers.PerFase[Fase.Crisis]);
        Assert.Equal(new Plekkental(10, 0), cijfers.PerFase[Fase.Langdurig]);
        Assert.Equal(new Plekkental(6, 4), cijfers.PerFase[Fase.Doorstroom]);

        // Seksueel: pools 1, 2, 4; arbeid: 1, 2, 3; crimineel: 1, 2; the others only pool 1 (it accepts every form).
        Assert.Equal(new Plekkental(20, 7), cijfers.PerUitbuitingsvorm[Uitbuitingsvorm.Seksueel]);
        Assert.Equal(new Plekkental(16, 4), cijfers.PerUitbuitingsvorm[Uitbuitingsvorm.Arbeid]);
        Assert.Equal(new Plekkental(14, 3), cijfers.PerUitbuitingsvorm[Uitbuitingsvorm.Crimineel]);
        Assert.Equal(new Plekkental(4, 3), cijfers.PerUitbuitingsvorm[Uitbuitingsvorm.Orgaanverwijdering]);
    }

    [Fact]
    public void Bezetting_per_type_over_tijd_uit_de_laatste_momentopname_per_pool()
    {
        var a = Maak.Id(1);
        var b = Maak.Id(2);
        var c = Maak.Id(3);
        var snapshots = new[]
        {
            new BezettingsSnapshot(a, Opvangtype.Vrouwenopvang, T0, 4, 1, 0),
            new BezettingsSnapshot(a, Opvangtype.Vrouwenopvang, T0.AddHours(5), 4, 3, 1),
            new BezettingsSnapshot(b, Opvangtype.Vrouwenopvang, T0.AddHours(2), 6, 6, 0),
            new BezettingsSnapshot(c, Opvangtype.COSM, T0.AddHours(1), 10, 7, 0),
        };

        // At T0+1h: a (1 of 4) and c (7 of 10). At T0+5h, exactly on a's second snapshot: a (3 of 4), b (6 of 6), c.
        var reeks = Opvangcijfers.BezettingPerTypeOverTijd(snapshots, [T0.AddHours(5), T0.AddHours(1), T0.AddMinutes(-1)]);

        Assert.Equal([T0.AddMinutes(-1), T0.AddHours(1), T0.AddHours(5)], reeks.Select(m => m.Moment));
        Assert.Equal(new Aandeel(0, 0), reeks[0].PerType[Opvangtype.Vrouwenopvang]);
        Assert.Equal(new Aandeel(1, 4), reeks[1].PerType[Opvangtype.Vrouwenopvang]);
        Assert.Equal(new Aandeel(7, 10), reeks[1].PerType[Opvangtype.COSM]);
        Assert.Equal(new Aandeel(9, 10), reeks[2].PerType[Opvangtype.Vrouwenopvang]);
        Assert.Equal(new Aandeel(7, 10), reeks[2].PerType[Opvangtype.COSM]);
    }

    [Fact]
    public void Verzoeken_per_doelgroep_en_vorm()
    {
        var verzoeken = new[]
        {
            Verzoek(1, 10, null, null, Doelgroep.Vrouwen) with { Uitbuitingsvormen = [Uitbuitingsvorm.Seksueel, Uitbuitingsvorm.Crimineel] },
            Verzoek(2, 10, null, null, Doelgroep.Mannen) with { Uitbuitingsvormen = [Uitbuitingsvorm.Arbeid] },
            Verzoek(3, 10, null, null, Doelgroep.Mannen) with { Uitbuitingsvormen = [Uitbuitingsvorm.Arbeid, Uitbuitingsvorm.Arbeid] },
        };

        var perGroep = Opvangcijfers.VerzoekenPerDoelgroep(verzoeken);
        var perVorm = Opvangcijfers.VerzoekenPerUitbuitingsvorm(verzoeken);

        Assert.Equal((1, 2, 0), (perGroep[Doelgroep.Vrouwen], perGroep[Doelgroep.Mannen], perGroep[Doelgroep.Minderjarigen]));
        Assert.Equal((1, 2, 1, 0), (perVorm[Uitbuitingsvorm.Seksueel], perVorm[Uitbuitingsvorm.Arbeid], perVorm[Uitbuitingsvorm.Crimineel], perVorm[Uitbuitingsvorm.Onbekend]));
    }

    [Fact]
    public void Een_aandeel_zonder_noemer_heeft_geen_fractie()
    {
        Assert.Null(new Aandeel(0, 0).Fractie);
        Assert.Null(Opvangcijfers.VervolgBinnenTermijn([], Peilmoment).Fractie);
    }
}
