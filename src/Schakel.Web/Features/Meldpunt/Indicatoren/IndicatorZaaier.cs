using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Meldpunt.Indicatoren;

/// <summary>
/// Loads the indicator list and its translations; adds new codes and updates untouched ones, keeps a beheerder's
/// edits. Group names in other languages are only added, never overwritten: a beheerder may have changed them.
/// </summary>
internal sealed class IndicatorZaaier(SchakelDbContext db) : IZaaier
{
    public bool AlleenDemo => false;
    public int Volgorde => 10;

    private sealed record Rij(string code, string groep, string uitbuitingsvormen, string label_nl, string label_en, string bron);
    private sealed record TekstRij(string code, string taal, string label);
    private sealed record GroepRij(string groep, string taal, string naam);

    private static List<T> Lees<T>(string bestand)
    {
        using var lezer = File.OpenText(Path.Combine(RegioLader.Map, bestand));
        using var csv = new CsvReader(lezer, CultureInfo.InvariantCulture);
        return csv.GetRecords<T>().ToList();
    }

    /// <summary>
    /// The published list names the form "orgaan" where Schakel's pages and forms say "orgaanverwijdering"
    /// (/informatie/orgaanverwijdering); the list is kept as published and mapped here, so those signs show there.
    /// </summary>
    internal static string Vormen(string gepubliceerd) =>
        string.Join(';', gepubliceerd.Split(';', StringSplitOptions.TrimEntries).Select(v => v == "orgaan" ? "orgaanverwijdering" : v));

    public async Task ZaaiAsync(CancellationToken ct)
    {
        var rijen = Lees<Rij>("indicatoren.csv");
        var teksten = Lees<TekstRij>("indicatoren-teksten.csv").ToLookup(t => t.code, StringComparer.Ordinal);
        var bestaand = await db.Set<Indicator>().Include(i => i.Teksten).ToDictionaryAsync(i => i.Code, ct);
        foreach (var r in rijen)
        {
            if (!bestaand.TryGetValue(r.code, out var i))
            {
                i = new Indicator { Code = r.code, Groep = r.groep, Uitbuitingsvormen = Vormen(r.uitbuitingsvormen), LabelNl = r.label_nl, LabelEn = r.label_en, Bron = r.bron };
                db.Add(i);
            }
            else if (i.GewijzigdOp is null)
            {
                (i.Groep, i.Uitbuitingsvormen, i.LabelNl, i.LabelEn, i.Bron) = (r.groep, Vormen(r.uitbuitingsvormen), r.label_nl, r.label_en, r.bron);
            }
            else
            {
                continue;
            }
            foreach (var t in teksten[r.code])
            {
                if (i.Teksten.FirstOrDefault(x => x.Taal == t.taal) is { } tekst)
                {
                    tekst.Label = t.label;
                }
                else
                {
                    i.Teksten.Add(new IndicatorTekst { Code = r.code, Taal = t.taal, Label = t.label });
                }
            }
        }
        var groepen = await db.Set<IndicatorGroepTekst>().Select(g => new { g.Groep, g.Taal }).ToListAsync(ct);
        foreach (var g in Lees<GroepRij>("indicatorgroepen.csv"))
        {
            if (!groepen.Any(b => b.Groep == g.groep && b.Taal == g.taal))
            {
                db.Add(new IndicatorGroepTekst { Groep = g.groep, Taal = g.taal, Naam = g.naam });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
