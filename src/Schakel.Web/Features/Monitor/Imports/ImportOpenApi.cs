using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Schakel.Web.Features.Monitor.Imports;

/// <summary>
/// A row's <c>datum</c> is read as text so that a bad date is reported with its row and column among all other errors,
/// not as an unreadable body; the document still says it is a date (NL API Design Rules).
/// </summary>
internal static class ImportOpenApi
{
    public static OpenApiOptions AddImportFormaten(this OpenApiOptions o)
    {
        o.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(ImportRijInvoer) && schema.Properties?.TryGetValue("datum", out var datum) == true
                && datum is OpenApiSchema s)
            {
                s.Format = "date";
            }
            return Task.CompletedTask;
        });
        return o;
    }
}
