using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Schakel.Web.Features.Keten.Gids.Beheer;

/// <summary>An organisation's directory entry: its services and locations, each with a link to edit it.</summary>
[Authorize(Policy = GidsModule.GidsBewerken)]
public sealed class OrganisatieModel(GidsBeheer beheer) : GidsBeheerPagina(beheer)
{
    public IReadOnlyList<Dienst> Diensten { get; private set; } = [];
    public IReadOnlyList<Locatie> Locaties { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ToegangAsync(ct) is { } weg)
        {
            return weg;
        }
        Diensten = await Beheer.DienstenAsync(OrganisatieId, ct);
        Locaties = await Beheer.LocatiesAsync(OrganisatieId, ct);
        return Page();
    }
}
