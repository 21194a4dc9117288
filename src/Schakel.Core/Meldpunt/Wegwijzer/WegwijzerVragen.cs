namespace Schakel.Core.Meldpunt.Wegwijzer;

/// <summary>Who the question is about.</summary>
public enum Over
{
    Mijzelf,
    EenAnder,
}

/// <summary>
/// Sectors under the Wet verplichte meldcode huiselijk geweld en kindermishandeling; a professional in one of
/// them follows the meldcode's five steps and goes to Veilig Thuis, whatever the victim's age.
/// </summary>
public enum Sector
{
    Geen,
    Zorg,
    Onderwijs,
    Kinderopvang,
    MaatschappelijkeOndersteuning,
    Jeugdhulp,
    Justitie,
    Anders,
}

public enum Situatie
{
    WeetIkNiet,
    Thuis,
    Werk,
    Seks,
    Crimineel,
    Anders,
}

/// <summary>What the asker wants to happen.</summary>
public enum Doel
{
    HulpEnOpvang,
    Aangifte,
    Melden,
    Advies,
}

/// <summary>The wegwijzer's answers. <see cref="GemeenteCode"/> null: municipality unknown.</summary>
public sealed record WegwijzerVragen(
    bool AcuutGevaar,
    Over Over,
    bool Professional,
    Sector Sector,
    JaNeeOnbekend Minderjarig,
    Situatie Situatie,
    Doel Doel,
    bool Anoniem,
    string? GemeenteCode);
