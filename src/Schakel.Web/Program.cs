using Schakel.Web;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Doorverwijzing;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Api.Invoer;
using Schakel.Web.Features.ApiClients;
using Schakel.Web.Features.Audit;
using Schakel.Web.Features.Belasting;
using Schakel.Web.Features.Bewustwording;
using Schakel.Web.Features.Documenten;
using Schakel.Web.Features.Installatie;
using Schakel.Web.Features.Keten;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Keten.Gids;
using Schakel.Web.Features.Meldpunt;
using Schakel.Web.Features.Meldpunt.Publiek;
using Schakel.Web.Features.Monitor;
using Schakel.Web.Features.Notificaties;
using Schakel.Web.Features.Opvang;
using Schakel.Web.Features.Privacy;
using Schakel.Web.Features.Privacy.Grondslagen;
using Schakel.Web.Features.Privacy.Rechten;
using Schakel.Web.Features.Schaal;
using Schakel.Web.Features.Sturing;
using Schakel.Web.Features.Taal;
using Schakel.Web.Security;

var builder = WebApplication.CreateBuilder(args);

// The newcomer's command serves on :5080; --urls or ASPNETCORE_URLS still win.
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://localhost:5080");
}

builder.Services.AddSchakelData(builder.Configuration, builder.Environment);
builder.Services.AddBeveiliging(builder.Configuration, builder.Environment);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddMeldpunt(builder.Configuration);
builder.Services.AddMeldpuntPubliek(builder.Configuration);
builder.Services.AddInstallatie();
builder.Services.AddOpvang(builder.Configuration);
builder.Services.AddDoorverwijzing(builder.Configuration);
builder.Services.AddApi(builder.Configuration);
builder.Services.AddApiClients(builder.Configuration);
builder.Services.AddNotificaties(builder.Configuration);
builder.Services.AddBelasting(builder.Configuration);
builder.Services.AddKetensamenwerking();
builder.Services.AddSturing();
builder.Services.AddBewustwording();
builder.Services.AddDocumenten();
builder.Services.AddAandachtsfunctionarissen();
builder.Services.AddGids();
builder.Services.AddMonitor(builder.Configuration);
builder.Services.AddPrivacyGrondslagen();
builder.Services.AddPrivacy(builder.Configuration);
builder.Services.AddPrivacyRechten();
builder.Services.AddSchaal(builder.Configuration);
builder.Services.AddHealthChecks().AddDbContextCheck<SchakelDbContext>("database", tags: ["ready"]);
// Root "/" so a feature keeps its pages in its own folder (Features/<Part>/), next to its handlers.
builder.Services.AddRazorPages(o => o.RootDirectory = "/")
    .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = ValidatieTeksten.Voor);
builder.Services.AddTaal(builder.Configuration);

var app = builder.Build();

if (await Opdrachten.VoerUitAsync(app, args))
{
    return;
}

await Opstart.InitialiseerDatabaseAsync(app);

app.UseBelastingteller();
app.UseForwardedHeaders();

// Pages get the accessible error page (also for 404); the API answers in problem+json (UseApi).
app.UseWhen(c => !ApiConventies.IsApi(c.Request.Path), pagina =>
{
    pagina.UseExceptionHandler(new ExceptionHandlerOptions
    {
        ExceptionHandlingPath = "/Error",
        // A malformed or too slow body, or a broken form, is the client's 400, not our 500.
        StatusCodeSelector = InvoerFouten.Status,
        SuppressDiagnosticsCallback = c => InvoerFouten.IsClientfout(c.Exception),
    });
    pagina.UseStatusCodePagesWithReExecute("/Error/{0}");
});
app.UseApi();
// Inside the error pages: saturation becomes 503 with Retry-After, not a 500.
app.UseOverbelasting();

app.UseTaal();
app.MapStaticAssets();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
app.MapRazorPages();

app.MapMeldpunt();
app.MapOpvang();
app.MapMonitor();
app.MapDoorverwijzing();
app.MapApi();
app.MapApiReferentie();
app.MapApiClients();
app.MapAudit();
app.MapAccounts();
app.MapBelasting();
app.MapGids();
app.MapKetensamenwerking();
app.MapSturing();
app.MapBewustwording();
app.MapPrivacy();

await app.RunAsync();

public partial class Program;
