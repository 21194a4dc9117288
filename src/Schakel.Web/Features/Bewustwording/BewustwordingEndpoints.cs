using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Bewustwording;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Bewustwording.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Bewustwording;

public sealed record AanbiederDto(Guid? OrganisatieId, string Naam);

/// <summary>A session on the public menukaart; a cancelled one stays listed with <c>geannuleerd</c>, closed for sign-up.</summary>
public sealed record AanbodSessieDto(Guid Id, DateTimeOffset Begin, DateTimeOffset Einde, string? Plaats, string? Reeks, Spoor? Spoor, bool Vol, bool AanmeldenMogelijk,
    bool Geannuleerd);

/// <summary>An offer of the public menukaart. It carries no data about who signed up or attended.</summary>
public sealed record AanbodDto(Guid Id, string Titel, Aanbodsoort Soort, AanbiederDto Aanbieder, string Omschrijving, IReadOnlyList<string> Vormen,
    IReadOnlyList<string> Doelgroepen, IReadOnlyList<string> Talen, Werkvorm Werkvorm, int? DuurMinuten, IReadOnlyList<string> Gemeenten,
    string Kosten, string Voorwaarden, string Leerdoelen, Aanmeldwijze Aanmelding, string? ExterneLink, string Bron, DateTimeOffset BijgewerktOp,
    IReadOnlyList<AanbodSessieDto>? Sessies)
{
    public static AanbodDto Van(Aanbod a, IReadOnlyList<SessieStand>? sessies, DateTimeOffset nu) => new(a.Id, a.Titel, a.Soort,
        new(a.OrganisatieId, a.AanbiederNaam), a.Omschrijving, a.Vormen, a.Doelgroepen, a.Talen, a.Werkvorm, a.DuurMinuten, a.Gemeenten,
        a.Kosten, a.Voorwaarden, a.Leerdoelen, a.Aanmelding, a.ExterneLink, a.Bron, a.BijgewerktOp,
        sessies?.Select(s => new AanbodSessieDto(s.Sessie.Id, s.Sessie.Begin, s.Sessie.Einde, s.Sessie.Plaats, s.Sessie.Reeks, s.Sessie.Spoor,
            s.Vrij == 0, a.Aanmelding == Aanmeldwijze.InSchakel && s.OpenVoorAanmelding(nu), s.Sessie.Geannuleerd)).ToList());
}

/// <summary>
/// A session with its counts: sign-ups, waiting list and attendance by role and by organisation (its directory id;
/// "onbekend" for public sign-ups, who name none). No participant is named.
/// </summary>
public sealed record SessieDto(Guid Id, Guid AanbodId, string Titel, Aanbodsoort Soort, DateTimeOffset Begin, DateTimeOffset Einde, string? Plaats,
    string? Link, string Organisatoren, IReadOnlyList<string> Gemeenten, int Capaciteit, DateTimeOffset AanmeldenTot, string? Reeks, Spoor? Spoor,
    bool Geannuleerd, int Ingeschreven, int Wachtlijst, int Aanwezig, IReadOnlyDictionary<string, int> AanwezigPerRol,
    IReadOnlyDictionary<string, int> AanwezigPerOrganisatie);

public sealed record FunctionarisDekkingDto(Guid Id, Spoor Spoor, bool Getraind);

public sealed record TrainingsdekkingDto(string GemeenteCode, int Jaar, bool StandaardPlan, IReadOnlyList<string> RollenGetraind,
    IReadOnlyList<string> RollenAchterstallig, int Verplicht, int Getraind, IReadOnlyList<FunctionarisDekkingDto> Aandachtsfunctionarissen)
{
    public static TrainingsdekkingDto Van(TrainingsdekkingStand s) => new(s.GemeenteCode, s.Jaar, s.StandaardPlan, s.Stand.RollenGetraind,
        s.Stand.RollenAchterstallig, s.Stand.Verplicht, s.Stand.Getraind, s.Stand.Functionarissen.Select(f => new FunctionarisDekkingDto(f.Id, f.Spoor, f.Getraind)).ToList());
}

internal static class BewustwordingEndpoints
{
    public static readonly string[] SessieLezers = [Rollen.Ketenregisseur, Rollen.Aanbieder, Rollen.Aandachtsfunctionaris, Rollen.Beheerder];
    public static readonly string[] DekkingLezers = [Rollen.Ketenregisseur, Rollen.Aandachtsfunctionaris];

    public static void MapBewustwordingApi(this WebApplication app)
    {
        var aanbod = app.MapApiV1("/aanbod").WithTags("Bewustwording");
        aanbod.MapGet("", AanbodAsync).AllowAnonymous()
            .WithSummary("De menukaart: trainingen, voorlichting, e-learning, bijeenkomsten en producten, te filteren op doelgroep, vorm, taal en gemeente. Zonder token; nooit gegevens van deelnemers.")
            .Produces<List<AanbodDto>>().ProducesValidationProblem();
        aanbod.MapGet("/{id}", EenAanbodAsync).AllowAnonymous()
            .WithSummary("Eén aanbod met zijn komende sessies (of er plaats is, niet wie er komt).")
            .Produces<AanbodDto>().ProducesProblem(404);

        app.MapApiV1("/sessies").WithTags("Bewustwording")
            .MapGet("", SessiesAsync).VereistApiRol(SessieLezers)
            .WithSummary("Sessies met hun aantallen: ingeschreven, wachtlijst en aanwezig per rol. Een aanbieder ziet alleen de sessies van zijn eigen aanbod.")
            .Produces<List<SessieDto>>().ProducesValidationProblem();

        app.MapApiV1("/trainingsdekking").WithTags("Bewustwording")
            .MapGet("", DekkingAsync).VereistApiRol(DekkingLezers)
            .WithSummary("Per gemeente en jaar: welke verplichte rollen en aandachtsfunctionarissen getraind zijn en welke nog niet. Een aandachtsfunctionaris ziet alleen de eigen gemeente.")
            .Produces<List<TrainingsdekkingDto>>().ProducesValidationProblem();

        app.MapRegioApi();
    }

    private static async Task<IResult> AanbodAsync(string? doelgroep, string? vorm, string? taal, string? gemeente, string? soort, Menukaart menukaart, TimeProvider tijd, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<BewustwordingApiTeksten> t, CancellationToken ct)
    {
        var v = new Validatie()
            .Als(doelgroep is not null && !Doelgroepen.IsGeldig(doelgroep), nameof(doelgroep), t["Doelgroep"])
            .Als(vorm is not null && !Doelgroepen.Vormen.Contains(vorm), nameof(vorm), t["KiesUit", string.Join(", ", Doelgroepen.Vormen)])
            .Als(taal is not null && (taal.Length is < 2 or > 3 || !taal.All(char.IsAsciiLetterLower)), nameof(taal), t["Taal"])
            .Als(gemeente is not null && !Gemeentecode.IsGeldig(gemeente), nameof(gemeente), t["Gemeentecode"])
            .Als(soort is not null && !Enum.TryParse<Aanbodsoort>(soort, ignoreCase: true, out _), nameof(soort), t["KiesUit", string.Join(", ", Enum.GetNames<Aanbodsoort>())]);
        if (v.AlsProbleem() is { } probleem)
        {
            return probleem;
        }
        Aanbodsoort? s = soort is null ? null : Enum.Parse<Aanbodsoort>(soort, ignoreCase: true);
        var nu = tijd.GetUtcNow();
        var lijst = await menukaart.ZoekAsync(new(doelgroep, vorm, taal, gemeente?.ToUpperInvariant(), s), ct);
        return TypedResults.Ok(lijst.Select(a => AanbodDto.Van(a, null, nu)).ToList());
    }

    private static async Task<IResult> EenAanbodAsync(Guid id, Menukaart menukaart, TimeProvider tijd, CancellationToken ct)
    {
        if (await menukaart.AanbodAsync(id, ct) is not { } a)
        {
            return ApiProblemen.Resultaat(StatusCodes.Status404NotFound);
        }
        return TypedResults.Ok(AanbodDto.Van(a, await menukaart.KomendeSessiesAsync(id, ct), tijd.GetUtcNow()));
    }

    private static async Task<IResult> SessiesAsync(string? aanbodId, string? vanaf, ClaimsPrincipal gebruiker, SchakelDbContext db, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<BewustwordingApiTeksten> t, CancellationToken ct)
    {
        var v = new Validatie()
            .Als(aanbodId is not null && !Guid.TryParse(aanbodId, out _), nameof(aanbodId), t["Id"])
            .Als(vanaf is not null && !DateOnly.TryParseExact(vanaf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), nameof(vanaf), t["Datum"]);
        if (v.AlsProbleem() is { } probleem)
        {
            return probleem;
        }
        var q = from s in db.Set<Sessie>().AsNoTracking() join a in db.Set<Aanbod>().AsNoTracking() on s.AanbodId equals a.Id select new { s, a };
        if (aanbodId is not null)
        {
            var aid = Guid.Parse(aanbodId);
            q = q.Where(x => x.s.AanbodId == aid);
        }
        if (vanaf is not null)
        {
            var van = new DateTimeOffset(DateOnly.ParseExact(vanaf, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            q = q.Where(x => x.s.Begin >= van);
        }
        if (!gebruiker.IsInRole(Rollen.Ketenregisseur) && !gebruiker.IsInRole(Rollen.Beheerder) && !gebruiker.IsInRole(Rollen.Aandachtsfunctionaris))
        {
            var eigen = gebruiker.OrganisatieId();
            q = q.Where(x => x.a.OrganisatieId == eigen);
        }
        var rijen = (await q.ToListAsync(ct)).OrderBy(x => x.s.Begin).ToList();
        var ids = rijen.Select(x => x.s.Id).ToList();
        var tellingen = await db.Set<Inschrijving>().AsNoTracking().Where(i => ids.Contains(i.SessieId) && i.Status != Inschrijfstatus.Geannuleerd)
            .GroupBy(i => new { i.SessieId, i.Status, i.Aanwezig, i.Rol, i.OrganisatieId })
            .Select(g => new { g.Key.SessieId, g.Key.Status, g.Key.Aanwezig, g.Key.Rol, g.Key.OrganisatieId, Aantal = g.Count() })
            .ToListAsync(ct);
        return TypedResults.Ok(rijen.Select(x =>
        {
            var t = tellingen.Where(c => c.SessieId == x.s.Id).ToList();
            var aanwezig = t.Where(c => c.Aanwezig == true && c.Status == Inschrijfstatus.Ingeschreven).ToList();
            return new SessieDto(x.s.Id, x.a.Id, x.a.Titel, x.a.Soort, x.s.Begin, x.s.Einde, x.s.Plaats, x.s.Link, x.s.Organisatoren, x.s.Gemeenten,
                x.s.Capaciteit, x.s.AanmeldenTot, x.s.Reeks, x.s.Spoor, x.s.Geannuleerd,
                t.Where(c => c.Status == Inschrijfstatus.Ingeschreven).Sum(c => c.Aantal), t.Where(c => c.Status == Inschrijfstatus.Wachtlijst).Sum(c => c.Aantal),
                aanwezig.Sum(c => c.Aantal),
                aanwezig.GroupBy(c => c.Rol ?? "onbekend").ToDictionary(g => g.Key, g => g.Sum(c => c.Aantal), StringComparer.Ordinal),
                aanwezig.GroupBy(c => c.OrganisatieId?.ToString() ?? "onbekend").ToDictionary(g => g.Key, g => g.Sum(c => c.Aantal), StringComparer.Ordinal));
        }).ToList());
    }

    private static async Task<IResult> DekkingAsync(string? jaar, string? gemeente, ClaimsPrincipal gebruiker, ITrainingsdekking dekking, SchakelDbContext db,
        TimeProvider tijd, [Microsoft.AspNetCore.Mvc.FromServices] ITeksten<BewustwordingApiTeksten> t, CancellationToken ct)
    {
        var v = new Validatie()
            .Als(jaar is not null && (!int.TryParse(jaar, NumberStyles.None, CultureInfo.InvariantCulture, out var j) || j is < 2000 or > 2100), nameof(jaar), t["Jaar"])
            .Als(gemeente is not null && !Gemeentecode.IsGeldig(gemeente), nameof(gemeente), t["Gemeentecode"]);
        if (v.AlsProbleem() is { } probleem)
        {
            return probleem;
        }
        var jaartal = jaar is null ? tijd.GetUtcNow().Year : int.Parse(jaar, CultureInfo.InvariantCulture);
        string? alleen = gemeente?.ToUpperInvariant();
        if (!gebruiker.IsInRole(Rollen.Ketenregisseur))
        {
            // A municipality sees its own coverage only.
            var eigen = gebruiker.OrganisatieId();
            var eigenGemeente = await db.Set<Organisatie>().Where(o => o.Id == eigen).Select(o => o.GemeenteCode).FirstOrDefaultAsync(ct);
            if (eigenGemeente is null || (alleen is not null && !string.Equals(alleen, eigenGemeente, StringComparison.OrdinalIgnoreCase)))
            {
                return TypedResults.Ok(new List<TrainingsdekkingDto>());
            }
            alleen = eigenGemeente;
        }
        var standen = alleen is null ? await dekking.AlleAsync(jaartal, ct) : [await dekking.VoorAsync(alleen, jaartal, ct)];
        return TypedResults.Ok(standen.Select(TrainingsdekkingDto.Van).ToList());
    }
}

/// <summary>CBS municipality codes: GM and four digits.</summary>
public static class Gemeentecode
{
    public static bool IsGeldig(string code) =>
        code.Length == 6 && code.StartsWith("GM", StringComparison.OrdinalIgnoreCase) && code[2..].All(char.IsAsciiDigit);
}
