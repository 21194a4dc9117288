using System.Text.Json;
using System.Text.RegularExpressions;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Doorverwijzing.Meldroute;

namespace Schakel.Web.Features.Doorverwijzing.Beheer;

/// <summary>
/// One rule as a form: every condition and outcome is a field of its own. Numbers are read as text so a wrong entry
/// gets our own message next to the field, never the framework's; enum values are the API's camelCase words.
/// Alternative conditions ("one of", <c>eenVan</c>) are sets of the same fields: the rule applies when its own fields
/// hold and, if there are alternatives, at least one of them.
/// </summary>
public sealed partial class RegelFormulier : VoorwaardenFormulier
{
    public string? NieuweCode { get; set; }
    public string? Nummer { get; set; }
    public string? Naam { get; set; }
    public bool Actief { get; set; } = true;
    public string? Reden { get; set; }

    /// <summary>The alternatives, and one empty set at the end for adding one; a set is removed by ticking it.</summary>
    public List<AlternatiefFormulier> Alternatieven { get; set; } = [];

    public List<UitkomstFormulier> Uitkomsten { get; set; } = [];

    public static RegelFormulier Van(MeldrouteRegelVersie versie)
    {
        var regel = versie.NaarRegel();
        var formulier = new RegelFormulier
        {
            Nummer = versie.Nummer.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Naam = versie.Naam,
            Actief = versie.Actief,
            Alternatieven = [.. (regel.Voorwaarden.EenVan ?? []).Select(AlternatiefFormulier.Van)],
            Uitkomsten = [.. regel.Uitkomsten.Select(u => new UitkomstFormulier
            {
                Doeltype = Woord(u.Doeltype), Bereik = Woord(u.Bereik), Rol = Woord(u.Rol), Deelniveau = Woord(u.Deelniveau),
                Spoed = u.Spoed, Functie = u.Functie, Uitleg = u.Uitleg, AlleenAlsSoorten = Woorden(u.AlleenAls?.AanknopingspuntSoorten),
            })],
        };
        return Vul(formulier, regel.Voorwaarden);
    }

    /// <summary>
    /// The rule's conditions and outcomes, or the problems per form field as message keys (with their arguments);
    /// the page turns the keys into text in the reader's language.
    /// </summary>
    public (RegelVoorwaarden? Voorwaarden, List<RegelUitkomst>? Uitkomsten, int Nummer, List<(string Veld, string Sleutel, object[] Argumenten)> Fouten) Lees(bool nieuw)
    {
        var fouten = new List<(string, string, object[])>();
        void Fout(string veld, string sleutel, params object[] argumenten) => fouten.Add(("Formulier." + veld, sleutel, argumenten));

        if (nieuw && !CodeVorm().IsMatch(NieuweCode?.Trim() ?? ""))
        {
            Fout(nameof(NieuweCode), "Fout.Code");
        }
        if (!int.TryParse(Nummer?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var nummer)
            || nummer is < 1 or > 10_000)
        {
            Fout(nameof(Nummer), "Fout.Nummer");
        }
        if (string.IsNullOrWhiteSpace(Naam) || Naam.Trim().Length > 200)
        {
            Fout(nameof(Naam), "Fout.Naam");
        }
        if (string.IsNullOrWhiteSpace(Reden) || Reden.Trim().Length > 1000)
        {
            Fout(nameof(Reden), "Fout.Reden");
        }

        var eigen = LeesVoorwaarden("", Fout);
        var eenVan = AlternatiefFormulier.LeesSets(Alternatieven, "", Fout);

        var uitkomsten = new List<RegelUitkomst>();
        for (var i = 0; i < Uitkomsten.Count; i++)
        {
            var u = Uitkomsten[i];
            if (u.Verwijderen || (string.IsNullOrEmpty(u.Doeltype) && string.IsNullOrWhiteSpace(u.Uitleg)))
            {
                continue;
            }
            var veld = $"Uitkomsten[{i}].";
            var doeltypeGeldig = KenmerkenLezer.ProbeerEnum<OrganisatieType>(u.Doeltype, out var doeltype);
            if (!doeltypeGeldig)
            {
                Fout(veld + nameof(u.Doeltype), string.IsNullOrEmpty(u.Doeltype) ? "Fout.Doeltype" : "Fout.Keuze");
            }
            var bereikGeldig = KenmerkenLezer.ProbeerEnum<Doelbereik>(u.Bereik, out var bereik);
            if (!bereikGeldig)
            {
                Fout(veld + nameof(u.Bereik), "Fout.Keuze");
            }
            var rolGeldig = KenmerkenLezer.ProbeerEnum<Rol>(u.Rol, out var rol);
            if (!rolGeldig)
            {
                Fout(veld + nameof(u.Rol), "Fout.Keuze");
            }
            var niveauGeldig = KenmerkenLezer.ProbeerEnum<Deelniveau>(u.Deelniveau, out var niveau);
            if (!niveauGeldig)
            {
                Fout(veld + nameof(u.Deelniveau), "Fout.Keuze");
            }
            if (string.IsNullOrWhiteSpace(u.Uitleg) || u.Uitleg.Trim().Length > 500)
            {
                Fout(veld + nameof(u.Uitleg), "Fout.Uitleg");
            }
            if (u.Functie?.Trim().Length > 200)
            {
                Fout(veld + nameof(u.Functie), "Fout.Functie");
            }
            var alleenAls = Enums<AanknopingspuntSoort>(u.AlleenAlsSoorten, veld + nameof(u.AlleenAlsSoorten), Fout);
            if (doeltypeGeldig && bereikGeldig && rolGeldig && niveauGeldig && !string.IsNullOrWhiteSpace(u.Uitleg))
            {
                uitkomsten.Add(new RegelUitkomst
                {
                    Doeltype = doeltype, Bereik = bereik, Rol = rol, Deelniveau = niveau, Spoed = u.Spoed,
                    Functie = string.IsNullOrWhiteSpace(u.Functie) ? null : u.Functie.Trim(), Uitleg = u.Uitleg.Trim(),
                    AlleenAls = alleenAls is { Count: > 0 } ? new RegelVoorwaarden { AanknopingspuntSoorten = alleenAls } : null,
                });
            }
        }
        if (uitkomsten.Count == 0 && !fouten.Any(f => f.Item1.StartsWith("Formulier.Uitkomsten[", StringComparison.Ordinal)))
        {
            fouten.Add(("Formulier.Uitkomsten", "Fout.GeenUitkomst", []));
        }
        if (fouten.Count > 0)
        {
            return (null, null, nummer, fouten);
        }
        var voorwaarden = eigen! with { EenVan = eenVan.Count > 0 ? eenVan : null };
        return (voorwaarden, uitkomsten, nummer, fouten);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$")]
    private static partial Regex CodeVorm();
}

/// <summary>
/// The condition fields of a rule, used for the rule's own conditions and for each alternative set ("one of").
/// </summary>
public abstract partial class VoorwaardenFormulier
{
    public List<string> Uitbuitingsvormen { get; set; } = [];
    public List<string> Zijden { get; set; } = [];
    public List<string> Urgenties { get; set; } = [];
    public List<string> MelderTypen { get; set; } = [];
    public List<string> Kanalen { get; set; } = [];
    public List<string> AanknopingspuntSoorten { get; set; } = [];

    /// <summary>"", "ja", "nee" or "onbekend".</summary>
    public string? MinderjarigBetrokken { get; set; }

    /// <summary>"", "ja" or "nee" for the three yes/no conditions.</summary>
    public string? AanknopingspuntAanwezig { get; set; }
    public string? MelderIsGemeentemedewerker { get; set; }
    public string? IllegaleProstitutieOfMalafideBedrijf { get; set; }

    /// <summary>Comma- or space-separated codes.</summary>
    public string? GemeenteCodes { get; set; }
    public string? DistrictCodes { get; set; }
    public string? Indicatoren { get; set; }

    public static string Woord<T>(T waarde) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(waarde.ToString());

    /// <summary>Nothing filled in: an empty alternative is the row for adding one, not a condition that matches anything.</summary>
    public bool IsLeeg =>
        Uitbuitingsvormen.Count + Zijden.Count + Urgenties.Count + MelderTypen.Count + Kanalen.Count + AanknopingspuntSoorten.Count == 0
        && string.IsNullOrEmpty(MinderjarigBetrokken) && string.IsNullOrEmpty(AanknopingspuntAanwezig)
        && string.IsNullOrEmpty(MelderIsGemeentemedewerker) && string.IsNullOrEmpty(IllegaleProstitutieOfMalafideBedrijf)
        && string.IsNullOrWhiteSpace(GemeenteCodes) && string.IsNullOrWhiteSpace(DistrictCodes) && string.IsNullOrWhiteSpace(Indicatoren);

    protected static T Vul<T>(T f, RegelVoorwaarden v) where T : VoorwaardenFormulier
    {
        f.Uitbuitingsvormen = Woorden(v.Uitbuitingsvormen);
        f.Zijden = Woorden(v.Zijden);
        f.Urgenties = Woorden(v.Urgenties);
        f.MelderTypen = Woorden(v.MelderTypen);
        f.Kanalen = Woorden(v.Kanalen);
        f.AanknopingspuntSoorten = Woorden(v.AanknopingspuntSoorten);
        f.MinderjarigBetrokken = v.MinderjarigBetrokken is { } m ? Woord(m) : "";
        f.AanknopingspuntAanwezig = JaNee(v.AanknopingspuntAanwezig);
        f.MelderIsGemeentemedewerker = JaNee(v.MelderIsGemeentemedewerker);
        f.IllegaleProstitutieOfMalafideBedrijf = JaNee(v.IllegaleProstitutieOfMalafideBedrijf);
        f.GemeenteCodes = string.Join(", ", v.GemeenteCodes ?? []);
        f.DistrictCodes = string.Join(", ", v.DistrictCodes ?? []);
        f.Indicatoren = string.Join(", ", v.Indicatoren ?? []);
        return f;
    }

    /// <summary>The conditions, or null with a problem per field (keys relative to the form, after <paramref name="prefix"/>).</summary>
    public RegelVoorwaarden? LeesVoorwaarden(string prefix, Action<string, string, object[]> fout)
    {
        var aantal = 0;
        void Fout(string veld, string sleutel, params object[] argumenten)
        {
            aantal++;
            fout(prefix + veld, sleutel, argumenten);
        }

        var vormen = Enums<Uitbuitingsvorm>(Uitbuitingsvormen, nameof(Uitbuitingsvormen), Fout);
        var zijden = Enums<Zijde>(Zijden, nameof(Zijden), Fout);
        var urgenties = Enums<Urgentie>(Urgenties, nameof(Urgenties), Fout);
        var melderTypen = Enums<MelderType>(MelderTypen, nameof(MelderTypen), Fout);
        var kanalen = Enums<Kanaal>(Kanalen, nameof(Kanalen), Fout);
        var soorten = Enums<AanknopingspuntSoort>(AanknopingspuntSoorten, nameof(AanknopingspuntSoorten), Fout);
        JaNeeOnbekend? minderjarig = null;
        if (!string.IsNullOrEmpty(MinderjarigBetrokken))
        {
            if (KenmerkenLezer.ProbeerEnum<JaNeeOnbekend>(MinderjarigBetrokken, out var m))
            {
                minderjarig = m;
            }
            else
            {
                Fout(nameof(MinderjarigBetrokken), "Fout.Keuze");
            }
        }
        var aanwezig = LeesJaNee(AanknopingspuntAanwezig, nameof(AanknopingspuntAanwezig), Fout);
        var gemeentemedewerker = LeesJaNee(MelderIsGemeentemedewerker, nameof(MelderIsGemeentemedewerker), Fout);
        var malafide = LeesJaNee(IllegaleProstitutieOfMalafideBedrijf, nameof(IllegaleProstitutieOfMalafideBedrijf), Fout);
        var gemeenten = Codes(GemeenteCodes, GemeenteVorm(), nameof(GemeenteCodes), "Fout.GemeenteCodes", Fout);
        var districten = Codes(DistrictCodes, DistrictVorm(), nameof(DistrictCodes), "Fout.DistrictCodes", Fout);
        var indicatoren = Codes(Indicatoren?.ToUpperInvariant(), IndicatorVorm(), nameof(Indicatoren), "Fout.Indicatoren", Fout);
        if (aantal > 0)
        {
            return null;
        }
        return new RegelVoorwaarden
        {
            Uitbuitingsvormen = Null(vormen), Zijden = Null(zijden), Urgenties = Null(urgenties), MinderjarigBetrokken = minderjarig,
            GemeenteCodes = Null(gemeenten), DistrictCodes = Null(districten), MelderTypen = Null(melderTypen), Kanalen = Null(kanalen),
            AanknopingspuntAanwezig = aanwezig, AanknopingspuntSoorten = Null(soorten), Indicatoren = Null(indicatoren),
            MelderIsGemeentemedewerker = gemeentemedewerker, IllegaleProstitutieOfMalafideBedrijf = malafide,
        };
    }

    private static List<T>? Null<T>(List<T>? lijst) => lijst is { Count: > 0 } ? lijst : null;

    protected static List<string> Woorden<T>(IReadOnlyList<T>? waarden) where T : struct, Enum => [.. (waarden ?? []).Select(Woord)];

    protected static string JaNee(bool? waarde) => waarde switch { true => "ja", false => "nee", null => "" };

    protected static List<T>? Enums<T>(List<string>? woorden, string veld, Action<string, string, object[]> fout) where T : struct, Enum
    {
        var lijst = new List<T>();
        foreach (var woord in woorden ?? [])
        {
            if (KenmerkenLezer.ProbeerEnum<T>(woord, out var waarde))
            {
                lijst.Add(waarde);
            }
            else
            {
                fout(veld, "Fout.Keuze", []);
                return null;
            }
        }
        return lijst;
    }

    private static bool? LeesJaNee(string? waarde, string veld, Action<string, string, object[]> fout)
    {
        switch (waarde)
        {
            case null or "":
                return null;
            case "ja":
                return true;
            case "nee":
                return false;
            default:
                fout(veld, "Fout.Keuze", []);
                return null;
        }
    }

    private static List<string>? Codes(string? tekst, Regex vorm, string veld, string sleutel, Action<string, string, object[]> fout)
    {
        var codes = (tekst ?? "").Split([',', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        var fout1 = codes.FirstOrDefault(c => !vorm.IsMatch(c));
        if (fout1 is not null)
        {
            fout(veld, sleutel, [fout1.Length > 20 ? fout1[..20] + "…" : fout1]);
            return null;
        }
        return codes;
    }

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex GemeenteVorm();

    [GeneratedRegex("^[A-Za-z0-9-]{1,20}$")]
    private static partial Regex DistrictVorm();

    [GeneratedRegex("^[A-Z]{3}-[0-9]{2}$")]
    private static partial Regex IndicatorVorm();
}

/// <summary>
/// One alternative set of conditions ("one of"); ticking <see cref="Verwijderen"/> removes it. A set can hold sets of its
/// own (<see cref="Alternatieven"/>: "one of" inside "one of"), as the rule model allows: the set holds when its own
/// fields hold and, if it has sets, at least one of them.
/// </summary>
public sealed class AlternatiefFormulier : VoorwaardenFormulier
{
    /// <summary>How deep the form offers an empty set for adding one: sets, and sets inside them. Deeper stored sets are still shown and kept.</summary>
    public const int ToevoegenTotDiepte = 2;

    public bool Verwijderen { get; set; }

    public List<AlternatiefFormulier> Alternatieven { get; set; } = [];

    /// <summary>Nothing filled in here or in any set inside: the row for adding a set.</summary>
    public bool IsLeegeSet => IsLeeg && Alternatieven.All(a => a.Verwijderen || a.IsLeegeSet);

    public static AlternatiefFormulier Van(RegelVoorwaarden v) =>
        Vul(new AlternatiefFormulier { Alternatieven = [.. (v.EenVan ?? []).Select(Van)] }, v);

    /// <summary>The sets that are filled in and not removed, each with its own sets; problems keyed by the field's full name.</summary>
    public static List<RegelVoorwaarden> LeesSets(List<AlternatiefFormulier> sets, string prefix, Action<string, string, object[]> fout)
    {
        var gelezen = new List<RegelVoorwaarden>();
        for (var i = 0; i < sets.Count; i++)
        {
            var set = sets[i];
            if (set.Verwijderen || set.IsLeegeSet)
            {
                continue;
            }
            var p = $"{prefix}{nameof(Alternatieven)}[{i}].";
            var binnen = LeesSets(set.Alternatieven, p, fout);
            if (set.LeesVoorwaarden(p, fout) is { } voorwaarden)
            {
                gelezen.Add(voorwaarden with { EenVan = binnen.Count > 0 ? binnen : null });
            }
        }
        return gelezen;
    }

    /// <summary>
    /// An empty set at the end of every list of sets down to <see cref="ToevoegenTotDiepte"/>, for adding one, and inside
    /// each set (the new empty one too) an empty set of its own, so a set can be nested before its outer set is first
    /// saved, without JavaScript. Deeper stored sets are shown and kept, without an add row.
    /// </summary>
    public static void VoegLegeSetsToe(List<AlternatiefFormulier> sets, int diepte = 1)
    {
        if (diepte > ToevoegenTotDiepte)
        {
            return;
        }
        if (sets.Count == 0 || !sets[^1].IsLeegeSet)
        {
            sets.Add(new AlternatiefFormulier());
        }
        foreach (var set in sets)
        {
            VoegLegeSetsToe(set.Alternatieven, diepte + 1);
        }
    }
}

/// <summary>One outcome row of the form; a row without receiver type and explanation is the empty row for adding.</summary>
public sealed class UitkomstFormulier
{
    public string? Doeltype { get; set; }
    public string? Bereik { get; set; } = "werkgebiedVanGemeente";
    public string? Rol { get; set; } = "behandelaar";
    public string? Deelniveau { get; set; } = "geen";
    public bool Spoed { get; set; }
    public string? Functie { get; set; }
    public string? Uitleg { get; set; }
    public List<string> AlleenAlsSoorten { get; set; } = [];
    public bool Verwijderen { get; set; }
}
