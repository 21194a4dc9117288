using System.Net.Sockets;
using System.Text;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Features.Api.Invoer;

/// <summary>
/// Bodies only a real Kestrel can receive: a malformed chunked body is Kestrel's BadHttpRequestException while a
/// handler reads it, and must come back as Kestrel's 400, not as a 500 (issue 13). Raw HTTP over a socket,
/// because HttpClient cannot send a broken chunk.
/// </summary>
public sealed class KestrelInvoerTests : IClassFixture<KestrelInvoerTests.KestrelFactory>
{
    private readonly Uri _adres;

    public KestrelInvoerTests(KestrelFactory factory) => _adres = factory.Adres;

    public sealed class KestrelFactory : SqliteFactory
    {
        public Uri Adres { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await ZetDatabaseKlaarAsync();
            // The slowest body Kestrel accepts, lowered from 240 B/s after 5 s so the slow-body test is short:
            // every other test here sends its body at once.
            UseKestrel(o =>
            {
                o.Listen(System.Net.IPAddress.Loopback, 0);
                o.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(100, TimeSpan.FromSeconds(2));
            });
            StartServer();
            Adres = ClientOptions.BaseAddress;
        }
    }

    [Theory]
    [InlineData("/api/v1/meldingen", "application/json", "ZZ\r\n{}\r\n0\r\n\r\n")]
    [InlineData("/api/v1/meldingen/_status", "application/json", "5\r\n{\"ont\r\nX\r\n")]
    [InlineData("/api/v1/oauth/token", "application/x-www-form-urlencoded", "4\r\ngrant_type=x\r\n0\r\n\r\n")]
    [InlineData("/taal", "application/x-www-form-urlencoded", "-1\r\ntaal=en\r\n0\r\n\r\n")]
    [InlineData("/melden", "application/x-www-form-urlencoded", "FFFFFFFFFFFFFFFFFF\r\nx\r\n0\r\n\r\n")]
    [InlineData("/api/v1/meldingen", "application/json", "FFFFFFFFFFFFFFFFFF\r\nx\r\n0\r\n\r\n")]
    [InlineData("/bewustwording/kennispeiling", "application/x-www-form-urlencoded", "ZZ\r\nx\r\n0\r\n\r\n")]
    public async Task Kapotte_chunked_body_is_400_geen_500(string pad, string type, string body)
    {
        var antwoord = await StuurRauwAsync(
            $"POST {pad} HTTP/1.1\r\nHost: {_adres.Authority}\r\nContent-Type: {type}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{body}");

        var statusregel = antwoord.Split("\r\n")[0];
        Assert.StartsWith("HTTP/1.1 4", statusregel, StringComparison.Ordinal);
        if (pad.StartsWith("/api", StringComparison.Ordinal))
        {
            Assert.Contains("application/problem+json", antwoord, StringComparison.Ordinal);
        }
    }

    /// <summary>A well-formed chunked token request with a NUL in a field gets the 400 that names that field, as with a length.</summary>
    [Theory]
    [InlineData("client_id")]
    [InlineData("grant_type")]
    public async Task Chunked_tokenverzoek_met_nul_noemt_het_veld(string veld)
    {
        var velden = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "demo", ["client_secret"] = "geheim" };
        velden[veld] += "%00";
        var body = string.Join('&', velden.Select(v => $"{v.Key}={v.Value}"));
        var antwoord = await StuurRauwAsync(
            $"POST /api/v1/oauth/token HTTP/1.1\r\nHost: {_adres.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
            $"{Encoding.ASCII.GetByteCount(body):X}\r\n{body}\r\n0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400", antwoord.Split("\r\n")[0], StringComparison.Ordinal);
        Assert.Contains("application/problem+json", antwoord, StringComparison.Ordinal);
        Assert.Contains($"\"{veld}\":[", antwoord, StringComparison.Ordinal);
    }

    /// <summary>
    /// A page form sent chunked (no length, as a hand-made client can) with a NUL or a control character in a field gets
    /// what the same form with a length gets: the form again with the message next to that field, nothing sent
    /// (no redirect to a receipt), never a 5xx. Through a real socket: the test host always knows the length.
    /// </summary>
    [Theory]
    [InlineData("omschrijving", "%00")]
    [InlineData("plaats", "a%01b")]
    [InlineData("omschrijving", "%C2%85")]
    public async Task Chunked_paginaformulier_met_stuurteken_toont_de_melding_bij_het_veld(string veld, string teken)
    {
        using var cookies = new System.Net.Http.HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false };
        using var http = new HttpClient(cookies) { BaseAddress = _adres };
        var html = await http.GetStringAsync("/melden");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var sleutel = System.Text.RegularExpressions.Regex.Match(html, "name=\"verzendsleutel\" value=\"([^\"]+)\"").Groups[1].Value;
        var velden = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Uri.EscapeDataString(System.Net.WebUtility.HtmlDecode(token)),
            ["verzendsleutel"] = Uri.EscapeDataString(System.Net.WebUtility.HtmlDecode(sleutel)),
            ["acuutGevaar"] = "nee",
            ["omschrijving"] = "Mensen%20slapen%20in%20de%20werkplaats",
            ["plaats"] = "Den%20Haag",
        };
        velden[veld] += teken;
        var body = string.Join('&', velden.Select(v => $"{v.Key}={v.Value}"));
        var koekjes = cookies.CookieContainer.GetCookieHeader(_adres);

        var antwoord = await StuurRauwAsync(
            $"POST /melden HTTP/1.1\r\nHost: {_adres.Authority}\r\nCookie: {koekjes}\r\nContent-Type: application/x-www-form-urlencoded\r\n" +
            $"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n{Encoding.ASCII.GetByteCount(body):X}\r\n{body}\r\n0\r\n\r\n", Encoding.UTF8);

        Assert.StartsWith("HTTP/1.1 200", antwoord.Split("\r\n")[0], StringComparison.Ordinal);
        var pagina = Inhoud(antwoord);
        Assert.Contains($"id=\"{veld}-fout\"", pagina, StringComparison.Ordinal);
        Assert.DoesNotContain("\0", pagina, StringComparison.Ordinal);
    }

    /// <summary>
    /// A body that arrives too slowly (a few bytes, then nothing, under Kestrel's minimum data rate) is Kestrel's
    /// BadHttpRequestException while the body is read: a 4xx (Kestrel's 408), problem+json on the API, never a 500.
    /// </summary>
    [Theory]
    [InlineData("/api/v1/meldingen", "application/json", "{\"soort\":\"melding\",\"omschrijving\":\"traag")]
    [InlineData("/api/v1/oauth/token", "application/x-www-form-urlencoded", "grant_type=client_")]
    public async Task Te_trage_body_is_4xx_geen_500(string pad, string type, string begin)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_adres.Host, _adres.Port);
        await using var stroom = tcp.GetStream();
        // Announces 4,000 bytes, sends the first few and then stalls: only the rate check can end the read.
        await stroom.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST {pad} HTTP/1.1\r\nHost: {_adres.Authority}\r\nContent-Type: {type}\r\nContent-Length: 4000\r\nConnection: close\r\n\r\n{begin}"));
        await stroom.FlushAsync();

        using var lezer = new StreamReader(stroom, Encoding.ASCII);
        var antwoord = await lezer.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));

        var statusregel = antwoord.Split("\r\n")[0];
        Assert.Matches(@"^HTTP/1\.1 4\d\d ", statusregel);
        Assert.Contains("application/problem+json", antwoord, StringComparison.Ordinal);
    }

    /// <summary>The body of a raw response, its chunks joined when it came chunked.</summary>
    private static string Inhoud(string antwoord)
    {
        var scheiding = antwoord.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var koppen = antwoord[..scheiding];
        var rest = antwoord[(scheiding + 4)..];
        if (!koppen.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            return rest;
        }
        var inhoud = new StringBuilder();
        while (rest.Length > 0)
        {
            var regel = rest.IndexOf("\r\n", StringComparison.Ordinal);
            var lengte = Convert.ToInt32(rest[..regel].Split(';')[0], 16);
            if (lengte == 0)
            {
                break;
            }
            // Lengths count bytes; the page is UTF-8, so take the chunk by its bytes.
            var bytes = Encoding.UTF8.GetBytes(rest[(regel + 2)..]);
            inhoud.Append(Encoding.UTF8.GetString(bytes, 0, lengte));
            rest = Encoding.UTF8.GetString(bytes, lengte, bytes.Length - lengte)[2..];
        }
        return inhoud.ToString();
    }

    private async Task<string> StuurRauwAsync(string verzoek, Encoding? antwoordCodering = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_adres.Host, _adres.Port);
        await using var stroom = tcp.GetStream();
        await stroom.WriteAsync(Encoding.ASCII.GetBytes(verzoek));
        await stroom.FlushAsync();
        using var lezer = new StreamReader(stroom, antwoordCodering ?? Encoding.ASCII);
        return await lezer.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }
}
