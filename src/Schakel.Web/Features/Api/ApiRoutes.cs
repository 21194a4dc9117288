namespace Schakel.Web.Features.Api;

public static class ApiRoutes
{
    public const string Basis = "/api/v1";

    /// <summary>
    /// Every /api/v1 resource is mapped through this group, so the API conventions (version header,
    /// problem+json, no-store) and the checks on typed bodies (InvoerFilter) apply to all of them.
    /// </summary>
    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder app, string pad)
    {
        var groep = app.MapGroup(Basis + pad);
        groep.AddEndpointFilterFactory(Invoer.InvoerFilter.Maak);
        return groep;
    }
}
