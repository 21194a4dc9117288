namespace Schakel.Web.Features.Opvang.Zoeken;

public static class ZoekModule
{
    /// <summary>The shelter search's read model per node, its change listener and the unmet-demand writer.</summary>
    public static IServiceCollection AddOpvangZoeken(this IServiceCollection services)
    {
        services.AddSingleton<PoolLeesmodel>();
        services.AddHostedService<PoolWijzigingen>();
        services.AddSingleton<OnvervuldeVraagSchrijver>();
        services.AddHostedService(sp => sp.GetRequiredService<OnvervuldeVraagSchrijver>());
        return services;
    }
}
