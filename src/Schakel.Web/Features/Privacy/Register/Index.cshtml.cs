using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Security;
using Schakel.Web.Security.Rotatie;

namespace Schakel.Web.Features.Privacy.Register;

/// <summary>
/// The register for the beheerder and the data protection officer (who reads it, and hands the CSV or PDF on where needed).
/// </summary>
[Authorize(Policy = Toezicht.PrivacyToezicht.Lezen)]
public sealed class IndexModel(RegisterOpbouw opbouw, Herversleuteling herversleuteling, Sleutelbos sleutels, Sleutelvoortgang voortgang) : PageModel
{
    public Verwerkingsregister Register { get; private set; } = new(DateTimeOffset.MinValue, []);

    /// <summary>Key rotation's progress: encryption at rest is one of the register's security measures.</summary>
    public Sleutelweergave? Sleutels { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Register = await opbouw.MaakAsync(ct);
        Sleutels = await Sleutelweergave.MaakAsync(herversleuteling, sleutels, voortgang, ct);
    }
}
