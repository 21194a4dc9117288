using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;

namespace Schakel.Core.Tests.Opvang;

public class MatcherCriteriaTests
{
    private static readonly PlekkenpoolCriteria Ruim = new()
    {
        MinimumLeeftijd = 0,
        MinderjarigenToegelaten = true,
        MultiproblematiekToegelaten = true,
        VerslavingToegelaten = true,
        Talen = ["nl", "en", "pl"],
        Rolstoeltoegankelijk = true,
        KinderenWelkom = true,
        Beveiligingsniveau = Beveiligingsniveau.Hoog,
    };

    /// <summary>Need, a pool that fails only the criterion, the criterion, and the explanation expected.</summary>
    public static TheoryData<string, Behoefte, PlekkenpoolCriteria, Criterium, string> Gevallen => new()
    {
        { "geslacht", Maak.Man(), Ruim with { Geslachten = [Geslacht.Vrouw] }, Criterium.Geslacht, "accepteert geen mannen" },
        { "leeftijd", Maak.Vrouw() with { Leeftijdscategorie = Leeftijdscategorie.Van50Tot64 }, Ruim with { MinimumLeeftijd = 18, MaximumLeeftijd = 49, MinderjarigenToegelaten = false },
            Criterium.Leeftijd, "leeftijd 50–64 jaar valt buiten 18–49 jaar" },
        { "minderjarig", Maak.Vrouw() with { Leeftijdscategorie = Leeftijdscategorie.Onbekend, Minderjarig = true }, Ruim with { MinimumLeeftijd = 18, MinderjarigenToegelaten = false },
            Criterium.Minderjarig, "neemt geen minderjarigen op" },
        { "uitbuitingsvorm", Maak.Man() with { Uitbuitingsvormen = [Uitbuitingsvorm.Arbeid] }, Ruim with { Uitbuitingsvormen = [Uitbuitingsvorm.Seksueel] },
            Criterium.Uitbuitingsvorm, "neemt geen slachtoffers van arbeidsuitbuiting op" },
        { "multiproblematiek", Maak.Vrouw() with { Multiproblematiek = true }, Ruim with { MultiproblematiekToegelaten = false },
            Criterium.Multiproblematiek, "geen opvang bij multiproblematiek" },
        { "verslaving", Maak.Vrouw() with { Verslaving = true }, Ruim with { VerslavingToegelaten = false }, Criterium.Verslaving, "accepteert geen verslaving" },
        { "taal", Maak.Vrouw() with { Talen = ["bg", "ro"] }, Ruim, Criterium.Taal, "spreekt geen Bulgaars of Roemeens" },
        { "rolstoel", Maak.Vrouw() with { Rolstoel = true }, Ruim with { Rolstoeltoegankelijk = false }, Criterium.Rolstoel, "geen rolstoeltoegang" },
        { "kinderen", Maak.Vrouw() with { KinderenMee = true }, Ruim with { KinderenWelkom = false }, Criterium.KinderenMee, "kinderen kunnen niet mee" },
        { "b8 niet toegelaten", Maak.Vrouw() with { BedenktijdB8 = JaNeeOnbekend.Ja }, Ruim with { BedenktijdB8 = BedenktijdB8Toelating.NietToegelaten },
            Criterium.BedenktijdB8, "neemt geen slachtoffers in de bedenktijd (B8) op" },
        { "b8 vereist", Maak.Vrouw() with { BedenktijdB8 = JaNeeOnbekend.Nee }, Ruim with { BedenktijdB8 = BedenktijdB8Toelating.Vereist },
            Criterium.BedenktijdB8, "alleen voor slachtoffers met bedenktijd (B8)" },
        { "beveiliging", Maak.Vrouw() with { MinimaalBeveiligingsniveau = Beveiligingsniveau.Hoog }, Ruim with { Beveiligingsniveau = Beveiligingsniveau.Verhoogd },
            Criterium.Beveiligingsniveau, "beveiligingsniveau te laag (verhoogd, nodig: hoog)" },
        { "uitgesloten gemeente", Maak.Vrouw() with { Veiligheid = new() { UitgeslotenGemeenten = ["GM0518"] } }, Ruim,
            Criterium.UitgeslotenGemeente, "ligt in een uitgesloten gemeente (Den Haag)" },
        { "minimale afstand", Maak.Vrouw() with { Veiligheid = new() { AfstandVan = Maak.Delft, MinimaleAfstandKm = 50 } }, Ruim,
            Criterium.MinimaleAfstand, "ligt op 7,6 km, minimaal 50 km nodig" },
    };

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void Elk_criterium_sluit_uit_en_wordt_genoemd(string naam, Behoefte behoefte, PlekkenpoolCriteria criteria, Criterium criterium, string uitleg)
    {
        var resultaat = Matcher.Rangschik(behoefte, Stap.EersteOpvang, [Maak.Pool(criteria: criteria)], Maak.Nu).Single();

        Assert.False(resultaat.Past, naam);
        var afwijzing = Assert.Single(resultaat.NietVervuld);
        Assert.Equal(criterium, afwijzing.Criterium);
        Assert.Equal(uitleg, afwijzing.Uitleg);
    }

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void Dezelfde_behoefte_past_bij_een_pool_die_het_criterium_wel_biedt(string naam, Behoefte behoefte, PlekkenpoolCriteria criteria, Criterium criterium, string uitleg)
    {
        _ = (criteria, criterium, uitleg);
        var alles = Ruim with { Talen = ["nl", "bg", "ro"] };
        var veilig = Maak.Pool(criteria: alles, locatie: Maak.Groningen, gemeente: "GM0014", gemeenteNaam: "Groningen");

        var resultaat = Matcher.Rangschik(behoefte, Stap.EersteOpvang, [veilig], Maak.Nu).Single();

        Assert.True(resultaat.Past, $"{naam}: {string.Join("; ", resultaat.NietVervuld.Select(a => a.Uitleg))}");
        Assert.Empty(resultaat.NietVervuld);
    }

    [Fact]
    public void Een_volle_pool_is_een_bijna_match_met_geen_plek_vrij()
    {
        var vol = Maak.Pool(capaciteit: 3, bezet: 2, gereserveerd: 1);

        var resultaat = Matcher.Rangschik(Maak.Vrouw(), Stap.EersteOpvang, [vol], Maak.Nu).Single();

        Assert.False(resultaat.Past);
        var afwijzing = Assert.Single(resultaat.NietVervuld);
        Assert.Equal((Criterium.Capaciteit, "geen plek vrij", Opvangberichten.GeenPlekVrij), (afwijzing.Criterium, afwijzing.Uitleg, afwijzing.Bericht?.Code));
    }

    [Fact]
    public void Een_minimale_afstand_sluit_een_pool_zonder_coordinaten_uit()
    {
        var behoefte = Maak.Vrouw() with { Veiligheid = new() { AfstandVan = Maak.Delft, MinimaleAfstandKm = 50 } };

        var resultaat = Matcher.Rangschik(behoefte, Stap.EersteOpvang, [Maak.Pool(zonderLocatie: true)], Maak.Nu).Single();

        Assert.Equal("afstand onbekend, minimaal 50 km nodig", Assert.Single(resultaat.NietVervuld).Uitleg);
    }

    [Fact]
    public void Meerdere_falende_criteria_worden_allemaal_genoemd()
    {
        var behoefte = Maak.Man() with { Rolstoel = true, Verslaving = true };
        var pool = Maak.Pool(criteria: new() { Geslachten = [Geslacht.Vrouw] }, bezet: 4);

        var resultaat = Matcher.Rangschik(behoefte, Stap.EersteOpvang, [pool], Maak.Nu).Single();

        Assert.Equal(
            [Criterium.Geslacht, Criterium.Verslaving, Criterium.Rolstoel, Criterium.Capaciteit],
            resultaat.NietVervuld.Select(a => a.Criterium));
    }

    [Fact]
    public void Een_passende_pool_zegt_waarom_hij_past()
    {
        var behoefte = Maak.Vrouw() with
        {
            Uitbuitingsvormen = [Uitbuitingsvorm.Seksueel, Uitbuitingsvorm.Crimineel],
            Talen = ["pl", "en"],
            Rolstoel = true,
            Zoeklocatie = Maak.Delft,
        };
        var pool = Maak.Pool(criteria: new() { Talen = ["nl", "en"], Rolstoeltoegankelijk = true }, capaciteit: 4, bezet: 1);

        var resultaat = Matcher.Rangschik(behoefte, Stap.EersteOpvang, [pool], Maak.Nu).Single();

        Assert.True(resultaat.Past);
        Assert.Equal(
            [
                "crisisplek", "neemt vrouwen op", "leeftijd 23–29 jaar past (18 jaar of ouder)",
                "neemt slachtoffers van seksuele uitbuiting en criminele uitbuiting op", "spreekt Engels",
                "rolstoeltoegankelijk", "3 plekken vrij", "op 7,6 km", "cijfers vers (minder dan 2 uur oud)",
            ],
            resultaat.Redenen);
    }

    [Fact]
    public void Een_onbekende_uitbuitingsvorm_vraagt_niets_van_de_pool()
    {
        var behoefte = Maak.Vrouw() with { Uitbuitingsvormen = [Uitbuitingsvorm.Onbekend] };
        var pool = Maak.Pool(criteria: new() { Uitbuitingsvormen = [Uitbuitingsvorm.Seksueel] });

        Assert.True(Matcher.Rangschik(behoefte, Stap.EersteOpvang, [pool], Maak.Nu).Single().Past);
    }

    [Fact]
    public void Een_cosm_pool_past_in_de_eerste_uren_als_b8_nog_onbekend_is()
    {
        var pool = Maak.Pool(type: Opvangtype.COSM, criteria: new() { BedenktijdB8 = BedenktijdB8Toelating.Vereist });

        var resultaat = Matcher.Rangschik(Maak.Vrouw(), Stap.EersteOpvang, [pool], Maak.Nu).Single();

        Assert.True(resultaat.Past);
        Assert.Contains("alleen bij bedenktijd (B8); nog onbekend of die is aangeboden", resultaat.Redenen);
    }
}
