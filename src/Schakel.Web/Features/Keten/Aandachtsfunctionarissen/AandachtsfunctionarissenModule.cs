using Schakel.Web.Data;

namespace Schakel.Web.Features.Keten.Aandachtsfunctionarissen;

public static class AandachtsfunctionarissenModule
{
    public static IServiceCollection AddAandachtsfunctionarissen(this IServiceCollection services)
    {
        services.AddScoped<IAandachtsfunctionarissen, Aandachtsfunctionarissen>();
        services.AddScoped<IZaaier, DemoAandachtsfunctionarissen>();
        return services;
    }
}
