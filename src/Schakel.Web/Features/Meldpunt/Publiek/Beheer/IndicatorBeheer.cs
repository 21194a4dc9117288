using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Meldpunt.Publiek.Beheer;

/// <summary>What a beheerder may change on a sign; the code stays, it is what reports refer to.</summary>
public sealed record IndicatorWijziging(string LabelNl, string LabelEn, string Groep, IReadOnlyList<string> Uitbuitingsvormen, bool Actief);

/// <summary>
/// Edits the signals card. Every change is audited and sets GewijzigdOp, so the seeder leaves the row alone
/// and the public pages show the new text at once.
/// </summary>
public sealed class IndicatorBeheer(SchakelDbContext db, AuditTrail audit, TimeProvider tijd)
{
    public const string Alle = "alle";

    public Task<List<Indicator>> AlleAsync(CancellationToken ct) =>
        db.Set<Indicator>().AsNoTracking().OrderBy(i => i.Groep).ThenBy(i => i.Code).ToListAsync(ct);

    public Task<Indicator?> ZoekAsync(string code, CancellationToken ct) =>
        db.Set<Indicator>().AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, ct);

    /// <summary>Errors by field name; empty when saved.</summary>
    public async Task<Dictionary<string, string>?> WijzigAsync(string code, IndicatorWijziging w, ClaimsPrincipal beheerder, CancellationToken ct)
    {
        var indicator = await db.Set<Indicator>().FirstOrDefaultAsync(i => i.Code == code, ct);
        if (indicator is null)
        {
            return null;
        }
        var fouten = Valideer(w);
        if (fouten.Count > 0)
        {
            return fouten;
        }
        indicator.LabelNl = w.LabelNl.Trim();
        indicator.LabelEn = w.LabelEn.Trim();
        indicator.Groep = w.Groep.Trim();
        indicator.Uitbuitingsvormen = w.Uitbuitingsvormen.Contains(Alle) ? Alle : string.Join(';', w.Uitbuitingsvormen.Distinct());
        indicator.Actief = w.Actief;
        indicator.GewijzigdOp = tijd.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await audit.SchrijfAsync(beheerder.AlsActor(), "indicator.gewijzigd", nameof(Indicator), code, AuditResultaat.Gelukt, Herkomst.Web, ct);
        return fouten;
    }

    /// <summary>Field → text key of BeheerTeksten, with its argument after a bar ("Fout.TeLang|300").</summary>
    internal static Dictionary<string, string> Valideer(IndicatorWijziging w)
    {
        var fouten = new Dictionary<string, string>(StringComparer.Ordinal);
        void Tekst(string veld, string waarde, int max)
        {
            if (string.IsNullOrWhiteSpace(waarde))
            {
                fouten[veld] = "Fout.Verplicht";
            }
            else if (waarde.Trim().Length > max)
            {
                fouten[veld] = $"Fout.TeLang|{max}";
            }
        }
        Tekst("labelNl", w.LabelNl, 300);
        Tekst("labelEn", w.LabelEn, 300);
        Tekst("groep", w.Groep, 120);
        var geldig = MeldFormulier.Vormen.Append(Alle);
        if (w.Uitbuitingsvormen.Count == 0 || w.Uitbuitingsvormen.Any(v => !geldig.Contains(v, StringComparer.Ordinal)))
        {
            fouten["uitbuitingsvormen"] = "Fout.Vormen";
        }
        return fouten;
    }
}
