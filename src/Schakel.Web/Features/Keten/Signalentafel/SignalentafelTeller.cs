using System.Security.Claims;
using Schakel.Web.Features.Accounts;

namespace Schakel.Web.Features.Keten.Signalentafel;

/// <summary>The werkplek count: open agenda items of the tables the organisation hosts or sits at.</summary>
public sealed class SignalentafelTeller(SignalentafelOpslag opslag) : IWerkplekTeller
{
    public const string Pad = "/keten/signalentafels";

    string IWerkplekTeller.Pad => Pad;

    public Task<int> TelAsync(ClaimsPrincipal medewerker, CancellationToken ct) => opslag.OpenAsync(medewerker, ct);
}
