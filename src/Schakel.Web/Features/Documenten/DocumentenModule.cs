namespace Schakel.Web.Features.Documenten;

/// <summary>PDF printing, HTML rendering of report partials, and CSV/XLSX tables for every feature that publishes reports.</summary>
public static class DocumentenModule
{
    public static IServiceCollection AddDocumenten(this IServiceCollection services)
    {
        services.AddOptions<PdfOpties>().BindConfiguration(PdfOpties.Sectie)
            .Validate(o => o.MaxGelijktijdig is > 0 and <= 16, "Pdf:MaxGelijktijdig ligt tussen 1 en 16.")
            .Validate(o => o.TijdslimietSeconden is > 0 and <= 600, "Pdf:TijdslimietSeconden ligt tussen 1 en 600.");
        services.AddSingleton<PdfAfdrukker>();
        services.AddScoped<HtmlWeergave>();
        return services;
    }
}
