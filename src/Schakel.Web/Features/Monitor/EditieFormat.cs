using System.Text.Json;
using Schakel.Core.Monitor;

namespace Schakel.Web.Features.Monitor;

/// <summary>
/// One section of an edition. A figures section names its measure and breakdown; a chain section names the part of
/// Schakel its content is drawn from (<see cref="Ketensecties"/>).
/// </summary>
public sealed record Sectie(string Code, string Titel, string? Maatstaf, string? Uitsplitsing, string? Ketenbron = null);

/// <summary>The sections and tables of an edition. Versioned: a new edition starts from last year's format.</summary>
public static class EditieFormat
{
    public const int HuidigeVersie = 1;

    public static readonly IReadOnlyList<Sectie> Standaard =
    [
        new("signalen", "Signalen", Maatstaven.Meldingen.Code, Uitsplitsing.Geen),
        new("signalen-melder", "Signalen naar melder", Maatstaven.Meldingen.Code, Uitsplitsing.Melder),
        new("signalen-vorm", "Signalen naar vorm van uitbuiting", Maatstaven.Meldingen.Code, Uitsplitsing.Uitbuitingsvorm),
        new("adviesvragen", "Adviesvragen", Maatstaven.Adviesvragen.Code, Uitsplitsing.Geen),
        new("na-triage", "Signalen na triage", Maatstaven.NaTriage.Code, Uitsplitsing.Zijde),
        new("doorverwijzingen", "Doorverwijzingen naar soort partner", Maatstaven.Doorverwijzingen.Code, Uitsplitsing.Ontvanger),
        new("eerste-actie", "Eerste actie binnen de termijn", Maatstaven.EersteActieBinnenTermijn.Code, Uitsplitsing.Geen),
        new("tijd-tot-triage", "Tijd tot triage", Maatstaven.TijdTotTriage.Code, Uitsplitsing.Geen),
        new("tijd-tot-doorverwijzing", "Tijd tot doorverwijzing", Maatstaven.TijdTotDoorverwijzing.Code, Uitsplitsing.Geen),
        new("ontvangst-bevestigd", "Ontvangst bevestigd binnen 7 dagen", Maatstaven.OntvangstBevestigd.Code, Uitsplitsing.Geen),
        new("terugkoppeling", "Terugkoppeling binnen 3 maanden", Maatstaven.TerugkoppelingBinnen3Maanden.Code, Uitsplitsing.Geen),
        new("comensha", "Registraties bij CoMensha", Maatstaven.CoMenshaRegistraties.Code, Uitsplitsing.Partijsoort),
        new("opvang-plaatsingen", "Opvang: plaatsingen naar gemeente van aantreffen", Maatstaven.OpvangPlaatsingen.Code, Uitsplitsing.Geen),
        new("opvang-verantwoordelijk", "Opvang: plaatsingen naar verantwoordelijke gemeente", Maatstaven.OpvangPlaatsingenVerantwoordelijk.Code, Uitsplitsing.Geen),
        new("opvang-nachten", "Opvang: nachten zonder plek", Maatstaven.OpvangNachtenZonderPlek.Code, Uitsplitsing.Geen),
        new("opvang-vervolg", "Opvang: langdurige plek binnen 36 uur", Maatstaven.OpvangVervolgBinnen36Uur.Code, Uitsplitsing.Geen),
        new("opvang-tijd-tot-vervolg", "Opvang: tijd tot een langdurige plek", Maatstaven.OpvangTijdTotVervolg.Code, Uitsplitsing.Geen),
        new("opvang-wachtend", "Opvang: nog wachtend op een langdurige plek", Maatstaven.OpvangWachtend.Code, Uitsplitsing.Geen),
        new("bewustwording", "Trainingen en bijeenkomsten", null, null, "Bewustwording"),
        new("beleid", "Beleid per gemeente", null, null, "Sturing"),
        new("wie-doet-wat", "Wie doet wat in de keten", null, null, "Keten"),
        new("route", "De meldroute", null, null, "Gids"),
    ];

    /// <summary>
    /// A format copied from an edition made before the shelter sections existed gets them: after the CoMensha section, else
    /// after the last figures section. A format that has any of them was made when they existed, so its choice stands.
    /// </summary>
    public static IReadOnlyList<Sectie> MetOpvang(IReadOnlyList<Sectie> secties)
    {
        var opvang = Standaard.Where(s => s.Code.StartsWith("opvang-", StringComparison.Ordinal)).ToList();
        if (secties.Any(s => opvang.Any(o => o.Code == s.Code)))
        {
            return secties;
        }

        var lijst = secties.ToList();
        var na = lijst.FindIndex(s => s.Code == "comensha");
        lijst.InsertRange(na >= 0 ? na + 1 : lijst.FindLastIndex(s => s.Ketenbron is null) + 1, opvang);
        return lijst;
    }

    /// <summary>
    /// How an edition's format differs from today's standard: the sections it lacks (an edition begun before a section
    /// existed, or one the chain director left out) and the ones it holds that the standard no longer has.
    /// </summary>
    public static Formatverschil Verschil(IReadOnlyList<Sectie> secties) => new(
        Standaard.Where(s => secties.All(x => x.Code != s.Code)).ToList(),
        secties.Where(s => Standaard.All(x => x.Code != s.Code)).ToList());

    /// <summary>
    /// The format with every standard section it lacks, each after the nearest section before it in the standard that
    /// the format holds (at the start when there is none), so the order of what is there stays the chain director's.
    /// </summary>
    public static IReadOnlyList<Sectie> Aangevuld(IReadOnlyList<Sectie> secties)
    {
        var lijst = secties.ToList();
        for (var i = 0; i < Standaard.Count; i++)
        {
            if (lijst.Any(s => s.Code == Standaard[i].Code))
            {
                continue;
            }

            var voorganger = Standaard.Take(i).Reverse().Select(v => lijst.FindIndex(s => s.Code == v.Code)).FirstOrDefault(x => x >= 0, -1);
            lijst.Insert(voorganger + 1, Standaard[i]);
        }

        return lijst;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Schrijf(IReadOnlyList<Sectie> secties) => JsonSerializer.Serialize(secties, Json);

    public static IReadOnlyList<Sectie> Lees(string json) => JsonSerializer.Deserialize<List<Sectie>>(json, Json) ?? [];

    public static string SchrijfCommentaren(IReadOnlyDictionary<string, string> c) => JsonSerializer.Serialize(c, Json);

    public static Dictionary<string, string> LeesCommentaren(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? [];
}

/// <summary>What an edition's format lacks of today's standard format, and what it holds that the standard dropped.</summary>
public sealed record Formatverschil(IReadOnlyList<Sectie> Ontbreekt, IReadOnlyList<Sectie> Vervallen)
{
    public bool Gelijk => Ontbreekt.Count == 0 && Vervallen.Count == 0;
}

/// <summary>A published edition's frozen content: every section with its table as it was computed and hidden then.</summary>
public sealed record Momentopname(DateTimeOffset Op, int Drempel, string Inleiding, string Conclusies, IReadOnlyList<SectieInhoud> Secties)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Schrijf() => JsonSerializer.Serialize(this, Json);

    public static Momentopname? Lees(string? json) => json is null ? null : JsonSerializer.Deserialize<Momentopname>(json, Json);
}

/// <summary>
/// One section of an edition's content: a figures section has its table, the trend of its measure over the years
/// (<see cref="Reeks"/>) and national or partner reference figures as context (<see cref="Referenties"/>); a chain section
/// has its content drawn from its source (<see cref="Keten"/>). All of it is part of the snapshot.
/// </summary>
public sealed record SectieInhoud(
    Sectie Sectie, string Commentaar, MonitorTabel? Tabel, KetenInhoud? Keten = null,
    IReadOnlyList<ReeksPunt>? Reeks = null, IReadOnlyList<Referentiereeks>? Referenties = null);

/// <summary>A partner's or national figure over the years, shown beside a section as context with its source.</summary>
public sealed record Referentiereeks(string Maatstaf, string Naam, string Gebied, IReadOnlyList<ReeksPunt> Punten);
