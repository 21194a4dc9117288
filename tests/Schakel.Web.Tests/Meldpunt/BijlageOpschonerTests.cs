using System.Text;
using Schakel.Web.Features.Meldpunt.Bijlagen;

namespace Schakel.Web.Tests.Meldpunt;

public class BijlageOpschonerTests
{
    private static bool Bevat(byte[] bytes, string tekst) => Encoding.Latin1.GetString(bytes).Contains(tekst, StringComparison.Ordinal);

    [Fact]
    public void Jpeg_verliest_exif_en_commentaar_maar_houdt_de_afbeelding()
    {
        var jpeg = TestAfbeeldingen.JpegMetExif("52.0799N 4.3113E");
        Assert.True(Bevat(jpeg, "52.0799N"));
        var (schoon, fout) = BijlageOpschoner.Verwerk(jpeg);
        Assert.Null(fout);
        Assert.Equal(BijlageType.Jpeg, schoon!.Type);
        Assert.False(Bevat(schoon.Inhoud, "52.0799N"));
        Assert.False(Bevat(schoon.Inhoud, "Exif"));
        Assert.True(Bevat(schoon.Inhoud, "JFIF"));
        Assert.Equal(jpeg[^5..], schoon.Inhoud[^5..]);
    }

    [Fact]
    public void Png_verliest_tekst_en_exif_chunks()
    {
        var png = TestAfbeeldingen.PngMetTekst("52.0799N 4.3113E");
        var (schoon, fout) = BijlageOpschoner.Verwerk(png);
        Assert.Null(fout);
        Assert.False(Bevat(schoon!.Inhoud, "52.0799N"));
        Assert.True(Bevat(schoon.Inhoud, "IHDR"));
        Assert.True(Bevat(schoon.Inhoud, "IDAT"));
        Assert.True(Bevat(schoon.Inhoud, "IEND"));
    }

    [Fact]
    public void Pdf_wordt_herkend_aan_de_inhoud()
    {
        var (schoon, _) = BijlageOpschoner.Verwerk(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF"));
        Assert.Equal(BijlageType.Pdf, schoon!.Type);
    }

    [Theory]
    [InlineData("GIF89a....")]
    [InlineData("<html><script>")]
    [InlineData("MZ\u0090\0")]
    public void Andere_soorten_worden_geweigerd_wat_de_naam_ook_zegt(string inhoud)
    {
        var (schoon, fout) = BijlageOpschoner.Verwerk(Encoding.Latin1.GetBytes(inhoud));
        Assert.Null(schoon);
        Assert.Contains("JPEG", fout, StringComparison.Ordinal);
    }

    [Fact]
    public void Te_groot_leeg_of_kapot_wordt_geweigerd()
    {
        Assert.NotNull(BijlageOpschoner.Verwerk(new byte[10 * 1024 * 1024 + 1]).Fout);
        Assert.NotNull(BijlageOpschoner.Verwerk([]).Fout);
        var kapot = TestAfbeeldingen.PngMetTekst("x")[..20];
        Assert.Contains("beschadigd", BijlageOpschoner.Verwerk(kapot).Fout, StringComparison.Ordinal);
        var kapotteJpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0x40, 0x00, 0x01 };
        Assert.Contains("beschadigd", BijlageOpschoner.Verwerk(kapotteJpeg).Fout, StringComparison.Ordinal);
    }
}
