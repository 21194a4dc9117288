using System.Security.Cryptography;
using System.Text;
using Schakel.Web.Features.Belasting;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Meldpunt.Intake;

/// <summary>
/// Receipt codes are stored only as PBKDF2-SHA256 of an HMAC of the code under the secret key
/// (Sleutelbos.Ontvangstcode), with one system-wide salt also derived from that key. One salt for all rows
/// makes a lookup a single index seek; the secret key means a stolen database alone gives nothing to
/// guess against; the iterations slow down whoever has the key too (see docs/benchmarks.md).
/// </summary>
public sealed class OntvangstcodeHasher
{
    /// <summary>About 30 ms a hash on the reference machine, so one core still takes 10+ reports/s (docs/benchmarks.md).</summary>
    public const int StandaardIteraties = 100_000;

    private readonly byte[] _sleutel;
    private readonly byte[] _zout;
    private readonly int _iteraties;
    private readonly Rekenpoort? _poort;

    public OntvangstcodeHasher(Sleutelbos sleutels, IConfiguration configuration, Rekenpoort? poort = null)
    {
        _poort = poort;
        _sleutel = sleutels.Ontvangstcode;
        _zout = HMACSHA256.HashData(_sleutel, "schakel/ontvangstcode/zout/v1"u8);
        _iteraties = configuration.GetValue("Meldpunt:Ontvangstcode:Iteraties", StandaardIteraties);
        if (_iteraties < 10_000)
        {
            throw new InvalidOperationException("Meldpunt:Ontvangstcode:Iteraties moet minstens 10000 zijn.");
        }
    }

    public int Iteraties => _iteraties;

    /// <summary>
    /// The hash within the node's bound on CPU work (<see cref="Rekenpoort"/>): under overload it throws
    /// <see cref="OverbelastException"/> (503) instead of sharing the cores with every other waiting request.
    /// </summary>
    public Task<string> HashAsync(string cijfers, CancellationToken ct = default) =>
        _poort is null ? Task.FromResult(Hash(cijfers)) : _poort.VoerUitAsync("ontvangstcode", () => Hash(cijfers), ct);

    /// <param name="cijfers">The canonical code: 16 digits, no spaces.</param>
    public string Hash(string cijfers)
    {
        var peper = HMACSHA256.HashData(_sleutel, Encoding.ASCII.GetBytes(cijfers));
        var hash = Rfc2898DeriveBytes.Pbkdf2(peper, _zout, _iteraties, HashAlgorithmName.SHA256, 32);
        return Convert.ToBase64String(hash);
    }
}
