using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;

namespace Schakel.Web.Features.Taal;

/// <summary>
/// The UI language: Dutch first, then the languages of the people who report (configuration <c>Taal:Talen</c>).
/// The choice made with the language switch (a cookie) wins over the browser's Accept-Language.
/// </summary>
public static class TaalModule
{
    public const string Configuratiesleutel = "Taal:Talen";

    /// <summary>Used when configuration names no languages; the first is the default.</summary>
    public static readonly IReadOnlyList<string> StandaardTalen = ["nl", "en", "pl", "bg", "ro"];

    public static IServiceCollection AddTaal(this IServiceCollection services, IConfiguration configuration)
    {
        var talen = LeesTalen(configuration);

        // No ResourcesPath: a feature's .resx sits next to its marker class, inside the feature folder.
        services.AddLocalization();
        services.TryAddTransient(typeof(ITeksten<>), typeof(Teksten<>));
        services.TryAddTransient<DomeinTekst>();
        services.AddHttpContextAccessor();
        services.TryAddScoped(typeof(EenvoudigeTekst<>));
        services.Configure<RequestLocalizationOptions>(opties => Configureer(opties, talen));
        // Polish, Bulgarian and Romanian text stays readable in the HTML instead of &#x...; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>Sets the request culture and maps the endpoints behind the language switch and the easy-Dutch switch.</summary>
    public static WebApplication UseTaal(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.MapTaalkeuze();
        app.MapEenvoudigeTaal();
        return app;
    }

    internal static IReadOnlyList<string> LeesTalen(IConfiguration configuration)
    {
        // Get<string[]> rather than binding onto a default list: the binder would append, not replace.
        var geconfigureerd = configuration.GetSection(Configuratiesleutel).Get<string[]>();
        var talen = (geconfigureerd is { Length: > 0 } ? geconfigureerd : StandaardTalen)
            .Select(t => t.Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return talen.Length > 0 ? talen : StandaardTalen;
    }

    private static void Configureer(RequestLocalizationOptions opties, IReadOnlyList<string> talen)
    {
        var culturen = talen.Select(CultureInfo.GetCultureInfo).ToList();
        opties.DefaultRequestCulture = new RequestCulture(culturen[0]);
        opties.SupportedCultures = culturen;
        opties.SupportedUICultures = culturen;
        opties.FallBackToParentCultures = true;
        opties.FallBackToParentUICultures = true;
        opties.ApplyCurrentCultureToResponseHeaders = true;
        // No query-string provider: the language is never part of a URL.
        opties.RequestCultureProviders =
        [
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
    }
}
