namespace Schakel.Web.Features.Accounts;

/// <summary>
/// Links on the staff start page. A feature adds its own in its module:
/// <c>services.Configure&lt;WerkplekOptions&gt;(o =&gt; o.Links.Add(new("/pad", "Tekst", [Rollen.X])));</c>
/// An empty role list means every professional. With <c>Teksten</c> (a feature's text marker) <c>Tekst</c> is a
/// key in that feature's texts, so the link follows the reader's language.
/// </summary>
public sealed class WerkplekOptions
{
    public List<WerkplekLink> Links { get; } = [];
}

public sealed record WerkplekLink(string Pad, string Tekst, IReadOnlyList<string> Rollen, Type? Teksten = null);
