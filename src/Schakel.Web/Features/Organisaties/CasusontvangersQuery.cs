using Schakel.Core.Organisaties;

namespace Schakel.Web.Features.Organisaties;

public static class CasusontvangersQuery
{
    /// <summary>Active organisations that may receive case data (Core's <see cref="Casusontvangst"/>), as one database query.</summary>
    public static IQueryable<Organisatie> DieCasussenOntvangen(this IQueryable<Organisatie> organisaties) =>
        organisaties.Where(o => o.Actief && !Casusontvangst.Uitgesloten.Contains(o.Type));
}
