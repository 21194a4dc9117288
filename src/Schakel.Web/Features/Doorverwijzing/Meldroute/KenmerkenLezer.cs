using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>
/// Reads the route attributes of a report from a JSON body with the fields of POST /api/v1/meldingen plus
/// <c>zijde</c> and <c>aanknopingspunt</c>, collecting every invalid field at once. Free text is ignored:
/// the route never looks at it, so it is neither parsed nor kept.
/// </summary>
public sealed partial class KenmerkenLezer(SchakelDbContext db)
{
    public sealed record Uitkomst(MeldingKenmerken? Kenmerken, Dictionary<string, string[]> Fouten);

    public async Task<Uitkomst> LeesAsync(JsonElement body, CancellationToken ct = default)
    {
        var fouten = new Dictionary<string, string[]>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            fouten[""] = ["Verwacht een JSON-object."];
            return new(null, fouten);
        }

        var melderType = LeesEnum<MelderType>(body, "melderType", MelderType.Anders, fouten);
        var kanaal = LeesEnum<Kanaal>(body, "kanaal", Kanaal.Web, fouten);
        var vormen = EnumLijst<Uitbuitingsvorm>(body, "uitbuitingsvormen", fouten);
        var minderjarig = LeesEnum<JaNeeOnbekend>(body, "minderjarigBetrokken", JaNeeOnbekend.Onbekend, fouten);
        var urgentie = LeesEnum<Urgentie>(body, "urgentie", Urgentie.Normaal, fouten);
        var zijde = LeesEnum<Zijde>(body, "zijde", Zijde.Onbekend, fouten);
        var acuut = Bool(body, "acuutGevaar", fouten);
        var gemeentemedewerker = Bool(body, "melderIsGemeentemedewerker", fouten);
        var malafide = Bool(body, "illegaleProstitutieOfMalafideBedrijf", fouten);
        var (aanknopingspuntAanwezig, soorten) = Aanknopingspunt(body, fouten);
        var indicatoren = Tekstlijst(body, "indicatoren", fouten);
        var soort = Tekst(body, "soort", fouten);
        if (soort is not null and not "melding" and not "adviesvraag")
        {
            fouten["soort"] = ["Kies 'melding' of 'adviesvraag'."];
        }

        var onbekendeIndicatoren = indicatoren.Count == 0 ? [] : indicatoren.Except(
            await db.Set<Indicator>().Where(i => indicatoren.Contains(i.Code)).Select(i => i.Code).ToListAsync(ct),
            StringComparer.Ordinal).ToList();
        if (onbekendeIndicatoren.Count > 0)
        {
            fouten["indicatoren"] = [$"Onbekende indicator(en): {string.Join(", ", onbekendeIndicatoren)}."];
        }

        var gemeenteCode = Tekst(body, "gemeenteCode", fouten);
        var (gemeente, districten) = gemeenteCode is null ? (null, []) : await PlaatsAsync(gemeenteCode, ct);
        if (gemeenteCode is not null && gemeente is null)
        {
            fouten["gemeenteCode"] = ["Onbekende gemeente: geef een CBS-code zoals GM0518, of null."];
        }

        if (fouten.Count > 0)
        {
            return new(null, fouten);
        }
        return new(new MeldingKenmerken
        {
            MelderType = melderType,
            Kanaal = kanaal,
            GemeenteCode = gemeente?.CbsCode,
            GemeenteNaam = gemeente?.Naam,
            DistrictCodes = districten,
            Uitbuitingsvormen = vormen,
            Indicatoren = indicatoren,
            MinderjarigBetrokken = minderjarig,
            AcuutGevaar = acuut,
            Urgentie = urgentie,
            Zijde = zijde,
            AanknopingspuntAanwezig = aanknopingspuntAanwezig,
            Aanknopingspunten = soorten,
            MelderIsGemeentemedewerker = gemeentemedewerker,
            IllegaleProstitutieOfMalafideBedrijf = malafide,
        }, fouten);
    }

    /// <summary>The municipality with the codes of its districts, which the route's place conditions use; null when unknown.</summary>
    public async Task<(Gemeente? Gemeente, List<string> Districten)> PlaatsAsync(string gemeenteCode, CancellationToken ct = default)
    {
        var gemeente = GemeenteVorm().IsMatch(gemeenteCode)
            ? await db.Set<Gemeente>().AsNoTracking().Include(g => g.Districten).SingleOrDefaultAsync(g => g.CbsCode == gemeenteCode, ct)
            : null;
        if (gemeente is null)
        {
            return (null, []);
        }
        var ids = gemeente.Districten.Select(d => d.DistrictId).ToList();
        return (gemeente, await db.Set<District>().Where(d => ids.Contains(d.Id)).Select(d => d.Code).ToListAsync(ct));
    }

    /// <summary>camelCase names only; numbers are refused so a reordered enum cannot change meaning.</summary>
    public static bool ProbeerEnum<T>(string? waarde, out T resultaat) where T : struct, Enum
    {
        resultaat = default;
        return waarde is not null && waarde.Length > 0 && char.IsLetter(waarde[0])
            && Enum.GetNames<T>().Any(n => n.Equals(waarde, StringComparison.OrdinalIgnoreCase))
            && Enum.TryParse(waarde, ignoreCase: true, out resultaat);
    }

    private static string Toegestaan<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName));

    private static T LeesEnum<T>(JsonElement body, string veld, T standaard, Dictionary<string, string[]> fouten) where T : struct, Enum
    {
        if (!body.TryGetProperty(veld, out var w) || w.ValueKind == JsonValueKind.Null)
        {
            return standaard;
        }
        if (w.ValueKind == JsonValueKind.String && ProbeerEnum<T>(w.GetString(), out var r))
        {
            return r;
        }
        fouten[veld] = [$"Kies een van: {Toegestaan<T>()}."];
        return standaard;
    }

    private static List<T> EnumLijst<T>(JsonElement body, string veld, Dictionary<string, string[]> fouten) where T : struct, Enum
    {
        var lijst = new List<T>();
        if (!body.TryGetProperty(veld, out var w) || w.ValueKind == JsonValueKind.Null)
        {
            return lijst;
        }
        if (w.ValueKind == JsonValueKind.Array && w.GetArrayLength() <= 20)
        {
            foreach (var e in w.EnumerateArray())
            {
                if (e.ValueKind != JsonValueKind.String || !ProbeerEnum<T>(e.GetString(), out var r))
                {
                    fouten[veld] = [$"Een lijst met waarden uit: {Toegestaan<T>()}."];
                    return [];
                }
                lijst.Add(r);
            }
            return lijst.Distinct().ToList();
        }
        fouten[veld] = [$"Een lijst met waarden uit: {Toegestaan<T>()}."];
        return lijst;
    }

    private static bool Bool(JsonElement body, string veld, Dictionary<string, string[]> fouten)
    {
        if (!body.TryGetProperty(veld, out var w) || w.ValueKind == JsonValueKind.Null)
        {
            return false;
        }
        if (w.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return w.GetBoolean();
        }
        fouten[veld] = ["Verwacht true of false."];
        return false;
    }

    private static string? Tekst(JsonElement body, string veld, Dictionary<string, string[]> fouten)
    {
        if (!body.TryGetProperty(veld, out var w) || w.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (w.ValueKind == JsonValueKind.String)
        {
            return w.GetString();
        }
        fouten[veld] = ["Verwacht een tekst of null."];
        return null;
    }

    private static List<string> Tekstlijst(JsonElement body, string veld, Dictionary<string, string[]> fouten)
    {
        if (!body.TryGetProperty(veld, out var w) || w.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (w.ValueKind == JsonValueKind.Array && w.GetArrayLength() <= 200
            && w.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String && e.GetString()!.Length is > 0 and <= 20))
        {
            return w.EnumerateArray().Select(e => e.GetString()!).Distinct(StringComparer.Ordinal).ToList();
        }
        fouten[veld] = ["Een lijst met indicatorcodes (hoogstens 200)."];
        return [];
    }

    /// <summary>
    /// <c>aanknopingspunt</c>: true/false when only presence is known, or one kind or a list of kinds
    /// (naam, adres, bedrijf, voertuig, telefoonnummer). <c>aanknopingspunten</c> is read as a list too.
    /// </summary>
    private static (bool Aanwezig, List<AanknopingspuntSoort> Soorten) Aanknopingspunt(JsonElement body, Dictionary<string, string[]> fouten)
    {
        var aanwezig = false;
        var soorten = new List<AanknopingspuntSoort>();
        foreach (var veld in new[] { "aanknopingspunt", "aanknopingspunten" })
        {
            if (!body.TryGetProperty(veld, out var w) || w.ValueKind == JsonValueKind.Null)
            {
                continue;
            }
            switch (w.ValueKind)
            {
                case JsonValueKind.True or JsonValueKind.False:
                    aanwezig |= w.GetBoolean();
                    break;
                case JsonValueKind.String when ProbeerEnum<AanknopingspuntSoort>(w.GetString(), out var s):
                    soorten.Add(s);
                    break;
                case JsonValueKind.Array:
                    soorten.AddRange(EnumLijst<AanknopingspuntSoort>(body, veld, fouten));
                    break;
                default:
                    fouten[veld] = [$"Verwacht true/false, of een of meer van: {Toegestaan<AanknopingspuntSoort>()}."];
                    break;
            }
        }
        return (aanwezig, soorten.Distinct().ToList());
    }

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex GemeenteVorm();
}
