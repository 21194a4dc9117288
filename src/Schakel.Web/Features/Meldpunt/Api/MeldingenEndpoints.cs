using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Medewerkers;
using Schakel.Web.Features.Meldpunt.Misbruik;
using Schakel.Web.Features.Meldpunt.Opvolging;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Meldpunt.Api;

/// <summary>
/// /api/v1/meldingen: the public reporting API. Anonymous; a partner system with a client token may also
/// set <c>kanaal</c>. The receipt code travels only in bodies (operations as POST sub-resources), never in
/// a URL. Attachments go through the web form, so bodies stay small.
/// </summary>
internal static class MeldingenEndpoints
{
    public const int MaxBody = 64 * 1024;

    /// <param name="Toelichting">Only on a retry whose receipt code can no longer be shown: what the submitter can do without it.</param>
    public sealed record Aangenomen(string? Ontvangstcode, string Soort, string Status, bool Urgent, string? Toelichting = null);

    public const string IdempotencyKop = "Idempotency-Key";
    public sealed record CodeVerzoek(string? Ontvangstcode);
    public sealed record BijlageAntwoord(Guid Id, string Naam, string Type, long Grootte);
    /// <summary>Tijdstip as a UTC DateTime, so it is written with 'Z' as the API rules ask.</summary>
    public sealed record BerichtAntwoord(DateTime Tijdstip, string Van, string Tekst, IReadOnlyList<BijlageAntwoord> Bijlagen);
    public sealed record StatusAntwoord(string Soort, string Status, string StatusTekst, IReadOnlyList<BerichtAntwoord> Berichten);
    public sealed record InboxAntwoord(Guid Id, string Soort, string Kanaal, string Status, DateTime OntvangenOp, bool Urgent,
        string? GemeenteCode, DateTime BevestigingUiterlijk, DateTime TerugkoppelingUiterlijk, bool TeLaat);
    public sealed record WaarschuwingAntwoord(string Soort, int Positie, int Lengte, string Uitleg);

    public static void MapMeldingen(this WebApplication app)
    {
        var groep = app.MapApiV1("/meldingen").WithTags("Meldingen");
        groep.MapPost("", MeldAsync).MetLimietOpGelukt(Limiet.Melden).AllowAnonymous()
            .WithSummary("Een melding of adviesvraag doen; geeft eenmalig de ontvangstcode.")
            .WithDescription("Met een header Idempotency-Key (16 tot 100 tekens, bijvoorbeeld een UUID) slaat een herhaald verzoek met dezelfde inhoud "
                + "niets nieuws op: het antwoord is 200 met dezelfde ontvangstcode (binnen 24 uur, alleen voor wie dezelfde sleutel stuurt). "
                + "Dezelfde sleutel met een andere inhoud geeft 409.")
            .Accepts<MeldingAanvragen.Melding>("application/json")
            .Produces<Aangenomen>(201).Produces<Aangenomen>(200).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(409).ProducesProblem(429)
            .AddOpenApiOperationTransformer(IdempotencyParameter);
        groep.MapPost("/_status", StatusAsync).MetLimiet(Limiet.Code).AllowAnonymous()
            .WithSummary("Status en berichten opvragen met de ontvangstcode.")
            .Accepts<MeldingAanvragen.Code>("application/json")
            .Produces<StatusAntwoord>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(429);
        groep.MapPost("/_reactie", ReactieAsync).MetLimiet(Limiet.Code).AllowAnonymous()
            .WithSummary("Een bericht van de melder toevoegen met de ontvangstcode.")
            .WithDescription("Met een header Idempotency-Key (16 tot 100 tekens, bijvoorbeeld een UUID) slaat een herhaald verzoek met dezelfde inhoud "
                + "het bericht niet nog eens op: het antwoord is opnieuw 200 met de berichten. Dezelfde sleutel met een ander bericht (of voor een andere melding) geeft 409.")
            .Accepts<MeldingAanvragen.Reactie>("application/json")
            .Produces<StatusAntwoord>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(429)
            .AddOpenApiOperationTransformer(IdempotencyParameter);
        groep.MapPost("/_omzetten", OmzettenAsync).MetLimiet(Limiet.Code).AllowAnonymous()
            .WithSummary("De vrager zet de eigen adviesvraag om in een melding (met de ontvangstcode).")
            .Accepts<MeldingAanvragen.Code>("application/json")
            .Produces<StatusAntwoord>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(429);
        // Staff systems: the inbox of the reporting point their organisation runs, without personal data.
        groep.MapGet("", async (HttpContext context, MeldpuntBehandeling behandeling, bool? ookAfgerond, CancellationToken ct) =>
            TypedResults.Ok((await behandeling.InboxAsync(context.User, ookAfgerond ?? false, ct)).Select(r => new InboxAntwoord(
                r.Id, Woorden.Van(r.Soort), Woorden.Van(r.Kanaal), MeldingStatusmachine.Label(r.Status), r.OntvangenOp.UtcDateTime, r.Urgent,
                r.GemeenteCode, r.Termijnen.BevestigingUiterlijk.UtcDateTime, r.Termijnen.TerugkoppelingUiterlijk.UtcDateTime, r.Termijnen.TeLaat)).ToList()))
            .VereistApiRol(MeldpuntBeleid.RollenBehandelen)
            .WithSummary("Binnengekomen meldingen van het meldpunt van de eigen organisatie, met termijnen, zonder persoonsgegevens.")
            .Produces<List<InboxAntwoord>>().ProducesValidationProblem();
    }

    /// <summary>The handlers read this optional header themselves (validated with the body), so the document is told here.</summary>
    internal static Task IdempotencyParameter(Microsoft.OpenApi.OpenApiOperation operatie, Microsoft.AspNetCore.OpenApi.OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        operatie.Parameters ??= [];
        operatie.Parameters.Add(new Microsoft.OpenApi.OpenApiParameter
        {
            Name = IdempotencyKop,
            In = Microsoft.OpenApi.ParameterLocation.Header,
            Required = false,
            Description = "Eigen sleutel (16 tot 100 zichtbare tekens, bijvoorbeeld een UUID): een herhaald verzoek slaat niets nieuws op.",
            Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String, MinLength = VerzendsleutelInvoer.MinLengte, MaxLength = VerzendsleutelInvoer.MaxLengte },
        });
        return Task.CompletedTask;
    }

    /// <summary>Reply keys of anonymous callers share one scope (the key is the secret, as for reports); the content hash binds the report.</summary>
    public const string ReactieBereik = "api:reactie";

    private static async Task<IResult> MeldAsync(HttpContext context, MeldpuntIntake intake,
        [FromHeader(Name = IdempotencyKop)] string? sleutel, CancellationToken ct)
    {
        if (await LeesBodyAsync(context.Request, ct) is not { } body)
        {
            return OngeldigeBody();
        }
        var gelezen = MeldingJson.Lees(body.RootElement);
        var fouten = gelezen.Fouten;

        if (sleutel is not null && !VerzendsleutelInvoer.IsGeldig(sleutel))
        {
            Voeg(fouten, IdempotencyKop, $"Geef een sleutel van {VerzendsleutelInvoer.MinLengte} tot {VerzendsleutelInvoer.MaxLengte} zichtbare tekens, bijvoorbeeld een UUID.");
        }

        var partner = await PartnerAsync(context);
        if (partner is { Succeeded: false, None: false })
        {
            return TypedResults.Problem(statusCode: 401, title: "Niet aangemeld", detail: "Het token is ongeldig of verlopen.");
        }
        var isPartner = partner is { Succeeded: true } && partner.Principal.IsApiClient();
        Kanaal? kanaal = null;
        if (gelezen.Kanaal is { } k)
        {
            if (!isPartner)
            {
                Voeg(fouten, "kanaal", "Alleen partnersystemen met een token mogen het kanaal opgeven.");
            }
            else if (Woorden.TryLees<Kanaal>(k, out var gekozen))
            {
                kanaal = gekozen;
            }
            else
            {
                Voeg(fouten, "kanaal", $"Kies een van: {Woorden.Lijst<Kanaal>()}.");
            }
        }

        if (fouten.Count > 0)
        {
            // Type errors first stop the intake, but every other field is still checked and reported too.
            foreach (var (veld, meldingen) in MeldingValidatie.Valideer(gelezen.Invoer).Fouten)
            {
                foreach (var m in meldingen.Where(_ => !fouten.ContainsKey(veld)))
                {
                    Voeg(fouten, veld, m);
                }
            }
            return Ongeldig(fouten.ToDictionary(f => f.Key, f => f.Value.ToArray()), []);
        }

        var indiener = isPartner ? Indiener.Partner(partner!.Principal!, kanaal) : Indiener.Publiek(Security.Audit.Herkomst.Api);
        // Keys are scoped per partner client; anonymous callers share one scope, so the key itself is the secret.
        var verzendsleutel = sleutel is null ? null
            : new VerzendsleutelInvoer(indiener.Client is { } c ? $"api:{c}" : "api", sleutel, TimeSpan.FromHours(24));
        var uitkomst = await intake.MeldAsync(gelezen.Invoer, [], indiener, verzendsleutel, ct);
        if (uitkomst.AndereInhoud)
        {
            return TypedResults.Problem(statusCode: 409, title: "Sleutel al gebruikt",
                detail: "Deze Idempotency-Key is al gebruikt voor een andere melding. Gebruik voor een nieuwe melding een nieuwe sleutel.");
        }
        if (!uitkomst.Gelukt)
        {
            return Ongeldig(uitkomst.Fouten, uitkomst.Waarschuwingen);
        }
        if (uitkomst.Herhaald)
        {
            return TypedResults.Ok(new Aangenomen(uitkomst.Ontvangstcode, Woorden.Van(uitkomst.Soort), "ontvangen", uitkomst.Urgent,
                uitkomst.Ontvangstcode is null && indiener.KrijgtOntvangstcode
                    ? "Deze melding is al ontvangen. De ontvangstcode kan niet opnieuw worden getoond; zonder code kunt u het antwoord niet lezen. Wilt u iets aanvullen, doe dan een nieuwe melding en noem daarin dat het om een eerdere melding gaat."
                    : null));
        }
        return TypedResults.Created((string?)null, new Aangenomen(uitkomst.Ontvangstcode, Woorden.Van(uitkomst.Soort), "ontvangen", uitkomst.Urgent));
    }

    private static async Task<IResult> StatusAsync(HttpContext context, MeldpuntOpvolging opvolging, CancellationToken ct)
    {
        if (await LeesBodyAsync(context.Request, ct) is not { } body)
        {
            return OngeldigeBody();
        }
        var fouten = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var code = new JsonVelden(body.RootElement, "", fouten).Tekst("ontvangstcode");
        if (fouten.Count > 0 || code is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ontvangstcode"] = ["Geef de ontvangstcode van 16 cijfers."] },
                title: "De invoer is niet geldig.");
        }
        var gevonden = await opvolging.ZoekAsync(code, ct);
        return gevonden is null ? OnbekendeCode() : TypedResults.Ok(Antwoord(gevonden));
    }

    private static async Task<IResult> ReactieAsync(HttpContext context, MeldpuntOpvolging opvolging,
        [FromHeader(Name = IdempotencyKop)] string? sleutel, CancellationToken ct)
    {
        if (await LeesBodyAsync(context.Request, ct) is not { } body)
        {
            return OngeldigeBody();
        }
        var fouten = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var v = new JsonVelden(body.RootElement, "", fouten);
        var code = v.Tekst("ontvangstcode");
        var tekst = v.Tekst("tekst");
        if (code is null)
        {
            v.Fout("ontvangstcode", "Geef de ontvangstcode van 16 cijfers.");
        }
        if (sleutel is not null && !VerzendsleutelInvoer.IsGeldig(sleutel))
        {
            Voeg(fouten, IdempotencyKop, $"Geef een sleutel van {VerzendsleutelInvoer.MinLengte} tot {VerzendsleutelInvoer.MaxLengte} zichtbare tekens, bijvoorbeeld een UUID.");
        }
        if (fouten.Count > 0)
        {
            return Ongeldig(fouten.ToDictionary(f => f.Key, f => f.Value.ToArray()), []);
        }
        // A retried reply (the answer lost on the way) with the same key is stored once, as a retried report is.
        var verzendsleutel = sleutel is null ? null : new VerzendsleutelInvoer(ReactieBereik, sleutel, TimeSpan.FromHours(24));
        var uitkomst = await opvolging.ReageerAsync(code, tekst, [], verzendsleutel, ct);
        if (uitkomst.Resultaat == ReactieResultaat.Ongeldig && uitkomst.Fouten.ContainsKey(MeldpuntOpvolging.AndereInhoudVeld))
        {
            return TypedResults.Problem(statusCode: 409, title: "Sleutel al gebruikt",
                detail: "Deze Idempotency-Key is al gebruikt voor een ander bericht. Gebruik voor een nieuw bericht een nieuwe sleutel.");
        }
        return uitkomst.Resultaat switch
        {
            ReactieResultaat.OnbekendeCode => OnbekendeCode(),
            ReactieResultaat.Ongeldig => Ongeldig(uitkomst.Fouten, []),
            _ => TypedResults.Ok(Antwoord((await opvolging.ZoekAsync(code, ct))!)),
        };
    }

    private static async Task<IResult> OmzettenAsync(HttpContext context, MeldpuntOpvolging opvolging, CancellationToken ct)
    {
        if (await LeesBodyAsync(context.Request, ct) is not { } body)
        {
            return OngeldigeBody();
        }
        var fouten = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var code = new JsonVelden(body.RootElement, "", fouten).Tekst("ontvangstcode");
        var uitkomst = await opvolging.ZetOmNaarMeldingAsync(code, ct);
        return uitkomst.Resultaat switch
        {
            ReactieResultaat.OnbekendeCode => OnbekendeCode(),
            ReactieResultaat.Ongeldig => Ongeldig(uitkomst.Fouten, []),
            _ => TypedResults.Ok(Antwoord((await opvolging.ZoekAsync(code, ct))!)),
        };
    }

    private static StatusAntwoord Antwoord(MeldingOpvolging o) => new(
        Woorden.Van(o.Soort), o.StatusWoord, o.StatusTekst,
        [.. o.Berichten.Select(b => new BerichtAntwoord(b.Tijdstip.UtcDateTime, b.VanWoord, b.Tekst,
            [.. b.Bijlagen.Select(x => new BijlageAntwoord(x.Id, x.Naam, x.Type, x.Grootte))]))]);

    /// <summary>
    /// The endpoint is anonymous, so the bearer token (if any) is read here: a partner must be recognised,
    /// and a wrong token must not silently turn into an anonymous report.
    /// </summary>
    private static async Task<AuthenticateResult?> PartnerAsync(HttpContext context)
    {
        var schemas = context.RequestServices.GetService<IAuthenticationSchemeProvider>();
        if (schemas is null || await schemas.GetSchemeAsync(Schemas.Api) is null)
        {
            return null;
        }
        return await context.AuthenticateAsync(Schemas.Api);
    }

    private static IResult Ongeldig(IReadOnlyDictionary<string, string[]> fouten, IReadOnlyList<PersoonsgegevensWaarschuwing> waarschuwingen)
    {
        var extra = new Dictionary<string, object?>();
        if (waarschuwingen.Count > 0)
        {
            extra["waarschuwingen"] = waarschuwingen.Select(w => new WaarschuwingAntwoord(
                JsonNamingPolicy.CamelCase.ConvertName(w.Soort.ToString()), w.Positie, w.Lengte, w.Uitleg)).ToList();
        }
        return TypedResults.ValidationProblem(fouten, title: "De invoer is niet geldig.",
            detail: "Zie 'errors' voor elk veld dat niet klopt.", extensions: extra);
    }

    private static ProblemHttpResult OnbekendeCode() => TypedResults.Problem(statusCode: 404, title: "Onbekende ontvangstcode",
        detail: "Wij vinden geen melding met deze ontvangstcode. Controleer de cijfers.");

    private static ProblemHttpResult OngeldigeBody() => TypedResults.Problem(statusCode: 400, title: "Ongeldige JSON",
        detail: $"Stuur een JSON-object van hoogstens {MaxBody / 1024} kB.");

    private static void Voeg(Dictionary<string, List<string>> fouten, string veld, string melding)
    {
        if (!fouten.TryGetValue(veld, out var lijst))
        {
            fouten[veld] = lijst = [];
        }
        lijst.Add(melding);
    }

    private static async Task<JsonDocument?> LeesBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBody)
        {
            return null;
        }
        using var begrensd = new MemoryStream();
        var buffer = new byte[8192];
        int gelezen;
        while ((gelezen = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            if (begrensd.Length + gelezen > MaxBody)
            {
                return null;
            }
            begrensd.Write(buffer, 0, gelezen);
        }
        try
        {
            var doc = JsonDocument.Parse(begrensd.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                doc.Dispose();
                return null;
            }
            return doc;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
