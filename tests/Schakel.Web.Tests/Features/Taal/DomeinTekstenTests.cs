using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;
using Schakel.Core.Organisaties;
using Schakel.Core.Teksten;
using Schakel.Web.Features.Taal;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Features.Taal;

/// <summary>Core's message codes and enum words have a Dutch and an English text, and read as English in English.</summary>
public sealed class DomeinTekstenTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    public static TheoryData<string> Codes()
    {
        var codes = new TheoryData<string>();
        var berichtklassen = typeof(Bericht).Assembly.GetTypes().Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.Name.EndsWith("berichten", StringComparison.Ordinal));
        foreach (var veld in berichtklassen.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
        {
            codes.Add((string)veld.GetRawConstantValue()!);
        }
        foreach (var (type, variant) in Opvangberichten.Woorden.Concat([(typeof(OrganisatieType), null), (typeof(Partijcategorie), null), (typeof(Deelniveau), null)]))
        {
            foreach (var waarde in Enum.GetNames(type))
            {
                codes.Add(Bericht.WoordCode(type, waarde, variant));
            }
        }
        foreach (var code in Routeberichten.StandaardCodes)
        {
            codes.Add(code);
        }
        foreach (var doel in typeof(Routeberichten.Doelen).GetFields().Where(f => f.IsLiteral))
        {
            codes.Add("doel." + (string)doel.GetRawConstantValue()!);
        }
        foreach (var waarde in Enum.GetNames<Schakel.Web.Features.Opvang.ReserveringStatus>())
        {
            codes.Add($"woord.ReserveringStatus.{waarde}");
        }
        return codes;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Elke_code_heeft_een_Nederlandse_en_een_Engelse_tekst(string code)
    {
        var teksten = factory.Services.GetRequiredService<IStringLocalizer<DomeinTeksten>>();
        foreach (var taal in new[] { "nl", "en" })
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(taal);
            var tekst = teksten[code];
            Assert.False(tekst.ResourceNotFound, $"{code} mist in {taal}");
            Assert.False(string.IsNullOrWhiteSpace(tekst.Value));
        }
    }

    private string Engels(Bericht b)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        return factory.Services.GetRequiredService<DomeinTekst>()[b];
    }

    [Fact]
    public void Een_afwijzing_met_een_opsomming_leest_in_het_Engels()
    {
        var b = Bericht.Van(Opvangberichten.VormenNiet, "neemt geen slachtoffers van {0} op",
            new Opsomming([Bericht.Woord(Uitbuitingsvorm.Arbeid, "arbeidsuitbuiting"), Bericht.Woord(Uitbuitingsvorm.Crimineel, "criminele uitbuiting")], En: false));

        Assert.Equal("does not take victims of labour exploitation or criminal exploitation", Engels(b));
    }

    [Fact]
    public void Kilometers_krijgen_de_decimaalpunt_van_de_lezer()
    {
        Assert.Equal("49.7 km away", Engels(Bericht.Van(Opvangberichten.OpAfstand, "op {0} km", 49.74)));
    }

    [Fact]
    public void De_plaatsingsbevoegdheid_noemt_wie_mag_plaatsen_in_het_Engels()
    {
        var b = Bericht.Van(Opvangberichten.MagNiet, "U mag niet plaatsen in deze plekkenpool ({0}). Plaatsen mag: {1}.",
            Bericht.Woord(Opvangtype.OMM, "OMM"),
            new Opsomming([Bericht.Van(Opvangberichten.PartijSamen, "{0} samen met de gemeente", Bericht.Woord(OrganisatieType.CoMensha, "CoMensha", "lidwoord"))], En: false));

        Assert.Equal("You may not place in this bed pool (OMM). Who may place: CoMensha together with the municipality.", Engels(b));
    }

    [Fact]
    public void Een_onbekende_code_valt_terug_op_het_Nederlands_van_het_domein()
    {
        Assert.Equal("iets nieuws", Engels(new Bericht("opvang.bestaat-niet", "iets nieuws", [])));
    }

    private static Routevoorstel StandaardVoorstel(string? gemeente)
    {
        OrganisatieVermelding Org(string naam, OrganisatieType type, Partijcategorie categorie, Reikwijdte reikwijdte, params string[] werkgebied) =>
            new() { Id = Guid.NewGuid(), Naam = naam, Type = type, Categorie = categorie, Reikwijdte = reikwijdte, Werkgebied = werkgebied };
        var gids = new OrganisatieLijst(
        [
            Org("Politie Eenheid Den Haag", OrganisatieType.Politie, Partijcategorie.Opsporingsinstantie, Reikwijdte.Regionaal, "GM0518", "GM0503"),
            Org("SHOP", OrganisatieType.Zorgcoordinatie, Partijcategorie.PartijMetMeldOfCoordinatiefunctie, Reikwijdte.Regionaal, "GM0518", "GM0503"),
            Org("Gemeente Den Haag", OrganisatieType.Gemeente, Partijcategorie.Toezichthouder, Reikwijdte.Lokaal, "GM0518"),
        ]);
        var melding = new MeldingKenmerken
        {
            GemeenteCode = gemeente, GemeenteNaam = gemeente is null ? null : "Delft", Zijde = Zijde.Beide, AcuutGevaar = true,
            Uitbuitingsvormen = [Uitbuitingsvorm.Arbeid], IllegaleProstitutieOfMalafideBedrijf = true, AanknopingspuntAanwezig = true,
            MinderjarigBetrokken = JaNeeOnbekend.Ja, MelderIsGemeentemedewerker = true,
        };
        return MeldrouteEvaluator.Evalueer(StandaardMeldroute.Maak(), melding, gids, Deelbeleid.Standaard);
    }

    private static IEnumerable<Bericht> Berichten(Routevoorstel v) =>
        v.ToelichtingBerichten!
            .Concat(v.Doorverwijzingen.SelectMany(d => d.Redenen).Select(r => r.Bericht!))
            .Concat(v.Ontbrekend.Select(o => o.Bericht!));

    [Theory]
    [InlineData("GM0503")]
    [InlineData(null)]
    public void Een_routevoorstel_leest_in_het_Nederlands_als_het_domein_en_in_het_Engels_zonder_Nederlands(string? gemeente)
    {
        var voorstel = StandaardVoorstel(gemeente);
        Assert.NotEmpty(voorstel.Ontbrekend);
        var tekst = factory.Services.GetRequiredService<DomeinTekst>();
        foreach (var bericht in Berichten(voorstel))
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl");
            Assert.Equal(bericht.Nederlands, tekst[bericht]);
            var engels = Engels(bericht);
            foreach (var woord in new[] { " van ", " voor ", "gevonden", "gemeente", "informeren", "verlaagd", "toepassing", "regionale", "landelijke", "aandachtsfunctionaris" })
            {
                Assert.DoesNotContain(woord, engels, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Verlaagd_deelniveau_en_bereikbaarheid_lezen_in_het_Engels()
    {
        var voorstel = StandaardVoorstel("GM0518");
        Assert.Contains(Berichten(voorstel).Select(Engels).ToList(), t => t.Contains(" lowered to ", StringComparison.Ordinal) && t.EndsWith("under the sharing policy", StringComparison.Ordinal));

        var maandagAvond = new DateTimeOffset(2026, 12, 7, 20, 0, 0, TimeSpan.FromHours(1));
        var oordeel = Bereikbaarheid.Bepaal(false, "ma-vr 09:00-17:00", maandagAvond);
        Assert.Equal("not reachable now; reachable again tomorrow at 09:00 (ma-vr 09:00-17:00)", Engels(oordeel.Bericht));
        Assert.False(Openingstijden.TryParse("maandag", out _, out Bericht? fout));
        Assert.Equal("Part \"maandag\" cannot be read: expected for example \"ma-vr 09:00-17:00\" (Dutch day abbreviations).", Engels(fout!));
    }
}
