using Schakel.Web.Features.Documenten;

namespace Schakel.Web.Features.Monitor.Rapport;

/// <summary>
/// The report of an edition as tagged PDF (printed from the same partial as the page, language nl), as one XLSX
/// workbook (cover sheet with title, source and the suppression rule, one sheet per table) and as CSV per table.
/// All are built from <see cref="RapportWeergave"/>, so they hold the same cells as the page.
/// </summary>
public static class RapportEndpoints
{
    public const string Partial = "/Features/Monitor/Rapport/_Rapport.cshtml";

    public static void MapMonitorRapport(this WebApplication app)
    {
        var groep = app.MapGroup("/monitor/rapport/{id:guid}").AllowAnonymous().ExcludeFromDescription();
        groep.MapGet("/pdf", async (Guid id, HttpContext http, RapportToegang toegang, HtmlWeergave html, PdfAfdrukker afdrukker, CancellationToken ct) =>
        {
            if (await toegang.LaadAsync(id, http.User, ct) is not { } rapport)
            {
                return Results.NotFound();
            }

            var inhoud = await html.PartialAsync(http, Partial, rapport);
            var document = await html.DocumentAsync(rapport.Titel, inhoud, "nl", ct);
            return await Documentresultaat.PdfAsync(http, afdrukker, document, rapport.Bestandsnaam, ct);
        });

        groep.MapGet("/xlsx", async (Guid id, HttpContext http, RapportToegang toegang, CancellationToken ct) =>
            await toegang.LaadAsync(id, http.User, ct) is { } rapport
                ? await Documentresultaat.XlsxAsync(Werkmap(rapport), rapport.Bestandsnaam, ct)
                : Results.NotFound());

        groep.MapGet("/csv/{sectie}", async (Guid id, string sectie, HttpContext http, RapportToegang toegang, CancellationToken ct) =>
            await toegang.LaadAsync(id, http.User, ct) is { } rapport && Tabellen(rapport).FirstOrDefault(t => t.Naam == sectie) is { } tabel
                ? Documentresultaat.Csv(tabel, $"{rapport.Bestandsnaam}-{sectie}")
                : Results.NotFound());
    }

    public static Werkmap Werkmap(RapportWeergave r) => new(
        r.Titel, "Schakel: meldingen, triages, doorverwijzingen en registraties in de regio " + r.Editie.RegioNaam + "; partnercijfers met hun bron; bijeenkomsten, trainingen, beleid, partnergids en meldroute uit Schakel", r.Regel,
        Tabellen(r).ToList());

    /// <summary>Every table of the report in its order: a section's figures, its trend and context, a chain section's tables.</summary>
    public static IEnumerable<Tabel> Tabellen(RapportWeergave r) => r.Secties.SelectMany(s => s.Blokken).Select(b => b.Tabel);
}
