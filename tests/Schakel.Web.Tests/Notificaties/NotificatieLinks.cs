using System.Net;
using System.Text.RegularExpressions;

namespace Schakel.Web.Tests.Notificaties;

/// <summary>A notification is linked through /notificaties/open/{id}, which marks it read and leads to its page.</summary>
internal static partial class NotificatieLinks
{
    [GeneratedRegex("href=\"(/notificaties/open/[0-9a-f-]{36})\"")]
    private static partial Regex OpenLink();

    /// <summary>Where each notification link on the page leads (following it marks it read).</summary>
    public static async Task<List<string>> DoelenAsync(HttpClient client, string html)
    {
        var doelen = new List<string>();
        foreach (var pad in OpenLink().Matches(html).Select(m => m.Groups[1].Value).Distinct())
        {
            var antwoord = await client.GetAsync(new Uri(pad, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
            doelen.Add(antwoord.Headers.Location!.OriginalString);
        }
        return doelen;
    }

    public static IEnumerable<string> Paden(string html) => OpenLink().Matches(html).Select(m => m.Groups[1].Value).Distinct();
}
