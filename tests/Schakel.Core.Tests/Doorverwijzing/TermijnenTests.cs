using Schakel.Core.Doorverwijzing;

namespace Schakel.Core.Tests.Doorverwijzing;

public class TermijnenTests
{
    private static readonly Termijnen Standaard = new();

    /// <summary>A Dutch wall-clock moment; the offset is given explicitly so the test reads like a calendar.</summary>
    private static DateTimeOffset Nl(int jaar, int maand, int dag, int uur, int minuut, int offsetUren) =>
        new(jaar, maand, dag, uur, minuut, 0, TimeSpan.FromHours(offsetUren));

    [Theory]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Pasen_klopt(int jaar, int maand, int dag)
    {
        Assert.Equal(new DateOnly(jaar, maand, dag), Feestdagen.Pasen(jaar));
    }

    [Fact]
    public void Feestdagen_2026()
    {
        var dagen = Feestdagen.In(2026).ToDictionary(f => f.Naam, f => f.Datum);

        Assert.Equal(new DateOnly(2026, 4, 6), dagen["Tweede Paasdag"]);
        Assert.Equal(new DateOnly(2026, 4, 27), dagen["Koningsdag"]);
        Assert.Equal(new DateOnly(2026, 5, 5), dagen["Bevrijdingsdag"]);
        Assert.Equal(new DateOnly(2026, 5, 14), dagen["Hemelvaartsdag"]);
        Assert.Equal(new DateOnly(2026, 5, 25), dagen["Tweede Pinksterdag"]);
        Assert.False(dagen.ContainsKey("Goede Vrijdag"));
        Assert.Equal(new DateOnly(2026, 4, 3), Feestdagen.In(2026, goedeVrijdagIsVrij: true).Single(f => f.Naam == "Goede Vrijdag").Datum);
    }

    [Fact]
    public void Koningsdag_op_zondag_wordt_zaterdag_ervoor()
    {
        Assert.True(Feestdagen.IsFeestdag(new DateOnly(2025, 4, 26)));
        Assert.False(Feestdagen.IsFeestdag(new DateOnly(2025, 4, 27)));
    }

    [Fact]
    public void Acuut_is_een_uur_ook_op_zondagnacht()
    {
        var ontvangen = Nl(2026, 11, 22, 3, 15, 1);

        Assert.Equal(ontvangen.AddHours(1), Standaard.EersteActie(ontvangen, Urgentie.Acuut));
    }

    [Fact]
    public void Hoog_op_vrijdag_loopt_tot_het_einde_van_maandag()
    {
        var termijn = Standaard.EersteActie(Nl(2026, 11, 20, 14, 0, 1), Urgentie.Hoog);

        Assert.Equal(Nl(2026, 11, 24, 0, 0, 1), termijn);
        Assert.Equal(TimeSpan.Zero, termijn.Offset);
    }

    [Fact]
    public void Hoog_in_het_weekend_loopt_ook_tot_het_einde_van_maandag()
    {
        Assert.Equal(Nl(2026, 11, 24, 0, 0, 1), Standaard.EersteActie(Nl(2026, 11, 21, 10, 0, 1), Urgentie.Hoog));
    }

    [Fact]
    public void Normaal_over_pasen_slaat_tweede_paasdag_over()
    {
        // Thursday 2 April 2026: Fri 3 (1), Mon 6 is Tweede Paasdag, Tue 7 (2) ... Fri 10 (5).
        var ontvangen = Nl(2026, 4, 2, 10, 0, 2);

        Assert.Equal(Nl(2026, 4, 11, 0, 0, 2), Standaard.EersteActie(ontvangen, Urgentie.Normaal));
    }

    [Fact]
    public void Goede_vrijdag_als_vrije_dag_schuift_de_termijn_een_werkdag_op()
    {
        var termijnen = new Termijnen(new TermijnOpties { GoedeVrijdagIsVrij = true });

        Assert.Equal(Nl(2026, 4, 14, 0, 0, 2), termijnen.EersteActie(Nl(2026, 4, 2, 10, 0, 2), Urgentie.Normaal));
    }

    [Fact]
    public void Hoog_voor_kerst_loopt_tot_na_het_weekend()
    {
        // Thursday 24 December 2026: 25 and 26 are holidays, then the weekend.
        Assert.Equal(Nl(2026, 12, 29, 0, 0, 1), Standaard.EersteActie(Nl(2026, 12, 24, 9, 0, 1), Urgentie.Hoog));
    }

    [Fact]
    public void Koningsdag_en_bevrijdingsdag_zijn_geen_werkdagen()
    {
        Assert.False(Standaard.IsWerkdag(new DateOnly(2026, 4, 27)));
        Assert.False(Standaard.IsWerkdag(new DateOnly(2026, 5, 5)));
        Assert.True(Standaard.IsWerkdag(new DateOnly(2026, 5, 4)));
        // Friday 24 April 2026 + 1 working day skips the weekend and Koningsdag.
        Assert.Equal(new DateOnly(2026, 4, 28), Standaard.WerkdagNa(new DateOnly(2026, 4, 24), 1));
    }

    [Fact]
    public void Termijn_van_middernacht_volgt_de_zomertijd()
    {
        // Friday 27 March 2026 in winter time; Monday 30 March is summer time (+02:00).
        Assert.Equal(Nl(2026, 3, 31, 0, 0, 2), Standaard.EersteActie(Nl(2026, 3, 27, 12, 0, 1), Urgentie.Hoog));
    }

    [Fact]
    public void Ontvangstbevestiging_binnen_zeven_dagen_op_dezelfde_kloktijd()
    {
        Assert.Equal(Nl(2026, 4, 1, 10, 0, 2), Standaard.Ontvangstbevestiging(Nl(2026, 3, 25, 10, 0, 1)));
    }

    [Fact]
    public void Terugkoppeling_binnen_drie_maanden_ook_aan_het_eind_van_de_maand()
    {
        Assert.Equal(Nl(2027, 2, 28, 16, 0, 1), Standaard.Terugkoppeling(Nl(2026, 11, 30, 16, 0, 1)));
    }

    [Fact]
    public void Verlopen_vanaf_het_moment_van_de_termijn_tenzij_afgehandeld()
    {
        var termijn = Nl(2026, 11, 24, 0, 0, 1);

        Assert.False(Termijnen.IsVerlopen(termijn, termijn.AddSeconds(-1)));
        Assert.True(Termijnen.IsVerlopen(termijn, termijn));
        Assert.False(Termijnen.IsVerlopen(termijn, termijn.AddDays(3), afgehandeldOp: termijn.AddDays(-1)));
        Assert.True(Termijnen.IsTeLaatAfgehandeld(termijn, termijn.AddMinutes(5)));
    }

    [Fact]
    public void Configureerbare_termijnen_worden_gebruikt()
    {
        var termijnen = new Termijnen(new TermijnOpties { Acuut = TimeSpan.FromMinutes(30), NormaalWerkdagen = 1 });
        var ontvangen = Nl(2026, 11, 23, 9, 0, 1);

        Assert.Equal(ontvangen.AddMinutes(30), termijnen.EersteActie(ontvangen, Urgentie.Acuut));
        Assert.Equal(Nl(2026, 11, 25, 0, 0, 1), termijnen.EersteActie(ontvangen, Urgentie.Normaal));
    }
}
