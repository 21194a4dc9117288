using Microsoft.AspNetCore.Http.HttpResults;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Features.Api;
using Schakel.Web.Security.Audit;

using Schakel.Web.Features.Taal;

namespace Schakel.Web.Features.Keten.Signalentafel;

/// <summary>/api/v1/signalentafels: tables, their agenda of pseudonymised signals, contributions and decisions.</summary>
internal static class SignalentafelEndpoints
{
    public sealed record OrganisatieAntwoord(Guid Id, string Naam);

    public sealed record TafelAntwoord(
        Guid Id, string Naam, OrganisatieAntwoord Gast, string? Grondslag, bool Gestart, DateTimeOffset? GestartOp,
        IReadOnlyList<OrganisatieAntwoord> Leden, int OpenSignalen);

    public sealed record BetrokkeneAntwoord(string? Rol, string? Naam, string? Leeftijdsband, string? Geslacht, string? Taal, JaNeeOnbekend Minderjarig);

    public sealed record AanknopingspuntAntwoord(AanknopingspuntSoort Soort, string Pseudoniem);

    public sealed record BijdrageAntwoord(Guid Id, OrganisatieAntwoord Organisatie, string Grondslag, string Tekst, DateTimeOffset Op);

    public sealed record SignaalAntwoord(
        Guid Id, OrganisatieAntwoord Inbrenger, DateTimeOffset IngebrachtOp, string Omschrijving, string? GemeenteCode,
        IReadOnlyList<string> Uitbuitingsvormen, IReadOnlyList<string> Indicatoren, bool AcuutGevaar, JaNeeOnbekend MinderjarigBetrokken,
        Urgentie? Urgentie, Zijde? Zijde, IReadOnlyList<BetrokkeneAntwoord> Betrokkenen, IReadOnlyList<AanknopingspuntAntwoord> Aanknopingspunten,
        IReadOnlyList<BijdrageAntwoord> Bijdragen, TafelBesluitSoort? Besluit, OrganisatieAntwoord? BesluitOntvanger, string? BesluitReden,
        Guid? DoorverwijzingId, DateTimeOffset? BesluitOp);

    public sealed record TafelAanvraag(string? Naam, string? Grondslag, List<Guid>? Leden);

    public sealed record StartAanvraag(string? Grondslag);

    public sealed record SignaalAanvraag(Guid? MeldingId);

    public sealed record BijdrageAanvraag(string? Grondslag, string? Tekst);

    public sealed record BesluitAanvraag(string? Soort, Guid? OntvangerId, string? Reden);

    public static void MapSignalentafel(this WebApplication app)
    {
        var groep = app.MapApiV1("/signalentafels").WithTags("Signalentafels");

        groep.MapGet("", async (HttpContext http, SignalentafelOpslag opslag, CancellationToken ct) =>
            TypedResults.Ok((await opslag.TafelsAsync(http.User, ct)).Select(Van).ToList()))
            .RequireAuthorization(KetenBeleid.Lezen)
            .WithSummary("De signalentafels die uw organisatie bijeenroept of waaraan zij deelneemt.");

        groep.MapPost("", async Task<Results<Created<TafelAntwoord>, ValidationProblem>> (TafelAanvraag aanvraag, HttpContext http, SignalentafelOpslag opslag, CancellationToken ct) =>
        {
            var u = await opslag.AanmakenAsync(new TafelInvoer(aanvraag.Naam, aanvraag.Grondslag, aanvraag.Leden), http.User, Herkomst.Api, ct);
            return u.Waarde is { } t
                ? TypedResults.Created($"{ApiRoutes.Basis}/signalentafels/{t.Tafel.Id}", Van(t))
                : TypedResults.ValidationProblem(u.Fouten, title: Tekst(http, "TitelTafel"));
        })
            .RequireAuthorization(KetenBeleid.Beheren)
            .WithSummary("Een signalentafel aanmaken: naam, deelnemende organisaties en (mag later) de grondslag. Uw organisatie roept haar bijeen.");

        groep.MapPost("/{id:guid}/_starten", async Task<Results<Ok<TafelAntwoord>, ValidationProblem, ProblemHttpResult>> (
            Guid id, StartAanvraag aanvraag, HttpContext http, SignalentafelOpslag opslag, CancellationToken ct) =>
            Antwoord(await opslag.StartenAsync(id, aanvraag.Grondslag, http.User, Herkomst.Api, ct), Van, http, "TitelStart"))
            .RequireAuthorization(KetenBeleid.Beheren)
            .WithSummary("De tafel starten; geweigerd zolang de grondslag niet is vastgelegd.");

        groep.MapGet("/{id:guid}/signalen", async Task<Results<Ok<List<SignaalAntwoord>>, ProblemHttpResult>> (
            Guid id, HttpContext http, SignalentafelOpslag opslag, CancellationToken ct) =>
            await opslag.DetailAsync(id, http.User, Herkomst.Api, ct) is { } d
                ? TypedResults.Ok(d.Signalen.Select(Van).ToList())
                : NietGevonden(http))
            .RequireAuthorization(KetenBeleid.Lezen)
            .WithSummary("De agenda: gepseudonimiseerde signalen met de bijdragen van de partners en het besluit. Elke lezing wordt gelogd.");

        groep.MapPost("/{id:guid}/signalen", async Task<Results<Created<SignaalAntwoord>, ValidationProblem, ProblemHttpResult>> (
            Guid id, SignaalAanvraag aanvraag, HttpContext http, SignalentafelOpslag opslag, CancellationToken ct) =>
        {
            var u = await opslag.InbrengenAsync(id, aanvraag.MeldingId ?? Guid.Empty, http.User, Herkomst.Api, ct);
            if (u.NietGevonden)
            {
                return NietGevonden(http);
            }
            return u.Waarde is { } s
                ? TypedResults.Created($"{ApiRoutes.Basis}/signalentafels/{id}/signalen", Van(s))
                : TypedResults.ValidationProblem(u.Fouten, title: Tekst(http, "TitelSignaal"));
        })
            .RequireAuthorization(KetenBeleid.Lezen)
            .WithSummary("Een getrieerde melding van het eigen meldpunt op de agenda zetten; de tafel krijgt alleen de gepseudonimiseerde weergave.");

        groep.MapPost("/{id:guid}/signalen/{signaalId:guid}/bijdragen", async Task<Results<Created<BijdrageAntwoord>, ValidationProblem, ProblemHttpResult>> (
            Guid id, Guid signaalId, BijdrageAanvraag aanvraag, HttpContext http, SignalentafelOpslag opslag, CancellationToken ct) =>
        {
            var u = await opslag.BijdragenAsync(id, signaalId, aanvraag.Grondslag, aanvraag.Tekst, http.User, Herkomst.Api, ct);
            if (u.NietGevonden)
            {
                return NietGevonden(http);
            }
            return u.Waarde is { } b
                ? TypedResults.Created($"{ApiRoutes.Basis}/signalentafels/{id}/signalen", Van(b))
                : TypedResults.ValidationProblem(u.Fouten, title: Tekst(http, "TitelBijdrage"));
        })
            .RequireAuthorization(KetenBeleid.Lezen)
            .WithSummary("Wat uw organisatie aan een signaal toevoegt, binnen haar eigen grondslag; namen en nummers worden eruit gefilterd.");

        groep.MapPost("/{id:guid}/signalen/{signaalId:guid}/besluit", async Task<Results<Ok<SignaalAntwoord>, ValidationProblem, ProblemHttpResult>> (
            Guid id, Guid signaalId, BesluitAanvraag aanvraag, HttpContext http, SignalentafelOpslag opslag, CancellationToken ct) =>
            Antwoord(await opslag.BesluitenAsync(id, signaalId, new BesluitInvoer(aanvraag.Soort, aanvraag.OntvangerId, aanvraag.Reden), http.User, Herkomst.Api, ct),
                Van, http, "TitelBesluit"))
            .RequireAuthorization(KetenBeleid.Beheren)
            .WithSummary("Het besluit over een signaal: partner, casustafel of geenActie, met reden. Doorzetten maakt een doorverwijzing met de tafel als afzender.");
    }

    private static Results<Ok<TA>, ValidationProblem, ProblemHttpResult> Antwoord<T, TA>(TafelUitkomst<T> u, Func<T, TA> van, HttpContext http, string titel) where T : class
    {
        if (u.NietGevonden)
        {
            return NietGevonden(http);
        }
        if (u.Verboden)
        {
            return TypedResults.Problem(statusCode: 403, title: Tekst(http, "NietToegestaanTitel"), detail: Tekst(http, "NietToegestaan"));
        }
        return u.Waarde is { } w ? TypedResults.Ok(van(w)) : TypedResults.ValidationProblem(u.Fouten, title: Tekst(http, titel));
    }

    private static ProblemHttpResult NietGevonden(HttpContext http) =>
        TypedResults.Problem(statusCode: 404, title: Tekst(http, "NietGevondenTitel"), detail: Tekst(http, "NietGevonden"));

    /// <summary>Titles and details follow Accept-Language (nl, en); field names and codes stay stable for systems.</summary>
    private static string Tekst(HttpContext http, string sleutel) => http.RequestServices.GetRequiredService<ITeksten<SignalentafelApiTeksten>>()[sleutel].Value;

    private static OrganisatieAntwoord Van(OrganisatieNaam o) => new(o.Id, o.Naam);

    private static TafelAntwoord Van(TafelStand s) => new(
        s.Tafel.Id, s.Tafel.Naam, Van(s.Gast), s.Tafel.Grondslag, s.Gestart, s.Tafel.GestartOp, s.Leden.Select(Van).ToList(), s.OpenSignalen);

    private static BijdrageAntwoord Van(BijdrageStand b) => new(b.Id, Van(b.Organisatie), b.Grondslag, b.Tekst, b.Op);

    private static SignaalAntwoord Van(SignaalStand s)
    {
        var m = s.Inhoud.Melding;
        return new(
            s.Id, Van(s.Inbrenger), s.IngebrachtOp, m.Omschrijving, s.Inhoud.Triage?.GemeenteCode ?? m.GemeenteCode,
            s.Inhoud.Triage is { Uitbuitingsvormen.Count: > 0 } t ? t.Uitbuitingsvormen : s.Inhoud.Uitbuitingsvormen, s.Inhoud.Indicatoren,
            s.Inhoud.AcuutGevaar, s.Inhoud.MinderjarigBetrokken, s.Inhoud.Triage?.Urgentie, s.Inhoud.Triage?.Zijde,
            m.Betrokkenen.Select(b => new BetrokkeneAntwoord(b.Rol, b.Naam, b.Leeftijdsband, b.Geslacht, b.Taal, b.Minderjarig)).ToList(),
            m.Aanknopingspunten.Select(a => new AanknopingspuntAntwoord(a.Soort, a.Pseudoniem)).ToList(),
            s.Bijdragen.Select(Van).ToList(), s.Besluit, s.BesluitOntvanger is { } o ? Van(o) : null, s.BesluitReden, s.DoorverwijzingId, s.BesluitOp);
    }
}
