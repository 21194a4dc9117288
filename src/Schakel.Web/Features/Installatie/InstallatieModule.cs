namespace Schakel.Web.Features.Installatie;

/// <summary>Per-installation settings (name, theme, statement contacts) and the public statement pages.</summary>
public static class InstallatieModule
{
    public static IServiceCollection AddInstallatie(this IServiceCollection services)
    {
        services.AddOptions<InstallatieOpties>().BindConfiguration(InstallatieOpties.Sectie)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Naam), "Installatie:Naam is leeg.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Thema) && !string.IsNullOrWhiteSpace(o.ThemaKlasse), "Installatie:Thema en Installatie:ThemaKlasse zijn verplicht.")
            .Validate(o => o.Toegankelijkheid.Status is "A" or "B" or "C" or "D" or "E", "Installatie:Toegankelijkheid:Status is A, B, C, D of E.")
            .ValidateOnStart();
        return services;
    }
}
