using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Api;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor.CoMensha;

public sealed record CoMenshaDoorverwijzingWeergave(Guid DoorverwijzingId, DateTimeOffset VerstuurdOp, string? Gemeente, CoMenshaRegistratieWeergave? Registratie);

public sealed record CoMenshaRegistratieWeergave(Guid DoorverwijzingId, DateOnly GeregistreerdOp, string Partijsoort);

public sealed record RegistratieTellingWeergave(string? Gemeente, string Partijsoort, int Aantal);

/// <summary>
/// /api/v1/monitor/comensha: CoMensha's clients list the victim-side referrals they received and record a
/// registration on one; the chain director's clients export the counts per municipality and party kind.
/// </summary>
public static class CoMenshaEndpoints
{
    public static void MapMonitorCoMensha(this WebApplication app)
    {
        var groep = app.MapApiV1("/monitor/comensha").WithTags("Monitor").VereistApiRol();

        groep.MapGet("/doorverwijzingen", async Task<IResult> (HttpContext http, CoMenshaRegistraties registraties, CancellationToken ct) =>
            {
                var org = http.User.OrganisatieId();
                if (!await registraties.IsCoMenshaAsync(org, ct))
                {
                    return ApiProblemen.Resultaat(403, "Alleen CoMensha legt registraties vast.");
                }

                return TypedResults.Ok((await registraties.LijstAsync(org!.Value, ct)).Select(d => new CoMenshaDoorverwijzingWeergave(
                    d.DoorverwijzingId, d.VerstuurdOp, d.GemeenteCode,
                    d.GeregistreerdOp is { } op ? new CoMenshaRegistratieWeergave(d.DoorverwijzingId, op, d.Partijsoort!) : null)).ToList());
            })
            .WithSummary("De doorverwijzingen aan de slachtofferkant die deze CoMensha-organisatie ontving, met de registratie als die is vastgelegd.")
            .Produces<List<CoMenshaDoorverwijzingWeergave>>().ProducesProblem(403);

        groep.MapPut("/doorverwijzingen/{id:guid}/registratie", async Task<IResult> (
                Guid id, RegistratieInvoer invoer, HttpContext http, CoMenshaRegistraties registraties, CancellationToken ct) =>
            {
                var org = http.User.OrganisatieId();
                if (!await registraties.IsCoMenshaAsync(org, ct))
                {
                    return ApiProblemen.Resultaat(403, "Alleen CoMensha legt registraties vast.");
                }

                switch (await registraties.VastleggenAsync(id, invoer, org!.Value, http.User.AlsActor(), null, Herkomst.Api, ct))
                {
                    case RegistratieUitkomst.Gelukt g:
                        var weergave = Weergave(g.Registratie);
                        return g.Nieuw
                            ? TypedResults.Created($"{ApiRoutes.Basis}/monitor/comensha/doorverwijzingen/{id}/registratie", weergave)
                            : TypedResults.Ok(weergave);
                    case RegistratieUitkomst.Ongeldig o:
                        var v = new Validatie();
                        foreach (var (veld, code) in o.Fouten)
                        {
                            v.Fout(veld, CoMenshaRegistraties.Meldingen[code]);
                        }

                        return v.AlsProbleem()!;
                    default:
                        return ApiProblemen.Resultaat(404, "Er is geen doorverwijzing aan de slachtofferkant met dit id aan uw organisatie.");
                }
            })
            .WithSummary("Vastleggen dat en wanneer het vermoedelijke slachtoffer bij CoMensha is geregistreerd, en door welke soort partij " +
                "(zorg, politie, gemeente, inspectie, anders). Nieuw: 201; gewijzigd of hetzelfde nog eens: 200.")
            .Produces<CoMenshaRegistratieWeergave>(201).Produces<CoMenshaRegistratieWeergave>(200).ProducesValidationProblem()
            .ProducesProblem(403).ProducesProblem(404);

        groep.MapGet("/registraties", async Task<IResult> (
                int? jaar, string? eenheid, HttpContext http, CoMenshaRegistraties registraties, SchakelDbContext db, CancellationToken ct) =>
            {
                var v = new Validatie()
                    .Als(jaar is null or < 2000 or > 2100, "jaar", "Geef een jaar, bijvoorbeeld 2026.")
                    .Als(string.IsNullOrWhiteSpace(eenheid), "eenheid", "Geef de code van een politie-eenheid, bijvoorbeeld DH.");
                if (v.AlsProbleem() is { } probleem)
                {
                    return probleem;
                }

                if (!http.User.IsInRole(Rollen.Ketenregisseur))
                {
                    return ApiProblemen.Resultaat(403, "De telling is er voor de ketenregisseur.");
                }

                if (!(await MonitorModule.EenhedenVanAsync(db, http.User.OrganisatieId()!.Value, ct)).Contains(eenheid!))
                {
                    return ApiProblemen.Resultaat(403, "Uw organisatie werkt niet in deze eenheid.");
                }

                var telling = await registraties.TellingAsync(eenheid!, jaar!.Value, http.User.AlsActor(), Herkomst.Api, ct);
                return TypedResults.Ok(telling.Select(t => new RegistratieTellingWeergave(t.GemeenteCode, t.Partijsoort, t.Aantal)).ToList());
            })
            .WithSummary("Registraties bij CoMensha in een jaar per gemeente en soort partij, voor de ketenregisseur van de eenheid (intern, " +
                "zonder onderdrukking; gemeente null: zonder gemeente, alleen op eenheidsniveau). Elke opvraging wordt vastgelegd.")
            .Produces<List<RegistratieTellingWeergave>>().ProducesValidationProblem().ProducesProblem(403);
    }

    private static CoMenshaRegistratieWeergave Weergave(Schakel.Web.Features.Monitor.CoMenshaRegistratie r) =>
        new(r.DoorverwijzingId, DateOnly.FromDateTime(Schakel.Core.Monitor.Periode.Lokaal(r.GeregistreerdOp)), r.Partijsoort);
}
