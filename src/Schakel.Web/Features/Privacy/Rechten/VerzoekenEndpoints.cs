using System.Text.Json.Serialization;
using Schakel.Core.Meldpunt;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Privacy.Rechten;

/// <summary>A hit as the API shows it: which keys matched where (never their values), the report's non-personal facts, what was done.</summary>
public sealed record PrivacyverzoekTreffer(Guid Id, Guid MeldingId, MeldingSoort MeldingSoort, MeldingStatus MeldingStatus, DateTimeOffset MeldingOntvangenOp,
    IReadOnlyList<string> Bronnen, IReadOnlyList<string> Sleutels, TrefferUitkomst Uitkomst, WeigeringGrond? Grond, string? Toelichting, bool Bewaarblokkade,
    DateTimeOffset? BeperkingOpgehevenOp, string? OpheffingReden);

/// <summary>One request with the person's details (their read is audited) and its hits.</summary>
public sealed record Privacyverzoek(Guid Id, VerzoekSoort Soort, VerzoekStatus Status, DateOnly OntvangenOp, DateOnly Uiterlijk, int DagenOver, bool TeLaat,
    bool Verlengd, string? VerlengingReden, string? Naam, DateOnly? Geboortedatum, string? Telefoon, string? Email, DateTimeOffset? GezochtOp,
    DateTimeOffset? AfgehandeldOp, string? Antwoord, IReadOnlyList<PrivacyverzoekTreffer> Treffers);

/// <summary>A request in the list: no personal data; the organisation that handles it.</summary>
public sealed record PrivacyverzoekRegel(Guid Id, VerzoekSoort Soort, VerzoekStatus Status, DateOnly OntvangenOp, DateOnly Uiterlijk, int DagenOver, bool TeLaat,
    bool Verlengd, int Treffers, Guid OrganisatieId, string Organisatie);

public sealed record PrivacyverzoekenPagina(
    [property: JsonPropertyName("_links")] Paginering.Links Links, int Pagina, int PaginaGrootte, int Totaal, IReadOnlyList<PrivacyverzoekRegel> Resultaten);

/// <summary>What was done with one hit; a refusal needs its ground.</summary>
public sealed record TrefferBesluitInvoer(TrefferUitkomst? Uitkomst, WeigeringGrond? Grond, string? Toelichting);

public sealed record VerlengingInvoer(string? Reden);

public sealed record AntwoordInvoer(string? Antwoord);

/// <summary>Lifting a restriction: why, and that the person concerned was told beforehand (art. 18 lid 3 AVG).</summary>
public sealed record BeperkingOpheffenInvoer(string? Reden, bool? BetrokkeneGeinformeerd);

/// <summary>The number of hits a search found (earlier hits and their outcomes stay).</summary>
public sealed record Zoekuitkomst(int Treffers);

/// <summary>
/// Requests of people concerned over the API (<c>/api/v1/privacyverzoeken</c>), for the tokens of the roles that have the pages
/// (beheerder, ketenregisseur, aandachtsfunctionaris) and by the same rules (<see cref="Verzoeken"/>): the reporting point sees its
/// own organisation's requests, a beheerder every request; another organisation's request is 404. Every registration, read,
/// search, decision, extension and answer is audited with origin <c>api</c>. Field errors are the page's texts, in the reader's
/// language, all at once.
/// </summary>
internal static class VerzoekenEndpoints
{
    public const int MaximalePaginaGrootte = 100;
    private const string NietGevonden = "Er is geen privacyverzoek met dit id voor uw organisatie.";
    private const string TrefferNietGevonden = "Er is geen treffer met dit id bij dit privacyverzoek voor uw organisatie.";

    public static void MapPrivacyverzoeken(this WebApplication app)
    {
        var groep = app.MapApiV1("/privacyverzoeken").VereistApiRol(Verzoeken.Rollen).WithTags("Privacy");

        groep.MapGet("", async Task<IResult> (HttpContext http, Verzoeken verzoeken, string? status, int? pagina, int? paginaGrootte, CancellationToken ct) =>
            {
                var fouten = new Dictionary<string, string[]>(StringComparer.Ordinal);
                VerzoekStatus? filter = null;
                if (status is not null)
                {
                    if (Enum.TryParse<VerzoekStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) && !status.Any(char.IsDigit))
                    {
                        filter = s;
                    }
                    else
                    {
                        fouten["status"] = ["Kies open of afgehandeld."];
                    }
                }
                if (pagina is < 1)
                {
                    fouten["pagina"] = ["Geef een pagina van 1 of hoger."];
                }
                if (paginaGrootte is < 1 or > MaximalePaginaGrootte)
                {
                    fouten["paginaGrootte"] = [$"Geef een paginagrootte van 1 tot en met {MaximalePaginaGrootte}."];
                }
                if (fouten.Count > 0)
                {
                    return TypedResults.ValidationProblem(fouten, title: "Ongeldige zoekvraag");
                }
                var alle = (await verzoeken.LijstAsync(http.User, ct)).Where(v => filter is null || v.Status == filter).ToList();
                var grootte = paginaGrootte ?? 20;
                var paginas = Math.Max(1, (alle.Count + grootte - 1) / grootte);
                var nummer = pagina ?? 1;
                Paginering.ZetKoppen(http.Response, alle.Count, nummer, grootte);
                return TypedResults.Ok(new PrivacyverzoekenPagina(
                    Paginering.LinksVoor(nummer, paginas, n => $"{ApiRoutes.Basis}/privacyverzoeken?pagina={n}&paginaGrootte={grootte}"
                        + (filter is { } f ? "&status=" + f.ToString().ToLowerInvariant() : "")),
                    nummer, grootte, alle.Count,
                    [.. alle.Skip(Paginering.Overslaan(nummer, grootte)).Take(grootte).Select(v => new PrivacyverzoekRegel(
                        v.Id, v.Soort, v.Status, v.OntvangenOp, v.Uiterlijk, v.Termijn.DagenOver, v.Termijn.TeLaat, v.Verlengd, v.Treffers, v.OrganisatieId, v.Organisatie))]));
            })
            .WithName("PrivacyverzoekenLijst")
            .WithSummary("De verzoeken van betrokkenen (inzage, correctie, verwijdering, beperking), open eerst en dan op uiterste datum; zonder persoonsgegevens.")
            .WithDescription("status (open of afgehandeld) filtert; pagina en paginaGrootte (1 tot en met 100, standaard 20) bladeren. "
                + "Het meldpunt ziet de verzoeken van de eigen organisatie, de beheerder alle; organisatie zegt wie het verzoek behandelt.")
            .Produces<PrivacyverzoekenPagina>().ProducesValidationProblem()
            .MetPagineringKoppen("Het aantal verzoeken dat aan status voldoet, over alle pagina's.", "Het aantal verzoeken per pagina.");

        groep.MapGet("/{id}", async Task<IResult> (Guid id, HttpContext http, Verzoeken verzoeken, CancellationToken ct) =>
                await verzoeken.LeesAsync(http.User, id, Herkomst.Api, ct) is { } d
                    ? TypedResults.Ok(Weergave(d))
                    : ApiProblemen.Resultaat(404, NietGevonden))
            .WithName("PrivacyverzoekOphalen")
            .WithSummary("Eén verzoek met de gegevens van de betrokkene en de gevonden dossiers; het lezen wordt vastgelegd in de audittrail.")
            .Produces<Privacyverzoek>().ProducesProblem(404);

        groep.MapPost("", async Task<IResult> (VerzoekInvoer invoer, HttpContext http, Verzoeken verzoeken, ITeksten<RechtenTeksten> teksten, CancellationToken ct) =>
            {
                var uitkomst = await verzoeken.RegistreerAsync(http.User, invoer, ct, Herkomst.Api);
                if (uitkomst.Id is not { } nieuw)
                {
                    return Ongeldig(uitkomst, teksten, "Ongeldig verzoek");
                }
                return TypedResults.Created($"{ApiRoutes.Basis}/privacyverzoeken/{nieuw}", Weergave((await verzoeken.LeesAsync(http.User, nieuw, Herkomst.Api, ct))!));
            })
            .WithName("PrivacyverzoekRegistreren")
            .WithSummary("Registreert een verzoek van een betrokkene; de termijn is een maand na ontvangst.")
            .WithDescription("soort (inzage, correctie, verwijdering, beperking) en ontvangenOp (niet in de toekomst) zijn verplicht, en minstens één van naam, "
                + "geboortedatum, telefoon en email. De gegevens worden versleuteld opgeslagen. Alle ongeldige velden komen samen terug in errors.")
            .Produces<Privacyverzoek>(201).ProducesValidationProblem();

        groep.MapPost("/{id}/_zoek", async Task<IResult> (Guid id, HttpContext http, Verzoeken verzoeken, CancellationToken ct) =>
                await verzoeken.ZoekAsync(http.User, id, Herkomst.Api, ct) is { } aantal
                    ? TypedResults.Ok(new Zoekuitkomst(aantal))
                    : ApiProblemen.Resultaat(404, NietGevonden))
            .WithName("PrivacyverzoekZoeken")
            .WithSummary("Zoekt de meldingen met de gegevens van de betrokkene op gesleutelde pseudoniemen (zonder meldingen te ontsleutelen); elk gevonden dossier wordt een treffer.")
            .Produces<Zoekuitkomst>().ProducesProblem(404);

        groep.MapPut("/{id}/treffers/{trefferId}", async Task<IResult> (Guid id, Guid trefferId, TrefferBesluitInvoer invoer, HttpContext http, Verzoeken verzoeken,
                ITeksten<RechtenTeksten> teksten, CancellationToken ct) =>
            {
                var uitkomst = await verzoeken.BehandelAsync(http.User, id, trefferId, invoer.Uitkomst, invoer.Grond, invoer.Toelichting, Herkomst.Api, ct);
                return await NaWijzigingAsync(uitkomst, id, http, verzoeken, teksten, "Ongeldig besluit", TrefferNietGevonden, ct);
            })
            .WithName("PrivacyverzoekTrefferBesluit")
            .WithSummary("Legt vast wat met één gevonden dossier is gedaan: verstrekt, gecorrigeerd, gewist, beperkt, geweigerd (met grond) of geen match.")
            .WithDescription("Gewist verwijdert de persoonsgegevens van de melding met de stappen van de bewaartaak en wordt geweigerd zolang er een bewaarblokkade geldt. "
                + "Geweigerd vraagt een grond (opsporing, rechtenAnderen, wettelijkeBewaarplicht, kennelijkOngegrond). Beperkt houdt het delen van de persoonsgegevens van de melding tegen.")
            .Produces<Privacyverzoek>().ProducesValidationProblem().ProducesProblem(404);

        groep.MapPost("/{id}/treffers/{trefferId}/_opheffen", async Task<IResult> (Guid id, Guid trefferId, BeperkingOpheffenInvoer invoer, HttpContext http,
                Verzoeken verzoeken, ITeksten<RechtenTeksten> teksten, CancellationToken ct) =>
            {
                var uitkomst = await verzoeken.HefBeperkingOpAsync(http.User, id, trefferId, invoer.Reden, invoer.BetrokkeneGeinformeerd == true, Herkomst.Api, ct);
                return await NaWijzigingAsync(uitkomst, id, http, verzoeken, teksten, "Opheffen niet mogelijk", TrefferNietGevonden, ct);
            })
            .WithName("PrivacyverzoekBeperkingOpheffen")
            .WithSummary("Heft de beperking van één dossier op (art. 18 lid 3 AVG), ook nadat het verzoek is beantwoord.")
            .WithDescription("reden is verplicht en betrokkeneGeinformeerd moet true zijn: de betrokkene wordt vóór het opheffen ingelicht. "
                + "Daarna lezen de ontvangers de eerder verstuurde doorverwijzingen van de melding weer volledig; elk daarvan komt in de audittrail.")
            .Produces<Privacyverzoek>().ProducesValidationProblem().ProducesProblem(404);

        groep.MapPost("/{id}/_verleng", async Task<IResult> (Guid id, VerlengingInvoer invoer, HttpContext http, Verzoeken verzoeken, ITeksten<RechtenTeksten> teksten, CancellationToken ct) =>
            {
                var uitkomst = await verzoeken.VerlengAsync(http.User, id, invoer.Reden, Herkomst.Api, ct);
                return await NaWijzigingAsync(uitkomst, id, http, verzoeken, teksten, "Verlengen niet mogelijk", NietGevonden, ct);
            })
            .WithName("PrivacyverzoekVerlengen")
            .WithSummary("Verlengt de termijn één keer met twee maanden, met een reden (art. 12 lid 3 AVG).")
            .Produces<Privacyverzoek>().ProducesValidationProblem().ProducesProblem(404);

        groep.MapPost("/{id}/_beantwoord", async Task<IResult> (Guid id, AntwoordInvoer invoer, HttpContext http, Verzoeken verzoeken, ITeksten<RechtenTeksten> teksten, CancellationToken ct) =>
            {
                var uitkomst = await verzoeken.BeantwoordAsync(http.User, id, invoer.Antwoord, Herkomst.Api, ct);
                return await NaWijzigingAsync(uitkomst, id, http, verzoeken, teksten, "Beantwoorden niet mogelijk", NietGevonden, ct);
            })
            .WithName("PrivacyverzoekBeantwoorden")
            .WithSummary("Legt het antwoord vast en sluit het verzoek; pas als gezocht is en elk gevonden dossier een uitkomst heeft.")
            .Produces<Privacyverzoek>().ProducesValidationProblem().ProducesProblem(404);
    }

    /// <summary>After a change: 404 when not found, the request as it is now, or every invalid field at once.</summary>
    private static async Task<IResult> NaWijzigingAsync(VerzoekUitkomst uitkomst, Guid id, HttpContext http, Verzoeken verzoeken, ITeksten<RechtenTeksten> teksten,
        string titel, string nietGevonden, CancellationToken ct) =>
        uitkomst.NietGevonden ? ApiProblemen.Resultaat(404, nietGevonden)
        : uitkomst.Gelukt ? TypedResults.Ok(Weergave((await verzoeken.LeesAsync(http.User, id, Herkomst.Api, ct))!))
        : Ongeldig(uitkomst, teksten, titel);

    private static IResult Ongeldig(VerzoekUitkomst uitkomst, ITeksten<RechtenTeksten> teksten, string titel) =>
        TypedResults.ValidationProblem(uitkomst.Fouten.ToDictionary(f => f.Key, f => new[] { teksten[f.Value].Value }, StringComparer.Ordinal),
            detail: "Een of meer velden zijn ongeldig; zie errors.", title: titel);

    private static Privacyverzoek Weergave(VerzoekDetail d) => new(
        d.Verzoek.Id, d.Verzoek.Soort, d.Verzoek.Status, d.Verzoek.OntvangenOp, d.Verzoek.Uiterlijk, d.Termijn.DagenOver, d.Termijn.TeLaat, d.Verzoek.IsVerlengd,
        d.VerlengingReden, d.Naam, d.Geboortedatum, d.Telefoon, d.Email, d.Verzoek.GezochtOp, d.Verzoek.AfgehandeldOp, d.Antwoord,
        [.. d.Treffers.Select(t => new PrivacyverzoekTreffer(t.Id, t.MeldingId, t.MeldingSoort, t.MeldingStatus, t.MeldingOntvangenOp, t.Bronnen, t.Sleutels,
            t.Uitkomst, t.Grond, t.Toelichting, t.Geblokkeerd, t.BeperkingOpgehevenOp, t.OpheffingReden))]);
}
