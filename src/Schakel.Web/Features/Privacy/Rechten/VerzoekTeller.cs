using System.Security.Claims;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Privacy.Rechten;

/// <summary>The werkplek count beside "Verzoeken betrokkenen": open requests the organisation must answer (a beheerder: all).</summary>
public sealed class VerzoekTeller(Verzoeken verzoeken) : IWerkplekTeller
{
    public const string LijstPad = "/privacy/verzoeken";

    public string Pad => LijstPad;

    public Task<int> TelAsync(ClaimsPrincipal medewerker, CancellationToken ct) => verzoeken.OpenAsync(medewerker, ct);
}
