using Microsoft.EntityFrameworkCore;
using Schakel.Core.Sturing;
using Schakel.Web.Data;
using Schakel.Web.Features.Documenten;
using Schakel.Web.Features.Sturing.Model;
using Schakel.Web.Features.Sturing.Plannen;

namespace Schakel.Web.Features.Sturing.Basisniveau;

public sealed record JaarverslagActie(ActieRegel Actie, VoortgangRegel? Voortgang);

/// <summary>The municipality's yearly progress report for the mayor and aldermen (Midden-Delfland §1.3).</summary>
public sealed record JaarverslagWeergave(
    GemeenteChecklist Checklist, int Jaar, IReadOnlyList<JaarverslagActie> Acties,
    JaarverslagTrainingen? Trainingen, JaarverslagOverleggen? Overleggen, IReadOnlyList<JaarverslagCijfer> Cijfers);

/// <summary>
/// Draws the yearly report from the checklist, the municipality's own concrete actions with their newest progress
/// in the year, and (<see cref="JaarverslagBronnen"/>) trainings, meetings attended and the monitor's public figures.
/// </summary>
public sealed class Jaarverslagen(SchakelDbContext db, Basisniveaulijst lijst, Actieplannen plannen, JaarverslagBronnen bronnen, TimeProvider tijd)
{
    public async Task<JaarverslagWeergave?> MaakAsync(string cbsCode, int jaar, CancellationToken ct)
    {
        // A finished year shows the checklist as it stood on its last day, as the monitor does: answers given later
        // belong to a later report. The running year shows it as it stands.
        var checklist = jaar < tijd.GetUtcNow().Year
            ? (await lijst.ChecklistenAsync([cbsCode], Monitor.Ketensecties.Peilmoment(jaar), ct)).SingleOrDefault()
            : await lijst.ChecklistAsync(cbsCode, ct);
        if (checklist is null)
        {
            return null;
        }
        var acties = new List<JaarverslagActie>();
        foreach (var planId in await db.Set<Plan>().Where(p => p.GemeenteCode == cbsCode).Select(p => p.Id).ToListAsync(ct))
        {
            var detail = (await plannen.DetailAsync(planId, ct))!;
            var voortgang = await plannen.LaatsteVoortgangAsync([.. detail.Acties.Select(a => a.Id)], [.. Kwartaal.VanJaar(jaar)], ct);
            acties.AddRange(detail.Acties.Select(a => new JaarverslagActie(a, voortgang.GetValueOrDefault(a.Id))));
        }
        return new JaarverslagWeergave(checklist, jaar, acties,
            await bronnen.TrainingenAsync(cbsCode, jaar, ct), await bronnen.OverleggenAsync(cbsCode, jaar, ct), await bronnen.CijfersAsync(cbsCode, jaar, ct));
    }

    public const string Partial = "/Features/Sturing/Basisniveau/_Jaarverslag.cshtml";

    public static void MapJaarverslagPdf(WebApplication app) =>
        app.MapGet("/sturing/basisniveau/{cbsCode}/jaarverslag/pdf", async (string cbsCode, int? jaar, HttpContext http, Jaarverslagen verslagen,
            HtmlWeergave html, PdfAfdrukker afdrukker, TimeProvider tijd, CancellationToken ct) =>
        {
            var j = jaar ?? tijd.GetUtcNow().Year;
            if (j is < 2000 or > 2999 || await verslagen.MaakAsync(cbsCode, j, ct) is not { } v)
            {
                return Results.NotFound();
            }
            var inhoud = await html.PartialAsync(http, Partial, v);
            var document = await html.DocumentAsync($"Voortgang mensenhandel {v.Checklist.Naam} {j}", inhoud, ct: ct);
            return await Documentresultaat.PdfAsync(http, afdrukker, document, $"voortgang-mensenhandel-{v.Checklist.CbsCode}-{j}", ct);
        }).RequireAuthorization(SturingModule.Lezen).ExcludeFromDescription();
}
