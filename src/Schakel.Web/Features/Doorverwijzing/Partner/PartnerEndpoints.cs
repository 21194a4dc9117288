using System.Globalization;
using System.Text.Json;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Doorverwijzing.Meldroute;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Doorverwijzing.Partner;

/// <summary>
/// The receiving side's API: the organisation's received referrals, one referral shaped by its disclosure level,
/// and the actions of receiver and sender. A referral of another organisation is 404 for everyone.
/// </summary>
internal static class PartnerEndpoints
{
    public sealed record TekstInvoer(string? Tekst);
    public sealed record UitkomstInvoer(string? Tekst, string? Soort);
    public sealed record AfsluitInvoer(string? Reden);

    internal static IResult NietGevonden() =>
        Results.Problem(statusCode: 404, title: "Doorverwijzing niet gevonden", detail: "Er is geen doorverwijzing met dit id voor uw organisatie.");

    private static string Camel<T>(T waarde) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(waarde.ToString());

    public static void MapPartner(this WebApplication app)
    {
        var groep = app.MapApiV1("/doorverwijzingen").WithTags("Doorverwijzing").RequireAuthorization(DoorverwijzingBeleid.DoorverwijzingVolgen);

        groep.MapGet("", async (HttpContext http, DoorverwijzingLezer lezer, string? status, bool? teLaat, int? pagina, int? paginaGrootte, CancellationToken ct) =>
        {
            var v = new Dictionary<string, string[]>();
            DoorverwijzingStatus? statusFilter = null;
            if (status is not null)
            {
                if (KenmerkenLezer.ProbeerEnum<DoorverwijzingStatus>(status, out var s))
                {
                    statusFilter = s;
                }
                else
                {
                    v["status"] = [$"Kies een van: {string.Join(", ", Enum.GetValues<DoorverwijzingStatus>().Select(Camel))}."];
                }
            }
            if (pagina is < 1)
            {
                v["pagina"] = ["Geef een pagina van 1 of hoger."];
            }
            if (paginaGrootte is < 1 or > DoorverwijzingLezer.MaximalePaginaGrootte)
            {
                v["paginaGrootte"] = [$"Geef een paginagrootte van 1 tot en met {DoorverwijzingLezer.MaximalePaginaGrootte}."];
            }
            if (v.Count > 0)
            {
                return TypedResults.ValidationProblem(v, title: "Ongeldige zoekvraag");
            }
            var p = await lezer.InboxAsync(http.User, new InboxFilter(statusFilter, teLaat, pagina ?? 1, paginaGrootte ?? 20), ct);
            string Link(int n)
            {
                var q = new List<string> { $"pagina={n}", $"paginaGrootte={p.PaginaGrootte}" };
                if (statusFilter is { } sf)
                {
                    q.Add($"status={Camel(sf)}");
                }
                if (teLaat is { } tl)
                {
                    q.Add($"teLaat={(tl ? "true" : "false")}");
                }
                return $"{ApiRoutes.Basis}/doorverwijzingen?{string.Join('&', q)}";
            }
            Paginering.ZetKoppen(http.Response, p.Totaal, p.Pagina, p.PaginaGrootte);
            return ApiJson.Resultaat(new PartnerAntwoorden.Inbox(
                Paginering.LinksVoor(p.Pagina, p.AantalPaginas, Link),
                p.Pagina, p.PaginaGrootte, p.Totaal,
                [.. p.Rijen.Select(r => new PartnerAntwoorden.InboxRij(
                    r.Id, r.Status, r.Urgentie, r.Rol, r.Deelniveau, new(r.Afzender), r.OntvangenOp, r.EersteActieUiterlijk, r.EersteActieOp, r.TeLaat))]));
        }).WithSummary("De ontvangen doorverwijzingen van de eigen organisatie, zonder persoonsgegevens; te laat eerst.")
            .Produces<PartnerAntwoorden.Inbox>().ProducesValidationProblem()
            .MetPagineringKoppen("Het aantal doorverwijzingen dat aan het filter voldoet.", "Het aantal doorverwijzingen per pagina.");

        groep.MapGet("/{id}", async (Guid id, HttpContext http, DoorverwijzingLezer lezer, CancellationToken ct) =>
            await lezer.LeesAsync(id, http.User, Herkomst.Api, ct) is { } w ? ApiJson.Resultaat(w) : NietGevonden())
            .WithSummary("Eén doorverwijzing, gevormd door het deelniveau: volledig, gepseudonimiseerd of alleen het signaal.")
            .Produces<DoorverwijzingWeergave>().ProducesProblem(404);

        Actie(groep, "_accepteren", DoorverwijzingActie.Accepteren, "De ontvanger accepteert de doorverwijzing.");
        Actie(groep, "_vraag", DoorverwijzingActie.Vraag, "De ontvanger stelt de afzender een vraag (tekst).");
        Actie(groep, "_informatie", DoorverwijzingActie.Informatie, "De ontvanger voegt informatie toe (tekst); die gaat naar de afzender.");
        Actie(groep, "_antwoord", DoorverwijzingActie.Antwoord, "De afzender beantwoordt een vraag (tekst).");
        groep.MapPost("/{id}/_uitkomst", (Guid id, UitkomstInvoer invoer, HttpContext http, DoorverwijzingAfhandeling afhandeling, CancellationToken ct) =>
            VoerUitAsync(id, http, afhandeling, DoorverwijzingActie.Uitkomst, invoer.Tekst, invoer.Soort, ct))
            .WithSummary("De ontvanger meldt de uitkomst (tekst, optioneel soort).")
            .Produces<PartnerAntwoorden.ActieStatus>().ProducesValidationProblem().ProducesProblem(404);
        groep.MapPost("/{id}/_afsluiten", (Guid id, AfsluitInvoer? invoer, HttpContext http, DoorverwijzingAfhandeling afhandeling, CancellationToken ct) =>
            VoerUitAsync(id, http, afhandeling, DoorverwijzingActie.Afsluiten, invoer?.Reden, null, ct))
            .WithSummary("De ontvanger sluit af (optioneel reden); vanuit verstuurd is dat weigeren.")
            .Produces<PartnerAntwoorden.ActieStatus>().ProducesValidationProblem().ProducesProblem(404);
    }

    private static void Actie(RouteGroupBuilder groep, string pad, DoorverwijzingActie actie, string samenvatting) =>
        groep.MapPost("/{id}/" + pad, (Guid id, TekstInvoer? invoer, HttpContext http, DoorverwijzingAfhandeling afhandeling, CancellationToken ct) =>
            VoerUitAsync(id, http, afhandeling, actie, invoer?.Tekst, null, ct))
            .WithSummary(samenvatting).Produces<PartnerAntwoorden.ActieStatus>().ProducesValidationProblem().ProducesProblem(404);

    private static async Task<IResult> VoerUitAsync(
        Guid id, HttpContext http, DoorverwijzingAfhandeling afhandeling, DoorverwijzingActie actie, string? tekst, string? soort, CancellationToken ct)
    {
        var u = await afhandeling.VoerUitAsync(id, http.User, actie, tekst, soort, Herkomst.Api, ct);
        return u.Resultaat switch
        {
            ActieResultaat.NietGevonden => NietGevonden(),
            ActieResultaat.Ongeldig => TypedResults.ValidationProblem(u.Fouten!, title: "Ongeldige invoer"),
            // Restricted processing (art. 18 AVG): the text is refused, with the rule's code and its words in the reader's language.
            ActieResultaat.Beperkt => TypedResults.ValidationProblem(u.Fouten!, title: "Verwerking beperkt",
                extensions: new Dictionary<string, object?> { ["beperking"] = new { code = u.Beperking!.Code, tekst = u.Beperking.Tekst } }),
            ActieResultaat.NietToegestaan => TypedResults.ValidationProblem(u.Fouten!, title: "Statuswijziging niet toegestaan",
                extensions: new Dictionary<string, object?> { ["toegestaan"] = u.Toegestaan!.Select(Camel).ToList() }),
            _ => ApiJson.Resultaat(new PartnerAntwoorden.ActieStatus(u.Status)),
        };
    }
}
