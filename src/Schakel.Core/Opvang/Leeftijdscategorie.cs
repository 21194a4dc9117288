namespace Schakel.Core.Opvang;

/// <summary>
/// Age bands, so a request never carries a date of birth. Bounds are inclusive whole years and the same as
/// <see cref="Doorverwijzing.Leeftijdsband"/>, so a signal's band carries over to a placement request;
/// the bands split at 18 so a band is either wholly minor or wholly adult.
/// </summary>
public enum Leeftijdscategorie
{
    Onbekend,
    Tot12,
    Van12Tot15,
    Van16Tot17,
    Van18Tot22,
    Van23Tot29,
    Van30Tot39,
    Van40Tot49,
    Van50Tot64,
    Van65EnOuder,
}

public static class LeeftijdscategorieExtensions
{
    /// <summary>Inclusive bounds in years; <c>null</c> for <see cref="Leeftijdscategorie.Onbekend"/>, Max <c>null</c> when open-ended.</summary>
    public static (int Min, int? Max)? Bereik(this Leeftijdscategorie categorie) => categorie switch
    {
        Leeftijdscategorie.Tot12 => (0, 11),
        Leeftijdscategorie.Van12Tot15 => (12, 15),
        Leeftijdscategorie.Van16Tot17 => (16, 17),
        Leeftijdscategorie.Van18Tot22 => (18, 22),
        Leeftijdscategorie.Van23Tot29 => (23, 29),
        Leeftijdscategorie.Van30Tot39 => (30, 39),
        Leeftijdscategorie.Van40Tot49 => (40, 49),
        Leeftijdscategorie.Van50Tot64 => (50, 64),
        Leeftijdscategorie.Van65EnOuder => (65, null),
        _ => null,
    };

    /// <summary><c>null</c> when the band is unknown.</summary>
    public static bool? IsMinderjarig(this Leeftijdscategorie categorie) =>
        categorie.Bereik() is { } b ? b.Min < 18 : null;

    public static string Omschrijving(this Leeftijdscategorie categorie) => categorie.Bereik() switch
    {
        null => "leeftijd onbekend",
        { Max: null } b => $"{b.Min} jaar of ouder",
        { } b => $"{b.Min}–{b.Max} jaar",
    };
}
