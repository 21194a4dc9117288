using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Schakel.Web.Features.ApiClients;

/// <summary>
/// Client secrets are 256 random bits, so a plain SHA-256 is enough to store them (no password stretching
/// needed: there is nothing to guess). Comparison is in constant time.
/// </summary>
public static partial class ClientGeheim
{
    public const int MaxLengteClientId = 64;

    public static string Nieuw() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string geheim) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(geheim)));

    public static bool Klopt(string geheim, string opgeslagenHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(geheim)), Encoding.ASCII.GetBytes(opgeslagenHash));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ClientIdVorm();

    /// <summary>Lower-case kebab-case: it appears in audit entries and URLs, so no free text.</summary>
    public static bool IsGeldigeClientId(string? id) =>
        id is { Length: >= 3 and <= MaxLengteClientId } && ClientIdVorm().IsMatch(id);

    private static string Base64Url(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
