using Microsoft.AspNetCore.Mvc;

namespace Schakel.Web.Features.Api;

/// <summary>
/// problem+json for the API: Dutch titles and details per status, so every error a client sees has the
/// same shape whether a handler, the framework or the authentication wrote the status.
/// </summary>
public static class ApiProblemen
{
    /// <summary>The detail of a 400 whose body was read but whose fields are wrong: the fields are in <c>errors</c>.</summary>
    public const string VeldenOngeldig = "Een of meer velden zijn niet geldig; zie errors voor de melding bij elk veld.";

    public static (string Titel, string Detail) Tekst(int status) => status switch
    {
        400 => ("Ongeldig verzoek", "Het verzoek kon niet worden gelezen, bijvoorbeeld door ongeldige JSON."),
        401 => ("Niet geauthenticeerd", "Een geldig toegangstoken (Bearer) is nodig."),
        403 => ("Geen toegang", "Dit toegangstoken heeft niet de rol die hiervoor nodig is."),
        404 => ("Niet gevonden", "Deze resource bestaat niet."),
        405 => ("Methode niet toegestaan", "Deze HTTP-methode wordt hier niet ondersteund."),
        406 => ("Niet aanvaardbaar", "De API levert alleen application/json en application/problem+json."),
        415 => ("Mediatype niet ondersteund", "Het Content-Type van het verzoek wordt hier niet ondersteund."),
        429 => ("Te veel verzoeken", "Probeer het later opnieuw."),
        _ when status >= 500 => ("Interne fout", "Er ging iets mis bij het verwerken van het verzoek."),
        _ => ("Fout", "Het verzoek kon niet worden verwerkt."),
    };

    public static ProblemDetails Maak(int status, string? detail = null)
    {
        var (titel, standaard) = Tekst(status);
        return new ProblemDetails { Status = status, Title = titel, Detail = detail ?? standaard };
    }

    public static IResult Resultaat(int status, string? detail = null) =>
        TypedResults.Problem(Maak(status, detail));

    /// <summary>
    /// Writes a problem directly, for middleware that ends the request itself. Through the result type,
    /// which still writes JSON when the client's Accept header rules it out (the 406 case).
    /// </summary>
    public static Task SchrijfAsync(HttpContext context, int status, string? detail = null) =>
        Resultaat(status, detail).ExecuteAsync(context);
}
