using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Keten.Aandachtsfunctionarissen;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Grondslagen;
using Schakel.Web.Features.Schaal.Wijzigingen;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>
/// Notices every save that touches what a route proposal reads, whoever saves it (rule editor, directory, HSDS import,
/// register, legal bases, seeders), and tells <see cref="Routegegevens"/> once the change is committed (see
/// <see cref="Commitvolger"/>). Other nodes hear it through <c>pg_notify</c> in the same transaction.
/// </summary>
public sealed class RoutebasisVolger(Routegegevens gegevens) : Commitvolger(Gevolgd, Routegegevens.KanaalNaam)
{
    private static readonly HashSet<Type> Gevolgd =
    [
        typeof(MeldrouteRegelVersie), typeof(Organisatie), typeof(OrganisatieWerkgebied), typeof(Aandachtsfunctionaris),
        typeof(GrondslagRij), typeof(VerwerkingsgrondslagRij),
    ];

    protected override void Gecommit() => gegevens.Vergeet();
}
