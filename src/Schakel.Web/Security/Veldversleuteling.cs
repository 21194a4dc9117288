using System.Security.Cryptography;
using System.Text;

namespace Schakel.Web.Security;

/// <summary>
/// Encrypts one field with AES-256-GCM. Stored form: "v{key version}:{base64(nonce | ciphertext | tag)}",
/// so keys can be rotated and old rows still read. The optional context (e.g. "Melding.Omschrijving")
/// is bound as associated data, so a ciphertext copied into another column does not decrypt.
/// </summary>
public sealed class Veldversleuteling(Sleutelbos sleutels)
{
    private const int NonceLengte = 12;
    private const int TagLengte = 16;

    public string Versleutel(string klaretekst, string context = "")
    {
        var invoer = Encoding.UTF8.GetBytes(klaretekst);
        var uitvoer = new byte[NonceLengte + invoer.Length + TagLengte];
        var nonce = uitvoer.AsSpan(0, NonceLengte);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(sleutels.Versleuteling[sleutels.ActieveVersie], TagLengte);
        aes.Encrypt(nonce, invoer, uitvoer.AsSpan(NonceLengte, invoer.Length), uitvoer.AsSpan(NonceLengte + invoer.Length), Encoding.UTF8.GetBytes(context));
        return $"v{sleutels.ActieveVersie}:{Convert.ToBase64String(uitvoer)}";
    }

    public string? VersleutelOfNull(string? klaretekst, string context = "") =>
        string.IsNullOrEmpty(klaretekst) ? null : Versleutel(klaretekst, context);

    public string Ontsleutel(string opgeslagen, string context = "")
    {
        var scheiding = opgeslagen.IndexOf(':', StringComparison.Ordinal);
        if (scheiding < 2 || opgeslagen[0] != 'v')
        {
            throw new CryptographicException("Onbekend formaat van versleuteld veld.");
        }
        var versie = opgeslagen[1..scheiding];
        var data = Convert.FromBase64String(opgeslagen[(scheiding + 1)..]);
        var lengte = data.Length - NonceLengte - TagLengte;
        var klaar = new byte[lengte];
        using var aes = new AesGcm(sleutels.Versleuteling[versie], TagLengte);
        aes.Decrypt(data.AsSpan(0, NonceLengte), data.AsSpan(NonceLengte, lengte), data.AsSpan(NonceLengte + lengte), klaar, Encoding.UTF8.GetBytes(context));
        return Encoding.UTF8.GetString(klaar);
    }

    public string? OntsleutelOfNull(string? opgeslagen, string context = "") =>
        string.IsNullOrEmpty(opgeslagen) ? null : Ontsleutel(opgeslagen, context);

    public byte[] VersleutelBytes(ReadOnlySpan<byte> invoer, string context = "")
    {
        var uitvoer = new byte[1 + NonceLengte + invoer.Length + TagLengte];
        uitvoer[0] = byte.Parse(sleutels.ActieveVersie, System.Globalization.CultureInfo.InvariantCulture);
        var nonce = uitvoer.AsSpan(1, NonceLengte);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(sleutels.Versleuteling[sleutels.ActieveVersie], TagLengte);
        aes.Encrypt(nonce, invoer, uitvoer.AsSpan(1 + NonceLengte, invoer.Length), uitvoer.AsSpan(1 + NonceLengte + invoer.Length), Encoding.UTF8.GetBytes(context));
        return uitvoer;
    }

    public byte[] OntsleutelBytes(ReadOnlySpan<byte> data, string context = "")
    {
        var versie = data[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lengte = data.Length - 1 - NonceLengte - TagLengte;
        var klaar = new byte[lengte];
        using var aes = new AesGcm(sleutels.Versleuteling[versie], TagLengte);
        aes.Decrypt(data.Slice(1, NonceLengte), data.Slice(1 + NonceLengte, lengte), data.Slice(1 + NonceLengte + lengte), klaar, Encoding.UTF8.GetBytes(context));
        return klaar;
    }
}
