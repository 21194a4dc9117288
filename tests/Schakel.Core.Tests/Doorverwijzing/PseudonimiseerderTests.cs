using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;

namespace Schakel.Core.Tests.Doorverwijzing;

public class PseudonimiseerderTests
{
    private sealed class HmacBron : IPseudoniemBron
    {
        private static readonly byte[] Sleutel = Encoding.UTF8.GetBytes("testsleutel-niet-voor-productie");

        public string Maak(string soort, string waarde) =>
            Convert.ToHexString(HMACSHA256.HashData(Sleutel, Encoding.UTF8.GetBytes(soort + "\u001f" + waarde)))[..16];
    }

    private static readonly DateOnly Peildatum = new(2026, 11, 22);

    private static readonly Pseudonimiseerder Pseudonimiseerder = new(new HmacBron());

    private static MeldingInhoud Melding() => new()
    {
        Omschrijving = "Marieke Jansen (geboren 14-03-2009) werkt bij Nagelstudio Glitter aan de Brouwersgracht 112, " +
            "2512 ER. Bel haar op 06-12345678 of mail marieke.jansen@voorbeeld.nl. Een man met kenteken XK-123-B " +
            "haalt Marieke elke avond op. Ik ben Pieter Bakker, bereikbaar via 0701234567 of pieter@melder.nl.",
        GemeenteCode = "GM0518",
        Melder = new Contactgegevens("Pieter Bakker", "070-1234567", "pieter@melder.nl"),
        Betrokkenen =
        [
            new Betrokkene
            {
                Rol = "slachtoffer",
                Naam = "Marieke Jansen",
                Telefoon = "+31 6 12345678",
                Email = "marieke.jansen@voorbeeld.nl",
                Adres = new Adres
                {
                    Straat = "Brouwersgracht", Huisnummer = "112", Postcode = "2512 ER",
                    Woonplaats = "Den Haag", GemeenteCode = "GM0518",
                },
                Geboortedatum = new DateOnly(2009, 3, 14),
                Geslacht = "vrouw",
                Taal = "nl",
                Minderjarig = JaNeeOnbekend.Ja,
            },
        ],
        Aanknopingspunten =
        [
            new Aanknopingspunt(AanknopingspuntSoort.Bedrijf, "Nagelstudio Glitter"),
            new Aanknopingspunt(AanknopingspuntSoort.Voertuig, "XK-123-B"),
        ],
    };

    private static readonly string[] IdentificerendeWaarden =
    [
        "Marieke", "Jansen", "14-03-2009", "2009-03-14", "Brouwersgracht", "2512 ER", "06-12345678", "12345678",
        "marieke.jansen", "voorbeeld.nl", "Nagelstudio", "Glitter", "XK-123-B", "Pieter", "Bakker", "0701234567",
        "1234567", "pieter@melder.nl", "Den Haag",
    ];

    [Fact]
    public void Gepseudonimiseerde_weergave_bevat_geen_enkele_identificerende_waarde()
    {
        var weergave = Pseudonimiseerder.Pseudonimiseer(Melding(), Peildatum);

        var json = JsonSerializer.Serialize(weergave);
        foreach (var waarde in IdentificerendeWaarden)
        {
            Assert.DoesNotContain(waarde, json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Leeftijd_wordt_leeftijdsband_en_adres_wordt_gemeente()
    {
        var betrokkene = Assert.Single(Pseudonimiseerder.Pseudonimiseer(Melding(), Peildatum).Betrokkenen);

        Assert.Equal("16-17", betrokkene.Leeftijdsband);
        Assert.Equal("GM0518", betrokkene.GemeenteCode);
        Assert.Equal("slachtoffer", betrokkene.Rol);
        Assert.Equal(JaNeeOnbekend.Ja, betrokkene.Minderjarig);
    }

    [Fact]
    public void Pseudoniemen_zijn_stabiel_over_schrijfwijzen_en_meldingen_heen()
    {
        var eerste = Pseudonimiseerder.Pseudonimiseer(Melding(), Peildatum).Betrokkenen[0];
        var tweede = Pseudonimiseerder.Pseudonimiseer(new MeldingInhoud
        {
            Omschrijving = "Andere melding",
            Betrokkenen = [new Betrokkene { Naam = "  marieke   JANSEN ", Telefoon = "0612345678" }],
        }, Peildatum).Betrokkenen[0];

        Assert.Equal(eerste.Naam, tweede.Naam);
        Assert.Equal(eerste.Telefoon, tweede.Telefoon);
        Assert.StartsWith("NAAM-", eerste.Naam, StringComparison.Ordinal);
        Assert.StartsWith("TELEFOON-", eerste.Telefoon, StringComparison.Ordinal);
    }

    [Fact]
    public void Verschillende_personen_krijgen_verschillende_pseudoniemen()
    {
        var weergave = Pseudonimiseerder.Pseudonimiseer(new MeldingInhoud
        {
            Omschrijving = "-",
            Betrokkenen = [new Betrokkene { Naam = "Anna de Wit" }, new Betrokkene { Naam = "Anna de Wilt" }],
        }, Peildatum);

        Assert.NotEqual(weergave.Betrokkenen[0].Naam, weergave.Betrokkenen[1].Naam);
    }

    [Fact]
    public void Vrije_tekst_houdt_pseudoniemen_zodat_de_partner_het_verhaal_kan_volgen()
    {
        var weergave = Pseudonimiseerder.Pseudonimiseer(Melding(), Peildatum);
        var naam = weergave.Betrokkenen[0].Naam!;

        Assert.StartsWith(naam + " (geboren [geboortedatum]) werkt bij BEDRIJF-", weergave.Omschrijving, StringComparison.Ordinal);
        Assert.Contains("haalt " + naam + " elke avond op", weergave.Omschrijving, StringComparison.Ordinal);
        Assert.Contains("Ik ben [melder]", weergave.Omschrijving, StringComparison.Ordinal);
        Assert.Contains("[adres], [postcode]", weergave.Omschrijving, StringComparison.Ordinal);
    }

    [Fact]
    public void Onbekende_telefoonnummers_en_mailadressen_in_de_tekst_worden_ook_weggehaald()
    {
        var weergave = Pseudonimiseerder.Pseudonimiseer(
            new MeldingInhoud { Omschrijving = "Contact via +31 (0)6 98 76 54 32 of iemand@ergens.example in 2024." }, Peildatum);

        Assert.Equal("Contact via [telefoonnummer] of [e-mailadres] in 2024.", weergave.Omschrijving);
    }

    [Fact]
    public void Geen_weergave_noemt_alleen_het_signaal_de_afzender_en_niet_herleidbare_feiten()
    {
        var afzender = new Afzender("RSIV Den Haag (meldpunt)", "070-0000006", "meldpunt@rsiv.voorbeeld.nl");

        var weergave = Pseudonimiseerder.Geen("M-2026-000123", afzender);

        Assert.Equal(["Referentie", "Afzender", "Feiten"], typeof(SignaalWeergave).GetProperties().Select(p => p.Name));
        // The facts at level geen hold no free text, name, age, date or address: only these.
        Assert.Equal(["Uitbuitingsvormen", "GemeenteCode", "Urgentie", "AantalBetrokkenen", "Taal", "MinderjarigBetrokken", "Indicatoren"],
            typeof(Signaalfeiten).GetProperties().Select(p => p.Name));
        Assert.Equal("M-2026-000123", weergave.Referentie);
        Assert.Same(afzender, weergave.Afzender);
    }

    [Theory]
    [InlineData(0, "0-11")]
    [InlineData(11, "0-11")]
    [InlineData(12, "12-15")]
    [InlineData(17, "16-17")]
    [InlineData(18, "18-22")]
    [InlineData(64, "50-64")]
    [InlineData(65, "65+")]
    [InlineData(101, "65+")]
    public void Leeftijdsbanden_houden_de_grens_van_18_jaar(int leeftijd, string band)
    {
        Assert.Equal(band, Leeftijdsband.Van(leeftijd));
    }

    [Fact]
    public void Leeftijd_telt_pas_op_de_verjaardag()
    {
        Assert.Equal(17, Leeftijdsband.Leeftijd(new DateOnly(2009, 3, 14), new DateOnly(2027, 3, 13)));
        Assert.Equal(18, Leeftijdsband.Leeftijd(new DateOnly(2009, 3, 14), new DateOnly(2027, 3, 14)));
    }
}

public class PseudoniemNormalisatieTests
{
    [Theory]
    [InlineData("telefoon", "+31 6 1234 5678", "0612345678")]
    [InlineData("telefoon", "0031-6-12345678", "0612345678")]
    [InlineData("telefoon", "06-12 34 56 78", "0612345678")]
    [InlineData("kenteken", "xk-123-b", "XK123B")]
    [InlineData("naam", "  jan   de  Vries ", "JAN DE VRIES")]
    public void Schrijfwijzen_komen_op_dezelfde_vorm(string soort, string waarde, string verwacht)
    {
        Assert.Equal(verwacht, Pseudonimiseerder.Normaliseer(soort, waarde));
    }
}
