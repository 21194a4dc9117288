using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Keten.Gids.Beheer;

/// <summary>
/// What every directory staff page shares: the organisation in the route, the right to edit it (the chain
/// director and beheerder: every organisation; anyone else: their own, else 403) and the field errors.
/// </summary>
[Authorize(Policy = GidsModule.GidsBewerken)]
public abstract class GidsBeheerPagina(GidsBeheer beheer) : PageModel
{
    protected GidsBeheer Beheer => beheer;

    [FromRoute] public Guid OrganisatieId { get; set; }

    public Organisatie Organisatie { get; private set; } = null!;
    public Dictionary<string, string> Fouten { get; protected set; } = [];

    public string? Fout(string veld) => Fouten.GetValueOrDefault(veld);

    /// <summary>Null when the user may edit the organisation (it is then loaded); else the answer to give.</summary>
    protected async Task<IActionResult?> ToegangAsync(CancellationToken ct)
    {
        if (!GidsBeheer.MagBewerken(User, OrganisatieId))
        {
            return Forbid();
        }
        if (await beheer.OrganisatieAsync(OrganisatieId, ct) is not { } o)
        {
            return NotFound();
        }
        Organisatie = o;
        return null;
    }

    protected void Opgeslagen(string sleutel) => TempData["GidsMelding"] = sleutel;
}
