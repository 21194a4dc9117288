using System.Text.Json.Serialization;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Api;

namespace Schakel.Web.Features.Doorverwijzing.Partner;

/// <summary>The JSON shapes of the receiving side's API, named so the OpenAPI document can describe them.</summary>
public static class PartnerAntwoorden
{
    public sealed record Afzender(string Naam);

    public sealed record InboxRij(
        Guid Id, DoorverwijzingStatus Status, Urgentie Urgentie, Rol Rol, Deelniveau Deelniveau, Afzender Afzender,
        DateTimeOffset OntvangenOp, DateTimeOffset EersteActieUiterlijk, DateTimeOffset? EersteActieOp, bool TeLaat);

    public sealed record Inbox(
        [property: JsonPropertyName("_links")] Paginering.Links Links, int Pagina, int PaginaGrootte, int Totaal, IReadOnlyList<InboxRij> Resultaten);

    /// <summary>The status a referral has after an action.</summary>
    public sealed record ActieStatus(DoorverwijzingStatus? Status);
}
