using Schakel.Core.Monitor;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Api;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor.Imports;

/// <summary>
/// One row of a partner template. <c>waarde</c> is a whole number as text, or "geen gegevens" when the source has no
/// figure (which is not 0). <c>gebied</c>: a CBS code (GM0518), district:DH-A, regio:DH or land.
/// </summary>
public sealed record ImportRijInvoer(
    string? Maatstaf, string? Gebied, string? Periode, string? Uitbuitingsvorm, string? Waarde, string? Document,
    string? Sectie, string? Datum, string? Gepubliceerd);

/// <summary>An import: the source and either the rows, or the template's CSV text in <c>csv</c>.</summary>
public sealed record ImportInvoer(string? Bron, List<ImportRijInvoer>? Rijen, string? Csv);

public sealed record ImportWeergave(Guid Id, string Bron, string BronNaam, int AantalRijen, DateTimeOffset IngevoerdOp, bool Ingetrokken,
    DateTimeOffset? IngetrokkenOp, bool Herhaald)
{
    public static ImportWeergave Van(PartnerImport i, bool herhaald = false) => new(i.Id, i.Bron, PartnerBronnen.Zoek(i.Bron)?.Naam ?? i.Bron,
        i.AantalRijen, i.IngevoerdOp, i.IngetrokkenOp is not null, i.IngetrokkenOp, herhaald);
}

public sealed record ImportCijferWeergave(int Regel, string Maatstaf, string Gebied, string Periode, string Uitbuitingsvorm,
    long? Waarde, string Status, string Document, string? Sectie, DateOnly Datum, bool Gepubliceerd);

public sealed record ImportDetailWeergave(ImportWeergave Import, IReadOnlyList<ImportCijferWeergave> Cijfers);

/// <summary>/api/v1/monitor/imports: partner figures in, listed, withdrawn; for an API client with the chain director's role.</summary>
public static class ImportEndpoints
{
    public static void MapMonitorImports(this WebApplication app)
    {
        var groep = app.MapApiV1("/monitor/imports").WithTags("Monitor").VereistApiRol(Rollen.Ketenregisseur);

        groep.MapPost("", async Task<IResult> (ImportInvoer invoer, HttpContext http, PartnerImports imports, SchakelDbContext db, CancellationToken ct) =>
            {
                var (rijen, fouten) = Rijen(invoer);
                if (fouten.Count == 0)
                {
                    var eenheden = await MonitorModule.EenhedenVanAsync(db, http.User.OrganisatieId()!.Value, ct);
                    switch (await imports.ImporteerAsync(invoer.Bron, rijen, eenheden, http.User.AlsActor(), Herkomst.Api, ct))
                    {
                        case ImportUitkomst.Gelukt { Herhaald: true } h:
                            return TypedResults.Ok(ImportWeergave.Van(h.Import, true));
                        case ImportUitkomst.Gelukt g:
                            return TypedResults.Created($"{ApiRoutes.Basis}/monitor/imports/{g.Import.Id}", ImportWeergave.Van(g.Import));
                        case ImportUitkomst.Ongeldig o:
                            fouten = [.. o.Fouten];
                            break;
                    }
                }

                var v = new Validatie();
                foreach (var f in fouten)
                {
                    v.Fout(Veld(f, invoer.Csv is not null), f.Melding);
                }

                return v.AlsProbleem()!;
            })
            .WithSummary("Cijfers van een partnerbron invoeren (sjabloon per bron). Alles of niets: elke foute cel wordt met rij en " +
                "kolom genoemd. Hetzelfde bestand nog eens geeft 200 met de bestaande import en slaat niets nieuws op.")
            .Produces<ImportWeergave>(201).Produces<ImportWeergave>(200).ProducesValidationProblem();

        groep.MapGet("", async (HttpContext http, PartnerImports imports, CancellationToken ct) =>
            {
                var org = http.User.OrganisatieId();
                return TypedResults.Ok((await imports.LijstAsync(ct)).Where(i => i.OrganisatieId == org).Select(i => ImportWeergave.Van(i)).ToList());
            })
            .WithSummary("De imports van de eigen organisatie, nieuwste eerst, ook de ingetrokken.");

        groep.MapGet("/{id:guid}", async Task<IResult> (Guid id, HttpContext http, PartnerImports imports, CancellationToken ct) =>
            {
                var import = await imports.VindAsync(id, ct);
                if (import is null || import.OrganisatieId != http.User.OrganisatieId())
                {
                    return ApiProblemen.Resultaat(404, "Er is geen import met dit id van uw organisatie.");
                }

                var rijen = await imports.RijenAsync(id, ct);
                return TypedResults.Ok(new ImportDetailWeergave(ImportWeergave.Van(import), rijen.Select(r => new ImportCijferWeergave(
                    r.Regel, r.Maatstaf, r.Gebied, r.Periode, r.Categorie, r.Waarde,
                    r.Waarde is null ? CijferStatus.GeenGegevens : CijferStatus.Geimporteerd, r.Document, r.Sectie, r.Datum, r.Gepubliceerd)).ToList()));
            })
            .WithSummary("Eén import met zijn cijfers.")
            .Produces<ImportDetailWeergave>().ProducesProblem(404);

        groep.MapDelete("/{id:guid}", async Task<IResult> (Guid id, HttpContext http, PartnerImports imports, CancellationToken ct) =>
            {
                var import = await imports.VindAsync(id, ct);
                if (import is null || import.OrganisatieId != http.User.OrganisatieId() || import.IngetrokkenOp is not null)
                {
                    return ApiProblemen.Resultaat(404, "Er is geen lopende import met dit id van uw organisatie.");
                }

                await imports.TrekInAsync(id, http.User.AlsActor(), Herkomst.Api, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Een import intrekken: zijn cijfers tellen niet meer mee (ze blijven bewaard voor de audit).")
            .Produces(204).ProducesProblem(404);
    }

    /// <summary>The rows of the body: the typed rows, or the CSV text read by the template's columns.</summary>
    public static (List<IReadOnlyDictionary<string, string?>> Rijen, List<ImportFout> Fouten) Rijen(ImportInvoer invoer)
    {
        if (invoer.Csv is not null && invoer.Rijen is { Count: > 0 })
        {
            return ([], [new ImportFout(0, "csv", "Geef rijen of csv, niet allebei.")]);
        }

        if (invoer.Csv is not null)
        {
            return ImportBestand.LeesCsv(invoer.Csv);
        }

        return ((invoer.Rijen ?? []).Select(r => (IReadOnlyDictionary<string, string?>)new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["maatstaf"] = r.Maatstaf, ["gebied"] = r.Gebied, ["periode"] = r.Periode, ["uitbuitingsvorm"] = r.Uitbuitingsvorm,
            ["waarde"] = r.Waarde, ["document"] = r.Document, ["sectie"] = r.Sectie, ["datum"] = r.Datum, ["gepubliceerd"] = r.Gepubliceerd,
        }).ToList(), []);
    }

    /// <summary>The field of an error: rijen[2].waarde for a row (0-based, as in the body), csv.rij3.waarde for a line of the file.</summary>
    public static string Veld(ImportFout f, bool csv) => f.Regel == 0
        ? (f.Kolom is "bron" or "csv" ? f.Kolom : csv ? $"csv.{f.Kolom}" : f.Kolom == "bestand" ? "rijen" : f.Kolom)
        : csv ? $"csv.rij{f.Regel}.{f.Kolom}" : $"rijen[{f.Regel - 1}].{f.Kolom}";
}
