using Schakel.Web.Features.Api;

namespace Schakel.Web.Features.Keten.Stakeholders;

/// <summary>
/// GET /api/v1/stakeholders: the stakeholder analysis for the monitor. The monitor is composed by the chain director
/// (there is no separate monitor role), so the same role that keeps the analysis reads it here.
/// </summary>
internal static class StakeholderEndpoints
{
    public sealed record StakeholderAntwoord(
        Guid OrganisatieId, string Naam, Niveau Invloed, Niveau Belang, string BelangOmschrijving, string Rol, string Bereikbaarheid, string Waarvoor,
        DateTimeOffset GewijzigdOp);

    public static void MapStakeholders(this WebApplication app)
    {
        app.MapApiV1("/stakeholders").WithTags("Stakeholders")
            .MapGet("", async (StakeholderOpslag opslag, CancellationToken ct) =>
                TypedResults.Ok((await opslag.AllesAsync(ct)).Where(r => r.Analyse is not null)
                    .Select(r => new StakeholderAntwoord(r.Organisatie.Id, r.Organisatie.Naam, r.Analyse!.Invloed, r.Analyse.Belang, r.Analyse.BelangOmschrijving,
                        r.Analyse.Rol, r.Analyse.Bereikbaarheid, r.Analyse.Waarvoor, r.Analyse.GewijzigdOp))
                    .ToList()))
            .RequireAuthorization(KetenBeleid.Beheren)
            .WithSummary("De stakeholderanalyse: per geanalyseerde partner invloed, belang, rol, hoe en waarvoor te bereiken (een functie of loket, nooit een persoon).");
    }
}
