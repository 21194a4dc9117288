using System.Text;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Schakel.Web.Features.Accounts;

/// <summary>What enrolment needs: the authenticator key, the otpauth URI as a QR code and the key in readable groups.</summary>
public sealed class Tweestapsverificatie(UserManager<Medewerker> users)
{
    public const string Uitgever = "Schakel";
    public const int AantalHerstelcodes = 10;

    public async Task<string> SleutelAsync(Medewerker medewerker)
    {
        var sleutel = await users.GetAuthenticatorKeyAsync(medewerker);
        if (string.IsNullOrEmpty(sleutel))
        {
            await users.ResetAuthenticatorKeyAsync(medewerker);
            sleutel = await users.GetAuthenticatorKeyAsync(medewerker);
        }
        return sleutel!;
    }

    /// <summary>Groups of four, so the key can be typed over without losing one's place.</summary>
    public static string InGroepen(string sleutel)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < sleutel.Length; i += 4)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }
            sb.Append(sleutel.AsSpan(i, Math.Min(4, sleutel.Length - i)));
        }
        return sb.ToString().ToLowerInvariant();
    }

    /// <summary>The label lets the professional recognise the entry in their app; the URI never leaves the page.</summary>
    public static string OtpauthUri(string sleutel, string label) =>
        $"otpauth://totp/{Uri.EscapeDataString(Uitgever)}:{Uri.EscapeDataString(label)}?secret={sleutel}&issuer={Uri.EscapeDataString(Uitgever)}&digits=6";

    /// <summary>Inline SVG: the page's content security policy allows no data: images.</summary>
    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(5);
        // Drop the XML declaration so it can sit inside HTML.
        var begin = svg.IndexOf("<svg", StringComparison.Ordinal);
        return begin > 0 ? svg[begin..] : svg;
    }

    /// <summary>Six digits is a TOTP code; anything else is treated as a recovery code.</summary>
    public static bool IsTotp(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);

    public static string Normaliseer(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
}
