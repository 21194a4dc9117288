using System.Buffers.Binary;
using Schakel.Core.Meldpunt;

namespace Schakel.Web.Features.Meldpunt.Bijlagen;

/// <summary>The kind of an accepted attachment, decided by its first bytes, never by name or declared type.</summary>
public enum BijlageType
{
    Jpeg,
    Png,
    Pdf,
}

public sealed record OpgeschoondeBijlage(BijlageType Type, byte[] Inhoud);

/// <summary>
/// Accepts JPEG, PNG and PDF only (by magic bytes) and strips image metadata by walking the container:
/// a photo's EXIF block holds the GPS position and the camera's serial number, which can identify a reporter.
/// JPEG: drops APP1-APP13 and APP15 (EXIF, XMP, IPTC...) and comments; keeps APP0 (JFIF) and APP14 (Adobe
/// colour transform, needed to decode). PNG: drops text, eXIf and tIME chunks. PDF is stored as is (encrypted).
/// </summary>
public static class BijlageOpschoner
{
    private static readonly byte[] PngHandtekening = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly HashSet<string> PngWeg = new(StringComparer.Ordinal) { "tEXt", "zTXt", "iTXt", "eXIf", "tIME" };

    public static BijlageType? Herken(ReadOnlySpan<byte> inhoud)
    {
        if (inhoud.Length >= 3 && inhoud[0] == 0xFF && inhoud[1] == 0xD8 && inhoud[2] == 0xFF)
        {
            return BijlageType.Jpeg;
        }
        if (inhoud.StartsWith(PngHandtekening))
        {
            return BijlageType.Png;
        }
        if (inhoud.StartsWith("%PDF-"u8))
        {
            return BijlageType.Pdf;
        }
        return null;
    }

    /// <returns>The cleaned attachment, or a Dutch error.</returns>
    public static (OpgeschoondeBijlage? Bijlage, string? Fout) Verwerk(byte[] inhoud)
    {
        if (inhoud.Length == 0)
        {
            return (null, "Het bestand is leeg.");
        }
        if (inhoud.Length > MeldingLimieten.BijlageBytes)
        {
            return (null, $"Een bijlage mag hoogstens {MeldingLimieten.BijlageBytes / 1024 / 1024} MB zijn.");
        }
        var type = Herken(inhoud);
        try
        {
            return type switch
            {
                BijlageType.Jpeg => (new(BijlageType.Jpeg, StripJpeg(inhoud)), null),
                BijlageType.Png => (new(BijlageType.Png, StripPng(inhoud)), null),
                BijlageType.Pdf => (new(BijlageType.Pdf, inhoud), null),
                _ => (null, "Alleen foto's (JPEG, PNG) en PDF-bestanden zijn toegestaan."),
            };
        }
        catch (FormatException)
        {
            return (null, "Het bestand is beschadigd en kan niet worden gelezen.");
        }
    }

    public static byte[] StripJpeg(byte[] inhoud)
    {
        using var uit = new MemoryStream(inhoud.Length);
        uit.Write(inhoud, 0, 2);
        var i = 2;
        while (true)
        {
            if (i + 4 > inhoud.Length || inhoud[i] != 0xFF)
            {
                throw new FormatException("JPEG-segment verwacht.");
            }
            var marker = inhoud[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }
            if (marker == 0xD9)
            {
                uit.Write(inhoud, i, 2);
                return uit.ToArray();
            }
            var lengte = BinaryPrimitives.ReadUInt16BigEndian(inhoud.AsSpan(i + 2));
            if (lengte < 2 || i + 2 + lengte > inhoud.Length)
            {
                throw new FormatException("JPEG-segment loopt buiten het bestand.");
            }
            var weg = marker is >= 0xE1 and <= 0xED or 0xEF or 0xFE;
            if (!weg)
            {
                uit.Write(inhoud, i, 2 + lengte);
            }
            i += 2 + lengte;
            if (marker == 0xDA)
            {
                // Start of scan: the compressed image follows to the end; metadata segments come before it.
                uit.Write(inhoud, i, inhoud.Length - i);
                return uit.ToArray();
            }
        }
    }

    public static byte[] StripPng(byte[] inhoud)
    {
        using var uit = new MemoryStream(inhoud.Length);
        uit.Write(PngHandtekening);
        var i = PngHandtekening.Length;
        while (i < inhoud.Length)
        {
            if (i + 12 > inhoud.Length)
            {
                throw new FormatException("PNG-chunk afgebroken.");
            }
            var lengte = BinaryPrimitives.ReadUInt32BigEndian(inhoud.AsSpan(i));
            if (lengte > int.MaxValue || i + 12 + (long)lengte > inhoud.Length)
            {
                throw new FormatException("PNG-chunk loopt buiten het bestand.");
            }
            var type = System.Text.Encoding.ASCII.GetString(inhoud, i + 4, 4);
            var totaal = 12 + (int)lengte;
            if (!PngWeg.Contains(type))
            {
                uit.Write(inhoud, i, totaal);
            }
            i += totaal;
            if (type == "IEND")
            {
                return uit.ToArray();
            }
        }
        throw new FormatException("PNG zonder IEND.");
    }
}
