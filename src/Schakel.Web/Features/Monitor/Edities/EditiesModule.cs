using Microsoft.Extensions.Options;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Monitor.Edities;

/// <summary>The editing pages of the monitor: services, the working group's menu link and its waiting count.</summary>
public static class EditiesModule
{
    public static IServiceCollection AddMonitorEdities(this IServiceCollection services, IConfiguration configuratie)
    {
        // The working group reads figures before they are published: internal monitor work, which the data protection
        // officer's supervisory role does not do (Rollen.Professionals). A role it cannot use would show a link its page refuses.
        services.AddOptions<WerkgroepOpties>().Bind(configuratie.GetSection("Monitor:Werkgroep"))
            .Validate(o => o.Rollen.All(r => Core.Organisaties.Rollen.Professionals.Contains(r, StringComparer.Ordinal)),
                "Monitor:Werkgroep:Rollen noemt alleen rollen die in de keten werken: " + string.Join(", ", Core.Organisaties.Rollen.Professionals) + ".")
            .ValidateOnStart();
        services.AddScoped<MonitorWerkgroep>();
        services.AddScoped<EditieBewerking>();
        services.AddScoped<IWerkplekTeller, EditiesTeller>();
        // The link goes to the chain director and the working group's roles, as configured.
        services.AddOptions<WerkplekOptions>().Configure<IOptions<WerkgroepOpties>>((o, werkgroep) =>
            o.Links.Add(new(EditiesTeller.LijstPad, "MenuEdities",
                werkgroep.Value.Rollen.Append(Core.Organisaties.Rollen.Ketenregisseur).Distinct(StringComparer.Ordinal).ToList(),
                typeof(EditieTeksten), 61)));
        return services;
    }
}
