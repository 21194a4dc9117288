using Schakel.Web.Features.Api;
using Schakel.Web.Features.Documenten;

namespace Schakel.Web.Features.Monitor.Exports;

/// <summary>/api/v1/monitor/riec: the quarterly CSV for the RIEC Dashboard Ondermijning (public figures, no sign-in).</summary>
public static class ExportEndpoints
{
    public static void MapMonitorExports(this WebApplication app)
    {
        var groep = app.MapApiV1("/monitor").WithTags("Monitor");
        groep.MapGet("/riec", async Task<IResult> (int? jaar, string? eenheid, RiecExport export, CancellationToken ct) =>
            {
                var v = new Validatie()
                    .Als(jaar is null or < 2000 or > 2100, "jaar", "Geef een jaar, bijvoorbeeld 2026.")
                    .Als(string.IsNullOrWhiteSpace(eenheid), "eenheid", "Geef de code van een politie-eenheid, bijvoorbeeld DH.");
                if (v.AlsProbleem() is { } probleem)
                {
                    return probleem;
                }

                var tabel = await export.TabelAsync(eenheid!.Trim(), jaar!.Value, ct);
                return tabel is null
                    ? new Validatie().Fout("eenheid", "Onbekende politie-eenheid.").AlsProbleem()!
                    : Documentresultaat.Csv(tabel, $"riec-slachtoffers-{eenheid.Trim()}-{jaar}");
            })
            .AllowAnonymous()
            .WithSummary("Vermoedelijke slachtoffers per gemeente en afgerond kwartaal als CSV in de indeling voor het RIEC Dashboard " +
                "Ondermijning (docs/monitor-riec-csv.md). Openbare cijfers: kleine aantallen en wat ze zou verraden zijn leeg met status verborgen.")
            .Produces(200, contentType: "text/csv").ProducesValidationProblem();
    }
}
