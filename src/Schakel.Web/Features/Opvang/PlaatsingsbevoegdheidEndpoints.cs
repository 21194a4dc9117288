using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Opvang;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Api;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Opvang;

/// <summary>
/// Who may place where, as one editable list: a beheerder replaces the rules when policy changes; every
/// request, match and hold reads them from here.
/// </summary>
internal static class PlaatsingsbevoegdheidEndpoints
{
    public static void MapPlaatsingsbevoegdheid(this WebApplication app)
    {
        var groep = app.MapApiV1("/plaatsingsbevoegdheid").WithTags("Opvang");
        groep.MapGet("", async (OpvangService service, CancellationToken ct) => TypedResults.Ok(new RegelsDto((await service.RegelsAsync(ct)).Regels)))
            .VereistApiRol(OpvangToegang.Lezers)
            .WithSummary("De regels wie waar mag plaatsen.")
            .Produces<RegelsDto>();
        groep.MapPut("", VervangAsync).VereistApiRol(Rollen.Beheerder)
            .WithSummary("De regels wie waar mag plaatsen in één keer vervangen (beheerder).")
            .Produces<RegelsDto>().ProducesValidationProblem();
    }

    public sealed record RegelsDto(IReadOnlyList<Plaatsingsregel> Regels);

    private static async Task<IResult> VervangAsync(RegelsDto? invoer, ClaimsPrincipal gebruiker, SchakelDbContext db, AuditTrail audit, TimeProvider tijd, Zoeken.PoolLeesmodel leesmodel, CancellationToken ct)
    {
        var v = new Validatie().Als(invoer?.Regels is not { Count: > 0 }, "regels", "Geef minstens één regel; zonder regels kan niemand meer plaatsen.");
        foreach (var (regel, i) in (invoer?.Regels ?? []).Select((r, i) => (r, i)))
        {
            foreach (var fout in regel.Valideer())
            {
                v.Fout($"regels[{i}].{fout.Veld}", fout.Melding);
            }
        }
        if (v.AlsProbleem() is { } probleem)
        {
            return probleem;
        }
        var instelling = await db.Set<PlaatsingsbevoegdheidInstelling>().OrderBy(i => i.Id).FirstOrDefaultAsync(ct);
        if (instelling is null)
        {
            instelling = new PlaatsingsbevoegdheidInstelling { Id = 1, Regels = [] };
            db.Add(instelling);
        }
        instelling.Regels = [.. invoer!.Regels];
        instelling.GewijzigdOp = tijd.GetUtcNow();
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "plaatsingsbevoegdheid.gewijzigd", nameof(PlaatsingsbevoegdheidInstelling), "1", AuditResultaat.Gelukt, Herkomst.Api), ct);
        // Every node's search reads the rules from its read model: this node at once, the others when told.
        leesmodel.AllesOpnieuw();
        await Zoeken.PoolWijzigingen.MeldAsync(db, Zoeken.PoolWijzigingen.Alles, ct);
        return TypedResults.Ok(new RegelsDto(instelling.Regels));
    }
}
