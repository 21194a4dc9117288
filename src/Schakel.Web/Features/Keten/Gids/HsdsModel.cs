using System.Text.Json;
using System.Text.Json.Serialization;
using Schakel.Web.Features.Api;

namespace Schakel.Web.Features.Keten.Gids;

/// <summary>
/// Open Referral HSDS 3 objects with the property names as the standard spells them (snake_case), plus the
/// Schakel profile's fields (prefix <c>schakel_</c>, published in docs/hsds-profiel.md and wwwroot/hsds/schakel-profiel.json).
/// Nulls are left out: HSDS types its fields as plain strings.
/// </summary>
public static class Hsds
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public const string Provincie = "Zuid-Holland";
    public const string Land = "NL";
}

/// <summary>
/// HSDS API page: <c>size</c> is the number of entities per page (HSDS's "number of entities in a page"). A page beyond
/// the last is empty with the real totals, as the other paged lists of the API answer it (docs/api.md).
/// </summary>
public sealed record HsdsPagina<T>(
    int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents)
{
    public const int MaxPerPage = 100;

    public static HsdsPagina<T> Van(IReadOnlyList<T> items, int page = 1, int perPage = MaxPerPage)
    {
        var pages = Math.Max(1, (items.Count + perPage - 1) / perPage);
        var inhoud = items.Skip(Paginering.Overslaan(page, perPage)).Take(perPage).ToList();
        return new(items.Count, pages, page, perPage, page == 1, page >= pages, inhoud.Count == 0, inhoud);
    }
}

/// <summary>The HSDS API root (<c>GET /</c>): which HSDS version, which profile, and where the API's OpenAPI document is.</summary>
public sealed record HsdsApiRoot(string Version, string Profile, string OpenapiUrl);

public sealed record HsdsOrganization(
    Guid Id,
    string Name,
    string Description,
    string? Email,
    string? Website,
    IReadOnlyList<HsdsPhone>? Phones,
    IReadOnlyList<HsdsService>? Services,
    [property: JsonPropertyName("schakel_organisation_type")] string? SchakelOrganisationType);

public sealed record HsdsService(
    Guid Id,
    Guid OrganizationId,
    string Name,
    string? Description,
    string? Url,
    string? Email,
    string Status,
    string? EligibilityDescription,
    string? FeesDescription,
    IReadOnlyList<HsdsLanguage>? Languages,
    IReadOnlyList<HsdsServiceArea>? ServiceAreas,
    IReadOnlyList<HsdsPhone>? Phones,
    IReadOnlyList<HsdsSchedule>? Schedules,
    IReadOnlyList<HsdsContact>? Contacts,
    IReadOnlyList<HsdsServiceAtLocation>? ServiceAtLocations,
    [property: JsonPropertyName("schakel_type")] string SchakelType,
    [property: JsonPropertyName("schakel_side")] string SchakelSide,
    [property: JsonPropertyName("schakel_forms_of_exploitation")] IReadOnlyList<string>? SchakelFormsOfExploitation,
    [property: JsonPropertyName("schakel_24_7")] bool Schakel247);

public sealed record HsdsServiceAtLocation(Guid Id, Guid ServiceId, Guid LocationId, HsdsLocation? Location);

public sealed record HsdsLocation(
    Guid Id,
    string LocationType,
    Guid? OrganizationId,
    string? Name,
    IReadOnlyList<HsdsAddress>? Addresses,
    IReadOnlyList<HsdsPhone>? Phones,
    IReadOnlyList<HsdsSchedule>? Schedules,
    [property: JsonPropertyName("schakel_confidential")] bool SchakelConfidential,
    [property: JsonPropertyName("schakel_front_door_email")] string? SchakelFrontDoorEmail,
    [property: JsonPropertyName("schakel_cbs_code")] string? SchakelCbsCode);

public sealed record HsdsAddress(Guid Id, Guid LocationId, [property: JsonPropertyName("address_1")] string Address1, string City, string StateProvince, string PostalCode, string Country, string AddressType);

public sealed record HsdsPhone(Guid Id, Guid? OrganizationId, Guid? ServiceId, Guid? LocationId, Guid? ContactId, string Number, string? Description);

public sealed record HsdsSchedule(Guid Id, Guid? ServiceId, Guid? LocationId, string Freq, string Byday, string? OpensAt, string? ClosesAt, string? Description);

public sealed record HsdsContact(Guid Id, Guid? ServiceId, string? Name, string? Title, string? Email, IReadOnlyList<HsdsPhone>? Phones);

public sealed record HsdsLanguage(Guid Id, Guid ServiceId, string Code);

public sealed record HsdsServiceArea(
    Guid Id, Guid ServiceId, string Name, string? ExtentType,
    [property: JsonPropertyName("schakel_cbs_code")] string SchakelCbsCode);
