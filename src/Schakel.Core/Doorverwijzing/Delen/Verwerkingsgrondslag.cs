using Schakel.Core.Organisaties;

namespace Schakel.Core.Doorverwijzing;

/// <summary>What an organisation processes personal data of a signal for.</summary>
public enum Verwerkingsdoel
{
    /// <summary>Taking in signals as the reporting point: storing and triaging what reporters send.</summary>
    Meldpunt,

    /// <summary>Receiving a referred signal to act on it (investigation, care, supervision, coordination).</summary>
    Opvolging,
}

/// <summary>
/// A recorded legal basis for one receiver and purpose: for one organisation, for every organisation of a type, or
/// for a whole party category. Without one, the receiver gets signals without personal data (national plan, problem
/// analysis and actions 30–32: municipalities have no basis yet to process soft signals themselves).
/// </summary>
public sealed record Verwerkingsgrondslag
{
    public required Verwerkingsdoel Doel { get; init; }

    public Guid? OrganisatieId { get; init; }

    public OrganisatieType? Type { get; init; }

    public Partijcategorie? Categorie { get; init; }

    /// <summary>The legal text, e.g. "art. 6 lid 1 sub e AVG jo. Wet politiegegevens".</summary>
    public required string Grondslag { get; init; }

    /// <summary>How specific the record is: one organisation beats its type, a type beats its category.</summary>
    public int Specificiteit => OrganisatieId is not null ? 3 : Type is not null ? 2 : Categorie is not null ? 1 : 0;

    public bool Dekt(Guid? organisatieId, Partijcategorie categorie, OrganisatieType type, Verwerkingsdoel doel) =>
        Doel == doel && Specificiteit > 0
        && (OrganisatieId is null || OrganisatieId == organisatieId)
        && (Type is null || Type == type)
        && (Categorie is null || Categorie == categorie);
}

/// <summary>The recorded bases in force; the one place that answers "may this receiver get personal data for this purpose".</summary>
public sealed class Verwerkingsgrondslagen(IReadOnlyList<Verwerkingsgrondslag> alle)
{
    public IReadOnlyList<Verwerkingsgrondslag> Alle { get; } = alle;

    /// <summary>The most specific recorded basis for this receiver and purpose; null when none is recorded.</summary>
    public Verwerkingsgrondslag? Voor(Guid? organisatieId, Partijcategorie categorie, OrganisatieType type, Verwerkingsdoel doel) =>
        Alle.Where(g => g.Dekt(organisatieId, categorie, type, doel)).OrderByDescending(g => g.Specificiteit).FirstOrDefault();

    public bool Heeft(Guid? organisatieId, Partijcategorie categorie, OrganisatieType type, Verwerkingsdoel doel) =>
        Voor(organisatieId, categorie, type, doel) is not null;
}

/// <summary>
/// The bases recorded at first start, following the categories of the JenV guidance of 2020 (Midden-Delfland §5.6.2).
/// Municipalities (type Gemeente) get none for follow-up: the national plan says they have no basis yet to process
/// soft signals (problem analysis, actions 30–32); their supervision basis TZ-GEMEENTE is another purpose.
/// A privacy officer reviews them; a beheerder records more.
/// </summary>
public static class StandaardVerwerkingsgrondslagen
{
    public static IReadOnlyList<Verwerkingsgrondslag> Alle { get; } =
    [
        Categorie(Verwerkingsdoel.Meldpunt, Partijcategorie.PartijMetMeldOfCoordinatiefunctie,
            "art. 6 lid 1 sub e AVG: taak van een partij met een meldpunt- of coördinatiefunctie (handreiking JenV 2020)"),
        Categorie(Verwerkingsdoel.Opvolging, Partijcategorie.Opsporingsinstantie,
            "art. 6 lid 1 sub e AVG jo. Wet politiegegevens, Wjsg of Wet BOD: opsporing van mensenhandel (art. 273f Sr)"),
        Soort(Verwerkingsdoel.Opvolging, Partijcategorie.Toezichthouder, OrganisatieType.HEIT,
            "art. 6 lid 1 sub c AVG jo. art. 5:16 en 5:20 Awb: toezicht"),
        Soort(Verwerkingsdoel.Opvolging, Partijcategorie.Toezichthouder, OrganisatieType.NLA,
            "art. 6 lid 1 sub c AVG jo. art. 5:16 en 5:20 Awb: toezicht"),
        Categorie(Verwerkingsdoel.Opvolging, Partijcategorie.ZorgverlenerMetMedischBeroepsgeheim,
            "art. 6 lid 1 sub a of d en art. 9 lid 2 sub a of c AVG: toestemming of vitaal belang"),
        Categorie(Verwerkingsdoel.Opvolging, Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim,
            "art. 6 lid 1 sub e AVG jo. Wmo 2015"),
        Categorie(Verwerkingsdoel.Opvolging, Partijcategorie.PartijMetMeldOfCoordinatiefunctie,
            "art. 6 lid 1 sub e AVG: taak van een partij met een meldpunt- of coördinatiefunctie"),
        Categorie(Verwerkingsdoel.Opvolging, Partijcategorie.VreemdelingenketenNietStrafrechtelijk,
            "art. 6 lid 1 sub e AVG jo. art. 107 Vreemdelingenwet 2000"),
    ];

    private static Verwerkingsgrondslag Categorie(Verwerkingsdoel doel, Partijcategorie categorie, string grondslag) =>
        new() { Doel = doel, Categorie = categorie, Grondslag = grondslag };

    private static Verwerkingsgrondslag Soort(Verwerkingsdoel doel, Partijcategorie categorie, OrganisatieType type, string grondslag) =>
        new() { Doel = doel, Categorie = categorie, Type = type, Grondslag = grondslag };
}
