using System.Buffers.Binary;
using System.Text;

namespace Schakel.Web.Tests.Meldpunt;

/// <summary>Tiny valid images with metadata in them, built byte by byte so the test owns every byte.</summary>
public static class TestAfbeeldingen
{
    private static readonly byte[] Handtekening = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A 1×1 PNG with a tEXt chunk and an eXIf chunk holding <paramref name="tekst"/>.</summary>
    public static byte[] PngMetTekst(string tekst)
    {
        using var s = new MemoryStream();
        s.Write(Handtekening);
        Chunk(s, "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
        Chunk(s, "tEXt", Encoding.Latin1.GetBytes("Comment\0" + tekst));
        Chunk(s, "eXIf", Encoding.ASCII.GetBytes("MM\0*GPS " + tekst));
        // Deflate stream of one filter byte and one grey pixel.
        Chunk(s, "IDAT", [0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]);
        Chunk(s, "IEND", []);
        return s.ToArray();
    }

    /// <summary>A minimal JPEG structure with an EXIF (APP1) and a comment segment holding <paramref name="tekst"/>.</summary>
    public static byte[] JpegMetExif(string tekst)
    {
        using var s = new MemoryStream();
        s.Write([0xFF, 0xD8]);
        Segment(s, 0xE0, Encoding.ASCII.GetBytes("JFIF\0\u0001\u0001\0\0\u0001\0\u0001\0\0"));
        Segment(s, 0xE1, Encoding.ASCII.GetBytes("Exif\0\0GPS " + tekst));
        Segment(s, 0xFE, Encoding.ASCII.GetBytes("Comment " + tekst));
        Segment(s, 0xDB, new byte[65]);
        Segment(s, 0xDA, [1, 1, 0, 0, 63, 0]);
        s.Write([0x12, 0x34, 0x56, 0xFF, 0xD9]);
        return s.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        Span<byte> lengte = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(lengte, (uint)data.Length);
        s.Write(lengte);
        var typeEnData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typeEnData);
        BinaryPrimitives.WriteUInt32BigEndian(lengte, Crc32(typeEnData));
        s.Write(lengte);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }

    private static void Segment(Stream s, byte marker, byte[] data)
    {
        s.Write([0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)((data.Length + 2) & 0xFF)]);
        s.Write(data);
    }
}
