using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.ApiClients;

public sealed record TokenAntwoord(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>
/// POST /api/v1/oauth/token, OAuth2 client credentials (RFC 6749 4.4). Client authentication by HTTP Basic
/// or by form fields, not both. Errors are problem+json that also carry the RFC's <c>error</c> member.
/// </summary>
public static class TokenEndpoint
{
    public const string Actie = "apiclient.token";
    private const string FormulierType = "application/x-www-form-urlencoded";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapApiV1("/oauth").MapPost("/token", UitgevenAsync)
            .AllowAnonymous()
            .MetLimiet(Limiet.Token)
            .Accepts<Dictionary<string, string>>(FormulierType)
            .Produces<TokenAntwoord>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Toegangstoken halen met client credentials")
            .WithTags("OAuth");

    private static async Task<IResult> UitgevenAsync(HttpContext http, SchakelDbContext db, TokenUitgifte uitgifte, AuditTrail audit)
    {
        // Routing already answers 415 to other content types (the Accepts metadata); this covers a missing one.
        if (!http.Request.HasFormContentType)
        {
            return Fout(StatusCodes.Status415UnsupportedMediaType, "invalid_request", $"Stuur de velden als {FormulierType}.");
        }
        var formulier = await http.Request.ReadFormAsync(http.RequestAborted);
        var grant = formulier["grant_type"].ToString();
        if (grant.Length == 0)
        {
            return Fout(StatusCodes.Status400BadRequest, "invalid_request", "grant_type ontbreekt.");
        }
        if (grant != "client_credentials")
        {
            return Fout(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Alleen grant_type=client_credentials wordt ondersteund.");
        }

        var basic = LeesBasic(http.Request);
        var uitFormulier = formulier.ContainsKey("client_id") || formulier.ContainsKey("client_secret");
        if (basic is not null && uitFormulier)
        {
            return Fout(StatusCodes.Status400BadRequest, "invalid_request", "Gebruik HTTP Basic of de formuliervelden, niet allebei.");
        }
        var (clientId, geheim) = basic ?? (formulier["client_id"].ToString(), formulier["client_secret"].ToString());

        var client = clientId.Length is > 0 and <= ClientGeheim.MaxLengteClientId
            ? await db.Set<ApiClient>().AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, http.RequestAborted)
            : null;
        // Hash even for an unknown client, so timing does not tell which client ids exist.
        var klopt = ClientGeheim.Klopt(geheim, client?.GeheimHash ?? ClientGeheim.Hash("onbekende-client"));
        var actief = client is { Actief: true } && await db.Set<Organisatie>().AnyAsync(o => o.Id == client.OrganisatieId && o.Actief, http.RequestAborted);
        if (client is null || !klopt || !actief)
        {
            // Only a client id that exists goes into the trail: whatever else was typed may be anything.
            await audit.SchrijfAsync(AuditActor.Anoniem, Actie, "apiclient", client?.ClientId, AuditResultaat.Geweigerd, Herkomst.Api, http.RequestAborted);
            if (basic is not null)
            {
                http.Response.Headers.WWWAuthenticate = "Basic realm=\"schakel\", charset=\"UTF-8\"";
            }
            return Fout(StatusCodes.Status401Unauthorized, "invalid_client", "Onbekende of inactieve client, of een onjuist geheim.");
        }

        var (token, levensduur) = uitgifte.Maak(client);
        await audit.SchrijfAsync(AuditActor.ApiClient(client.ClientId, client.OrganisatieId), Actie, "apiclient", client.ClientId, AuditResultaat.Gelukt, Herkomst.Api, http.RequestAborted);
        http.Response.Headers.Pragma = "no-cache";
        return TypedResults.Ok(new TokenAntwoord(token, "Bearer", (int)levensduur.TotalSeconds));
    }

    /// <summary>RFC 6749 2.3.1: id and secret are form-urlencoded before they go into the Basic header.</summary>
    private static (string, string)? LeesBasic(HttpRequest verzoek)
    {
        if (!AuthenticationHeaderValue.TryParse(verzoek.Headers.Authorization, out var kop)
            || !kop.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) || kop.Parameter is null)
        {
            return null;
        }
        try
        {
            var tekst = Encoding.UTF8.GetString(Convert.FromBase64String(kop.Parameter));
            var deel = tekst.Split(':', 2);
            return deel.Length == 2 ? (Uri.UnescapeDataString(deel[0].Replace('+', ' ')), Uri.UnescapeDataString(deel[1].Replace('+', ' '))) : null;
        }
        catch (FormatException)
        {
            return ("", "");
        }
    }

    private static IResult Fout(int status, string fout, string detail)
    {
        var probleem = ApiProblemen.Maak(status, detail);
        probleem.Extensions["error"] = fout;
        probleem.Extensions["error_description"] = detail;
        return TypedResults.Problem(probleem);
    }
}
