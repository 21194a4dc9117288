using Schakel.Core.Organisaties;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Api;
using Schakel.Web.Features.Documenten;

namespace Schakel.Web.Features.Privacy.Register;

/// <summary>
/// The register for a beheerder and the data protection officer: <c>GET /api/v1/verwerkingsregister</c> (token), and the page's CSV and tagged PDF through the
/// shared Documenten service (cookie). The PDF prints the same partial the page shows; the CSV has the same rows.
/// </summary>
internal static class RegisterEndpoints
{
    public const string Partial = "/Features/Privacy/Register/_Register.cshtml";

    public static void MapVerwerkingsregister(this WebApplication app)
    {
        app.MapApiV1("/verwerkingsregister").MapGet("", async (RegisterOpbouw opbouw, CancellationToken ct) =>
                TypedResults.Ok(await opbouw.MaakAsync(ct)))
            .VereistApiRol(Toezicht.PrivacyToezicht.Lezers)
            .Produces<Verwerkingsregister>()
            .WithName("VerwerkingsregisterOphalen")
            .WithTags("Privacy")
            .WithSummary("Het register van verwerkingsactiviteiten (AVG art. 30), gegenereerd uit de verklaringen en het deelbeleid");

        app.MapGet("/beheer/verwerkingsregister/export", async (string? formaat, HttpContext http, RegisterOpbouw opbouw,
            HtmlWeergave html, PdfAfdrukker afdrukker, CancellationToken ct) =>
        {
            if (formaat is not ("csv" or "pdf"))
            {
                return Results.NotFound();
            }
            var register = await opbouw.MaakAsync(ct);
            var naam = $"verwerkingsregister-{register.OpgesteldOp:yyyy-MM-dd}";
            if (formaat == "csv")
            {
                return Documentresultaat.Csv(Tabel(register), naam);
            }
            var inhoud = await html.PartialAsync(http, Partial, register);
            var document = await html.DocumentAsync($"Verwerkingsregister {register.OpgesteldOp:yyyy-MM-dd}", inhoud, ct: ct);
            return await Documentresultaat.PdfAsync(http, afdrukker, document, naam, ct);
        }).RequireAuthorization(Toezicht.PrivacyToezicht.Lezen).ExcludeFromDescription();
    }

    /// <summary>One row per processing activity and category of data, as the page's table.</summary>
    public static Tabel Tabel(Verwerkingsregister register) => new("register", "Verwerkingsregister",
        ["activiteit", "verwerkingsverantwoordelijke", "doeleinden", "grondslag", "categorieenBetrokkenen", "categorieGegevens", "velden",
         "ontvangers", "verwerkingsgrondslagen", "bewaartermijnen", "beveiliging"],
        [.. register.Activiteiten.SelectMany(a => (a.CategorieenGegevens.Count == 0 ? [new RegisterGegevens("", [])] : a.CategorieenGegevens)
            .Select(g => (IReadOnlyList<object?>)
            [
                a.Naam, a.Verwerkingsverantwoordelijke, string.Join("; ", a.Doeleinden), a.Grondslag, string.Join("; ", a.CategorieenBetrokkenen),
                g.Categorie, string.Join("; ", g.Velden),
                string.Join("; ", a.Ontvangers.Select(o => $"{o.Partijcategorie} ({o.GrondslagCode}, max. {o.MaximaalDeelniveau})")),
                string.Join("; ", (a.Verwerkingsgrondslagen ?? []).Select(g => $"{g.Ontvangersoort} {g.Ontvanger} ({g.Doel}): {g.Grondslag}")),
                string.Join("; ", a.Bewaartermijnen.Select(b => b.Dagen > 0 ? $"{b.Recordsoort}, {b.Status}: {b.Dagen} dagen na {b.Vanaf}" : $"{b.Recordsoort}: {b.Status}")),
                string.Join("; ", a.Beveiliging),
            ]))]);
}
