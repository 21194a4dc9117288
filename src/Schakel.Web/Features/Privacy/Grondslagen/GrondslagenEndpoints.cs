using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Api;

namespace Schakel.Web.Features.Privacy.Grondslagen;

/// <summary>One recorded basis: its receiver scope (exactly one of organisation, type, category), purpose, text and last change.</summary>
public sealed record GrondslagWeergave(
    Guid Id, Verwerkingsdoel Doel, Guid? OrganisatieId, OrganisatieType? Type, Partijcategorie? Categorie, string Grondslag,
    DateTimeOffset VastgelegdOp, DateTimeOffset? BeeindigdOp, DateTimeOffset GewijzigdOp, Guid? GewijzigdDoorOrganisatieId, string? GewijzigdDoorRol);

/// <summary>Which basis applies to one organisation for one purpose, and where from (eigen, type, categorie, geen).</summary>
public sealed record GeldendeGrondslagWeergave(
    Guid OrganisatieId, string Organisatie, OrganisatieType Type, Partijcategorie Categorie, Verwerkingsdoel Doel, string Herkomst, Guid? GrondslagId, string? Grondslag);

public sealed record GrondslagenWeergave(IReadOnlyList<GeldendeGrondslagWeergave> Geldend, IReadOnlyList<GrondslagWeergave> Vastgelegd);

/// <summary><c>GET /api/v1/verwerkingsgrondslagen</c>: the beheerder page's content for a beheerder token (README.md).</summary>
internal static class GrondslagenEndpoints
{
    public static void MapVerwerkingsgrondslagen(this WebApplication app)
    {
        app.MapApiV1("/verwerkingsgrondslagen").MapGet("", async (VerwerkingsgrondslagBeheer beheer, CancellationToken ct) =>
            {
                var geldend = await beheer.GeldendAsync(ct);
                var rijen = await beheer.RijenAsync(ct);
                return TypedResults.Ok(new GrondslagenWeergave(
                    geldend.Select(g => new GeldendeGrondslagWeergave(g.OrganisatieId, g.Organisatie, g.Type, g.Categorie, g.Doel,
                        g.Herkomst.ToLowerInvariant(), g.Rij?.Id, g.Rij?.Grondslag)).ToList(),
                    rijen.Select(r => new GrondslagWeergave(r.Id, r.Doel, r.OrganisatieId, r.Type, r.Categorie, r.Grondslag, r.VastgelegdOp,
                        r.BeeindigdOp, r.GewijzigdOp, r.GewijzigdDoorOrganisatieId, r.GewijzigdDoorRol)).ToList()));
            })
            .VereistApiRol(Toezicht.PrivacyToezicht.Lezers)
            .Produces<GrondslagenWeergave>()
            .WithName("VerwerkingsgrondslagenOphalen")
            .WithTags("Privacy")
            .WithSummary("De vastgelegde verwerkingsgrondslagen en per organisatie en doel de grondslag die geldt, met wie die het laatst wijzigde");
    }
}
