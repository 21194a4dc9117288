using System.Security.Claims;

namespace Schakel.Web.Features.Accounts;

/// <summary>
/// The staff menu and the links on the staff start page. A feature adds its own in its module:
/// <c>services.Configure&lt;WerkplekOptions&gt;(o =&gt; o.Links.Add(new("/pad", "Tekst", [Rollen.X])));</c>
/// An empty role list means every professional. With <c>Teksten</c> (a feature's text marker) <c>Tekst</c> is a
/// key in that feature's texts, so the link follows the reader's language. <c>Volgorde</c> places it in the menu.
/// </summary>
public sealed class WerkplekOptions
{
    public List<WerkplekLink> Links { get; } = [];
}

public sealed record WerkplekLink(string Pad, string Tekst, IReadOnlyList<string> Rollen, Type? Teksten = null, int Volgorde = 100);

/// <summary>
/// How much waits behind a werkplek link for this professional or their organisation (new reports, open
/// referrals, holds to answer). Registered per feature as a scoped service; the start page asks only the
/// counters of links the reader may use, so a counter needs no role check of its own beyond the organisation.
/// </summary>
public interface IWerkplekTeller
{
    /// <summary>The <see cref="WerkplekLink.Pad"/> this count belongs to.</summary>
    string Pad { get; }

    Task<int> TelAsync(ClaimsPrincipal medewerker, CancellationToken ct);
}
