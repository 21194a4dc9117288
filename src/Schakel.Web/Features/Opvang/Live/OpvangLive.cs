namespace Schakel.Web.Features.Opvang.Live;

public static class OpvangLive
{
    public static IServiceCollection AddOpvangLive(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddSingleton<IOpvangGebeurtenissen, LiveGebeurtenissen>();
        return services;
    }

    public static WebApplication MapOpvangLive(this WebApplication app)
    {
        app.MapHub<OpvangHub>(OpvangHub.Pad);
        return app;
    }
}
