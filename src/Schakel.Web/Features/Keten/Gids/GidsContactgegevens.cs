using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Keten;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Keten.Gids;

/// <summary>
/// The contact data other features show for an organisation (the wegwijzer's desks, the shelter board's "who may
/// place and how to reach them"), taken from the partner directory: the organisation's best active service for the
/// purpose (a preferred kind first, one that covers the municipality), its first phone, e-mail, website and opening
/// hours. Each field the service lacks falls back to the organisation's own field, so an organisation without
/// directory services keeps working as before. Only public service fields are read: never an internal note or a
/// confidential location.
/// </summary>
public static class GidsContactgegevens
{
    /// <summary>Services that answer for placement questions, best first.</summary>
    public static readonly IReadOnlyList<Dienstsoort> Plaatsing = [Dienstsoort.Zorgcoordinatie, Dienstsoort.Opvang, Dienstsoort.Melden, Dienstsoort.Opsporing, Dienstsoort.Advies];

    /// <summary>Services that answer for someone who wants to report or ask, best first.</summary>
    public static readonly IReadOnlyList<Dienstsoort> Melden = [Dienstsoort.Melden, Dienstsoort.Advies, Dienstsoort.Hulpverlening];

    private static readonly string[] Rfc = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly string[] Nl = ["ma", "di", "wo", "do", "vr", "za", "zo"];

    /// <summary>The organisations (with work area) with their contact fields taken from the directory where it has them.</summary>
    public static async Task<List<Organisatie>> OrganisatiesAsync(SchakelDbContext db, IReadOnlyList<Dienstsoort> voorkeur, CancellationToken ct)
    {
        var organisaties = await db.Set<Organisatie>().AsNoTracking().Include(o => o.Werkgebied).ToListAsync(ct);
        var diensten = await DienstenAsync(db, null, ct);
        foreach (var o in organisaties)
        {
            Aanvullen(o, diensten[o.Id], voorkeur, null);
        }
        return organisaties;
    }

    /// <summary>One organisation (read without tracking) with its contact fields from the directory, for a municipality when known.</summary>
    public static async Task<Organisatie> AanvullenAsync(SchakelDbContext db, Organisatie organisatie, IReadOnlyList<Dienstsoort> voorkeur, string? gemeenteCode, CancellationToken ct)
    {
        var diensten = await DienstenAsync(db, organisatie.Id, ct);
        Aanvullen(organisatie, diensten[organisatie.Id], voorkeur, gemeenteCode);
        return organisatie;
    }

    private static async Task<ILookup<Guid, Dienst>> DienstenAsync(SchakelDbContext db, Guid? organisatieId, CancellationToken ct) =>
        (await db.Set<Dienst>().AsNoTracking().Where(d => d.Actief && (organisatieId == null || d.OrganisatieId == organisatieId))
            .Include(d => d.Gebied).Include(d => d.Telefoons).Include(d => d.Openingstijden).AsSplitQuery().ToListAsync(ct))
        .ToLookup(d => d.OrganisatieId);

    internal static void Aanvullen(Organisatie o, IEnumerable<Dienst> diensten, IReadOnlyList<Dienstsoort> voorkeur, string? gemeenteCode)
    {
        var dienst = diensten
            .Where(d => gemeenteCode is null || d.Gebied.Count == 0 || d.Gebied.Any(g => g.CbsCode == gemeenteCode))
            .OrderBy(d => voorkeur.Contains(d.Soort) ? voorkeur.ToList().IndexOf(d.Soort) : int.MaxValue)
            .ThenBy(d => d.Telefoons.Count == 0)
            .ThenBy(d => d.Id)
            .FirstOrDefault();
        if (dienst is null)
        {
            return;
        }
        o.Telefoon = dienst.Telefoons.OrderBy(t => t.Id).Select(t => t.Nummer).FirstOrDefault() ?? o.Telefoon;
        o.Email = dienst.Email ?? o.Email;
        o.Website = dienst.Website ?? o.Website;
        var tijden = Openingstijden(dienst.Openingstijden);
        if (dienst.DagEnNacht || tijden is not null)
        {
            // The service's hours replace the organisation's as a whole: mixing the two would say open when it is not.
            o.DagEnNacht = dienst.DagEnNacht;
            o.Openingstijden = tijden;
        }
    }

    /// <summary>The directory's weekly hours in the format Core's Openingstijden reads ("ma,di 09:00-17:00; za 10:00-12:00"); null without times.</summary>
    internal static string? Openingstijden(IEnumerable<Openingstijd> tijden)
    {
        var blokken = tijden.Where(t => t.Opent is not null && t.Sluit is not null).OrderBy(t => t.Id)
            .Select(t => new
            {
                Dagen = Dagreeksen(t.Dagen.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(d => Array.IndexOf(Rfc, d.ToUpperInvariant())).Where(i => i >= 0).Distinct().Order().ToList()),
                Tijd = $"{t.Opent!.Value.ToString("HH:mm", CultureInfo.InvariantCulture)}-{t.Sluit!.Value.ToString("HH:mm", CultureInfo.InvariantCulture)}",
            })
            .Where(b => b.Dagen.Length > 0)
            .Select(b => $"{b.Dagen} {b.Tijd}")
            .ToList();
        return blokken.Count == 0 ? null : string.Join("; ", blokken);
    }

    /// <summary>Three or more days in a row as a range ("ma-vr"), the rest as a list ("ma,za"), as people write them.</summary>
    private static string Dagreeksen(IReadOnlyList<int> dagen)
    {
        var delen = new List<string>();
        for (var i = 0; i < dagen.Count;)
        {
            var j = i;
            while (j + 1 < dagen.Count && dagen[j + 1] == dagen[j] + 1)
            {
                j++;
            }
            if (j - i >= 2)
            {
                delen.Add($"{Nl[dagen[i]]}-{Nl[dagen[j]]}");
            }
            else
            {
                delen.AddRange(dagen.Skip(i).Take(j - i + 1).Select(d => Nl[d]));
            }
            i = j + 1;
        }
        return string.Join(",", delen);
    }
}
