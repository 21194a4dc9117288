using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Schakel.Web.Features.Installatie;

namespace Schakel.Web.Features.Documenten;

/// <summary>
/// Renders a Razor partial to a string, and wraps it in a self-contained document for printing. A report is written
/// once as a partial: the page shows it in the site layout, the PDF prints the very same markup, so the two cannot
/// drift apart.
/// </summary>
public sealed class HtmlWeergave(
    ICompositeViewEngine views, ITempDataProvider tempData, IWebHostEnvironment omgeving, IOptions<InstallatieOpties> installatie)
{
    private static readonly string[] Stijlbladen = ["lib/utrecht/component-library.css", "css/schakel.css", "css/afdruk.css"];

    /// <summary>The partial (full path, e.g. <c>/Features/Monitor/_Rapport.cshtml</c>) rendered with its model.</summary>
    public async Task<string> PartialAsync(HttpContext http, string partial, object? model)
    {
        var actie = new ActionContext(http, http.GetRouteData(), new ActionDescriptor());
        var resultaat = views.GetView(executingFilePath: null, viewPath: partial, isMainPage: false);
        if (!resultaat.Success)
        {
            throw new InvalidOperationException($"Partial {partial} niet gevonden.");
        }
        var gegevens = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        await using var schrijver = new StringWriter(CultureInfo.InvariantCulture);
        var context = new ViewContext(actie, resultaat.View, gegevens, new TempDataDictionary(http, tempData), schrijver, new HtmlHelperOptions());
        await resultaat.View.RenderAsync(context);
        return schrijver.ToString();
    }

    /// <summary>
    /// A whole HTML document around <paramref name="inhoud"/>: language, title, the installation's theme and the site's
    /// styles inlined (the printer fetches nothing). The language is the reader's unless given; Dutch when none is set.
    /// </summary>
    public async Task<string> DocumentAsync(string titel, string inhoud, string? taal = null, CancellationToken ct = default)
    {
        taal ??= CultureInfo.CurrentUICulture.Equals(CultureInfo.InvariantCulture) ? "nl" : CultureInfo.CurrentUICulture.Name;
        var opties = installatie.Value;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(taal).Append("\" class=\"utrecht-root ")
            .Append(WebUtility.HtmlEncode(opties.ThemaKlasse)).Append(" schakel-theme schakel-afdruk\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(titel)).Append("</title><style>");
        foreach (var pad in ThemaPad(opties.Thema) is { } thema ? [thema, .. Stijlbladen] : Stijlbladen)
        {
            html.Append(await LeesAsync(pad, ct));
        }
        html.Append("</style></head><body class=\"utrecht-body utrecht-document\"><main>").Append(inhoud).Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>A token file under wwwroot can be inlined; an absolute URL cannot be fetched while printing.</summary>
    private static string? ThemaPad(string thema) =>
        thema.StartsWith("~/", StringComparison.Ordinal) ? thema[2..] : null;

    private async Task<string> LeesAsync(string pad, CancellationToken ct)
    {
        var bestand = omgeving.WebRootFileProvider.GetFileInfo(pad);
        if (!bestand.Exists)
        {
            return "";
        }
        await using var stroom = bestand.CreateReadStream();
        using var lezer = new StreamReader(stroom, Encoding.UTF8);
        // A stylesheet must not be able to close the style element it is inlined in.
        return (await lezer.ReadToEndAsync(ct)).Replace("</style", "<\\/style", StringComparison.OrdinalIgnoreCase);
    }
}
