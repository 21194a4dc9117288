using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Meldpunt.Indicatoren;

/// <summary>Loads the indicator list; adds new codes and updates untouched ones, keeps a beheerder's edits.</summary>
internal sealed class IndicatorZaaier(SchakelDbContext db) : IZaaier
{
    public bool AlleenDemo => false;
    public int Volgorde => 10;

    private sealed record Rij(string code, string groep, string uitbuitingsvormen, string label_nl, string label_en, string bron);

    public async Task ZaaiAsync(CancellationToken ct)
    {
        using var lezer = File.OpenText(Path.Combine(RegioLader.Map, "indicatoren.csv"));
        using var csv = new CsvReader(lezer, CultureInfo.InvariantCulture);
        var rijen = csv.GetRecords<Rij>().ToList();
        var bestaand = await db.Set<Indicator>().ToDictionaryAsync(i => i.Code, ct);
        foreach (var r in rijen)
        {
            if (!bestaand.TryGetValue(r.code, out var i))
            {
                db.Add(new Indicator { Code = r.code, Groep = r.groep, Uitbuitingsvormen = r.uitbuitingsvormen, LabelNl = r.label_nl, LabelEn = r.label_en, Bron = r.bron });
            }
            else if (i.GewijzigdOp is null)
            {
                (i.Groep, i.Uitbuitingsvormen, i.LabelNl, i.LabelEn, i.Bron) = (r.groep, r.uitbuitingsvormen, r.label_nl, r.label_en, r.bron);
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
