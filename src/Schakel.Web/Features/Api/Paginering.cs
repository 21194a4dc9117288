using System.Globalization;
using Microsoft.OpenApi;

namespace Schakel.Web.Features.Api;

/// <summary>
/// The paging headers every paged list sends beside the <c>_links</c> in its body (NL API Design Rules), and their
/// description in the OpenAPI document, in one place so paged endpoints cannot drift apart.
/// </summary>
public static class Paginering
{
    /// <summary>One link of a list's <c>_links</c>.</summary>
    public sealed record Link(string Href);

    /// <summary>HAL-style paging links; <c>prev</c> and <c>next</c> are left out on the first and last page.</summary>
    public sealed record Links(Link Self, Link First, Link Last, Link? Prev, Link? Next);

    /// <summary>
    /// The links of page <paramref name="pagina"/> of <paramref name="paginas"/>; <paramref name="adres"/> gives a page's
    /// address with the list's filters. A page past the end points back to the last page, not to another empty one.
    /// </summary>
    public static Links LinksVoor(int pagina, int paginas, Func<int, string> adres)
    {
        Link L(int n) => new(adres(n));
        return new(L(pagina), L(1), L(paginas), pagina > 1 ? L(Math.Min(pagina - 1, paginas)) : null, pagina < paginas ? L(pagina + 1) : null);
    }

    /// <summary>How many rows come before a page; a page far past the end gives a count beyond every list, never a negative one.</summary>
    public static int Overslaan(int pagina, int grootte) => (int)Math.Min((long)(pagina - 1) * grootte, int.MaxValue);

    public static void ZetKoppen(HttpResponse antwoord, int totaal, int pagina, int grootte)
    {
        antwoord.Headers["X-Total-Count"] = totaal.ToString(CultureInfo.InvariantCulture);
        antwoord.Headers["X-Pagination-Page"] = pagina.ToString(CultureInfo.InvariantCulture);
        antwoord.Headers["X-Pagination-Limit"] = grootte.ToString(CultureInfo.InvariantCulture);
    }

    /// <param name="totaal">What X-Total-Count counts, as a sentence.</param>
    /// <param name="perPagina">What X-Pagination-Limit limits, as a sentence.</param>
    public static RouteHandlerBuilder MetPagineringKoppen(this RouteHandlerBuilder builder, string totaal, string perPagina) =>
        builder.AddOpenApiOperationTransformer((operatie, _, _) =>
        {
            if (operatie.Responses?.GetValueOrDefault("200") is OpenApiResponse ok)
            {
                ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
                foreach (var (kop, uitleg) in new[]
                {
                    ("X-Total-Count", totaal),
                    ("X-Pagination-Page", "Het nummer van deze pagina (vanaf 1)."),
                    ("X-Pagination-Limit", perPagina),
                })
                {
                    ok.Headers[kop] = new OpenApiHeader
                    {
                        Description = uitleg,
                        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                    };
                }
            }
            return Task.CompletedTask;
        });
}
