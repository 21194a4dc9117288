using System.Security.Cryptography;
using System.Text;

namespace Schakel.Web.Security;

/// <summary>
/// Keyed pseudonyms (HMAC-SHA256) for identifiers used to link signals: the same phone number or plate
/// gives the same pseudonym, so signals can be matched without decrypting either, and without the key
/// nobody can test a guessed number against the database.
/// </summary>
public sealed class Pseudoniemen(Sleutelbos sleutels)
{
    public string Maak(string soort, string waarde)
    {
        var genormaliseerd = Normaliseer(soort, waarde);
        var mac = HMACSHA256.HashData(sleutels.Pseudoniem, Encoding.UTF8.GetBytes($"{soort}\u001f{genormaliseerd}"));
        return Convert.ToBase64String(mac.AsSpan(0, 18)).Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Spelling differences ("06-12 34" vs "0612 34") must not hide a link.</summary>
    private static string Normaliseer(string soort, string waarde)
    {
        var kleine = waarde.Trim().ToUpperInvariant();
        return soort switch
        {
            "telefoon" or "kenteken" or "kvk" => new string(kleine.Where(char.IsLetterOrDigit).ToArray()),
            _ => string.Join(' ', kleine.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
        };
    }
}
