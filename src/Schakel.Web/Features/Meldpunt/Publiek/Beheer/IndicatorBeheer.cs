using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Meldpunt.Publiek.Beheer;

/// <summary>
/// What a beheerder may change on a sign; the code stays, it is what reports refer to. <paramref name="Labels"/>
/// and <paramref name="Groepnamen"/> hold the other languages by language key (pl, bg, ro, nl-B1; group names
/// also en); an empty text removes that translation, and the reader then gets the English or Dutch one.
/// </summary>
public sealed record IndicatorWijziging(
    string LabelNl,
    string LabelEn,
    string Groep,
    IReadOnlyList<string> Uitbuitingsvormen,
    bool Actief,
    IReadOnlyDictionary<string, string>? Labels = null,
    IReadOnlyDictionary<string, string>? Groepnamen = null);

/// <summary>
/// Edits the signals card. Every change is audited and sets GewijzigdOp, so the seeder leaves the row alone
/// and the public pages show the new text at once.
/// </summary>
public sealed partial class IndicatorBeheer(SchakelDbContext db, AuditTrail audit, TimeProvider tijd, IOptions<RequestLocalizationOptions> lokalisatie)
{
    public const string Alle = "alle";

    /// <summary>The languages a sign's label is kept in beyond Dutch and English: the site's others, and easy Dutch.</summary>
    public IReadOnlyList<string> ExtraTalen =>
    [
        .. (lokalisatie.Value.SupportedUICultures ?? []).Select(c => c.TwoLetterISOLanguageName)
            .Where(t => t is not "nl" and not "en").Distinct(),
        Signaaltaal.EenvoudigNederlands,
    ];

    /// <summary>The group's name in every language but Dutch, by language key.</summary>
    public async Task<Dictionary<string, string>> GroepnamenAsync(string groep, CancellationToken ct) =>
        await db.Set<IndicatorGroepTekst>().AsNoTracking().Where(g => g.Groep == groep).ToDictionaryAsync(g => g.Taal, g => g.Naam, ct);

    public Task<List<Indicator>> AlleAsync(CancellationToken ct) =>
        db.Set<Indicator>().AsNoTracking().OrderBy(i => i.Groep).ThenBy(i => i.Code).ToListAsync(ct);

    public Task<Indicator?> ZoekAsync(string code, CancellationToken ct) =>
        db.Set<Indicator>().AsNoTracking().Include(i => i.Teksten).FirstOrDefaultAsync(i => i.Code == code, ct);

    /// <summary>Errors by field name; empty when saved.</summary>
    public async Task<Dictionary<string, string>?> WijzigAsync(string code, IndicatorWijziging w, ClaimsPrincipal beheerder, CancellationToken ct)
    {
        var indicator = await db.Set<Indicator>().Include(i => i.Teksten).FirstOrDefaultAsync(i => i.Code == code, ct);
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
        ZetLabels(indicator, w.Labels);
        await ZetGroepnamenAsync(indicator.Groep, w.Groepnamen, ct);
        await audit.VastleggenAsync(db, new AuditInvoer(beheerder.AlsActor(), "indicator.gewijzigd", nameof(Indicator), code, AuditResultaat.Gelukt, Herkomst.Web), ct);
        return fouten;
    }

    /// <summary>
    /// Adds a new sign with all its languages; errors by field name, empty when saved. It is marked as changed by a
    /// beheerder so the seeder never touches it, and it shows at once on the card and in the report form.
    /// </summary>
    public async Task<Dictionary<string, string>> ToevoegenAsync(string code, IndicatorWijziging w, ClaimsPrincipal beheerder, CancellationToken ct)
    {
        var fouten = Valideer(w);
        if (!CodePatroon().IsMatch(code))
        {
            fouten["code"] = "Fout.Code";
        }
        else if (await db.Set<Indicator>().AnyAsync(i => i.Code == code, ct))
        {
            fouten["code"] = "Fout.CodeBestaat";
        }
        if (fouten.Count > 0)
        {
            // The code first, so the summary starts where the form starts.
            return fouten.OrderBy(f => f.Key == "code" ? 0 : 1).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        }
        var indicator = new Indicator
        {
            Code = code,
            LabelNl = w.LabelNl.Trim(),
            LabelEn = w.LabelEn.Trim(),
            Groep = w.Groep.Trim(),
            Uitbuitingsvormen = w.Uitbuitingsvormen.Contains(Alle) ? Alle : string.Join(';', w.Uitbuitingsvormen.Distinct()),
            Actief = w.Actief,
            Bron = "beheer",
            GewijzigdOp = tijd.GetUtcNow(),
        };
        ZetLabels(indicator, w.Labels);
        db.Add(indicator);
        // A new sign may join an existing group: an empty name field leaves that group's name alone here.
        await ZetGroepnamenAsync(indicator.Groep, w.Groepnamen?.Where(g => !string.IsNullOrWhiteSpace(g.Value)).ToDictionary(), ct);
        await audit.VastleggenAsync(db, new AuditInvoer(beheerder.AlsActor(), "indicator.toegevoegd", nameof(Indicator), code, AuditResultaat.Gelukt, Herkomst.Web), ct);
        return fouten;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z]{3}-[0-9]{2}$")]
    private static partial System.Text.RegularExpressions.Regex CodePatroon();

    private void ZetLabels(Indicator indicator, IReadOnlyDictionary<string, string>? labels)
    {
        foreach (var (taal, tekst) in labels ?? new Dictionary<string, string>())
        {
            var bestaand = indicator.Teksten.FirstOrDefault(t => t.Taal == taal);
            if (string.IsNullOrWhiteSpace(tekst))
            {
                if (bestaand is not null)
                {
                    indicator.Teksten.Remove(bestaand);
                }
            }
            else if (bestaand is null)
            {
                indicator.Teksten.Add(new IndicatorTekst { Code = indicator.Code, Taal = taal, Label = tekst.Trim() });
            }
            else
            {
                bestaand.Label = tekst.Trim();
            }
        }
    }

    /// <summary>A group has one name per language, so this renames it for every sign in the group.</summary>
    private async Task ZetGroepnamenAsync(string groep, IReadOnlyDictionary<string, string>? namen, CancellationToken ct)
    {
        if (namen is null || namen.Count == 0)
        {
            return;
        }
        var bestaand = await db.Set<IndicatorGroepTekst>().Where(g => g.Groep == groep).ToListAsync(ct);
        foreach (var (taal, naam) in namen)
        {
            var rij = bestaand.FirstOrDefault(g => g.Taal == taal);
            if (string.IsNullOrWhiteSpace(naam))
            {
                if (rij is not null)
                {
                    db.Remove(rij);
                }
            }
            else if (rij is null)
            {
                db.Add(new IndicatorGroepTekst { Groep = groep, Taal = taal, Naam = naam.Trim() });
            }
            else
            {
                rij.Naam = naam.Trim();
            }
        }
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
        foreach (var (taal, tekst) in w.Labels ?? new Dictionary<string, string>())
        {
            if (!GeldigeTaal(taal) || taal == "en")
            {
                fouten["label-" + taal] = "Fout.Taal";
            }
            else if (tekst?.Trim().Length > 300)
            {
                fouten["label-" + taal] = "Fout.TeLang|300";
            }
        }
        foreach (var (taal, naam) in w.Groepnamen ?? new Dictionary<string, string>())
        {
            if (!GeldigeTaal(taal))
            {
                fouten["groep-" + taal] = "Fout.Taal";
            }
            else if (naam?.Trim().Length > 120)
            {
                fouten["groep-" + taal] = "Fout.TeLang|120";
            }
        }
        var geldig = MeldFormulier.Vormen.Append(Alle);
        if (w.Uitbuitingsvormen.Count == 0 || w.Uitbuitingsvormen.Any(v => !geldig.Contains(v, StringComparer.Ordinal)))
        {
            fouten["uitbuitingsvormen"] = "Fout.Vormen";
        }
        return fouten;
    }

    /// <summary>A language key as stored: two lower-case letters, or easy Dutch; never Dutch itself, which lives on the sign.</summary>
    private static bool GeldigeTaal(string taal) =>
        taal == Signaaltaal.EenvoudigNederlands || (taal.Length == 2 && taal.All(char.IsAsciiLetterLower) && taal != "nl");
}
