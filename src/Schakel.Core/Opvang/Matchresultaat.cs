namespace Schakel.Core.Opvang;

/// <summary>
/// One pool's place in the ranking for a need. <see cref="Past"/> is true when nothing fails; otherwise it is a near
/// miss and <see cref="NietVervuld"/> names each failing criterion (including "geen plek vrij").
/// </summary>
public sealed record Matchresultaat(
    PlekkenpoolAanbod Pool,
    int Rang,
    bool Past,
    IReadOnlyList<string> Redenen,
    IReadOnlyList<Afwijzing> NietVervuld,
    double? AfstandKm,
    Versheid Versheid,
    IReadOnlyList<Teksten.Bericht>? RedenBerichten = null)
{
    /// <summary>The reasons as codes (the same as <see cref="Redenen"/>, which are Dutch).</summary>
    public IReadOnlyList<Teksten.Bericht> Berichten => RedenBerichten ?? [.. Redenen.Select(r => new Teksten.Bericht("", r, []))];
}
