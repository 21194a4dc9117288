using Microsoft.EntityFrameworkCore;
using Schakel.Core.Regio;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Regio;

/// <summary>
/// Loads the police units, districts, base teams and municipalities from Referentie/eenheden.csv and the
/// files it names. Idempotent: rows are matched on their codes, updated when the data changed, and never
/// duplicated, so it runs at every start.
/// </summary>
public sealed class RegioLader(SchakelDbContext db)
{
    public static string Map => Path.Combine(AppContext.BaseDirectory, "Referentie");

    public async Task LaadAsync(CancellationToken ct = default)
    {
        IReadOnlyList<EenheidRegel> eenheden;
        using (var r = File.OpenText(Path.Combine(Map, "eenheden.csv")))
        {
            eenheden = RegioBestanden.LeesEenheden(r);
        }
        foreach (var e in eenheden)
        {
            using var g = File.OpenText(Path.Combine(Map, e.GemeentenBestand));
            using var b = File.OpenText(Path.Combine(Map, e.BasisteamsBestand));
            await LaadEenheidAsync(RegioBestanden.Combineer(e, RegioBestanden.LeesGemeenten(g), RegioBestanden.LeesBasisteams(b)), ct);
        }
    }

    public async Task LaadEenheidAsync(EenheidGegevens data, CancellationToken ct = default)
    {
        var code = data.Eenheid.Code;
        var eenheid = await db.Set<Eenheid>().FindAsync([code], ct);
        if (eenheid is null)
        {
            db.Add(new Eenheid { Code = code, Naam = data.Eenheid.Naam });
        }
        else
        {
            eenheid.Naam = data.Eenheid.Naam;
        }

        var districten = await db.Set<District>().Where(d => d.EenheidCode == code).ToDictionaryAsync(d => d.Id, ct);
        foreach (var d in data.Districten)
        {
            var id = $"{code}-{d.Code}";
            if (districten.TryGetValue(id, out var bestaand))
            {
                bestaand.Naam = d.Naam;
            }
            else
            {
                db.Add(new District { Id = id, EenheidCode = code, Code = d.Code, Naam = d.Naam });
            }
        }

        var teamIds = data.Districten.Select(d => $"{code}-{d.Code}").ToList();
        var teams = await db.Set<Basisteam>().Where(t => teamIds.Contains(t.DistrictId)).ToDictionaryAsync(t => t.Id, ct);
        foreach (var t in data.Basisteams)
        {
            var id = $"{code}-{t.Code}";
            if (teams.TryGetValue(id, out var bestaand))
            {
                bestaand.Naam = t.Naam;
                bestaand.DistrictId = $"{code}-{t.DistrictCode}";
            }
            else
            {
                db.Add(new Basisteam { Id = id, DistrictId = $"{code}-{t.DistrictCode}", Code = t.Code, Naam = t.Naam });
            }
        }

        var codes = data.Gemeenten.Select(g => g.CbsCode).ToList();
        // Two independent collections: one query each, not their cross product.
        var gemeenten = await db.Set<Gemeente>().Include(g => g.Districten).Include(g => g.Basisteams).AsSplitQuery()
            .Where(g => codes.Contains(g.CbsCode)).ToDictionaryAsync(g => g.CbsCode, ct);
        foreach (var g in data.Gemeenten)
        {
            if (!gemeenten.TryGetValue(g.CbsCode, out var gemeente))
            {
                gemeente = new Gemeente { CbsCode = g.CbsCode, Naam = g.Naam, EenheidCode = code };
                db.Add(gemeente);
            }
            gemeente.Naam = g.Naam;
            gemeente.EenheidCode = code;
            gemeente.Deelregio = g.Deelregio;
            gemeente.Zekerheid = g.Zekerheid;
            gemeente.Districten.RemoveAll(x => !g.DistrictCodes.Any(c => $"{code}-{c}" == x.DistrictId));
            foreach (var c in g.DistrictCodes.Where(c => gemeente.Districten.All(x => x.DistrictId != $"{code}-{c}")))
            {
                gemeente.Districten.Add(new GemeenteDistrict { CbsCode = g.CbsCode, DistrictId = $"{code}-{c}" });
            }
            gemeente.Basisteams.RemoveAll(x => !g.BasisteamCodes.Any(c => $"{code}-{c}" == x.BasisteamId));
            foreach (var c in g.BasisteamCodes.Where(c => gemeente.Basisteams.All(x => x.BasisteamId != $"{code}-{c}")))
            {
                gemeente.Basisteams.Add(new GemeenteBasisteam { CbsCode = g.CbsCode, BasisteamId = $"{code}-{c}" });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
