using Microsoft.OpenApi;

namespace Schakel.Web.Features.Api;

/// <summary>The public OpenAPI 3 description of /api/v1, with contact data and the bearer scheme.</summary>
public static class OpenApiDocument
{
    public const string Schema = "bearer";

    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services) =>
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info = new OpenApiInfo
                {
                    Title = "Schakel API",
                    Version = ApiVersie.Volledig,
                    Description = "API van Schakel, het platform voor de ketenaanpak mensenhandel. "
                        + "Toegang met een OAuth2 client-credentials-token (POST /api/v1/oauth/token).",
                    Contact = new OpenApiContact
                    {
                        Name = "Schakel beheer",
                        Email = "api@schakel.voorbeeld.nl",
                        Url = new Uri("https://schakel.voorbeeld.nl/api"),
                    },
                };
                doc.Components ??= new OpenApiComponents();
                doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                doc.Components.SecuritySchemes[Schema] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "Toegangstoken van POST /api/v1/oauth/token (grant_type=client_credentials).",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operatie, context, _) =>
            {
                if (OpenApiConventies.IsBeveiligd(context.Description.ActionDescriptor.EndpointMetadata))
                {
                    operatie.Security ??= [];
                    operatie.Security.Add(new OpenApiSecurityRequirement
                    {
                        [new OpenApiSecuritySchemeReference(Schema, context.Document)] = [],
                    });
                }
                return Task.CompletedTask;
            });
            o.AddOpenApiConventies();
            Keten.Gids.HsdsOpenApi.AddHsdsNamen(o);
            Monitor.Imports.ImportOpenApi.AddImportFormaten(o);
        });
}
