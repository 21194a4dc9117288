using System.Security.Claims;
using Schakel.Core.Keten;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Aandachtsfunctionarissen;

/// <summary>A focal officer with the published work contact, the way professionals may reach them.</summary>
public sealed record AandachtsfunctionarisDto(
    Guid Id, string GemeenteCode, string Naam, string? Functietitel, string? Email, string? Telefoon, Aandachtsfunctionarisafdeling Afdeling,
    Aandachtsfunctionariszijde Zijde, Guid? PlaatsvervangerId, DateOnly AangesteldOp, bool Actief, DateOnly? BeeindigdOp)
{
    public static AandachtsfunctionarisDto Van(AandachtsfunctionarisGegevens a) =>
        new(a.Id, a.GemeenteCode, a.Naam, a.Functietitel, a.Email, a.Telefoon, a.Afdeling, a.Zijde, a.PlaatsvervangerId, a.AangesteldOp, a.Actief, a.BeeindigdOp);
}

/// <summary>
/// A focal officer as a client sends it; every field is replaced. Without <c>actief</c> the officer is active.
/// <c>beeindigdOp</c>, the first day no longer served, goes with <c>actief: false</c> only; without it that is today
/// (or the end date already recorded).
/// </summary>
public sealed record AandachtsfunctionarisInvoerApi(
    string? GemeenteCode, string? Naam, string? Functietitel, string? Email, string? Telefoon, Aandachtsfunctionarisafdeling? Afdeling,
    Aandachtsfunctionariszijde? Zijde, Guid? PlaatsvervangerId, DateOnly? AangesteldOp, bool? Actief, DateOnly? BeeindigdOp = null);

/// <summary>
/// /api/v1/aandachtsfunctionarissen: the register page as an API, through the same <see cref="AandachtsfunctionarisBeheer"/>:
/// the chain director keeps every municipality, a focal officer of a municipality only that one (another municipality's
/// officer answers 404; choosing another municipality is refused at the field). A focal officer outside a municipality
/// gets 403, as on the page. Every change is audited with origin api.
/// </summary>
internal static class AandachtsfunctionarisEndpoints
{
    public static void MapAandachtsfunctionarissen(this WebApplication app)
    {
        var groep = app.MapApiV1("/aandachtsfunctionarissen").WithTags("Aandachtsfunctionarissen")
            .VereistApiRol(AandachtsfunctionarissenModule.RollenBijhouden);

        groep.MapGet("", async Task<IResult> (ClaimsPrincipal u, AandachtsfunctionarisBeheer beheer, IAandachtsfunctionarissen register, AuditTrail audit, CancellationToken ct) =>
            {
                var bereik = await beheer.BereikAsync(u, ct);
                if (!bereik.Alle && bereik.Gemeente is null)
                {
                    return ApiProblemen.Resultaat(403);
                }
                var lijst = bereik.Alle ? await register.AlleAsync(false, ct) : await register.VoorGemeenteAsync(bereik.Gemeente!, ct);
                await AandachtsfunctionarisInzage.SchrijfAsync(audit, u, AandachtsfunctionarisInzage.Register, lijst.Count, Herkomst.Api, ct);
                return TypedResults.Ok(lijst.Select(AandachtsfunctionarisDto.Van).ToList());
            })
            .WithSummary("De aandachtsfunctionarissen die de aanroeper bijhoudt (ook niet-actieve): alle gemeenten voor de ketenregisseur, anders de eigen gemeente.")
            .Produces<List<AandachtsfunctionarisDto>>();

        groep.MapGet("/{id}", async Task<IResult> (Guid id, ClaimsPrincipal u, AandachtsfunctionarisBeheer beheer, IAandachtsfunctionarissen register, AuditTrail audit, CancellationToken ct) =>
            {
                var bereik = await beheer.BereikAsync(u, ct);
                if (!bereik.Alle && bereik.Gemeente is null)
                {
                    return ApiProblemen.Resultaat(403);
                }
                if (await register.VindAsync(id, ct) is not { } a || !bereik.Omvat(a.GemeenteCode))
                {
                    return ApiProblemen.Resultaat(404);
                }
                await AandachtsfunctionarisInzage.SchrijfAsync(audit, u, id.ToString(), 1, Herkomst.Api, ct);
                return TypedResults.Ok(AandachtsfunctionarisDto.Van(a));
            })
            .WithSummary("Eén aandachtsfunctionaris.")
            .Produces<AandachtsfunctionarisDto>().ProducesProblem(404);

        groep.MapPost("", async Task<IResult> (AandachtsfunctionarisInvoerApi invoer, ClaimsPrincipal u, AandachtsfunctionarisBeheer beheer,
                IAandachtsfunctionarissen register, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<AandachtsfunctionarisTeksten> t, CancellationToken ct) =>
                await BewarenAsync(null, invoer, u, beheer, register, t, ct))
            .WithSummary("Een aandachtsfunctionaris toevoegen. Een gepubliceerd e-mailadres of telefoonnummer is verplicht.")
            .Produces<AandachtsfunctionarisDto>(201).ProducesValidationProblem();

        groep.MapPut("/{id}", async Task<IResult> (Guid id, AandachtsfunctionarisInvoerApi invoer, ClaimsPrincipal u, AandachtsfunctionarisBeheer beheer,
                IAandachtsfunctionarissen register, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<AandachtsfunctionarisTeksten> t, CancellationToken ct) =>
                await BewarenAsync(id, invoer, u, beheer, register, t, ct))
            .WithSummary("Een aandachtsfunctionaris wijzigen. Alle velden worden vervangen.")
            .Produces<AandachtsfunctionarisDto>().ProducesValidationProblem().ProducesProblem(404);
    }

    private static async Task<IResult> BewarenAsync(Guid? id, AandachtsfunctionarisInvoerApi i, ClaimsPrincipal u, AandachtsfunctionarisBeheer beheer,
        IAandachtsfunctionarissen register, ITeksten<AandachtsfunctionarisTeksten> t, CancellationToken ct)
    {
        var bereik = await beheer.BereikAsync(u, ct);
        if (!bereik.Alle && bereik.Gemeente is null)
        {
            return ApiProblemen.Resultaat(403);
        }
        if (id is { } bestaand && (await register.VindAsync(bestaand, ct) is not { } a || !bereik.Omvat(a.GemeenteCode)))
        {
            // Another municipality's officer does not exist for a focal officer: the same answer as an unknown id.
            return ApiProblemen.Resultaat(404);
        }
        var nieuwId = id ?? Guid.NewGuid();
        // A missing department or side is passed as a value outside the enum, so the one validation names it with the other fields.
        var fouten = await beheer.OpslaanAsync(new(nieuwId, i.GemeenteCode, i.Naam, i.Functietitel, i.Email, i.Telefoon,
            i.Afdeling ?? (Aandachtsfunctionarisafdeling)(-1), i.Zijde ?? (Aandachtsfunctionariszijde)(-1), i.PlaatsvervangerId, i.AangesteldOp, i.Actief ?? true, i.BeeindigdOp),
            bereik, u.AlsActor(), Herkomst.Api, ct);
        if (fouten.Count > 0)
        {
            var v = new Validatie();
            foreach (var (veld, sleutel) in fouten)
            {
                v.Fout(veld, t[sleutel]);
            }
            return v.AlsProbleem()!;
        }
        var dto = AandachtsfunctionarisDto.Van((await register.VindAsync(nieuwId, ct))!);
        return id is null ? TypedResults.Created($"{ApiRoutes.Basis}/aandachtsfunctionarissen/{nieuwId}", dto) : TypedResults.Ok(dto);
    }
}
