using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Opvang;
using Schakel.Core.Regio;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Opvang.Zoeken;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Opvang;

internal static class OpvangEndpoints
{
    public static void MapOpvangApi(this WebApplication app)
    {
        var locaties = app.MapApiV1("/opvanglocaties").WithTags("Opvang");
        locaties.MapGet("", LocatiesAsync).VereistApiRol(OpvangToegang.Lezers)
            .WithSummary("Alle opvanglocaties met hun plekkenpools en actuele bezetting; het adres alleen voor wie het mag zien.")
            .Produces<List<LocatieDto>>();
        locaties.MapPut("/{id}/plekkenpools/{poolId}/bezetting", BezettingAsync).VereistApiRol(Core.Organisaties.Rollen.Opvangmedewerker)
            .WithSummary("De bezetting van een eigen plekkenpool bijwerken (bezet en buiten gebruik).")
            .Produces<PoolDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        var verzoeken = app.MapApiV1("/plaatsingsverzoeken").WithTags("Opvang");
        verzoeken.MapPost("", MaakVerzoekAsync).VereistApiRol(OpvangToegang.Plaatsers)
            .WithSummary("Een plaatsingsverzoek doen voor een aangetroffen slachtoffer, zonder namen; de 36-uursklok begint bij het aantreffen.")
            .Produces<VerzoekDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(403);
        verzoeken.MapGet("/{id}", VerzoekAsync).VereistApiRol(OpvangToegang.Lezers)
            .WithSummary("Eén plaatsingsverzoek met de behoefte en de stand van de klok.")
            .Produces<VerzoekDto>().ProducesProblem(404);
        verzoeken.MapGet("/{id}/matches", MatchesAsync).VereistApiRol(OpvangToegang.Plaatsers)
            .WithSummary("Eén pagina passende plekkenpools voor een plaatsingsverzoek, op rang, daarna hoogstens tien bijna-passende met wat niet past; met wie mag plaatsen.")
            .Produces<MatchesDto>().ProducesValidationProblem().ProducesProblem(404)
            .MetPagineringKoppen("Het aantal passende plekkenpools, op alle pagina's samen.", "Het aantal passende plekkenpools per pagina (de bijna-passende komen erbij).");
        verzoeken.MapPost("/{id}/reserveringen", ReserveerAsync).VereistApiRol(OpvangToegang.Plaatsers)
            .WithSummary("Een plek vasthouden in een plekkenpool; met een Idempotency-Key, zodat herhalen nooit een tweede plek neemt.")
            .Produces<ReserveringDto>(StatusCodes.Status201Created).Produces<ReserveringDto>()
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        verzoeken.MapPost("/{id}/nachten-zonder-plek", NachtAsync).VereistApiRol(OpvangToegang.Plaatsers)
            .WithSummary("Vastleggen waar het slachtoffer een nacht zonder opvangplek doorbracht (één per nacht; herhalen wijzigt niets).")
            .Produces<NachtZonderPlekDto>().ProducesValidationProblem().ProducesProblem(404);

        var reserveringen = app.MapApiV1("/reserveringen").WithTags("Opvang");
        reserveringen.MapPost("/{id}/_bevestigen", (Guid id, ClaimsPrincipal u, OpvangService s, CancellationToken ct) => Antwoord(s.BevestigAsync(u, id, Herkomst.Api, ct), ReserveringDto.Van))
            .VereistApiRol(Core.Organisaties.Rollen.Opvangmedewerker)
            .WithSummary("De opvang bevestigt een reservering; het slachtoffer is opgenomen.")
            .Produces<ReserveringDto>().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        reserveringen.MapPost("/{id}/_afwijzen", (Guid id, AfwijzingInvoer invoer, ClaimsPrincipal u, OpvangService s, CancellationToken ct) => Antwoord(s.AfwijzenAsync(u, id, invoer.Reden ?? "", Herkomst.Api, ct), ReserveringDto.Van))
            .VereistApiRol(Core.Organisaties.Rollen.Opvangmedewerker)
            .WithSummary("De opvang wijst een reservering af, met een reden.")
            .Produces<ReserveringDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        reserveringen.MapPost("/{id}/_annuleren", (Guid id, ClaimsPrincipal u, OpvangService s, CancellationToken ct) => Antwoord(s.AnnulerenAsync(u, id, Herkomst.Api, ct), ReserveringDto.Van))
            .VereistApiRol(OpvangToegang.Plaatsers)
            .WithSummary("De plaatser annuleert een eigen reservering; de plek komt vrij.")
            .Produces<ReserveringDto>().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        var plaatsingen = app.MapApiV1("/plaatsingen").WithTags("Opvang");
        plaatsingen.MapPost("/{id}/_uitstroom", UitstroomAsync).VereistApiRol(Core.Organisaties.Rollen.Opvangmedewerker)
            .WithSummary("De uitstroom van een plaatsing vastleggen: datum en waarheen.")
            .Produces<UitstroomDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<IResult> LocatiesAsync(ClaimsPrincipal gebruiker, OpvangService service, TimeProvider tijd, CancellationToken ct)
    {
        var nu = tijd.GetUtcNow();
        var standen = (await service.PoolStandenAsync(ct)).GroupBy(s => s.Locatie.Id).ToDictionary(g => g.Key, g => g.ToList());
        var uit = new List<LocatieDto>();
        foreach (var l in await service.LocatiesAsync(ct))
        {
            var adres = await service.AdresAsync(gebruiker, l, Herkomst.Api, ct);
            var pools = standen.GetValueOrDefault(l.Id, []).OrderBy(p => p.Pool.Naam).Select(p => PoolDto.Van(p, nu)).ToList();
            uit.Add(new LocatieDto(l.Id, l.Naam, l.OrganisatieId, l.GemeenteCode, l.GemeenteNaam, l.Contact24Uur, adres, l.GeheimAdres, pools));
        }
        return TypedResults.Ok(uit);
    }

    private static async Task<IResult> BezettingAsync(Guid id, Guid poolId, BezettingInvoer invoer, ClaimsPrincipal gebruiker, OpvangService service, TimeProvider tijd, CancellationToken ct)
    {
        var v = new Validatie()
            .Als(invoer.Bezet is null, "bezet", "Geef het aantal bezette plekken.")
            .Als(invoer.BuitenGebruik is null, "buitenGebruik", "Geef het aantal plekken buiten gebruik.");
        if (v.AlsProbleem() is { } probleem)
        {
            return probleem;
        }
        return await Antwoord(service.ZetBezettingAsync(gebruiker, id, poolId, invoer.Bezet!.Value, invoer.BuitenGebruik!.Value, Herkomst.Api, ct), s => PoolDto.Van(s, tijd.GetUtcNow()));
    }

    private static async Task<IResult> MaakVerzoekAsync(VerzoekInvoer invoer, ClaimsPrincipal gebruiker, OpvangService service, TimeProvider tijd, CancellationToken ct)
    {
        var (verzoek, validatie) = invoer.NaarVerzoek(tijd.GetUtcNow());
        if (validatie.AlsProbleem() is { } probleem)
        {
            return probleem;
        }
        var uitkomst = await service.MaakVerzoekAsync(gebruiker, verzoek!, Herkomst.Api, ct);
        return uitkomst switch
        {
            Uitkomst<Plaatsingsverzoek>.Gelukt g => TypedResults.Created($"{ApiRoutes.Basis}/plaatsingsverzoeken/{g.Waarde.Id}", VerzoekDto.Van(g.Waarde, tijd.GetUtcNow())),
            Uitkomst<Plaatsingsverzoek>.Fout f => Probleem(f.Status, f.Detail, f.Velden, f.Code),
            _ => throw new InvalidOperationException(),
        };
    }

    private static async Task<IResult> VerzoekAsync(Guid id, ClaimsPrincipal gebruiker, OpvangService service, TimeProvider tijd, CancellationToken ct) =>
        await service.VerzoekAsync(gebruiker, id, ct) is { } v
            ? TypedResults.Ok(VerzoekDto.Van(v, tijd.GetUtcNow()))
            : ApiProblemen.Resultaat(404, "Dit plaatsingsverzoek bestaat niet.");

    private static async Task<IResult> MatchesAsync(Guid id, int? pagina, int? paginaGrootte, HttpContext http, ClaimsPrincipal gebruiker, OpvangService service, CancellationToken ct)
    {
        var v = new Validatie()
            .Als(pagina is < 1, "pagina", "Geef een pagina van 1 of hoger.")
            .Als(paginaGrootte is < 1 or > Zoekpagina.MaximaleGrootte, "paginaGrootte", $"Geef een paginagrootte van 1 tot en met {Zoekpagina.MaximaleGrootte}.");
        if (v.AlsProbleem() is { } probleem)
        {
            return probleem;
        }
        var gevraagd = new Zoekpagina(pagina ?? 1, paginaGrootte ?? Zoekpagina.StandaardGrootte);
        var uitkomst = await service.MatchesAsync(gebruiker, id, gevraagd, ct);
        if (uitkomst is Uitkomst<Matchoverzicht>.Fout f)
        {
            return Probleem(f.Status, f.Detail, f.Velden, f.Code);
        }
        var o = ((Uitkomst<Matchoverzicht>.Gelukt)uitkomst).Waarde;
        var laatste = gevraagd.AantalPaginas(o.Passend);
        // The criteria are the request's own, so a link keeps them by keeping its path; only the page moves.
        Paginering.ZetKoppen(http.Response, o.Passend, gevraagd.Pagina, gevraagd.Grootte);
        return TypedResults.Ok(new MatchesDto(
            Paginering.LinksVoor(gevraagd.Pagina, laatste, n => $"{ApiRoutes.Basis}/plaatsingsverzoeken/{id}/matches?pagina={n}&paginaGrootte={gevraagd.Grootte}"),
            gevraagd.Pagina, gevraagd.Grootte, o.Passend,
            o.Stap, VerzoekDto.Van(o.Verzoek, o.Klok.Nu), [.. o.Matches.Select(m => MatchDto.Van(m, o.Klok.Nu))]));
    }

    private static async Task<IResult> ReserveerAsync(Guid id, ReserveringInvoer invoer, [FromHeader(Name = "Idempotency-Key")] string? sleutel, ClaimsPrincipal gebruiker, OpvangService service, CancellationToken ct)
    {
        var v = new Validatie()
            .Als(invoer.PlekkenpoolId is null, "plekkenpoolId", "Geef de plekkenpool.")
            .Als(string.IsNullOrWhiteSpace(sleutel) || sleutel.Length > 100, "Idempotency-Key", "De header Idempotency-Key is verplicht (hoogstens 100 tekens), zodat een herhaald verzoek nooit een tweede plek neemt.");
        if (v.AlsProbleem() is { } probleem)
        {
            return probleem;
        }
        var uitkomst = await service.ReserveerAsync(gebruiker, id, invoer.PlekkenpoolId!.Value, sleutel!, Herkomst.Api, ct);
        return uitkomst switch
        {
            Uitkomst<Reservering>.Gelukt { Nieuw: true } g => TypedResults.Created($"{ApiRoutes.Basis}/reserveringen/{g.Waarde.Id}", ReserveringDto.Van(g.Waarde)),
            Uitkomst<Reservering>.Gelukt g => TypedResults.Ok(ReserveringDto.Van(g.Waarde)),
            Uitkomst<Reservering>.Fout f => Probleem(f.Status, f.Detail, f.Velden, f.Code),
            _ => throw new InvalidOperationException(),
        };
    }

    private static async Task<IResult> NachtAsync(Guid id, NachtInvoer invoer, ClaimsPrincipal gebruiker, OpvangService service, CancellationToken ct)
    {
        var v = new Validatie().Als(invoer.Verblijf is null, "verblijf", "Geef aan waar het slachtoffer de nacht doorbracht.");
        if (v.AlsProbleem() is { } probleem)
        {
            return probleem;
        }
        return await Antwoord(service.NachtZonderPlekAsync(gebruiker, id, invoer.Verblijf!.Value, invoer.Nacht, Herkomst.Api, ct),
            NachtZonderPlekDto.Van);
    }

    private static async Task<IResult> UitstroomAsync(Guid id, UitstroomInvoer invoer, ClaimsPrincipal gebruiker, OpvangService service, CancellationToken ct)
    {
        var v = new Validatie()
            .Als(invoer.Datum is null, "datum", "Geef de datum van uitstroom (jjjj-mm-dd).")
            .Als(invoer.Uitstroom is null, "uitstroom", "Geef aan waarheen: doorstroom, terugNaarLandVanHerkomst, onbekend of anders.");
        if (v.AlsProbleem() is { } probleem)
        {
            return probleem;
        }
        return await Antwoord(service.UitstroomAsync(gebruiker, id, invoer.Datum!.Value, invoer.Uitstroom!.Value, Herkomst.Api, ct),
            UitstroomDto.Van);
    }

    private static async Task<IResult> Antwoord<T, TDto>(Task<Uitkomst<T>> taak, Func<T, TDto> naarDto) => await taak switch
    {
        Uitkomst<T>.Gelukt g => TypedResults.Ok(naarDto(g.Waarde)),
        Uitkomst<T>.Fout f => Probleem(f.Status, f.Detail, f.Velden, f.Code),
        _ => throw new InvalidOperationException(),
    };

    private static IResult Probleem(int status, string detail, IReadOnlyDictionary<string, string[]>? velden, string? code)
    {
        if (velden is not null)
        {
            return TypedResults.ValidationProblem(velden.ToDictionary(k => k.Key, k => k.Value), detail: detail, title: "Ongeldige invoer");
        }
        if (code is null)
        {
            return ApiProblemen.Resultaat(status, detail);
        }
        // The detail stays Dutch; the code lets a client say it in its own language.
        var probleem = ApiProblemen.Maak(status, detail);
        probleem.Extensions["code"] = code;
        return TypedResults.Problem(probleem);
    }
}

public sealed record BezettingInvoer(int? Bezet, int? BuitenGebruik);

public sealed record ReserveringInvoer(Guid? PlekkenpoolId);

public sealed record AfwijzingInvoer(string? Reden);

public sealed record UitstroomInvoer(DateOnly? Datum, Uitstroom? Uitstroom);

public sealed record NachtInvoer(Nachtverblijf? Verblijf, DateOnly? Nacht);

/// <summary>The need as the API takes it; never names.</summary>
public sealed record VerzoekInvoer(
    Geslacht? Geslacht, Leeftijdscategorie? Leeftijdscategorie, bool? Minderjarig, List<Uitbuitingsvorm>? Uitbuitingsvormen,
    bool? Multiproblematiek, bool? Verslaving, List<string>? Talen, bool? Rolstoel, bool? KinderenMee,
    JaNeeOnbekend? BedenktijdB8, Beveiligingsniveau? Beveiligingsniveau, Urgentie? Urgentie,
    DateTimeOffset? GevondenOp, string? GevondenInGemeenteCode, string? InschrijvingsgemeenteCode,
    List<string>? UitgeslotenGemeenten, double? MinimaleAfstandKm, double? Breedtegraad, double? Lengtegraad,
    List<Opvangtype>? VoorkeurTypen)
{
    public (Plaatsingsverzoek?, Validatie) NaarVerzoek(DateTimeOffset nu)
    {
        var v = new Validatie()
            .Als(Geslacht is null, "geslacht", "Geef het geslacht (vrouw, man of anders).")
            .Als(GevondenOp is null, "gevondenOp", "Geef het moment waarop het slachtoffer is aangetroffen (ISO 8601).")
            .Als(GevondenOp > nu.AddMinutes(5), "gevondenOp", "Het moment van aantreffen ligt in de toekomst.")
            .Als(!GemeenteCode.IsGeldig(GevondenInGemeenteCode), "gevondenInGemeenteCode", "Geef de CBS-code van de gemeente waar het slachtoffer is aangetroffen (bijvoorbeeld GM0518).")
            .Als(InschrijvingsgemeenteCode is not null && !GemeenteCode.IsGeldig(InschrijvingsgemeenteCode), "inschrijvingsgemeenteCode", "Geen geldige CBS-code.")
            .Als(UitgeslotenGemeenten?.Any(c => !GemeenteCode.IsGeldig(c)) == true, "uitgeslotenGemeenten", "Elke uitgesloten gemeente is een CBS-code.")
            .Als(MinimaleAfstandKm is < 0 or > 500, "minimaleAfstandKm", "De minimale afstand ligt tussen 0 en 500 km.")
            .Als(Breedtegraad is < -90 or > 90 || Lengtegraad is < -180 or > 180 || (Breedtegraad is null) != (Lengtegraad is null), "breedtegraad", "Geef breedte- en lengtegraad samen, binnen hun bereik.")
            .Als(MinimaleAfstandKm is not null && Breedtegraad is null, "minimaleAfstandKm", "Een minimale afstand vraagt om een plaats (breedte- en lengtegraad) om die afstand van te meten.")
            .Als(Talen?.Any(t => t.Length is < 2 or > 3) == true, "talen", "Talen als ISO 639-1-codes, zoals nl, en, pl.");
        if (!v.IsGeldig)
        {
            return (null, v);
        }
        Coordinaat? plek = Breedtegraad is { } b && Lengtegraad is { } l ? new Coordinaat(b, l) : null;
        var behoefte = new Behoefte
        {
            Geslacht = Geslacht!.Value,
            Leeftijdscategorie = Leeftijdscategorie ?? default,
            Minderjarig = Minderjarig ?? false,
            Uitbuitingsvormen = Uitbuitingsvormen ?? [],
            Multiproblematiek = Multiproblematiek ?? false,
            Verslaving = Verslaving ?? false,
            Talen = Talen?.Select(t => t.ToLowerInvariant()).ToList() ?? [],
            Rolstoel = Rolstoel ?? false,
            KinderenMee = KinderenMee ?? false,
            BedenktijdB8 = BedenktijdB8 ?? JaNeeOnbekend.Onbekend,
            MinimaalBeveiligingsniveau = Beveiligingsniveau ?? default,
            Urgentie = Urgentie ?? Core.Doorverwijzing.Urgentie.Acuut,
            Veiligheid = new Veiligheidseisen { UitgeslotenGemeenten = UitgeslotenGemeenten ?? [], AfstandVan = plek, MinimaleAfstandKm = MinimaleAfstandKm },
            Zoeklocatie = plek,
            VoorkeurTypen = VoorkeurTypen ?? [],
        };
        foreach (var fout in behoefte.Valideer())
        {
            v.Fout(fout.Veld, fout.Melding);
        }
        return v.IsGeldig
            ? (new Plaatsingsverzoek
            {
                Behoefte = behoefte,
                GevondenOp = GevondenOp!.Value.ToUniversalTime(),
                GevondenInGemeenteCode = GevondenInGemeenteCode,
                InschrijvingsgemeenteCode = InschrijvingsgemeenteCode,
                Urgentie = behoefte.Urgentie,
            }, v)
            : (null, v);
    }
}
