using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Schakel.Web.Tests.Infrastructure;
using static Schakel.Web.Tests.Features.Api.ApiHulp;

namespace Schakel.Web.Tests.Features.Api;

/// <summary>
/// A problem's title and detail follow Accept-Language (nl, en) whoever wrote it: a handler's validation problem, the
/// framework's 404 for an unknown path, the authentication's 401. Field names stay the same in every language.
/// </summary>
public abstract class ApiProbleemTaalTests(SchakelFactory factory)
{
    private HttpClient Http() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("nl", "Ongeldige invoer", "Een of meer velden zijn ongeldig; zie errors.")]
    [InlineData("en", "Invalid input", "One or more fields are invalid; see errors.")]
    [InlineData("en-GB,nl;q=0.5", "Invalid input", "One or more fields are invalid; see errors.")]
    public async Task Een_ongeldige_invoer_heeft_titel_en_uitleg_in_de_taal_van_de_lezer(string taal, string titel, string detail)
    {
        var http = await ClientMetTokenAsync(Http, Beheerder);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
        var json = await ProbleemAsync(await http.PostAsJsonAsync(Pad("/api/v1/api-clients"), new { clientId = "Geen Geldige Id" }), 400);
        Assert.Equal(titel, json.GetProperty("title").GetString());
        Assert.Equal(detail, json.GetProperty("detail").GetString());
        Assert.True(json.GetProperty("errors").TryGetProperty("clientId", out _));
    }

    [Theory]
    [InlineData("nl", "Niet gevonden", "Niet geauthenticeerd")]
    [InlineData("en", "Not found", "Not authenticated")]
    public async Task Ook_de_problemen_van_de_middleware_volgen_de_taal(string taal, string nietGevonden, string nietAangemeld)
    {
        var http = Http();
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(taal);
        Assert.Equal(nietGevonden, (await ProbleemAsync(await http.GetAsync(Pad("/api/v1/bestaat-niet")), 404)).GetProperty("title").GetString());
        Assert.Equal(nietAangemeld, (await ProbleemAsync(await http.GetAsync(Pad("/api/v1/signalentafels")), 401)).GetProperty("title").GetString());
    }
}

public sealed class ApiProbleemTaalTestsSqlite(SqliteFactory f) : ApiProbleemTaalTests(f), IClassFixture<SqliteFactory>;

public sealed class ApiProbleemTaalTestsPostgres(PostgresFactory f) : ApiProbleemTaalTests(f), IClassFixture<PostgresFactory>;
