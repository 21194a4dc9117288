using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Api;

namespace Schakel.Web.Features.Keten.Meldroutekaart;

/// <summary>
/// GET /api/v1/meldroutekaart: the public map (no internal contact data), so no token is needed. The words
/// follow Accept-Language like the pages; the codes and types are stable for systems.
/// </summary>
internal static class MeldroutekaartEndpoints
{
    public sealed record KaartversieAntwoord(int Versie, DateTimeOffset GewijzigdOp, IReadOnlyList<KaartregelAntwoord> Regels);

    public sealed record KaartregelAntwoord(
        int Nummer, string Code, int Versie, DateTimeOffset GewijzigdOp, string Aanleiding, IReadOnlyList<KaartontvangerAntwoord> Ontvangers, KaartuitlegAntwoord Uitleg);

    public sealed record KaartontvangerAntwoord(OrganisatieType Type, string Naam, Rol Rol, bool Spoed);

    public sealed record KaartuitlegAntwoord(string Professional, string Gemeentemedewerker, string Burger);

    public static void MapMeldroutekaart(this WebApplication app)
    {
        app.MapApiV1("/meldroutekaart").WithTags("Meldroutekaart")
            .MapGet("", async (MeldroutekaartOpbouw opbouw, CancellationToken ct) =>
            {
                var kaart = await opbouw.MaakAsync(intern: false, ct);
                return TypedResults.Ok(new KaartversieAntwoord(kaart.Versie, kaart.GewijzigdOp, kaart.Regels.Select(r => new KaartregelAntwoord(
                    r.Nummer, r.Code, r.Versie, r.GewijzigdOp, r.Aanleiding,
                    r.Ontvangers.Select(o => new KaartontvangerAntwoord(o.Type, o.Naam, o.Rol, o.Spoed)).ToList(),
                    new KaartuitlegAntwoord(r.Uitleg.Professional, r.Uitleg.Gemeentemedewerker, r.Uitleg.Burger))).ToList()));
            })
            .AllowAnonymous()
            .WithSummary("De huidige meldroutekaart: versie, datum en per regel de aanleiding in woorden en wie het signaal krijgt.");
    }
}
