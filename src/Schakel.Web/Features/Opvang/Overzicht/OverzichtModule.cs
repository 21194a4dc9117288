using Microsoft.AspNetCore.Authorization;
using Schakel.Core.Invoer;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Api;

namespace Schakel.Web.Features.Opvang.Overzicht;

/// <summary>The demand-versus-supply overview for coordinators and the chain director; figures only, no people.</summary>
public static class OverzichtModule
{
    public const string Beleid = "opvang.overzicht";

    public static readonly string[] Rollen = [Core.Organisaties.Rollen.Zorgcoordinator, Core.Organisaties.Rollen.Ketenregisseur];

    public static IServiceCollection AddOpvangOverzicht(this IServiceCollection services)
    {
        services.AddScoped<OpvangOverzicht>();
        services.Configure<AuthorizationOptions>(o => o.AddPolicy(Beleid, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Rollen)));
        services.Configure<WerkplekOptions>(o => o.Links.Add(new("/opvang/overzicht", "Titel", Rollen, typeof(OverzichtTeksten), 40)));
        return services;
    }

    public static void MapOpvangcijfers(this WebApplication app) =>
        app.MapApiV1("/opvangcijfers").WithTags("Opvang")
            .MapGet("", async (string? regio, string? van, string? tot, OpvangOverzicht overzicht, TimeProvider tijd, CancellationToken ct) =>
            {
                var periode = Periode.Lees(van, tot, tijd.GetUtcNow());
                var regios = await overzicht.RegiosAsync(ct);
                var v = new Validatie()
                    .Als(periode.Fout is not null, "periode", periode.Fout ?? "")
                    .Als(regio is not null && regios.All(r => r.Code != regio), "regio", $"Onbekende regio. Kies uit: {string.Join(", ", regios.Select(r => r.Code))}.");
                if (v.AlsProbleem() is { } probleem)
                {
                    return probleem;
                }
                return TypedResults.Ok(await overzicht.BerekenAsync(regio, periode.Van, periode.Tot, ct));
            })
            .VereistApiRol(Rollen)
            .WithSummary("Vraag en aanbod van opvang per regio (of landelijk) over een periode: alleen cijfers, geen personen.")
            .Produces<Overzichtcijfers>().ProducesValidationProblem();
}

public sealed class OverzichtTeksten;

/// <summary>The period of the overview: default the last twelve months up to today.</summary>
public sealed record Periode(DateOnly Van, DateOnly Tot, string? Fout, string? FoutSleutel = null)
{
    public static Periode Lees(string? van, string? tot, DateTimeOffset nu)
    {
        var vandaag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(nu, OpvangService.Amsterdam).DateTime);
        var t = string.IsNullOrEmpty(tot) ? vandaag : DateOnly.TryParseExact(tot, "yyyy-MM-dd", out var x) ? x : (DateOnly?)null;
        if (t is { } grens && !Invoerdatum.IsToegestaan(grens))
        {
            return new Periode(vandaag.AddYears(-1).AddDays(1), vandaag, Invoerdatum.Melding, "Fout_PeriodeBereik");
        }
        var v = string.IsNullOrEmpty(van) ? (t ?? vandaag).AddYears(-1).AddDays(1) : DateOnly.TryParseExact(van, "yyyy-MM-dd", out var y) ? y : (DateOnly?)null;
        return v is null || t is null
            ? new Periode(vandaag.AddYears(-1).AddDays(1), vandaag, "Geef data als jjjj-mm-dd.", "Fout_PeriodeFormaat")
            // 0001-01-01 parses, but a year back from it runs off the calendar (issue 13).
            : !Invoerdatum.IsToegestaan(v.Value) || !Invoerdatum.IsToegestaan(t.Value)
                ? new Periode(vandaag.AddYears(-1).AddDays(1), vandaag, Invoerdatum.Melding, "Fout_PeriodeBereik")
            : v > t
                ? new Periode(t.Value, t.Value, "De begindatum ligt na de einddatum.", "Fout_PeriodeVolgorde")
                : new Periode(v.Value, t.Value, null);
    }
}
