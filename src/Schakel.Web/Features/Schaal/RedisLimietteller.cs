using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Schakel.Web.Security;
using StackExchange.Redis;

namespace Schakel.Web.Features.Schaal;

/// <summary>
/// The public and token rate limits counted across nodes: a fixed window per source as INCR + EXPIRE on one Redis key.
/// The key is an HMAC of the limit, the window's number and the source under a key derived from Schakel's key ring (never
/// stored), so every node finds the same key for the same source while Redis holds no address, and the keys of two windows
/// cannot be linked to one source. When Redis is away the node counts alone (<c>null</c>).
/// </summary>
internal sealed class RedisLimietteller(RedisVerbinding redis, Sleutelbos sleutels, TimeProvider tijd) : IGedeeldeLimietteller
{
    private readonly byte[] _zaad = HMACSHA256.HashData(sleutels.Pseudoniem, "schakel.verzoeklimieten"u8);

    public async ValueTask<long?> TelAsync(Limiet limiet, byte[] bron, TimeSpan venster, bool ophogen)
    {
        var seconden = Math.Max(1, (long)venster.TotalSeconds);
        var nummer = tijd.GetUtcNow().ToUnixTimeSeconds() / seconden;
        byte[] invoer = [.. Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{limiet}:{nummer}:")), .. bron];
        var sleutel = redis.Sleutel("limiet:" + Convert.ToBase64String(HMACSHA256.HashData(_zaad, invoer)));
        try
        {
            var db = await redis.DatabaseAsync();
            if (!redis.Verbonden)
            {
                return null;
            }
            if (!ophogen)
            {
                var waarde = await db.StringGetAsync(sleutel);
                return waarde.IsNull ? 0 : (long)waarde;
            }
            var batch = db.CreateBatch();
            var stand = batch.StringIncrementAsync(sleutel);
            // Kept a little past its window, then Redis forgets it.
            var verval = batch.KeyExpireAsync(sleutel, TimeSpan.FromSeconds(seconden + 60));
            batch.Execute();
            await Task.WhenAll(stand, verval);
            return await stand;
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            return null;
        }
    }
}
