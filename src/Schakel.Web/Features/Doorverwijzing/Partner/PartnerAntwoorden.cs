using System.Text.Json.Serialization;
using Schakel.Core.Doorverwijzing;

namespace Schakel.Web.Features.Doorverwijzing.Partner;

/// <summary>The JSON shapes of the receiving side's API, named so the OpenAPI document can describe them.</summary>
public static class PartnerAntwoorden
{
    public sealed record Link(string Href);

    /// <summary>HAL-style paging links; <c>prev</c> and <c>next</c> are left out on the first and last page.</summary>
    public sealed record Links(Link Self, Link First, Link Last, Link? Prev, Link? Next);

    public sealed record Afzender(string Naam);

    public sealed record InboxRij(
        Guid Id, DoorverwijzingStatus Status, Urgentie Urgentie, Rol Rol, Deelniveau Deelniveau, Afzender Afzender,
        DateTimeOffset OntvangenOp, DateTimeOffset EersteActieUiterlijk, DateTimeOffset? EersteActieOp, bool TeLaat);

    public sealed record Inbox(
        [property: JsonPropertyName("_links")] Links Links, int Pagina, int PaginaGrootte, int Totaal, IReadOnlyList<InboxRij> Resultaten);

    /// <summary>The status a referral has after an action.</summary>
    public sealed record ActieStatus(DoorverwijzingStatus? Status);
}
