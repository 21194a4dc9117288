using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Security;

public static class BeveiligingModule
{
    /// <summary>Keys, field encryption, pseudonyms and the audit trail.</summary>
    public static IServiceCollection AddBeveiliging(this IServiceCollection services, IConfiguration configuration, IHostEnvironment omgeving)
    {
        var sleutels = Sleutelbos.Laad(configuration, magAanmaken: omgeving.IsDevelopment());
        services.AddSingleton(sleutels);
        services.AddSingleton<Veldversleuteling>();
        services.AddScoped<Sleutelcontroleur>();
        services.AddSingleton<Pseudoniemen>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AuditOnderbreking>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<Verzoeklimieten>();
        services.Configure<Rotatie.SleutelrotatieOpties>(configuration.GetSection("Privacy:Sleutelrotatie"));
        services.AddScoped<Rotatie.Herversleuteling>();
        services.AddSingleton<Rotatie.Sleutelvoortgang>();
        services.AddHostedService<Rotatie.Herversleuteldienst>();
        // Rate limits partition by the client's address, so behind a reverse proxy its X-Forwarded-For must be
        // trusted — but only from the proxies named here (loopback is trusted by default).
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var adres in configuration.GetSection("Proxy:Adressen").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(adres));
            }
        });
        return services;
    }
}
