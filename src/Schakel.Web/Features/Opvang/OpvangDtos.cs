using Schakel.Core.Opvang;

namespace Schakel.Web.Features.Opvang;

public sealed record LocatieDto(Guid Id, string Naam, Guid OrganisatieId, string GemeenteCode, string GemeenteNaam, string Contact24Uur, string? Adres, bool GeheimAdres, IReadOnlyList<PoolDto> Plekkenpools);

public sealed record PoolDto(Guid Id, string Naam, Opvangtype Type, Fase Fase, int Capaciteit, int Bezet, int BuitenGebruik, int Gereserveerd, int Beschikbaar, DateTimeOffset? BijgewerktOp, Versheid Versheid, PlekkenpoolCriteria Criteria)
{
    public static PoolDto Van(PoolStand s, DateTimeOffset nu) => new(
        s.Pool.Id, s.Pool.Naam, s.Pool.Type, s.Pool.Fase, s.Pool.Capaciteit, s.Pool.Bezet, s.Pool.BuitenGebruik, s.Gereserveerd,
        s.Beschikbaarheid.Beschikbaar, s.Pool.BijgewerktOp, s.Beschikbaarheid.VersheidOp(nu), s.Pool.Criteria);
}

public sealed record KlokDto(DateTimeOffset GevondenOp, DateTimeOffset Einde, bool EersteOpvangGeregeld, double WachttijdEersteOpvangMinuten, bool VervolgGeregeld, double ResterendVoorVervolgMinuten, Stap? HuidigeStap, IReadOnlyList<string> BereikteEscalaties,
    bool EersteOpvangVastgehouden, bool EersteStapBinnenCrisisfase, bool VervolgNietGeregeldBijEinde)
{
    public static KlokDto Van(Klok36Uur k) => new(k.GevondenOp, k.Einde, k.EersteOpvangGeregeld, Math.Round(k.WachttijdEersteOpvang.TotalMinutes, 1),
        k.VervolgGeregeld, Math.Round(k.ResterendVoorVervolg.TotalMinutes, 1), k.HuidigeStap, k.Bereikt.Select(e => e.Code).ToList(),
        k.EersteOpvangVastgehouden, k.EersteStapBinnenCrisisfase, k.VervolgNietGeregeldBijEinde);
}

public sealed record VerzoekDto(Guid Id, Behoefte Behoefte, DateTimeOffset GevondenOp, string? GevondenInGemeenteCode, string? VerantwoordelijkeGemeenteCode, bool Afgesloten, KlokDto Klok)
{
    public static VerzoekDto Van(Plaatsingsverzoek v, DateTimeOffset nu) =>
        new(v.Id, v.Behoefte, v.GevondenOp, v.GevondenInGemeenteCode, v.VerantwoordelijkeGemeenteCode, v.Afgesloten, KlokDto.Van(OpvangService.Klok(v, nu)));
}

public sealed record MatchDto(int Rang, bool Past, PoolDto Plekkenpool, string Locatie, string Gemeente, double? AfstandKm, IReadOnlyList<string> Redenen, IReadOnlyList<NietVervuldDto> NietVervuld, bool MagPlaatsen, string? Plaatsingsbevoegdheid, IReadOnlyList<Contactpartij> WieMagPlaatsen,
    IReadOnlyList<string> RedenCodes, string? PlaatsingsbevoegdheidCode)
{
    public static MatchDto Van(Match m, DateTimeOffset nu) => new(
        m.Resultaat.Rang, m.Resultaat.Past, PoolDto.Van(m.Stand, nu), m.Stand.Locatie.Naam, m.Stand.Locatie.GemeenteNaam, m.Resultaat.AfstandKm,
        m.Resultaat.Redenen, m.Resultaat.NietVervuld.Select(n => new NietVervuldDto(n.Criterium, n.Uitleg, n.Bericht?.Code)).ToList(),
        m.Bevoegdheid.Toegestaan, m.Bevoegdheid.Toegestaan ? null : m.Bevoegdheid.Uitleg, m.WieMagPlaatsen,
        [.. m.Resultaat.Berichten.Select(b => b.Code)], m.Bevoegdheid.Toegestaan ? null : m.Bevoegdheid.Bericht.Code);
}

/// <summary>An unmet criterion: the Dutch explanation, and its message code for a client that shows its own text.</summary>
public sealed record NietVervuldDto(Criterium Criterium, string Uitleg, string? Code);

/// <summary>
/// One page of the search: <c>matches</c> holds the page's fitting pools (ranks as in the full ranking), then at most ten
/// near misses on every page; <c>totaal</c> counts the fitting pools of all pages. Paging links as the inbox has them.
/// </summary>
public sealed record MatchesDto(
    [property: System.Text.Json.Serialization.JsonPropertyName("_links")] Api.Paginering.Links Links,
    int Pagina, int PaginaGrootte, int Totaal, Stap Stap, VerzoekDto Verzoek, IReadOnlyList<MatchDto> Matches);

public sealed record ReserveringDto(Guid Id, Guid PlaatsingsverzoekId, Guid PlekkenpoolId, Stap Stap, ReserveringStatus Status, DateTimeOffset AangemaaktOp, DateTimeOffset VerlooptOp, string? Reden)
{
    public static ReserveringDto Van(Reservering r) => new(r.Id, r.PlaatsingsverzoekId, r.PlekkenpoolId, r.Stap, r.Status, r.AangemaaktOp, r.VerlooptOp, r.Reden);
}

public sealed record NachtZonderPlekDto(Guid Id, DateOnly Nacht, Nachtverblijf Verblijf, DateTimeOffset VastgelegdOp)
{
    public static NachtZonderPlekDto Van(NachtZonderPlekRegel n) => new(n.Id, n.Nacht, n.Verblijf, n.VastgelegdOp);
}

public sealed record UitstroomDto(Guid Id, Guid PlekkenpoolId, DateTimeOffset OpgenomenOp, DateTimeOffset? OntslagenOp, Uitstroom? Uitstroom, string VerantwoordelijkeGemeenteCode)
{
    public static UitstroomDto Van(PlaatsingRegel p) => new(p.Id, p.PlekkenpoolId, p.OpgenomenOp, p.OntslagenOp, p.Uitstroom, p.VerantwoordelijkeGemeenteCode);
}
