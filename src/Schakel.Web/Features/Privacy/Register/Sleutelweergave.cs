using Schakel.Web.Security;
using Schakel.Web.Security.Rotatie;

namespace Schakel.Web.Features.Privacy.Register;

/// <summary>
/// The key section of the register page: the use of each key version counted now (every node sees the same), and what this node's
/// background job is doing.
/// </summary>
public sealed record Sleutelweergave(Sleutelstand Stand, IReadOnlyList<string> Versies, bool Bezig, long Verplaatst, long Onleesbaar)
{
    public static async Task<Sleutelweergave> MaakAsync(Herversleuteling herversleuteling, Sleutelbos sleutels, Sleutelvoortgang voortgang, CancellationToken ct)
    {
        var stand = await herversleuteling.TelAsync(ct);
        var versies = sleutels.Versleuteling.Keys.OrderBy(Sleutelversies.Nummer).ToList();
        return new Sleutelweergave(stand, versies, voortgang.Bezig, voortgang.Verplaatst, voortgang.Onleesbaar);
    }
}
