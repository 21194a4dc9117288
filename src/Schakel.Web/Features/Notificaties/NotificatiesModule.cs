using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Notificaties;

public static class NotificatiesModule
{
    public static IServiceCollection AddNotificaties(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Sectie));
        services.AddScoped<NotificatieService>();
        services.AddScoped<NotificatieMail>();
        services.AddHostedService<NotificatieMailer>();
        services.Configure<WerkplekOptions>(o => o.Links.Add(new("/notificaties", "Titel", [], typeof(NotificatieTeksten), 70)));
        services.AddScoped<IWerkplekTeller, NotificatieTeller>();
        return services;
    }
}
