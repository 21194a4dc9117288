using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Monitor;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Monitor.Imports;
using Schakel.Web.Features.Monitor.Edities;
using Schakel.Web.Features.Monitor.Rapport;
using Schakel.Web.Shell;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Monitor;

/// <summary>The yearly trafficking monitor: figures, editions and the report (README.md in this folder).</summary>
public static class MonitorModule
{
    /// <summary>Internal figures: every signed-in professional who works in the chain (of the region, checked per request); not the data protection officer.</summary>
    public const string BeleidIntern = "monitor.intern";
    /// <summary>Composing, publishing and the anonymised dataset: the chain director.</summary>
    public const string BeleidKetenregie = "monitor.ketenregie";

    public static IServiceCollection AddMonitor(this IServiceCollection services, IConfiguration configuratie)
    {
        services.Configure<MonitorOpties>(configuratie.GetSection("Monitor"));
        services.AddScoped<MonitorGegevens>();
        services.AddScoped<MonitorCijfers>();
        services.AddScoped<Imports.PartnerImports>();
        services.Configure<WerkplekOptions>(o => o.Links.Add(new("/monitor/imports", "Menu", [Rollen.Ketenregisseur], typeof(ImportTeksten), 61)));
        services.AddScoped<CijfersVraag>();
        services.AddScoped<CoMensha.CoMenshaRegistraties>();
        services.AddScoped<Exports.RiecExport>();
        services.AddScoped<Exports.CtdcExport>();
        services.Configure<WerkplekOptions>(o => o.Links.Add(new("/monitor/exports", "Menu", [Rollen.Ketenregisseur], typeof(Exports.ExportTeksten), 61)));
        services.Configure<WerkplekOptions>(o => o.Links.Add(new("/monitor/comensha", "Menu", [Rollen.Ketenregisseur, Rollen.Aanbieder], typeof(CoMensha.CoMenshaTeksten), 61)));
        services.AddScoped<MonitorEdities>();
        services.AddScoped<EditieControle>();
        services.AddScoped<Ketensecties>();
        // Internal figures for every professional of the region (the page checks the organisation's police units).
        services.Configure<WerkplekOptions>(o => o.Links.Add(new(Dashboard.IndexModel.Pad, "Menu", Rollen.Professionals.ToList(), typeof(Dashboard.DashboardTeksten), 59)));
        services.AddScoped<IZaaier, DemoMonitor>();
        services.AddMonitorEdities(configuratie);
        services.AddScoped<RapportToegang>();
        services.AddHoofdnavigatie<RapportTeksten>("/monitor/publiek", "MenuPubliek", 70);
        services.Configure<WerkplekOptions>(o => o.Links.Add(new("/monitor/definities", "MenuMonitor", Rollen.Professionals.ToList(), typeof(MonitorTeksten), 60)));
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(BeleidIntern, p => AccountsBeleid.Professionalbeleid(p));
            o.AddPolicy(BeleidKetenregie, p => AccountsBeleid.Medewerkerbeleid(p).RequireRole(Rollen.Ketenregisseur));
        });
        return services;
    }

    public static void MapMonitor(this WebApplication app)
    {
        var groep = app.MapApiV1("/monitor").WithTags("Monitor");
        groep.MapGet("/maatstaven", () => TypedResults.Ok(Maatstaven.Alle.Concat(PartnerMaatstaven.Alle).Select(MaatstafJson.Van).ToList()))
            .AllowAnonymous()
            .WithSummary("De definities van de maatstaven van de monitor: naam, definitie, eenheid, bron en uitsplitsingen.");

        groep.MapGet("/cijfers", CijfersAsync)
            .AllowAnonymous()
            .WithSummary("Cijfers van de monitor per maatstaf, periode, gebied en uitsplitsing. editie=publiek (standaard, zonder " +
                "inloggen) toont kleine aantallen als verborgen en het lopende kwartaal niet; editie=intern vraagt een token van " +
                "een organisatie in de regio en zegt waarom een cel verborgen zou zijn.")
            .Produces<CijfersAntwoord>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        groep.MapMonitorEdities();
        app.MapMonitorEditieControle();
        app.MapMonitorRapport();
        app.MapMonitorImports();
        CoMensha.CoMenshaEndpoints.MapMonitorCoMensha(app);
        Exports.ExportEndpoints.MapMonitorExports(app);
    }

    private static async Task<IResult> CijfersAsync(
        string? maatstaf, string? periode, string? gebied, string? uitsplitsing, string? editie,
        HttpContext http, CijfersVraag vraag, SchakelDbContext db, CancellationToken ct)
    {
        var publiek = editie is null or "publiek";
        if (editie is not null and not "publiek" and not "intern")
        {
            return new Validatie().Fout("editie", "Kies publiek of intern.").AlsProbleem()!;
        }

        Guid? organisatie = null;
        if (!publiek)
        {
            var aanmelding = await http.AuthenticateAsync(Schemas.Api);
            if (!aanmelding.Succeeded || aanmelding.Principal.OrganisatieId() is not { } id)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Niet aangemeld",
                    detail: "Interne cijfers vragen een token van een organisatie.");
            }

            organisatie = id;
        }

        var uitkomst = await vraag.BeantwoordAsync(maatstaf, periode, gebied, uitsplitsing, publiek, ct);
        if (uitkomst.Antwoord is null)
        {
            var v = new Validatie();
            foreach (var (veld, melding) in uitkomst.Fouten)
            {
                v.Fout(veld, melding);
            }

            return v.AlsProbleem()!;
        }

        if (organisatie is { } org && uitkomst.EenheidCode is { } eenheid
            && !(await EenhedenVanAsync(db, org, ct)).Contains(eenheid))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Geen toegang",
                detail: "Interne cijfers zijn er voor organisaties in de regio zelf.");
        }

        return TypedResults.Ok(uitkomst.Antwoord);
    }

    /// <summary>The police units an organisation works in: those of its seat and of the municipalities it serves.</summary>
    public static async Task<IReadOnlySet<string>> EenhedenVanAsync(SchakelDbContext db, Guid organisatie, CancellationToken ct)
    {
        var zetel = await (from o in db.Set<Organisatie>()
                           join g in db.Set<Gemeente>() on o.GemeenteCode equals g.CbsCode
                           where o.Id == organisatie
                           select g.EenheidCode).ToListAsync(ct);
        var werkgebied = await (from w in db.Set<OrganisatieWerkgebied>()
                                join g in db.Set<Gemeente>() on w.CbsCode equals g.CbsCode
                                where w.OrganisatieId == organisatie
                                select g.EenheidCode).Distinct().ToListAsync(ct);
        return zetel.Concat(werkgebied).ToHashSet(StringComparer.Ordinal);
    }
}


public sealed record MaatstafJson(string Code, string Naam, string Definitie, string Eenheid, string Bron, string Soort, IReadOnlyList<string> Uitsplitsingen)
{
    public static MaatstafJson Van(Maatstaf m) =>
        new(m.Code, m.Naam, m.Definitie, m.Eenheid, m.Bron, m.Soort.ToString().ToLowerInvariant(), m.Uitsplitsingen);
}
