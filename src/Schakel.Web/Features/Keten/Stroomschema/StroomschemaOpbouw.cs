using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Features.Keten.Meldroutekaart;
using Schakel.Web.Features.Opvang;

namespace Schakel.Web.Features.Keten.Stroomschema;

/// <summary>One arrow of the chart: a receiving party, and the extra conditions (in words) under which it receives.</summary>
public sealed record Stroompartij(OrganisatieType Type, string? Functie, bool Spoed, string RegelNaam, string? AlleenAls);

/// <summary>Who may place in one kind of shelter for this form: organisation types, and/or the municipality of the location.</summary>
public sealed record Plaatser(Opvangtype? Opvangtype, IReadOnlyList<OrganisatieType> Typen, bool GemeenteVanLocatie, bool SamenMetGemeente);

public sealed record Stroom(Uitbuitingsvorm Vorm, Zijde Zijde, IReadOnlyList<Stroompartij> Ontvangers, IReadOnlyList<Stroompartij> Geinformeerd, IReadOnlyList<Plaatser> Plaatsers);

/// <summary>
/// The flow chart per form of exploitation and side, from the live route and the live placement rules, so it
/// changes the moment either does. A rule belongs to a flow when its form and side conditions fit; its other
/// conditions (a lead, a minor, acute danger...) are said as "only if".
/// </summary>
public sealed class StroomschemaOpbouw(MeldrouteOpslag route, SchakelDbContext db, MeldroutekaartOpbouw kaart)
{
    public static readonly Uitbuitingsvorm[] Vormen = [Uitbuitingsvorm.Seksueel, Uitbuitingsvorm.Arbeid, Uitbuitingsvorm.Crimineel, Uitbuitingsvorm.Orgaanverwijdering];
    public static readonly Zijde[] Zijden = [Zijde.Slachtofferkant, Zijde.Daderkant];

    public async Task<(int Versie, IReadOnlyList<Stroom> Stromen)> MaakAsync(CancellationToken ct = default)
    {
        var huidig = await route.HuidigeAsync(ct);
        var regels = huidig.Regels.Where(r => r.Actief).OrderBy(r => r.Nummer).ToList();
        var plaatsing = (await db.Set<PlaatsingsbevoegdheidInstelling>().AsNoTracking().OrderBy(i => i.Id).FirstOrDefaultAsync(ct))?.Regels
            ?? [.. Plaatsingsbevoegdheid.Standaardregels];
        var stromen = new List<Stroom>();
        foreach (var vorm in Vormen)
        {
            foreach (var zijde in Zijden)
            {
                var partijen = regels.Where(r => Past(r.Voorwaarden, vorm, zijde))
                    .SelectMany(r => r.Uitkomsten.Select(u => (Regel: r, Uitkomst: u)))
                    .Where(x => x.Uitkomst.AlleenAls is null || Past(x.Uitkomst.AlleenAls, vorm, zijde))
                    .ToList();
                Stroompartij Partij((MeldrouteRegel Regel, RegelUitkomst Uitkomst) x)
                {
                    var rest = x.Regel.Voorwaarden with { Uitbuitingsvormen = null, Zijden = null };
                    var extra = new List<string>();
                    if (!IsLeeg(rest))
                    {
                        extra.Add(kaart.Aanleiding(rest));
                    }
                    if (x.Uitkomst.AlleenAls is { } alleen && !IsLeeg(alleen with { Uitbuitingsvormen = null, Zijden = null }))
                    {
                        extra.Add(kaart.Aanleiding(alleen with { Uitbuitingsvormen = null, Zijden = null }));
                    }
                    return new Stroompartij(x.Uitkomst.Doeltype, x.Uitkomst.Functie, x.Uitkomst.Spoed, x.Regel.Naam,
                        extra.Count == 0 ? null : string.Join("; ", extra));
                }
                var plaatsers = zijde == Zijde.Slachtofferkant
                    ? plaatsing.Where(p => p.Uitbuitingsvorm is null || p.Uitbuitingsvorm == vorm)
                        .Select(p => new Plaatser(p.Type, p.Organisatietypen, p.GemeenteVanLocatie, p.SamenMetGemeente)).ToList()
                    : [];
                stromen.Add(new Stroom(vorm, zijde,
                    partijen.Where(x => x.Uitkomst.Rol == Rol.Behandelaar).Select(Partij).ToList(),
                    partijen.Where(x => x.Uitkomst.Rol == Rol.Informeren).Select(Partij).ToList(),
                    plaatsers));
            }
        }
        return (huidig.Versie, stromen);
    }

    private static bool Past(RegelVoorwaarden v, Uitbuitingsvorm vorm, Zijde zijde) =>
        (v.Uitbuitingsvormen is not { Count: > 0 } vormen || vormen.Contains(vorm))
        && (v.Zijden is not { Count: > 0 } zijden || zijden.Contains(zijde) || zijden.Contains(Zijde.Beide));

    private static bool IsLeeg(RegelVoorwaarden v) => v == new RegelVoorwaarden() || (
        v.Uitbuitingsvormen is not { Count: > 0 } && v.Zijden is not { Count: > 0 } && v.Urgenties is not { Count: > 0 }
        && v.MinderjarigBetrokken is null && v.GemeenteCodes is not { Count: > 0 } && v.DistrictCodes is not { Count: > 0 }
        && v.MelderTypen is not { Count: > 0 } && v.Kanalen is not { Count: > 0 } && v.AanknopingspuntAanwezig is null
        && v.AanknopingspuntSoorten is not { Count: > 0 } && v.Indicatoren is not { Count: > 0 } && v.MelderIsGemeentemedewerker is null
        && v.IllegaleProstitutieOfMalafideBedrijf is null && v.EenVan is not { Count: > 0 });
}
