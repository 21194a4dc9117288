using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using OtpNet;
using Schakel.Web.Features.Accounts;

namespace Schakel.Bench;

/// <summary>What every run shares: its command line, its percentiles, and signing in as a browser does.</summary>
public static partial class BenchHulp
{
    public static string? Waarde(string[] args, string naam) => args.SkipWhile(a => a != naam).Skip(1).FirstOrDefault();

    public static int Getal(string[] args, string naam, int standaard) =>
        Waarde(args, naam) is { } w ? int.Parse(w, CultureInfo.InvariantCulture) : standaard;

    /// <summary>The nearest-rank percentile (p from 0 to 100) of values sorted ascending; NaN when there are none.</summary>
    public static double P(IReadOnlyList<double> gesorteerd, double p) =>
        gesorteerd.Count == 0 ? double.NaN : gesorteerd[Math.Clamp((int)Math.Ceiling(p / 100 * gesorteerd.Count) - 1, 0, gesorteerd.Count - 1)];

    /// <summary>The form token of the first form on a page.</summary>
    public static string FormulierToken(string html) => WebUtility.HtmlDecode(TokenPatroon().Match(html).Groups[1].Value);

    /// <summary>A demo professional's sign-in cookie, through the password and the second step as a browser goes.</summary>
    public static async Task<string> AanmeldCookieAsync(Uri adres, DemoAccounts.Demo demo)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = adres };
        async Task PostAsync(string pad, Dictionary<string, string> velden)
        {
            velden["__RequestVerificationToken"] = FormulierToken(await http.GetStringAsync(pad));
            using var antwoord = await http.PostAsync(pad, new FormUrlEncodedContent(velden));
            if (antwoord.StatusCode != HttpStatusCode.Found)
            {
                throw new InvalidOperationException($"Aanmelden op {pad} mislukt: {(int)antwoord.StatusCode}");
            }
        }
        await PostAsync("/inloggen", new() { ["Email"] = demo.Email, ["Wachtwoord"] = DemoAccounts.Wachtwoord });
        await PostAsync("/inloggen/tweestaps", new() { ["Code"] = new Totp(Base32Encoding.ToBytes(demo.TotpSecret)).ComputeTotp() });
        return cookies.GetCookieHeader(adres);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();
}
