using Schakel.Web.Features.Documenten;

namespace Schakel.Web.Features.Sturing.Rapportage;

/// <summary>What the report partial shows: the report and whether its period is a half-year.</summary>
public sealed record VerslagWeergave(Periodeverslag Verslag, bool Halfjaar);

/// <summary>
/// The period report as tagged PDF, XLSX and CSV through the shared Documenten service. The PDF prints the same
/// partial the page shows; XLSX and CSV are built from the same report rows, so the numbers cannot differ.
/// </summary>
internal static class RapportEndpoints
{
    public const string Partial = "/Features/Sturing/Rapportage/_Verslag.cshtml";

    public static void MapSturingRapportage(this WebApplication app)
    {
        app.MapGet("/sturing/rapportage/export", async (Guid? plan, string? periode, string? formaat, HttpContext http, Rapportages rapportages,
            HtmlWeergave html, PdfAfdrukker afdrukker, CancellationToken ct) =>
        {
            if (plan is null || !IndexModel.ParsePeriode(periode, out var kwartalen, out var halfjaar) || formaat is not ("pdf" or "xlsx" or "csv")
                || await rapportages.MaakAsync(plan.Value, kwartalen, ct) is not { } verslag)
            {
                return Results.NotFound();
            }
            var naam = $"voortgang-{verslag.Plan.Naam}-{periode}";
            var tabel = RapportExport.Tabel(verslag);
            switch (formaat)
            {
                case "csv":
                    return Documentresultaat.Csv(tabel, naam);
                case "xlsx":
                    return await Documentresultaat.XlsxAsync(new Werkmap($"{verslag.Plan.Naam} {periode}", verslag.Plan.Bron,
                        $"Per actielijn elke actie die in {periode} gepland is, met de laatste voortgang in die periode; '{RapportExport.GeenVoortgangGemeld}' waar niets is gemeld. Begroting in € x1000.", [tabel]), naam, ct);
                default:
                    var inhoud = await html.PartialAsync(http, Partial, new VerslagWeergave(verslag, halfjaar));
                    var document = await html.DocumentAsync($"{verslag.Plan.Naam} {periode}", inhoud, ct: ct);
                    return await Documentresultaat.PdfAsync(http, afdrukker, document, naam, ct);
            }
        }).RequireAuthorization(SturingModule.Lezen).ExcludeFromDescription();
    }
}
