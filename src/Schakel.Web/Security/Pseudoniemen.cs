using System.Security.Cryptography;
using System.Text;
using Schakel.Core.Doorverwijzing;

namespace Schakel.Web.Security;

/// <summary>
/// Keyed pseudonyms (HMAC-SHA256) for identifiers used to link signals: the same phone number or plate
/// gives the same pseudonym, so signals can be matched without decrypting either, and without the key
/// nobody can test a guessed number against the database.
/// </summary>
public sealed class Pseudoniemen(Sleutelbos sleutels) : IPseudoniemBron
{
    public string Maak(string soort, string waarde)
    {
        // One normalisation for the whole system, so "+31 6..." and "06..." link to the same pseudonym.
        var genormaliseerd = Pseudonimiseerder.Normaliseer(soort, waarde);
        var mac = HMACSHA256.HashData(sleutels.Pseudoniem, Encoding.UTF8.GetBytes($"{soort}\u001f{genormaliseerd}"));
        return Convert.ToBase64String(mac.AsSpan(0, 18)).Replace('+', '-').Replace('/', '_');
    }
}
