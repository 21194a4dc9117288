using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Bewustwording;

/// <summary>Evaluation results of the caller's offers (a provider) or of all (the ketenregisseur); averages from five answers up.</summary>
public sealed record EvaluatieresultatenDto(IReadOnlyList<AanbodEvaluatie> PerAanbod, IReadOnlyList<AanbiederEvaluatie> PerAanbieder);

public sealed record BijeenkomstDto(Guid Id, Bijeenkomstsoort Soort, string Titel, string Omschrijving, DateTimeOffset Begin, DateTimeOffset Einde,
    string Plaats, string Organisatoren, IReadOnlyList<string> Gemeenten, string? Reeks, int? Aanwezigen)
{
    public static BijeenkomstDto Van(Bijeenkomst b) =>
        new(b.Id, b.Soort, b.Titel, b.Omschrijving, b.Begin, b.Einde, b.Plaats, b.Organisatoren, b.Gemeenten, b.Reeks, b.Aanwezigen);
}

/// <summary>An event as a client sends it; <c>aanwezigen</c> is entered after the event (a count, never names).</summary>
public sealed record BijeenkomstInvoerApi(Bijeenkomstsoort? Soort, string? Titel, string? Omschrijving, DateTimeOffset? Begin, DateTimeOffset? Einde,
    string? Plaats, string? Organisatoren, List<string>? Gemeenten, string? Reeks, int? Aanwezigen);

public sealed record HotelDto(Guid Id, string Naam, string GemeenteCode, Accommodatiesoort Soort, DateOnly Geregistreerd, int Personeel, int Getraind,
    DateOnly? Certificaatdatum, Certificaatstatus Status, bool CertificaatAanDeBeurt)
{
    public static HotelDto Van(Hotel h) => new(h.Id, h.Naam, h.GemeenteCode, h.Soort, h.Geregistreerd, h.Personeel, h.Getraind, h.Certificaatdatum,
        h.Status, Hotelregister.AanDeBeurt(h));
}

public sealed record HotelInvoerApi(string? Naam, string? GemeenteCode, Accommodatiesoort? Soort, DateOnly? Geregistreerd, int? Personeel, int? Getraind,
    DateOnly? Certificaatdatum, Certificaatstatus? Status);

/// <summary>A national figure as published: <c>duiding</c> says whether <c>aantal</c> is exact, a lower bound ("ruim") or an approximation.</summary>
public sealed record NpstLandelijkDto(int Jaar, string Omschrijving, int Aantal, Cijferduiding Duiding, string Bron);

public sealed record HoteltellingenDto(IReadOnlyList<Hoteltelling> PerGemeente, IReadOnlyList<Hoteltelling> PerDistrict, Hoteltelling Regio,
    IReadOnlyList<NpstLandelijkDto> Landelijk);

/// <summary>
/// /api/v1 for the regional activities, with the pages' rights: evaluation results (a provider its own offers, the
/// ketenregisseur all), events and the NPST hotel register (ketenregisseur and focal officers read and write, every change
/// audited) and the knowledge survey's results (hidden below five answers).
/// </summary>
internal static class RegioEndpoints
{
    public static readonly string[] EvaluatieLezers = [Rollen.Aanbieder, Rollen.Ketenregisseur];
    public static readonly string[] Regie = [Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris];

    public static void MapRegioApi(this WebApplication app)
    {
        app.MapApiV1("/evaluaties").WithTags("Bewustwording").VereistApiRol(EvaluatieLezers)
            .MapGet("", async (ClaimsPrincipal gebruiker, Evaluaties evaluaties, CancellationToken ct) =>
            {
                Guid? alleen = gebruiker.IsInRole(Rollen.Ketenregisseur) ? null : gebruiker.OrganisatieId() ?? Guid.Empty;
                var (perAanbod, perAanbieder) = await evaluaties.ResultatenAsync(alleen, ct);
                return TypedResults.Ok(new EvaluatieresultatenDto(perAanbod, perAanbieder));
            })
            .WithSummary("Evaluatieresultaten per aanbod en per aanbieder. Onder 5 antwoorden alleen het aantal. Een aanbieder ziet alleen het eigen aanbod.");

        var bk = app.MapApiV1("/bijeenkomsten").WithTags("Bewustwording").VereistApiRol(Regie);
        bk.MapGet("", async (Bijeenkomsten bijeenkomsten, CancellationToken ct) =>
                TypedResults.Ok((await bijeenkomsten.AlleAsync(ct)).Select(BijeenkomstDto.Van).ToList()))
            .WithSummary("Alle regionale bijeenkomsten (thema, netwerk, Regionale Week), nieuwste eerst, met het aantal aanwezigen (nooit namen).");
        bk.MapGet("/{id}", async Task<IResult> (Guid id, SchakelDbContext db, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<BewustwordingApiTeksten> t, CancellationToken ct) =>
                await db.Set<Bijeenkomst>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is { } b
                    ? TypedResults.Ok(BijeenkomstDto.Van(b))
                    : ApiProblemen.Resultaat(404, t["BijeenkomstOnbekend"]))
            .WithSummary("Eén bijeenkomst.")
            .Produces<BijeenkomstDto>().ProducesProblem(404);
        bk.MapPost("", async Task<IResult> (BijeenkomstInvoerApi invoer, HttpContext http, SchakelDbContext db, AuditTrail audit, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<BewustwordingApiTeksten> t, CancellationToken ct) =>
                await BewaarBijeenkomstAsync(null, invoer, http.User, db, audit, t, ct))
            .WithSummary("Een bijeenkomst plannen (of achteraf vastleggen).")
            .Produces<BijeenkomstDto>(201).ProducesValidationProblem();
        bk.MapPut("/{id}", async Task<IResult> (Guid id, BijeenkomstInvoerApi invoer, HttpContext http, SchakelDbContext db, AuditTrail audit, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<BewustwordingApiTeksten> t, CancellationToken ct) =>
                await BewaarBijeenkomstAsync(id, invoer, http.User, db, audit, t, ct))
            .WithSummary("Een bijeenkomst wijzigen, ook het aantal aanwezigen achteraf. Alle velden worden vervangen.")
            .Produces<BijeenkomstDto>().ProducesValidationProblem().ProducesProblem(404);

        var hotels = app.MapApiV1("/hotels").WithTags("Bewustwording").VereistApiRol(Regie);
        hotels.MapGet("", async (Hotelregister register, CancellationToken ct) => TypedResults.Ok((await register.LijstAsync(ct)).Select(HotelDto.Van).ToList()))
            .WithSummary("Het NPST-register: hotels en vakantieparken met personeel getraind en of het certificaat aan de beurt is (een controle, geen toekenning).");
        hotels.MapGet("/tellingen", async (Hotelregister register, SchakelDbContext db, CancellationToken ct) =>
            {
                var (perGemeente, perDistrict, regio) = await register.TellingenAsync(ct);
                var landelijk = (await db.Set<NpstLandelijkCijfer>().AsNoTracking().ToListAsync(ct)).OrderByDescending(c => c.Jaar)
                    .Select(c => new NpstLandelijkDto(c.Jaar, c.Omschrijving, c.Aantal, c.Duiding, c.Bron)).ToList();
                return TypedResults.Ok(new HoteltellingenDto(perGemeente, perDistrict, regio, landelijk));
            })
            .WithSummary("Aantallen per gemeente, district en regio (geregistreerd, gecertificeerd, certificaat aan de beurt) en de landelijke cijfers met hun bron.");
        hotels.MapGet("/{id}", async Task<IResult> (Guid id, SchakelDbContext db, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<BewustwordingApiTeksten> t, CancellationToken ct) =>
                await db.Set<Hotel>().AsNoTracking().FirstOrDefaultAsync(h => h.Id == id, ct) is { } h
                    ? TypedResults.Ok(HotelDto.Van(h))
                    : ApiProblemen.Resultaat(404, t["HotelOnbekend"]))
            .WithSummary("Eén hotel of vakantiepark uit het register.")
            .Produces<HotelDto>().ProducesProblem(404);
        hotels.MapPost("", async Task<IResult> (HotelInvoerApi invoer, HttpContext http, SchakelDbContext db, AuditTrail audit, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<BewustwordingApiTeksten> t, CancellationToken ct) =>
                await BewaarHotelAsync(null, invoer, http.User, db, audit, t, ct))
            .WithSummary("Een hotel of vakantiepark aan het register toevoegen.")
            .Produces<HotelDto>(201).ProducesValidationProblem();
        hotels.MapPut("/{id}", async Task<IResult> (Guid id, HotelInvoerApi invoer, HttpContext http, SchakelDbContext db, AuditTrail audit, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<BewustwordingApiTeksten> t, CancellationToken ct) =>
                await BewaarHotelAsync(id, invoer, http.User, db, audit, t, ct))
            .WithSummary("Een hotel in het register wijzigen. Alle velden worden vervangen.")
            .Produces<HotelDto>().ProducesValidationProblem().ProducesProblem(404);

        app.MapApiV1("/kennispeilingen").WithTags("Bewustwording").VereistApiRol(Regie)
            .MapGet("/resultaten", async (Kennispeilingen peilingen, CancellationToken ct) => TypedResults.Ok(await peilingen.ResultatenAsync(ct)))
            .WithSummary("Resultaten van de anonieme kennispeiling per doelgroep, meting en jaar. Onder 5 antwoorden alleen het aantal, zonder gemiddelden.");
    }

    private static async Task<IResult> BewaarBijeenkomstAsync(Guid? id, BijeenkomstInvoerApi i, ClaimsPrincipal gebruiker, SchakelDbContext db, AuditTrail audit,
        ITeksten<BewustwordingApiTeksten> t, CancellationToken ct)
    {
        var recht = await Gemeenterecht.VoorAsync(gebruiker, db, ct);
        Bijeenkomst? bk = null;
        if (id is { } bestaand)
        {
            // Someone else's event does not exist for a focal officer: the same answer as an unknown id.
            bk = await db.Set<Bijeenkomst>().FirstOrDefaultAsync(x => x.Id == bestaand, ct);
            if (bk is null || !recht.MagBijeenkomst(bk.Gemeenten))
            {
                return ApiProblemen.Resultaat(404, t["BijeenkomstOnbekend"]);
            }
        }
        var gemeenten = (await Publiek.GemeenteKeuzes.LaadAsync(db, ct)).Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        var geldigeGemeenten = i.Gemeenten is not { } g || (g.Count <= 100 && g.All(c => c is not null && gemeenten.Contains(c)));
        var v = new Validatie()
            .Als(i.Soort is not { } s || !Enum.IsDefined(s), "soort", t["KiesUit", string.Join(", ", Enum.GetNames<Bijeenkomstsoort>().Select(Camel))])
            .Als(string.IsNullOrWhiteSpace(i.Titel) || i.Titel.Trim().Length > 200, "titel", t["Titel"])
            .Als(i.Omschrijving is { Length: > 2000 }, "omschrijving", t["Max", 2000])
            .Als(i.Begin is null, "begin", t["Verplicht"])
            .Als(i.Einde is null || (i.Begin is { } b && (i.Einde <= b || i.Einde > b.AddDays(14))), "einde", t["Einde"])
            .Als(i.Plaats is { Length: > 300 }, "plaats", t["Max", 300])
            .Als(i.Organisatoren is { Length: > 500 }, "organisatoren", t["Max", 500])
            .Als(i.Reeks is { Length: > 200 }, "reeks", t["Max", 200])
            .Als(!geldigeGemeenten, "gemeenten", t["Gemeenten"])
            .Als(geldigeGemeenten && !recht.MagBijeenkomst(i.Gemeenten ?? []), "gemeenten", t["EigenGemeenten", recht.EigenGemeente ?? ""])
            .Als(i.Aanwezigen is < 0 or > 100_000, "aanwezigen", t["Aanwezigen"]);
        if (v.AlsProbleem() is { } probleem)
        {
            return probleem;
        }
        if (bk is null)
        {
            bk = new Bijeenkomst { Id = Guid.NewGuid(), Titel = "" };
            db.Add(bk);
        }
        bk.Soort = i.Soort!.Value;
        bk.Titel = i.Titel!.Trim();
        bk.Omschrijving = i.Omschrijving?.Trim() ?? "";
        bk.Begin = i.Begin!.Value.ToUniversalTime();
        bk.Einde = i.Einde!.Value.ToUniversalTime();
        bk.Plaats = i.Plaats?.Trim() ?? "";
        bk.Organisatoren = i.Organisatoren?.Trim() ?? "";
        bk.Gemeenten = [.. (i.Gemeenten ?? []).Distinct(StringComparer.Ordinal)];
        bk.Reeks = string.IsNullOrWhiteSpace(i.Reeks) ? null : i.Reeks.Trim();
        bk.Aanwezigen = i.Aanwezigen;
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), Beheer.BijeenkomstenModel.ActieBijeenkomst, "bewustwording.bijeenkomst",
            bk.Id.ToString(), AuditResultaat.Gelukt, Herkomst.Api), ct);
        var dto = BijeenkomstDto.Van(bk);
        return id is null ? TypedResults.Created($"{ApiRoutes.Basis}/bijeenkomsten/{bk.Id}", dto) : TypedResults.Ok(dto);
    }

    private static async Task<IResult> BewaarHotelAsync(Guid? id, HotelInvoerApi i, ClaimsPrincipal gebruiker, SchakelDbContext db, AuditTrail audit,
        ITeksten<BewustwordingApiTeksten> t, CancellationToken ct)
    {
        var recht = await Gemeenterecht.VoorAsync(gebruiker, db, ct);
        Hotel? h = null;
        if (id is { } bestaand)
        {
            // Someone else's hotel does not exist for a focal officer: the same answer as an unknown id.
            h = await db.Set<Hotel>().FirstOrDefaultAsync(x => x.Id == bestaand, ct);
            if (h is null || !recht.MagHotel(h.GemeenteCode))
            {
                return ApiProblemen.Resultaat(404, t["HotelOnbekend"]);
            }
        }
        var gemeenten = (await Publiek.GemeenteKeuzes.LaadAsync(db, ct)).Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        var v = new Validatie()
            .Als(string.IsNullOrWhiteSpace(i.Naam) || i.Naam.Trim().Length > 200, "naam", t["Naam"])
            .Als(i.GemeenteCode is null || !gemeenten.Contains(i.GemeenteCode), "gemeenteCode", t["Gemeente"])
            .Als(i.GemeenteCode is { } gc && gemeenten.Contains(gc) && !recht.MagHotel(gc), "gemeenteCode", t["EigenGemeente", recht.EigenGemeente ?? ""])
            .Als(i.Soort is not { } s || !Enum.IsDefined(s), "soort", t["KiesUit", string.Join(", ", Enum.GetNames<Accommodatiesoort>().Select(Camel))])
            .Als(i.Geregistreerd is null, "geregistreerd", t["Verplicht"])
            .Als(i.Personeel is not (>= 0 and <= 100_000), "personeel", t["Aantal"])
            .Als(i.Getraind is not (>= 0 and <= 100_000) || (i.Personeel is { } p && i.Getraind > p), "getraind", t["Getraind"])
            .Als(i.Status is not { } st || !Enum.IsDefined(st), "status", t["KiesUit", string.Join(", ", Enum.GetNames<Certificaatstatus>().Select(Camel))])
            .Als(i.Status == Certificaatstatus.Gecertificeerd && i.Certificaatdatum is null, "certificaatdatum", t["Certificaatdatum"]);
        if (v.AlsProbleem() is { } probleem)
        {
            return probleem;
        }
        if (h is null)
        {
            h = new Hotel { Id = Guid.NewGuid(), Naam = "", GemeenteCode = "" };
            db.Add(h);
        }
        (h.Naam, h.GemeenteCode, h.Soort, h.Geregistreerd, h.Personeel, h.Getraind, h.Certificaatdatum, h.Status) =
            (i.Naam!.Trim(), i.GemeenteCode!, i.Soort!.Value, i.Geregistreerd!.Value, i.Personeel!.Value, i.Getraind!.Value, i.Certificaatdatum, i.Status!.Value);
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), Beheer.HotelsModel.ActieHotel, "bewustwording.hotel", h.Id.ToString(),
            AuditResultaat.Gelukt, Herkomst.Api), ct);
        var dto = HotelDto.Van(h);
        return id is null ? TypedResults.Created($"{ApiRoutes.Basis}/hotels/{h.Id}", dto) : TypedResults.Ok(dto);
    }

    private static string Camel(string naam) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(naam);
}
