using Schakel.Core.Sturing;
using Microsoft.AspNetCore.Mvc;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Meldpunt.Api;
using Schakel.Web.Features.Sturing.Plannen;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Sturing.Api;

public sealed record PlanWeergave(Guid Id, string Naam, Planniveau Niveau, string? GemeenteCode, int VanJaar, int TotJaar, string Bron, int AantalActies);

public sealed record ActielijnWeergave(int Nummer, string Naam);

public sealed record PlanningWeergave(string Tekst, IReadOnlyList<int> Jaren, IReadOnlyList<string> Kwartalen, bool Doorlopend);

/// <summary>A budget amount (thousands of euros for the national programme) with the row it comes from; <c>gedeeldMet</c> names the other actions of a shared row.</summary>
public sealed record BegrotingWeergave(int Jaar, decimal Bedrag, string Regel, IReadOnlyList<string> GedeeldMet);

/// <summary><c>vormen</c>: the forms of exploitation the action addresses, as the plan words them.</summary>
public sealed record ActieWeergave(
    Guid Id, ActielijnWeergave Actielijn, string Nummer, string Tekst, string? OperationeelDoel, int? Doeljaar, string? BeoogdEffect,
    IReadOnlyList<string> Eigenaren, IReadOnlyList<string> Betrokkenen, IReadOnlyList<string> Vormen, PlanningWeergave Planning,
    IReadOnlyList<BegrotingWeergave> Begroting, Actiestatus Status);

public sealed record VoortgangWeergave(
    Guid Id, string Kwartaal, string Tekst, Voortgangskleur Kleur, string? VolgendeStap, string? Risicos, Actiestatus Status, string Organisatie, DateTimeOffset GemeldOp);

public sealed record BasisniveauItemWeergave(
    string Code, string Naam, Basisniveaustand Stand, string? Bewijs, bool Berekend, string? BevestigdDoorOrganisatie, string? BevestigdDoorRol, DateTimeOffset? BevestigdOp);

/// <summary>One answer as it was given: by which organisation and role (never a person's name), and when.</summary>
public sealed record BasisniveauAntwoordWeergave(string Item, Basisniveaustand Stand, string? Bewijs, string BevestigdDoorOrganisatie, string? BevestigdDoorRol, DateTimeOffset BevestigdOp);

/// <summary>
/// The policy document: <c>kennisDocumentId</c> and the library's title and page when it is in the knowledge library;
/// otherwise the title and https link typed in (<c>kennisDocumentId</c> null).
/// </summary>
public sealed record BeleidsdocumentWeergave(Guid? KennisDocumentId, string Titel, string? Link);

public sealed record BasisniveauWeergave(
    string CbsCode, string Naam, Basisniveauoordeel Oordeel, IReadOnlyList<string> Ontbrekend, IReadOnlyList<BasisniveauItemWeergave> Items,
    int? EvaluatieIntervalJaren, DateOnly? EvaluatieVerwachtOp, DateOnly? BeleidVastgesteldOp, DateOnly? LaatsteEvaluatieOp, BeleidsdocumentWeergave? Beleidsdocument);

/// <summary>One recorded state of the policy facts, by organisation and role (never a person's name); both null for facts taken over from before the history was kept.</summary>
public sealed record BeleidVersieWeergave(
    DateOnly? VastgesteldOp, BeleidsdocumentWeergave? Beleidsdocument, int? EvaluatieIntervalJaren, DateOnly? LaatsteEvaluatieOp,
    string? VastgelegdDoorOrganisatie, string? VastgelegdDoorRol, DateTimeOffset VastgelegdOp);

/// <summary>/api/v1/plannen, /api/v1/acties/{id}/voortgang and /api/v1/gemeenten/{cbsCode}/basisniveau, with the pages' rights.</summary>
internal static class SturingEndpoints
{
    public static void MapSturingApi(this WebApplication app)
    {
        var plannen = app.MapApiV1("/plannen").VereistApiRol(SturingToegang.Lezers).WithTags("Actieplannen");
        plannen.MapGet("", async (Actieplannen p, CancellationToken ct) =>
            TypedResults.Ok((await p.LijstAsync(ct)).Select(s => new PlanWeergave(s.Id, s.Naam, s.Niveau, s.GemeenteCode, s.VanJaar, s.TotJaar, s.Bron, s.AantalActies)).ToList()))
            .WithSummary("De actieplannen: landelijk, regionaal en gemeentelijk.");

        plannen.MapGet("/{id}/acties", async Task<IResult> (Guid id, Actieplannen p, CancellationToken ct) =>
            await p.DetailAsync(id, ct) is { } d
                ? TypedResults.Ok(d.Acties.Select(Weergave).ToList())
                : ApiProblemen.Resultaat(404, "Er is geen actieplan met dit id."))
            .WithSummary("Alle acties van een plan met actielijn, nummer, eigenaren, planning, begroting per jaar en status.")
            .Produces<List<ActieWeergave>>().ProducesProblem(404);

        plannen.MapGet("/{id}/begroting", async Task<IResult> (Guid id, Actieplannen p, CancellationToken ct) =>
            await p.DetailAsync(id, ct) is { } d
                ? TypedResults.Ok(PlanBegroting.Van(d))
                : ApiProblemen.Resultaat(404, "Er is geen actieplan met dit id."))
            .WithSummary("De begrotingstotalen van een plan per actielijn en per jaar, zoals gepubliceerd (een gedeelde regel telt één keer).")
            .Produces<PlanBegrotingWeergave>().ProducesProblem(404);

        var acties = app.MapApiV1("/acties").VereistApiRol(SturingToegang.Lezers).WithTags("Actieplannen");
        acties.MapGet("/{id}/voortgang", async Task<IResult> (Guid id, Actieplannen p, CancellationToken ct) =>
            await p.ActieAsync(id, ct) is null
                ? ApiProblemen.Resultaat(404, "Er is geen actie met dit id.")
                : TypedResults.Ok((await p.VoortgangAsync(id, ct)).Select(Weergave).ToList()))
            .WithSummary("De voortgangsmeldingen van een actie, nieuwste eerst.")
            .Produces<List<VoortgangWeergave>>().ProducesProblem(404);

        acties.MapPost("/{id}/voortgang", async Task<IResult> (Guid id, VoortgangInvoer invoer, HttpContext http, VoortgangMelden melden,
            [FromHeader(Name = MeldingenEndpoints.IdempotencyKop)] string? sleutel, CancellationToken ct) =>
            await melden.MeldAsync(id, invoer, http.User, Herkomst.Api, ct, idempotencyKey: sleutel) switch
            {
                VoortgangUitkomst.Gelukt g => TypedResults.Created($"{ApiRoutes.Basis}/acties/{id}/voortgang", Weergave(g.Regel)),
                VoortgangUitkomst.Herhaald h => TypedResults.Ok(Weergave(h.Regel)),
                VoortgangUitkomst.AndereInhoud => ApiProblemen.Resultaat(409, "Deze Idempotency-Key is al gebruikt voor een andere melding. Gebruik voor een nieuwe melding een nieuwe sleutel."),
                VoortgangUitkomst.Ongeldig o => TypedResults.ValidationProblem(o.Fouten, detail: "Een of meer velden zijn ongeldig; zie errors.", title: "Ongeldige voortgang"),
                VoortgangUitkomst.Geweigerd => ApiProblemen.Resultaat(403, "Alleen de eigenaren van deze actie (of de ketenregisseur bij een regionaal of gemeentelijk plan) melden voortgang."),
                _ => ApiProblemen.Resultaat(404, "Er is geen actie met dit id."),
            })
            .WithSummary("Een kwartaalmelding van voortgang door een eigenaar van de actie.")
            .WithDescription("Met een header Idempotency-Key (16 tot 100 tekens, bijvoorbeeld een UUID) slaat een herhaald verzoek met dezelfde inhoud "
                + "niets nieuws op: het antwoord is 200 met de eerder opgeslagen melding. Dezelfde sleutel met een andere inhoud (of voor een andere actie) geeft 409. "
                + "Sleutels gelden per organisatie.")
            .Produces<VoortgangWeergave>(201).Produces<VoortgangWeergave>(200).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409)
            .AddOpenApiOperationTransformer(MeldingenEndpoints.IdempotencyParameter);

        var gemeenten = app.MapApiV1("/gemeenten").VereistApiRol(SturingToegang.Lezers).WithTags("Basisniveau");
        gemeenten.MapGet("/{cbsCode}/basisniveau", async Task<IResult> (string cbsCode, Basisniveaulijst lijst, CancellationToken ct) =>
            await lijst.ChecklistAsync(cbsCode, ct) is { } c
                ? TypedResults.Ok(Weergave(c))
                : ApiProblemen.Resultaat(404, "Er is geen gemeente met deze CBS-code."))
            .WithSummary("Het basisniveau van een gemeente: per item ja, deels, nee of onbekend, met bewijs en wie het bevestigde.")
            .Produces<BasisniveauWeergave>().ProducesProblem(404);

        gemeenten.MapGet("/{cbsCode}/basisniveau/historie", async Task<IResult> (string cbsCode, string? item, Basisniveaulijst lijst, CancellationToken ct) =>
            await lijst.ChecklistAsync(cbsCode, ct) is { } c
                ? TypedResults.Ok(c.Historie.Where(h => item is null || h.ItemCode == item)
                    .Select(h => new BasisniveauAntwoordWeergave(h.ItemCode, h.Stand, h.Bewijs, h.Organisatie, h.Rol, h.Op)).ToList())
                : ApiProblemen.Resultaat(404, "Er is geen gemeente met deze CBS-code."))
            .WithSummary("De geschiedenis van het basisniveau van een gemeente: elk antwoord met organisatie en rol van wie het bevestigde en wanneer, nieuwste eerst.")
            .WithDescription("Berekende items staan er niet in: die volgen de gegevens. Met 'item' alleen de antwoorden op dat item.")
            .Produces<List<BasisniveauAntwoordWeergave>>().ProducesProblem(404);

        gemeenten.MapPut("/{cbsCode}/basisniveau/{item}", async Task<IResult> (string cbsCode, string item, BasisniveauInvoer invoer, HttpContext http, Basisniveaulijst lijst, CancellationToken ct) =>
            await lijst.ZetAsync(cbsCode, item, invoer, http.User, Herkomst.Api, ct) switch
            {
                BasisniveauUitkomst.Gelukt g => TypedResults.Ok(Weergave(g.Item)),
                BasisniveauUitkomst.Ongeldig o => TypedResults.ValidationProblem(o.Fouten, detail: "Een of meer velden zijn ongeldig; zie errors.", title: "Ongeldig antwoord"),
                BasisniveauUitkomst.Geweigerd => ApiProblemen.Resultaat(403, "Alleen de aandachtsfunctionaris van deze gemeente of de ketenregisseur van de regio zet dit item."),
                _ => ApiProblemen.Resultaat(404, "Er is geen gemeente met deze CBS-code of geen item met deze code."),
            })
            .WithSummary("Een nieuw antwoord op een item van het basisniveau (de vorige blijven in de geschiedenis).")
            .Produces<BasisniveauItemWeergave>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);

        gemeenten.MapGet("/{cbsCode}/beleid/historie", async Task<IResult> (string cbsCode, Basisniveaulijst lijst, CancellationToken ct) =>
            await lijst.ChecklistAsync(cbsCode, ct) is { } c
                ? TypedResults.Ok(c.BeleidHistorie.Select(h => new BeleidVersieWeergave(h.VastgesteldOp, Weergave(h.Document), h.EvaluatieIntervalJaren,
                    h.LaatsteEvaluatieOp, h.Organisatie, h.Rol, h.Op)).ToList())
                : ApiProblemen.Resultaat(404, "Er is geen gemeente met deze CBS-code."))
            .WithSummary("De geschiedenis van de beleidsgegevens van een gemeente: elke vastlegging met organisatie en rol en het moment, nieuwste eerst.")
            .WithDescription("De nieuwste is de huidige stand; rapportages over een peildatum lezen de stand die toen was vastgelegd.")
            .Produces<List<BeleidVersieWeergave>>().ProducesProblem(404);

        gemeenten.MapPut("/{cbsCode}/beleid", async Task<IResult> (string cbsCode, BeleidInvoer invoer, HttpContext http, Basisniveaulijst lijst, CancellationToken ct) =>
            await lijst.ZetBeleidAsync(cbsCode, invoer, http.User, Herkomst.Api, ct) switch
            {
                BasisniveauUitkomst.Gelukt => TypedResults.Ok(Weergave((await lijst.ChecklistAsync(cbsCode, ct))!)),
                BasisniveauUitkomst.Ongeldig o => TypedResults.ValidationProblem(o.Fouten, detail: "Een of meer velden zijn ongeldig; zie errors.", title: "Ongeldige beleidsgegevens"),
                BasisniveauUitkomst.Geweigerd => ApiProblemen.Resultaat(403, "Alleen de aandachtsfunctionaris van deze gemeente of de ketenregisseur van de regio legt dit vast."),
                _ => ApiProblemen.Resultaat(404, "Er is geen gemeente met deze CBS-code."),
            })
            .WithSummary("Legt de beleidsgegevens van een gemeente vast (een nieuwe versie; de vorige blijven in de geschiedenis).")
            .WithDescription("kennisDocumentId kiest het beleidsdocument uit de kennisbank (alleen een document dat de aandachtsfunctionaris mag inzien); " +
                "documentTitel en documentLink (https) alleen voor een document dat niet in de kennisbank staat.")
            .Produces<BasisniveauWeergave>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
    }

    internal static ActieWeergave Weergave(ActieRegel a) => new(
        a.Id, new(a.ActielijnNummer, a.ActielijnNaam), a.Nummer, a.Tekst, a.Doel, a.Doeljaar, a.BeoogdEffect, a.Eigenaren, a.Betrokkenen,
        a.Vormen.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        new(a.Planning.Tekst, a.Planning.Jaren, [.. a.Planning.Kwartalen.Select(k => k.ToString())], a.Planning.Doorlopend),
        [.. a.Begroting.Select(b => new BegrotingWeergave(b.Jaar, b.Bedrag, b.Regel, b.GedeeldMet))], a.Status);

    internal static VoortgangWeergave Weergave(VoortgangRegel v) =>
        new(v.Id, v.Kwartaal.ToString(), v.Tekst, v.Kleur, v.VolgendeStap, v.Risicos, v.Status, v.Organisatie, v.GemeldOp);

    internal static BasisniveauItemWeergave Weergave(ItemStand i) =>
        new(i.Code, i.NaamNl, i.Stand, i.Bewijs, i.Berekend, i.BevestigdDoorOrganisatie, i.BevestigdDoorRol, i.BevestigdOp);

    internal static BasisniveauWeergave Weergave(GemeenteChecklist c) =>
        new(c.CbsCode, c.Naam, c.Oordeel, [.. c.Ontbrekend.Select(i => i.Code)], [.. c.Items.Select(Weergave)], c.Beleid?.EvaluatieIntervalJaren, c.EvaluatieVerwachtOp,
            c.Beleid?.VastgesteldOp, c.Beleid?.LaatsteEvaluatieOp, Weergave(c.Document));

    internal static BeleidsdocumentWeergave? Weergave(Beleidsdocument? d) => d is null ? null : new(d.KennisDocumentId, d.Titel, d.Link);
}
