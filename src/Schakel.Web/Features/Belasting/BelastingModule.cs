namespace Schakel.Web.Features.Belasting;

public static class BelastingModule
{
    public static IServiceCollection AddBelasting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BelastingOpties>(configuration.GetSection("Belasting"));
        services.AddSingleton<Rekenpoort>();
        services.AddSingleton<Belastingteller>();
        return services;
    }

    /// <summary>Early in the pipeline, so every request is counted; the 503 mapping sits inside the error pages.</summary>
    public static WebApplication UseBelastingteller(this WebApplication app)
    {
        app.Services.GetRequiredService<Belastingteller>().Tel(app);
        return app;
    }

    public static WebApplication MapBelasting(this WebApplication app)
    {
        app.MapGezondheid();
        return app;
    }
}
