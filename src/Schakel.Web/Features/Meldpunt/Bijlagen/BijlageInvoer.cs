using Schakel.Core.Meldpunt;

namespace Schakel.Web.Features.Meldpunt.Bijlagen;

/// <summary>An uploaded file as received; checked and cleaned by <see cref="BijlageOpschoner"/> before it is stored.</summary>
public sealed record BijlageInvoer(string Bestandsnaam, byte[] Inhoud)
{
    /// <summary>
    /// Reads a form upload, stopping one byte past the limit so an oversized file is refused without
    /// reading all of it.
    /// </summary>
    public static async Task<BijlageInvoer> UitFormulierAsync(IFormFile bestand, CancellationToken ct)
    {
        await using var stroom = bestand.OpenReadStream();
        using var buffer = new MemoryStream();
        var blok = new byte[81920];
        int gelezen;
        while ((gelezen = await stroom.ReadAsync(blok, ct)) > 0)
        {
            buffer.Write(blok, 0, gelezen);
            if (buffer.Length > MeldingLimieten.BijlageBytes)
            {
                break;
            }
        }
        return new BijlageInvoer(Path.GetFileName(bestand.FileName), buffer.ToArray());
    }
}
