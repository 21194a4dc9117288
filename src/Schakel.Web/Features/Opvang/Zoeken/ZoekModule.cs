namespace Schakel.Web.Features.Opvang.Zoeken;

public static class ZoekModule
{
    /// <summary>The shelter search's read model per node, its follower of changes and the unmet-demand writer.</summary>
    public static IServiceCollection AddOpvangZoeken(this IServiceCollection services)
    {
        services.AddSingleton<PoolLeesmodel>();
        services.AddSingleton<Schaal.Wijzigingen.IWijzigingsvolger, PoolWijzigingen>();
        services.AddSingleton<OnvervuldeVraagSchrijver>();
        services.AddHostedService(sp => sp.GetRequiredService<OnvervuldeVraagSchrijver>());
        return services;
    }
}
