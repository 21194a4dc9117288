using Microsoft.AspNetCore.Authorization;
using Schakel.Web.Security;

namespace Schakel.Web.Shell;

/// <summary>
/// Which shell a page gets. A page that requires authorization, read by a signed-in professional, gets the
/// staff layout (organisation, role menu, sign-out); every other page — the public ones, sign-in, errors —
/// keeps the public layout with its menu and quick exit. Deciding on the endpoint's own authorization means a
/// new staff page gets the staff shell without being listed anywhere.
/// </summary>
public static class Werkplekopmaak
{
    public const string Layout = "/Pages/Shared/_Werkplek.cshtml";
    public const string PubliekeLayout = "/Pages/Shared/_Layout.cshtml";

    public static bool IsWerkplekpagina(HttpContext context)
    {
        var gebruiker = context.User;
        if (gebruiker.Identity?.IsAuthenticated != true || gebruiker.OrganisatieId() is null || gebruiker.IsApiClient())
        {
            return false;
        }
        var metadata = context.GetEndpoint()?.Metadata;
        return metadata?.GetMetadata<IAuthorizeData>() is not null && metadata.GetMetadata<IAllowAnonymous>() is null;
    }

    public static string LayoutVoor(HttpContext context) => IsWerkplekpagina(context) ? Layout : PubliekeLayout;
}
