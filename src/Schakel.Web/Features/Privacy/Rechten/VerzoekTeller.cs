using System.Security.Claims;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Privacy.Rechten;

/// <summary>
/// The werkplek count beside "Verzoeken betrokkenen": open requests the organisation must answer (a beheerder: all); for the data
/// protection officer, who answers none, the open requests of every organisation whose deadline is near or passed.
/// </summary>
public sealed class VerzoekTeller(Verzoeken verzoeken) : IWerkplekTeller
{
    public const string LijstPad = "/privacy/verzoeken";

    public string Pad => LijstPad;

    public Task<int> TelAsync(ClaimsPrincipal medewerker, CancellationToken ct) => Verzoeken.MagBehandelen(medewerker)
        ? verzoeken.OpenAsync(medewerker, ct)
        : verzoeken.BijnaVerlopenAsync(medewerker, ct);
}
