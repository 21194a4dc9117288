namespace Schakel.Web.Features.Opvang.Zoeken;

public static class ZoekModule
{
    /// <summary>The shelter search's read model per node, the organisations it reads (each with its follower of changes) and the unmet-demand writer.</summary>
    public static IServiceCollection AddOpvangZoeken(this IServiceCollection services)
    {
        services.AddSingleton<PoolLeesmodel>();
        services.AddSingleton<Schaal.Wijzigingen.IWijzigingsvolger, PoolWijzigingen>();
        services.AddSingleton<Plaatsingsgids>();
        services.AddSingleton<Schaal.Wijzigingen.IWijzigingsvolger>(sp => sp.GetRequiredService<Plaatsingsgids>());
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, PlaatsingsgidsVolger>();
        services.AddSingleton<OnvervuldeVraagSchrijver>();
        services.AddHostedService(sp => sp.GetRequiredService<OnvervuldeVraagSchrijver>());
        return services;
    }
}
