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
        services.AddSingleton<Pseudoniemen>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AuditTrail>();
        return services;
    }
}
