using Schakel.Core.Doorverwijzing;

namespace Schakel.Core.Tests.Doorverwijzing;

public class StatusmachineTests
{
    [Fact]
    public void Hoofdpad_van_ontvangen_tot_afgerond_is_toegestaan()
    {
        MeldingStatus[] pad =
        [
            MeldingStatus.Ontvangen, MeldingStatus.InTriage, MeldingStatus.Doorverwezen,
            MeldingStatus.InBehandeling, MeldingStatus.Afgerond,
        ];

        for (var i = 1; i < pad.Length; i++)
        {
            var overgang = MeldingStatusmachine.Probeer(pad[i - 1], pad[i]);
            Assert.True(overgang.Gelukt, overgang.Fout);
            Assert.Equal(pad[i], overgang.Status);
        }
    }

    [Theory]
    [InlineData(MeldingStatus.Ontvangen, MeldingStatus.Afgerond)]
    [InlineData(MeldingStatus.Ontvangen, MeldingStatus.Doorverwezen)]
    [InlineData(MeldingStatus.InBehandeling, MeldingStatus.Ontvangen)]
    [InlineData(MeldingStatus.Afgerond, MeldingStatus.InBehandeling)]
    [InlineData(MeldingStatus.Heropend, MeldingStatus.Afgerond)]
    [InlineData(MeldingStatus.InTriage, MeldingStatus.Heropend)]
    public void Verboden_overgang_geeft_een_fout_met_de_toegestane_statussen(MeldingStatus van, MeldingStatus naar)
    {
        var overgang = MeldingStatusmachine.Probeer(van, naar);

        Assert.False(overgang.Gelukt);
        Assert.Equal(van, overgang.Status);
        foreach (var toegestaan in MeldingStatusmachine.Volgende(van))
        {
            Assert.Contains($"'{MeldingStatusmachine.Label(toegestaan)}'", overgang.Fout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Foutmelding_is_leesbaar_nederlands()
    {
        var overgang = MeldingStatusmachine.Probeer(MeldingStatus.Afgerond, MeldingStatus.InBehandeling);

        Assert.Equal("Een melding met status 'afgerond' kan niet naar 'in behandeling'; toegestaan: 'heropend'.", overgang.Fout);
    }

    [Theory]
    [InlineData(MeldingStatus.Afgerond)]
    [InlineData(MeldingStatus.NietOntvankelijk)]
    public void Heropenen_kan_vanuit_afgerond_en_niet_ontvankelijk_en_gaat_terug_naar_triage(MeldingStatus van)
    {
        Assert.True(MeldingStatusmachine.Probeer(van, MeldingStatus.Heropend).Gelukt);
        Assert.Equal([MeldingStatus.InTriage], MeldingStatusmachine.Volgende(MeldingStatus.Heropend));
    }

    [Fact]
    public void Samenvoegen_vraagt_een_andere_melding()
    {
        var eigen = Guid.NewGuid();
        var ander = Guid.NewGuid();

        var zonder = MeldingStatusmachine.Probeer(MeldingStatus.InTriage, MeldingStatus.Samengevoegd, eigen);
        var metZichzelf = MeldingStatusmachine.Probeer(MeldingStatus.InTriage, MeldingStatus.Samengevoegd, eigen, eigen);
        var met = MeldingStatusmachine.Probeer(MeldingStatus.InTriage, MeldingStatus.Samengevoegd, eigen, ander);

        Assert.False(zonder.Gelukt);
        Assert.Contains("waarmee deze melding wordt samengevoegd", zonder.Fout, StringComparison.Ordinal);
        Assert.False(metZichzelf.Gelukt);
        Assert.True(met.Gelukt);
    }

    [Fact]
    public void Samengevoegd_is_een_eindstatus()
    {
        var overgang = MeldingStatusmachine.Probeer(MeldingStatus.Samengevoegd, MeldingStatus.Heropend);

        Assert.False(overgang.Gelukt);
        Assert.Equal("Een melding met status 'samengevoegd' kan niet meer van status veranderen.", overgang.Fout);
        Assert.False(MeldingStatusmachine.IsOpen(MeldingStatus.Samengevoegd));
    }

    [Fact]
    public void Verwijzing_naar_andere_melding_hoort_alleen_bij_samenvoegen()
    {
        Assert.False(MeldingStatusmachine.Probeer(MeldingStatus.Ontvangen, MeldingStatus.InTriage, null, Guid.NewGuid()).Gelukt);
    }

    [Fact]
    public void Elke_status_heeft_een_regel_in_de_tabel_en_een_label()
    {
        foreach (var status in Enum.GetValues<MeldingStatus>())
        {
            Assert.DoesNotContain(status.ToString(), MeldingStatusmachine.Label(status), StringComparison.Ordinal);
        }

        Assert.All(Enum.GetValues<MeldingStatus>().Where(MeldingStatusmachine.IsOpen),
            s => Assert.NotEmpty(MeldingStatusmachine.Volgende(s)));
    }

    [Fact]
    public void Partner_accepteert_vraagt_behandelt_meldt_uitkomst_en_sluit_af()
    {
        DoorverwijzingStatus[] pad =
        [
            DoorverwijzingStatus.Verstuurd, DoorverwijzingStatus.VraagGesteld, DoorverwijzingStatus.Geaccepteerd,
            DoorverwijzingStatus.InBehandeling, DoorverwijzingStatus.UitkomstGemeld, DoorverwijzingStatus.Afgesloten,
        ];

        for (var i = 1; i < pad.Length; i++)
        {
            Assert.True(DoorverwijzingStatusmachine.Probeer(pad[i - 1], pad[i]).Gelukt, $"{pad[i - 1]} → {pad[i]}");
        }
    }

    [Theory]
    [InlineData(DoorverwijzingStatus.Verstuurd, DoorverwijzingStatus.UitkomstGemeld)]
    [InlineData(DoorverwijzingStatus.InBehandeling, DoorverwijzingStatus.Afgesloten)]
    [InlineData(DoorverwijzingStatus.Afgesloten, DoorverwijzingStatus.InBehandeling)]
    public void Partner_kan_geen_stap_overslaan(DoorverwijzingStatus van, DoorverwijzingStatus naar)
    {
        var overgang = DoorverwijzingStatusmachine.Probeer(van, naar);

        Assert.False(overgang.Gelukt);
        Assert.StartsWith($"Een doorverwijzing met status '{DoorverwijzingStatusmachine.Label(van)}'", overgang.Fout, StringComparison.Ordinal);
    }
}
