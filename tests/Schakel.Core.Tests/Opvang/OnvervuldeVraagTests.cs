using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;

namespace Schakel.Core.Tests.Opvang;

public class OnvervuldeVraagTests
{
    private static readonly Guid Verzoek = Maak.Id(99);
    private static readonly Behoefte ManMetVerslaving = Maak.Man() with
    {
        Verslaving = true,
        Rolstoel = true,
        Uitbuitingsvormen = [Uitbuitingsvorm.Crimineel, Uitbuitingsvorm.Arbeid],
    };

    private static OnvervuldeVraag? Zoek(Behoefte behoefte, params PlekkenpoolAanbod[] pools) =>
        OnvervuldeVraag.UitZoekresultaat(Verzoek, behoefte, Stap.EersteOpvang, Matcher.Rangschik(behoefte, Stap.EersteOpvang, pools, Maak.Nu), Maak.Nu);

    private static readonly PlekkenpoolCriteria AllesBehalveVerslaving = new() { Rolstoeltoegankelijk = true };
    private static readonly PlekkenpoolCriteria Vrouwen = new() { Geslachten = [Geslacht.Vrouw], Rolstoeltoegankelijk = true, VerslavingToegelaten = true };

    [Fact]
    public void Een_passende_pool_is_geen_onvervulde_vraag()
    {
        Assert.Null(Zoek(Maak.Vrouw(), Maak.Pool()));
    }

    [Fact]
    public void Zonder_pools_of_met_alleen_volle_passende_pools_is_het_geen_capaciteit()
    {
        var geen = Zoek(ManMetVerslaving);
        var vol = Zoek(ManMetVerslaving, Maak.Pool(1, criteria: Vrouwen), Maak.Pool(2, criteria: AllesBehalveVerslaving with { VerslavingToegelaten = true }, bezet: 4));

        Assert.Equal(OnvervuldeVraagReden.GeenCapaciteit, geen?.Reden);
        Assert.Equal(OnvervuldeVraagReden.GeenCapaciteit, vol?.Reden);
        Assert.Empty(vol!.NietVervuldeCriteria);
    }

    [Fact]
    public void Zonder_passende_pool_worden_de_criteria_van_de_dichtstbijzijnde_pools_genoemd()
    {
        var vraag = Zoek(
            ManMetVerslaving,
            Maak.Pool(1, criteria: Vrouwen),
            Maak.Pool(2, criteria: AllesBehalveVerslaving, bezet: 4),
            Maak.Pool(3, criteria: new() { Geslachten = [Geslacht.Vrouw] }));

        Assert.NotNull(vraag);
        Assert.Equal(OnvervuldeVraagReden.CriteriaNietVervuld, vraag.Reden);
        Assert.Equal([Criterium.Geslacht, Criterium.Verslaving], vraag.NietVervuldeCriteria);
        Assert.Equal(Doelgroep.Mannen, vraag.Doelgroep);
        Assert.Equal([Uitbuitingsvorm.Arbeid, Uitbuitingsvorm.Crimineel], vraag.Uitbuitingsvormen);
        Assert.Equal(Verzoek, vraag.PlaatsingsverzoekId);
    }

    [Fact]
    public void Afwijzing_nacht_zonder_plek_en_vervolg_niet_geregeld_dragen_hun_gegevens()
    {
        var afgewezen = OnvervuldeVraag.Afgewezen(Verzoek, Maak.Vrouw(), Stap.Vervolgplaatsing, "geen begeleiding beschikbaar", Maak.Nu);
        var nacht = OnvervuldeVraag.NachtZonderPlek(Verzoek, Maak.Vrouw() with { Minderjarig = true }, Nachtverblijf.Politiebureau, Maak.Nu);
        var vervolg = OnvervuldeVraag.VervolgNietGeregeld(Verzoek, Maak.Man(), Maak.Nu);

        Assert.Equal((OnvervuldeVraagReden.Afgewezen, "geen begeleiding beschikbaar"), (afgewezen.Reden, afgewezen.Afwijzingsreden));
        Assert.Equal((OnvervuldeVraagReden.GeenEersteOpvangZelfdeNacht, Nachtverblijf.Politiebureau, Doelgroep.Minderjarigen), (nacht.Reden, nacht.Nachtverblijf, nacht.Doelgroep));
        Assert.Equal((OnvervuldeVraagReden.VervolgplaatsingNietGeregeldBinnen36Uur, Stap.Vervolgplaatsing), (vervolg.Reden, vervolg.Stap));
    }
}
