using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Security;

/// <summary>
/// The contract between sign-in (cookies for people, bearer tokens for partner systems) and the features:
/// both carry the organisation id and the roles in the same claims, so a feature checks one thing.
/// </summary>
public static class SchakelClaims
{
    public const string Organisatie = "schakel:organisatie";
    public const string ClientId = "client_id";
    public const string Rol = ClaimTypes.Role;
}

public static class Schemas
{
    /// <summary>Staff pages: the Identity application cookie (after 2FA).</summary>
    public static readonly string Cookie = IdentityConstants.ApplicationScheme;
    /// <summary>Partner systems on /api/v1: OAuth2 client-credentials bearer tokens.</summary>
    public const string Api = "Bearer";
}

public static class IdentiteitExtensies
{
    public static Guid? OrganisatieId(this ClaimsPrincipal gebruiker) =>
        Guid.TryParse(gebruiker.FindFirstValue(SchakelClaims.Organisatie), out var id) ? id : null;

    /// <summary>The signed-in professional's account id, or null (not signed in as a person).</summary>
    public static Guid? MedewerkerId(this ClaimsPrincipal gebruiker) =>
        Guid.TryParse(gebruiker.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static bool IsApiClient(this ClaimsPrincipal gebruiker) => gebruiker.HasClaim(c => c.Type == SchakelClaims.ClientId);

    public static IReadOnlySet<string> Rollen(this ClaimsPrincipal gebruiker) =>
        gebruiker.FindAll(SchakelClaims.Rol).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The actor as the audit trail records it: ids only.</summary>
    public static AuditActor AlsActor(this ClaimsPrincipal gebruiker)
    {
        if (gebruiker.Identity?.IsAuthenticated != true || gebruiker.OrganisatieId() is not { } organisatie)
        {
            return AuditActor.Anoniem;
        }
        if (gebruiker.FindFirstValue(SchakelClaims.ClientId) is { } client)
        {
            return AuditActor.ApiClient(client, organisatie);
        }
        return Guid.TryParse(gebruiker.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? AuditActor.Medewerker(id, organisatie)
            : AuditActor.Anoniem;
    }
}
