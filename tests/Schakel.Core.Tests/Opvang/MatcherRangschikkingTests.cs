using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;

namespace Schakel.Core.Tests.Opvang;

public class MatcherRangschikkingTests
{
    private static readonly Behoefte VrouwInDelft = Maak.Vrouw() with { Zoeklocatie = Maak.Delft };

    private static List<int> Volgorde(IReadOnlyList<Matchresultaat> resultaten) =>
        resultaten.Select(r => int.Parse(r.Pool.Naam["Pool ".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public void Eerste_opvang_zet_crisisplekken_voor_langdurige_ook_als_die_dichterbij_zijn()
    {
        var pools = new[]
        {
            Maak.Pool(1, fase: Fase.Langdurig, locatie: Maak.Delft),
            Maak.Pool(2, fase: Fase.Crisis, locatie: Maak.Amsterdam),
        };

        var resultaten = Matcher.Rangschik(VrouwInDelft, Stap.EersteOpvang, pools, Maak.Nu);

        Assert.Equal([2, 1], Volgorde(resultaten));
        Assert.All(resultaten, r => Assert.True(r.Past));
    }

    [Fact]
    public void Eerste_opvang_zet_de_dichtstbijzijnde_crisisplek_voorop_en_bij_gelijke_afstand_de_verste_cijfers()
    {
        var pools = new[]
        {
            Maak.Pool(1, locatie: Maak.Rotterdam),
            Maak.Pool(2, locatie: Maak.Groningen),
            Maak.Pool(3, locatie: Maak.DenHaag, bijgewerktGeleden: TimeSpan.FromHours(9)),
            Maak.Pool(4, locatie: Maak.DenHaag, bijgewerktGeleden: TimeSpan.FromHours(3)),
            Maak.Pool(5, locatie: Maak.DenHaag, bijgewerktGeleden: TimeSpan.FromMinutes(10)),
        };

        var resultaten = Matcher.Rangschik(VrouwInDelft, Stap.EersteOpvang, pools, Maak.Nu);

        Assert.Equal([5, 4, 3, 1, 2], Volgorde(resultaten));
        Assert.Equal([Versheid.Vers, Versheid.Verouderend, Versheid.Verouderd], resultaten.Take(3).Select(r => r.Versheid));
    }

    [Fact]
    public void Alle_pools_komen_terug_passende_eerst_en_bijna_matches_met_minste_bezwaren_daarna()
    {
        var man = Maak.Man() with { Zoeklocatie = Maak.Delft };
        var pools = new[]
        {
            Maak.Pool(1, criteria: new() { Geslachten = [Geslacht.Vrouw] }, bezet: 4),
            Maak.Pool(2, locatie: Maak.Groningen),
            Maak.Pool(3, bezet: 4),
            Maak.Pool(4, criteria: new() { Geslachten = [Geslacht.Vrouw] }),
        };

        var resultaten = Matcher.Rangschik(man, Stap.EersteOpvang, pools, Maak.Nu);

        Assert.Equal([2, 4, 3, 1], Volgorde(resultaten));
        Assert.Equal([1, 2, 3, 4], resultaten.Select(r => r.Rang));
        Assert.Equal([true, false, false, false], resultaten.Select(r => r.Past));
        Assert.Equal(["geen plek vrij"], resultaten[2].NietVervuld.Select(a => a.Uitleg));
        Assert.Equal(["accepteert geen mannen", "geen plek vrij"], resultaten[3].NietVervuld.Select(a => a.Uitleg));
    }

    [Fact]
    public void Vervolgplaatsing_zet_het_passende_type_in_langdurige_fase_voorop()
    {
        var b8 = VrouwInDelft with { BedenktijdB8 = JaNeeOnbekend.Ja };
        var pools = new[]
        {
            Maak.Pool(1, type: Opvangtype.Vrouwenopvang, fase: Fase.Langdurig, locatie: Maak.Delft),
            Maak.Pool(2, type: Opvangtype.COSM, fase: Fase.Crisis, locatie: Maak.Delft),
            Maak.Pool(3, type: Opvangtype.COSM, fase: Fase.Doorstroom, locatie: Maak.Groningen),
            Maak.Pool(4, type: Opvangtype.Crisisopvang, fase: Fase.Langdurig, locatie: Maak.Delft),
            Maak.Pool(5, type: Opvangtype.COSM, fase: Fase.Langdurig, locatie: Maak.Amsterdam),
        };

        var resultaten = Matcher.Rangschik(b8, Stap.Vervolgplaatsing, pools, Maak.Nu);

        Assert.Equal([5, 3, 2, 1, 4], Volgorde(resultaten));
        Assert.Contains("passend type: COSM", resultaten[0].Redenen);
        Assert.Contains("langdurige plek", resultaten[0].Redenen);
        Assert.DoesNotContain(resultaten[4].Redenen, r => r.StartsWith("passend type", StringComparison.Ordinal));
    }

    [Fact]
    public void Vervolgplaatsing_volgt_een_opgegeven_voorkeur()
    {
        var behoefte = VrouwInDelft with { VoorkeurTypen = [Opvangtype.MaatschappelijkeOpvang, Opvangtype.Vrouwenopvang] };
        var pools = new[]
        {
            Maak.Pool(1, type: Opvangtype.Vrouwenopvang, fase: Fase.Langdurig),
            Maak.Pool(2, type: Opvangtype.MaatschappelijkeOpvang, fase: Fase.Langdurig, locatie: Maak.Groningen),
        };

        Assert.Equal([2, 1], Volgorde(Matcher.Rangschik(behoefte, Stap.Vervolgplaatsing, pools, Maak.Nu)));
    }

    [Fact]
    public void De_volgorde_hangt_niet_af_van_de_invoervolgorde()
    {
        var pools = Enumerable.Range(1, 8)
            .Select(i => Maak.Pool(i, fase: i % 2 == 0 ? Fase.Crisis : Fase.Doorstroom, bezet: i % 3, capaciteit: 2))
            .ToList();

        var verwacht = Volgorde(Matcher.Rangschik(VrouwInDelft, Stap.EersteOpvang, pools, Maak.Nu));
        var omgekeerd = Volgorde(Matcher.Rangschik(VrouwInDelft, Stap.EersteOpvang, Enumerable.Reverse(pools), Maak.Nu));
        var geschud = Volgorde(Matcher.Rangschik(VrouwInDelft, Stap.EersteOpvang, pools.OrderBy(p => p.Id.GetHashCode()), Maak.Nu));

        Assert.Equal(verwacht, omgekeerd);
        Assert.Equal(verwacht, geschud);
    }

    [Fact]
    public void Bij_volledig_gelijke_pools_beslist_de_id()
    {
        var pools = new[] { Maak.Pool(7), Maak.Pool(3), Maak.Pool(5) };

        Assert.Equal([3, 5, 7], Volgorde(Matcher.Rangschik(VrouwInDelft, Stap.EersteOpvang, pools, Maak.Nu)));
    }

    [Fact]
    public void Zonder_zoeklocatie_is_er_geen_afstand_en_beslist_de_versheid()
    {
        var pools = new[] { Maak.Pool(1, bijgewerktGeleden: TimeSpan.FromHours(5)), Maak.Pool(2, locatie: Maak.Groningen) };

        var resultaten = Matcher.Rangschik(Maak.Vrouw(), Stap.EersteOpvang, pools, Maak.Nu);

        Assert.Equal([2, 1], Volgorde(resultaten));
        Assert.All(resultaten, r => Assert.Null(r.AfstandKm));
    }
}
