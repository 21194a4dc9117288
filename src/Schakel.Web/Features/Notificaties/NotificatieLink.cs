using System.Text.RegularExpressions;

namespace Schakel.Web.Features.Notificaties;

/// <summary>
/// A link in a notification may only be a path of lower-case words, digits, hyphens and ids: no query string,
/// no fragment, no host. What could be personal data (a name, a phone number) cannot fit through it.
/// </summary>
public static partial class NotificatieLink
{
    public const int MaximaleLengte = 200;

    public static bool IsGeldig(string? link) =>
        link is { Length: > 0 and <= MaximaleLengte } && Patroon().IsMatch(link);

    [GeneratedRegex("^(/[a-z0-9-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Patroon();
}
