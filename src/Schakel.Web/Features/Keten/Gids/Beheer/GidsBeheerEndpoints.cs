using System.Security.Claims;
using Schakel.Core.Keten;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Gids.Beheer;

public sealed record GidsOrganisatieDto(Guid Id, string Naam, OrganisatieType Type);

public sealed record GidsTelefoonDto(Guid Id, string Nummer, string? Omschrijving);

public sealed record GidsContactDto(Guid Id, string Naam, string? Functie, string? Email, string? Telefoon);

/// <summary>
/// Opening hours: <c>dagen</c> as HSDS day codes (MO … SU), times as local clock times <c>HH:mm</c> (no time zone: the hours
/// of a place in the Netherlands); no times means "by appointment" or as <c>omschrijving</c> says.
/// </summary>
public sealed record GidsOpeningstijdDto(Guid Id, IReadOnlyList<string> Dagen, string? Opent, string? Sluit, string? Omschrijving);

/// <summary>A service as its keeper sees it, internal note included (the public directory and HSDS never show that).</summary>
public sealed record GidsDienstDto(
    Guid Id, Guid OrganisatieId, string Naam, string? Beschrijving, Dienstsoort Soort, Dienstzijde Zijde, IReadOnlyList<Uitbuitingsvorm> Vormen,
    string? Voorwaarden, IReadOnlyList<string> Talen, string? Kosten, string? Email, string? Website, bool DagEnNacht, bool Actief,
    string? InterneNotitie, IReadOnlyList<string> Gemeenten, IReadOnlyList<Guid> Locaties, IReadOnlyList<GidsTelefoonDto> Telefoons,
    IReadOnlyList<GidsOpeningstijdDto> Openingstijden, IReadOnlyList<GidsContactDto> Contacten);

/// <summary>A location as its keeper sees it: the real address also when it is confidential (publicly only the front door shows).</summary>
public sealed record GidsLocatieDto(
    Guid Id, Guid OrganisatieId, string Naam, string? Adres, string? Postcode, string? Plaats, string? GemeenteCode, bool Vertrouwelijk,
    string? VoordeurTelefoon, string? VoordeurEmail, string? InterneNotitie, IReadOnlyList<GidsOpeningstijdDto> Openingstijden);

/// <summary>A service as a client sends it; every field is replaced. Without <c>actief</c> a service is active.</summary>
public sealed record GidsDienstInvoerApi(
    string? Naam, string? Beschrijving, Dienstsoort? Soort, Dienstzijde? Zijde, List<Uitbuitingsvorm>? Vormen, string? Voorwaarden, List<string>? Talen,
    string? Kosten, string? Email, string? Website, bool? DagEnNacht, bool? Actief, string? InterneNotitie, List<string>? Gemeenten, List<Guid>? Locaties);

public sealed record GidsLocatieInvoerApi(
    string? Naam, string? Adres, string? Postcode, string? Plaats, string? GemeenteCode, bool? Vertrouwelijk, string? VoordeurTelefoon,
    string? VoordeurEmail, string? InterneNotitie);

public sealed record GidsTelefoonInvoerApi(string? Nummer, string? Omschrijving);

public sealed record GidsContactInvoerApi(string? Naam, string? Functie, string? Email, string? Telefoon);

/// <summary>Opening hours as a client sends them; <c>opent</c> and <c>sluit</c> as local clock times <c>HH:mm</c>, both or neither.</summary>
public sealed record GidsOpeningstijdInvoerApi(List<string>? Dagen, string? Opent, string? Sluit, string? Omschrijving);

/// <summary>
/// /api/v1/gids: the staff pages of the partner directory as an API, through the same <see cref="GidsBeheer"/> and so with the
/// same rules: the chain director and the beheerder keep every organisation, any other caller its own organisation only;
/// another organisation's entry (and every part of it) answers 404, as if it did not exist. Every change is audited with
/// origin api, in the transaction of the change. Field errors come back all at once, in nl or en.
/// </summary>
internal static class GidsBeheerEndpoints
{
    private const string Basis = "/gids/organisaties";

    public static void MapGidsBeheer(this WebApplication app)
    {
        var groep = app.MapApiV1(Basis).WithTags("Partnergids").VereistApiRol([.. Rollen.Professionals]);

        groep.MapGet("", async (ClaimsPrincipal u, GidsBeheer beheer, CancellationToken ct) =>
                TypedResults.Ok((await beheer.OrganisatiesAsync(u, ct)).Select(o => new GidsOrganisatieDto(o.Id, o.Naam, o.Type)).ToList()))
            .WithSummary("De organisaties waarvan de aanroeper de gidsvermelding bijhoudt: alle voor ketenregisseur en beheerder, anders de eigen.");

        groep.MapGet("/{organisatieId}/diensten", async Task<IResult> (Guid organisatieId, ClaimsPrincipal u, GidsBeheer beheer, CancellationToken ct) =>
            {
                if (await OrganisatieAsync(organisatieId, u, beheer, ct) is { } weg)
                {
                    return weg;
                }
                return TypedResults.Ok((await beheer.DienstenMetOnderdelenAsync(organisatieId, ct)).Select(DienstDto).ToList());
            })
            .WithSummary("De diensten van een organisatie, met interne notitie, telefoons, openingstijden en contacten.")
            .Produces<List<GidsDienstDto>>().ProducesProblem(404);

        groep.MapGet("/{organisatieId}/diensten/{dienstId}", async Task<IResult> (Guid organisatieId, Guid dienstId, ClaimsPrincipal u, GidsBeheer beheer, CancellationToken ct) =>
                await OrganisatieAsync(organisatieId, u, beheer, ct) ?? (await beheer.DienstAsync(organisatieId, dienstId, ct) is { } d
                    ? TypedResults.Ok(DienstDto(d))
                    : ApiProblemen.Resultaat(404)))
            .WithSummary("Eén dienst van een organisatie.")
            .Produces<GidsDienstDto>().ProducesProblem(404);

        groep.MapPost("/{organisatieId}/diensten", async Task<IResult> (Guid organisatieId, GidsDienstInvoerApi invoer, ClaimsPrincipal u, GidsBeheer beheer,
                [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<GidsBeheerTeksten> t, CancellationToken ct) =>
                await DienstBewarenAsync(organisatieId, null, invoer, u, beheer, t, ct))
            .WithSummary("Een dienst toevoegen aan de gidsvermelding van een organisatie.")
            .Produces<GidsDienstDto>(201).ProducesValidationProblem().ProducesProblem(404);

        groep.MapPut("/{organisatieId}/diensten/{dienstId}", async Task<IResult> (Guid organisatieId, Guid dienstId, GidsDienstInvoerApi invoer, ClaimsPrincipal u,
                GidsBeheer beheer, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<GidsBeheerTeksten> t, CancellationToken ct) =>
                await DienstBewarenAsync(organisatieId, dienstId, invoer, u, beheer, t, ct))
            .WithSummary("Een dienst wijzigen. Alle velden worden vervangen; telefoons, openingstijden en contacten blijven.")
            .Produces<GidsDienstDto>().ProducesValidationProblem().ProducesProblem(404);

        groep.MapPost("/{organisatieId}/diensten/{dienstId}/telefoons", async Task<IResult> (Guid organisatieId, Guid dienstId, GidsTelefoonInvoerApi invoer,
                ClaimsPrincipal u, GidsBeheer beheer, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<GidsBeheerTeksten> t, CancellationToken ct) =>
                await OnderdeelAsync(organisatieId, dienstId, "telefoons", u, beheer, t, [],
                    id => beheer.TelefoonToevoegenAsync(organisatieId, dienstId, new(id, invoer.Nummer, invoer.Omschrijving), u.AlsActor(), Herkomst.Api, ct),
                    (d, id) => d.Telefoons.Where(x => x.Id == id).Select(x => new GidsTelefoonDto(x.Id, x.Nummer, x.Omschrijving)).Single(), ct))
            .WithSummary("Een telefoonnummer aan een dienst toevoegen.")
            .Produces<GidsTelefoonDto>(201).ProducesValidationProblem().ProducesProblem(404);

        groep.MapPost("/{organisatieId}/diensten/{dienstId}/contacten", async Task<IResult> (Guid organisatieId, Guid dienstId, GidsContactInvoerApi invoer,
                ClaimsPrincipal u, GidsBeheer beheer, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<GidsBeheerTeksten> t, CancellationToken ct) =>
                await OnderdeelAsync(organisatieId, dienstId, "contacten", u, beheer, t,
                    new() { ["contactNaam"] = "naam", ["contactEmail"] = "email", ["contactTelefoon"] = "telefoon" },
                    id => beheer.ContactToevoegenAsync(organisatieId, dienstId, new(id, invoer.Naam, invoer.Functie, invoer.Email, invoer.Telefoon), u.AlsActor(), Herkomst.Api, ct),
                    (d, id) => d.Contacten.Where(x => x.Id == id).Select(x => new GidsContactDto(x.Id, x.Naam, x.Functie, x.Email, x.Telefoon)).Single(), ct))
            .WithSummary("Een contactpunt (een functie of loket) aan een dienst toevoegen.")
            .Produces<GidsContactDto>(201).ProducesValidationProblem().ProducesProblem(404);

        groep.MapPost("/{organisatieId}/diensten/{dienstId}/openingstijden", async Task<IResult> (Guid organisatieId, Guid dienstId, GidsOpeningstijdInvoerApi invoer,
                ClaimsPrincipal u, GidsBeheer beheer, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<GidsBeheerTeksten> t, CancellationToken ct) =>
                await OnderdeelAsync(organisatieId, dienstId, "openingstijden", u, beheer, t, new() { ["tijdOmschrijving"] = "omschrijving" },
                    id => beheer.OpeningstijdToevoegenAsync(organisatieId, dienstId, null, Tijd(id, invoer), u.AlsActor(), Herkomst.Api, ct),
                    (d, id) => TijdDto(d.Openingstijden.Single(x => x.Id == id)), ct))
            .WithSummary("Openingstijden aan een dienst toevoegen.")
            .Produces<GidsOpeningstijdDto>(201).ProducesValidationProblem().ProducesProblem(404);

        foreach (var (pad, soort) in new[] { ("telefoons", "telefoon"), ("contacten", "contact"), ("openingstijden", "openingstijd") })
        {
            groep.MapDelete($"/{{organisatieId}}/diensten/{{dienstId}}/{pad}/{{onderdeelId}}", async Task<IResult> (Guid organisatieId, Guid dienstId, Guid onderdeelId,
                    ClaimsPrincipal u, GidsBeheer beheer, CancellationToken ct) =>
                {
                    if (await OrganisatieAsync(organisatieId, u, beheer, ct) is { } weg)
                    {
                        return weg;
                    }
                    // The part must belong to the service in the path, not merely to the organisation.
                    var hoort = await beheer.DienstAsync(organisatieId, dienstId, ct) is { } d && soort switch
                    {
                        "telefoon" => d.Telefoons.Any(x => x.Id == onderdeelId),
                        "contact" => d.Contacten.Any(x => x.Id == onderdeelId),
                        _ => d.Openingstijden.Any(x => x.Id == onderdeelId),
                    };
                    return hoort && await beheer.OnderdeelVerwijderenAsync(organisatieId, soort, onderdeelId, u.AlsActor(), Herkomst.Api, ct)
                        ? TypedResults.NoContent()
                        : ApiProblemen.Resultaat(404);
                })
                .WithSummary(soort switch
                {
                    "telefoon" => "Een telefoonnummer van een dienst verwijderen.",
                    "contact" => "Een contactpunt van een dienst verwijderen.",
                    _ => "Openingstijden van een dienst verwijderen.",
                })
                .Produces(204).ProducesProblem(404);
        }

        groep.MapGet("/{organisatieId}/locaties", async Task<IResult> (Guid organisatieId, ClaimsPrincipal u, GidsBeheer beheer, CancellationToken ct) =>
            {
                if (await OrganisatieAsync(organisatieId, u, beheer, ct) is { } weg)
                {
                    return weg;
                }
                return TypedResults.Ok((await beheer.LocatiesMetOpeningstijdenAsync(organisatieId, ct)).Select(LocatieDto).ToList());
            })
            .WithSummary("De locaties van een organisatie, ook vertrouwelijke met hun echte adres (alleen voor wie de vermelding bijhoudt).")
            .Produces<List<GidsLocatieDto>>().ProducesProblem(404);

        groep.MapGet("/{organisatieId}/locaties/{locatieId}", async Task<IResult> (Guid organisatieId, Guid locatieId, ClaimsPrincipal u, GidsBeheer beheer, CancellationToken ct) =>
                await OrganisatieAsync(organisatieId, u, beheer, ct) ?? (await beheer.LocatieAsync(organisatieId, locatieId, ct) is { } l
                    ? TypedResults.Ok(LocatieDto(l))
                    : ApiProblemen.Resultaat(404)))
            .WithSummary("Eén locatie van een organisatie.")
            .Produces<GidsLocatieDto>().ProducesProblem(404);

        groep.MapPost("/{organisatieId}/locaties", async Task<IResult> (Guid organisatieId, GidsLocatieInvoerApi invoer, ClaimsPrincipal u, GidsBeheer beheer,
                [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<GidsBeheerTeksten> t, CancellationToken ct) =>
                await LocatieBewarenAsync(organisatieId, null, invoer, u, beheer, t, ct))
            .WithSummary("Een locatie toevoegen. Een vertrouwelijke locatie (opvang) heeft een voordeur nodig: telefoon of e-mail.")
            .Produces<GidsLocatieDto>(201).ProducesValidationProblem().ProducesProblem(404);

        groep.MapPut("/{organisatieId}/locaties/{locatieId}", async Task<IResult> (Guid organisatieId, Guid locatieId, GidsLocatieInvoerApi invoer, ClaimsPrincipal u,
                GidsBeheer beheer, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<GidsBeheerTeksten> t, CancellationToken ct) =>
                await LocatieBewarenAsync(organisatieId, locatieId, invoer, u, beheer, t, ct))
            .WithSummary("Een locatie wijzigen. Alle velden worden vervangen; openingstijden blijven.")
            .Produces<GidsLocatieDto>().ProducesValidationProblem().ProducesProblem(404);

        groep.MapPost("/{organisatieId}/locaties/{locatieId}/openingstijden", async Task<IResult> (Guid organisatieId, Guid locatieId, GidsOpeningstijdInvoerApi invoer,
                ClaimsPrincipal u, GidsBeheer beheer, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<GidsBeheerTeksten> t, CancellationToken ct) =>
            {
                if (await OrganisatieAsync(organisatieId, u, beheer, ct) is { } weg)
                {
                    return weg;
                }
                if (await beheer.LocatieAsync(organisatieId, locatieId, ct) is null)
                {
                    return ApiProblemen.Resultaat(404);
                }
                var id = Guid.NewGuid();
                var fouten = await beheer.OpeningstijdToevoegenAsync(organisatieId, null, locatieId, Tijd(id, invoer), u.AlsActor(), Herkomst.Api, ct);
                if (Probleem(fouten, t, new() { ["tijdOmschrijving"] = "omschrijving" }) is { } probleem)
                {
                    return probleem;
                }
                var l = (await beheer.LocatieAsync(organisatieId, locatieId, ct))!;
                return TypedResults.Created($"{ApiRoutes.Basis}{Basis}/{organisatieId}/locaties/{locatieId}/openingstijden/{id}",
                    l.Openingstijden.Where(o => o.Id == id).Select(TijdDto).Single());
            })
            .WithSummary("Openingstijden aan een locatie toevoegen.")
            .Produces<GidsOpeningstijdDto>(201).ProducesValidationProblem().ProducesProblem(404);

        groep.MapDelete("/{organisatieId}/locaties/{locatieId}/openingstijden/{onderdeelId}", async Task<IResult> (Guid organisatieId, Guid locatieId, Guid onderdeelId,
                ClaimsPrincipal u, GidsBeheer beheer, CancellationToken ct) =>
            {
                if (await OrganisatieAsync(organisatieId, u, beheer, ct) is { } weg)
                {
                    return weg;
                }
                return await beheer.LocatieAsync(organisatieId, locatieId, ct) is { } l && l.Openingstijden.Any(o => o.Id == onderdeelId)
                    && await beheer.OnderdeelVerwijderenAsync(organisatieId, "openingstijd", onderdeelId, u.AlsActor(), Herkomst.Api, ct)
                    ? TypedResults.NoContent()
                    : ApiProblemen.Resultaat(404);
            })
            .WithSummary("Openingstijden van een locatie verwijderen.")
            .Produces(204).ProducesProblem(404);
    }

    /// <summary>Null when the caller keeps this organisation's entry; else 404, the same for another's and an unknown one.</summary>
    private static async Task<IResult?> OrganisatieAsync(Guid organisatieId, ClaimsPrincipal u, GidsBeheer beheer, CancellationToken ct) =>
        GidsBeheer.MagBewerken(u, organisatieId) && await beheer.OrganisatieAsync(organisatieId, ct) is not null ? null : ApiProblemen.Resultaat(404);

    private static async Task<IResult> DienstBewarenAsync(Guid organisatieId, Guid? dienstId, GidsDienstInvoerApi i, ClaimsPrincipal u, GidsBeheer beheer,
        ITeksten<GidsBeheerTeksten> t, CancellationToken ct)
    {
        if (await OrganisatieAsync(organisatieId, u, beheer, ct) is { } weg)
        {
            return weg;
        }
        if (dienstId is { } bestaand && await beheer.DienstAsync(organisatieId, bestaand, ct) is null)
        {
            return ApiProblemen.Resultaat(404);
        }
        var id = dienstId ?? Guid.NewGuid();
        // A missing kind or side is passed as a value outside the enum, so the one validation names it with the other fields.
        var fouten = await beheer.DienstOpslaanAsync(organisatieId, new(id, i.Naam, i.Beschrijving, i.Soort ?? (Dienstsoort)(-1), i.Zijde ?? (Dienstzijde)(-1),
            i.Vormen ?? [], i.Voorwaarden, string.Join(",", i.Talen ?? []), i.Kosten, i.Email, i.Website, i.DagEnNacht ?? false, i.Actief ?? true,
            i.InterneNotitie, i.Gemeenten ?? [], i.Locaties ?? []), u.AlsActor(), Herkomst.Api, ct);
        if (Probleem(fouten, t, []) is { } probleem)
        {
            return probleem;
        }
        var dto = DienstDto((await beheer.DienstAsync(organisatieId, id, ct))!);
        return dienstId is null ? TypedResults.Created($"{ApiRoutes.Basis}{Basis}/{organisatieId}/diensten/{id}", dto) : TypedResults.Ok(dto);
    }

    private static async Task<IResult> LocatieBewarenAsync(Guid organisatieId, Guid? locatieId, GidsLocatieInvoerApi i, ClaimsPrincipal u, GidsBeheer beheer,
        ITeksten<GidsBeheerTeksten> t, CancellationToken ct)
    {
        if (await OrganisatieAsync(organisatieId, u, beheer, ct) is { } weg)
        {
            return weg;
        }
        if (locatieId is { } bestaand && await beheer.LocatieAsync(organisatieId, bestaand, ct) is null)
        {
            return ApiProblemen.Resultaat(404);
        }
        var id = locatieId ?? Guid.NewGuid();
        var fouten = await beheer.LocatieOpslaanAsync(organisatieId, new(id, i.Naam, i.Adres, i.Postcode, i.Plaats, i.GemeenteCode, i.Vertrouwelijk ?? false,
            i.VoordeurTelefoon, i.VoordeurEmail, i.InterneNotitie), u.AlsActor(), Herkomst.Api, ct);
        if (Probleem(fouten, t, []) is { } probleem)
        {
            return probleem;
        }
        var dto = LocatieDto((await beheer.LocatieAsync(organisatieId, id, ct))!);
        return locatieId is null ? TypedResults.Created($"{ApiRoutes.Basis}{Basis}/{organisatieId}/locaties/{id}", dto) : TypedResults.Ok(dto);
    }

    private static async Task<IResult> OnderdeelAsync<T>(Guid organisatieId, Guid dienstId, string pad, ClaimsPrincipal u, GidsBeheer beheer,
        ITeksten<GidsBeheerTeksten> t, Dictionary<string, string> veldnamen, Func<Guid, Task<Dictionary<string, string>>> toevoegen,
        Func<Dienst, Guid, T> nieuw, CancellationToken ct)
    {
        if (await OrganisatieAsync(organisatieId, u, beheer, ct) is { } weg)
        {
            return weg;
        }
        if (await beheer.DienstAsync(organisatieId, dienstId, ct) is null)
        {
            return ApiProblemen.Resultaat(404);
        }
        var id = Guid.NewGuid();
        if (Probleem(await toevoegen(id), t, veldnamen) is { } probleem)
        {
            return probleem;
        }
        var d = (await beheer.DienstAsync(organisatieId, dienstId, ct))!;
        return TypedResults.Created($"{ApiRoutes.Basis}{Basis}/{organisatieId}/diensten/{dienstId}/{pad}/{id}", nieuw(d, id));
    }

    /// <summary>The 400 with every field error in the reader's language, under the field name the client sent; null when there is none.</summary>
    private static IResult? Probleem(Dictionary<string, string> fouten, ITeksten<GidsBeheerTeksten> t, Dictionary<string, string> veldnamen)
    {
        var v = new Validatie();
        foreach (var (veld, sleutel) in fouten)
        {
            v.Fout(veldnamen.GetValueOrDefault(veld, veld), t[sleutel]);
        }
        return v.AlsProbleem();
    }

    /// <summary>
    /// A time that is no clock time is passed as an opening without a closing time, so the one validation refuses it at
    /// <c>opent</c> together with every other field and nothing is stored.
    /// </summary>
    private static OpeningstijdInvoer Tijd(Guid id, GidsOpeningstijdInvoerApi i)
    {
        var opent = Klok(i.Opent, out var opentGoed);
        var sluit = Klok(i.Sluit, out var sluitGoed);
        return opentGoed && sluitGoed
            ? new(id, i.Dagen ?? [], opent, sluit, i.Omschrijving)
            : new(id, i.Dagen ?? [], TimeOnly.MinValue, null, i.Omschrijving);
    }

    private static TimeOnly? Klok(string? tekst, out bool goed)
    {
        goed = true;
        if (tekst is null)
        {
            return null;
        }
        goed = TimeOnly.TryParseExact(tekst.Trim(), "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t);
        return goed ? t : null;
    }

    private static string? Klok(TimeOnly? t) => t?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static GidsOpeningstijdDto TijdDto(Openingstijd o) =>
        new(o.Id, o.Dagen.Split(',', StringSplitOptions.RemoveEmptyEntries), Klok(o.Opent), Klok(o.Sluit), o.Omschrijving);

    private static GidsDienstDto DienstDto(Dienst d) => new(
        d.Id, d.OrganisatieId, d.Naam, d.Beschrijving, d.Soort, d.Zijde, PubliekeGids.Vormen(d.Uitbuitingsvormen).ToList(), d.Voorwaarden,
        PubliekeGids.Lijst(d.Talen).ToList(), d.Kosten, d.Email, d.Website, d.DagEnNacht, d.Actief, d.InterneNotitie,
        d.Gebied.Select(g => g.CbsCode).Order(StringComparer.Ordinal).ToList(), d.Locaties.Select(l => l.LocatieId).Order().ToList(),
        d.Telefoons.OrderBy(x => x.Nummer, StringComparer.Ordinal).Select(x => new GidsTelefoonDto(x.Id, x.Nummer, x.Omschrijving)).ToList(),
        d.Openingstijden.OrderBy(x => x.Dagen, StringComparer.Ordinal).ThenBy(x => x.Opent).Select(TijdDto).ToList(),
        d.Contacten.OrderBy(x => x.Naam, StringComparer.Ordinal).Select(x => new GidsContactDto(x.Id, x.Naam, x.Functie, x.Email, x.Telefoon)).ToList());

    private static GidsLocatieDto LocatieDto(Locatie l) => new(
        l.Id, l.OrganisatieId, l.Naam, l.Adres, l.Postcode, l.Plaats, l.GemeenteCode, l.Vertrouwelijk, l.VoordeurTelefoon, l.VoordeurEmail, l.InterneNotitie,
        l.Openingstijden.OrderBy(x => x.Dagen, StringComparer.Ordinal).ThenBy(x => x.Opent).Select(TijdDto).ToList());
}
