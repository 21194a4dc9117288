using Schakel.Core.Organisaties;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Privacy.Grondslagen;

public static class GrondslagenModule
{
    /// <summary>Recorded legal bases per receiver and purpose: without one, no personal data (README.md).</summary>
    public static IServiceCollection AddPrivacyGrondslagen(this IServiceCollection services)
    {
        services.AddScoped<IZaaier, VerwerkingsgrondslagZaaier>();
        services.AddScoped<VerwerkingsgrondslagBeheer>();
        services.Configure<Accounts.WerkplekOptions>(o => o.Links.Add(new("/beheer/grondslagen", "MenuGrondslagen", Toezicht.PrivacyToezicht.Lezers, typeof(GrondslagenTeksten), 85)));
        return services;
    }
}
