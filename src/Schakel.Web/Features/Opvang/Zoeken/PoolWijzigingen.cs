using Schakel.Web.Data;
using Schakel.Web.Features.Schaal.Wijzigingen;

namespace Schakel.Web.Features.Opvang.Zoeken;

/// <summary>
/// Keeps each node's <see cref="PoolLeesmodel"/> in step with changes made on other nodes (through
/// <see cref="Wijzigingsluisteraar"/>): a change to a pool sends its id on <see cref="Kanaal"/>; "alles" asks for a
/// full reload (the placement rules changed).
/// </summary>
public sealed class PoolWijzigingen(PoolLeesmodel leesmodel) : IWijzigingsvolger
{
    public const string Kanaal = "schakel_opvang_pools";
    public const string Alles = "alles";

    string IWijzigingsvolger.Kanaal => Kanaal;

    /// <summary>Sends the change to every node once the current transaction commits (at once when there is none).</summary>
    public static Task MeldAsync(SchakelDbContext db, string bericht, CancellationToken ct) =>
        Wijzigingsluisteraar.MeldAsync(db, Kanaal, bericht, ct);

    public void Gewijzigd(string bericht)
    {
        if (bericht == Alles)
        {
            leesmodel.AllesOpnieuw();
        }
        else if (Guid.TryParse(bericht, out var pool))
        {
            leesmodel.Gewijzigd(pool);
        }
    }

    public void AllesOpnieuw() => leesmodel.AllesOpnieuw();
}
