using Schakel.Core.Doorverwijzing;

namespace Schakel.Core.Tests.Doorverwijzing;

/// <summary>
/// Realistic free texts in Dutch, English and Polish, each with the identifiers that must not survive the
/// filter (and, where it matters, words that must: the signal should still be readable).
/// </summary>
public class VrijeTekstFilterTests
{
    public sealed record Geval(string Tekst, string[] Weg, string[] Blijft)
    {
        public override string ToString() => Tekst[..Math.Min(40, Tekst.Length)];
    }

    private static Geval G(string tekst, string[] weg, params string[] blijft) => new(tekst, weg, blijft);

    public static TheoryData<Geval> Testset => new()
    {
        // Dutch
        G("Er wonen meisjes boven de nagelstudio aan de Leyweg, ze gaan nooit alleen naar buiten.",
            ["nagelstudio", "Leyweg"], "meisjes", "naar buiten"),
        G("In de Van der Vennestraat staat elke nacht een busje met Poolse mannen.", ["Van der Vennestraat", "Vennestraat"], "busje", "Poolse mannen"),
        G("Ze werkt in Kapsalon Bella op de Prinses Beatrixlaan 42 en krijgt geen loon.", ["Bella", "Beatrixlaan", "42"], "geen loon"),
        G("De eigenaar heet Piet de Boer en rijdt in een zwarte BMW met kenteken GH-123-K.", ["Piet", "Boer", "GH-123-K"], "zwarte BMW"),
        G("Bel mijn collega op 06-12345678 of mail naar info@schoonmaakgroep.nl.", ["06-12345678", "info@schoonmaakgroep.nl"], "collega"),
        G("Sinds 12 maart 2024 slapen er tien arbeiders in de loods van Bouwbedrijf De Vries BV.", ["12 maart 2024", "Vries", "Bouwbedrijf De Vries"], "tien arbeiders"),
        G("Op 03-02-2024 zag ik een jong meisje bij het hotel aan de Laan van Meerdervoort.", ["03-02-2024", "Meerdervoort", "het hotel"], "jong meisje"),
        G("Meneer Jansen haalt de vrouwen 's ochtends op bij de Hoefkade 10a.", ["Jansen", "Hoefkade", "10a"], "vrouwen"),
        G("Het gaat om de shoarmazaak op het Spui; de baas Ahmed neemt paspoorten in.", ["Ahmed", "de shoarmazaak", "Spui"], "paspoorten"),
        G("Gisteren kwam Marek Wiśniewski weer de huur innen bij de meisjes.", ["Marek", "Wiśniewski"], "huur innen", "meisjes"),
        G("Sanne van Dijk brengt de vrouwen elke avond naar Spui 70.", ["Sanne", "Dijk", "Spui", "70"], "vrouwen", "elke avond"),
        G("De meisjes wonen boven een winkel op het Buitenhof en mogen niet naar buiten.", ["Buitenhof"], "meisjes", "mogen niet naar buiten"),
        G("ze slapen in een schuur aan de leyweg en werken de hele dag in de kas", ["leyweg"], "schuur", "werken de hele dag in de kas"),
        G("adres is hobbemastraat 120, tweede verdieping, daar wonen acht mannen", ["hobbemastraat", "120"], "tweede verdieping", "acht mannen"),
        G("Op de terugweg zag ik het busje weer staan bij de Grote Markt.", ["Grote Markt"], "terugweg", "busje"),
        G("Een auto met kenteken 12-ABC-3 rijdt af en aan bij de Kerkstraat in Delft.", ["12-ABC-3", "Kerkstraat"], "Delft"),
        G("Mijn buurvrouw genaamd Anna Kowalska wordt door haar vriend geslagen en moet werken.", ["Anna", "Kowalska"], "buurvrouw"),
        G("De mannen werken bij Uitzendbureau FlexWerk en wonen aan de Stationsweg 8 in 2512 AB.", ["FlexWerk", "Stationsweg", "2512 AB"], "mannen"),
        G("Mevrouw De Wit van de massagesalon vroeg of ik 'klanten' wilde ontvangen, op 5 mei.", ["De Wit", "de massagesalon", "5 mei"], "klanten"),
        G("Zijn nummer is +31 6 9876 5432 en hij noemt zich Kevin.", ["9876", "Kevin"], "nummer"),
        G("Bij de autowasstraat aan de Binckhorstlaan werken jongens zonder papieren.", ["Binckhorstlaan", "de autowasstraat"], "jongens zonder papieren"),
        G("Het pand aan de Hobbemastraat 120 wordt verhuurd per bed, geboren 14-07-2006.", ["Hobbemastraat", "120", "14-07-2006"], "per bed"),
        // English
        G("A girl named Maria is kept in the flat above the nail bar on Mill Road.", ["Maria", "Mill Road", "the nail bar"], "girl"),
        G("The owner, Mr Smith, takes their passports; call him on 0044 7700 900123.", ["Smith", "7700", "900123"], "passports"),
        G("Workers at Clean Team B.V. sleep at 14 Baker Street since March 5, 2024.", ["Clean Team", "Baker Street", "March 5, 2024"], "Workers"),
        G("Her email is jana.novak@example.com and the car is AB12 CDE.", ["jana.novak@example.com", "AB12 CDE"], "car"),
        G("They are picked up at the car wash on Station Road every day at six.", ["Station Road", "the car wash"], "every day"),
        G("A man called John Peters recruits girls online and moves them to Restaurant Golden Dragon.", ["John", "Peters", "Golden Dragon"], "recruits girls online"),
        G("On 3rd of May the boss Kevin came to the house in Westland with new workers.", ["3rd of May", "Kevin"], "Westland"),
        G("Every night Sarah Jones drives them to the greenhouse and back.", ["Sarah", "Jones"], "drives them", "greenhouse"),
        // Polish
        G("Pracujemy w firmie Kowalski na ulicy Leyweg, szef zabiera nam paszporty.", ["Kowalski", "Leyweg"], "paszporty"),
        G("Mieszkamy w Den Haag przy ul. Marszałkowskiej 12, jest nas dziesięciu.", ["Marszałkowskiej", "12"], "dziesięciu"),
        G("Szef nazywa się Marek Nowak, jego telefon to +48 512 345 678.", ["Marek", "Nowak", "512 345 678"], "telefon"),
        G("Od 12 stycznia 2024 r. pracujemy bez umowy w agencji Praca-Max.", ["12 stycznia 2024", "Praca-Max"], "bez umowy"),
        G("Pani Agnieszka z salonu trzyma dziewczyny w mieszkaniu na Hoefkade.", ["Agnieszka", "Hoefkade"], "dziewczyny"),
        G("Samochód WA 12345 przyjeżdża codziennie do myjni Auto-Clean przy Binckhorstlaan.", ["WA 12345", "Auto-Clean", "Binckhorstlaan"], "codziennie"),
        G("Proszę napisać na piotr.zielinski@poczta.pl, kolega o imieniu Tomek też tam pracuje.", ["piotr.zielinski@poczta.pl", "Tomek"], "kolega"),
        G("Mieszkamy na alei Jerozolimskie 5/7 w Polsce, a pracujemy w szklarni w Westland.", ["Jerozolimskie", "5/7"], "szklarni"),
        G("Mieszkamy przy Spui, a Agnieszka Nowak pilnuje, żebyśmy nie wychodziły.", ["Spui", "Agnieszka", "Nowak"], "pilnuje"),
    };

    [Theory]
    [MemberData(nameof(Testset))]
    public void Geen_genoemde_identificatie_overleeft_het_filter(Geval geval)
    {
        var gefilterd = VrijeTekstFilter.Filter(geval.Tekst);

        foreach (var weg in geval.Weg)
        {
            Assert.False(gefilterd.Contains(weg, StringComparison.OrdinalIgnoreCase), $"'{weg}' staat nog in: {gefilterd}");
        }
        foreach (var blijft in geval.Blijft)
        {
            Assert.True(gefilterd.Contains(blijft, StringComparison.Ordinal), $"'{blijft}' is ten onrechte weg uit: {gefilterd}");
        }
    }

    [Fact]
    public void De_testset_is_groot_genoeg_en_in_drie_talen() => Assert.True(Testset.Count >= 30);

    [Fact]
    public void Gepseudonimiseerde_weergave_toont_geen_straat_of_bedrijf_uit_de_omschrijving()
    {
        var inhoud = new MeldingInhoud { Omschrijving = "Er wonen meisjes boven de nagelstudio aan de Leyweg." };

        var weergave = new Pseudonimiseerder(new VasteBron()).Pseudonimiseer(inhoud, new DateOnly(2026, 12, 5));

        Assert.DoesNotContain("Leyweg", weergave.Omschrijving, StringComparison.Ordinal);
        Assert.DoesNotContain("nagelstudio", weergave.Omschrijving, StringComparison.Ordinal);
        Assert.Contains(VrijeTekstFilter.Straat, weergave.Omschrijving, StringComparison.Ordinal);
    }

    [Fact]
    public void Tekst_die_niet_op_tijd_te_schonen_is_wordt_achtergehouden_en_nooit_ongeschoond_getoond()
    {
        const string tekst = "Er wonen meisjes boven de nagelstudio aan de Leyweg.";

        var weergave = Pseudonimiseerder.SchoonOfAchtergehouden(tekst, [],
            _ => throw new System.Text.RegularExpressions.RegexMatchTimeoutException(tekst, "patroon", TimeSpan.FromSeconds(1)));

        Assert.Equal(Pseudonimiseerder.Achtergehouden, weergave);
    }

    private sealed class VasteBron : IPseudoniemBron
    {
        public string Maak(string soort, string waarde) => "x";
    }
}
