using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;
using static Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata;

namespace Schakel.Web.Tests.Doorverwijzing.Partner;

/// <summary>
/// Who reaches what of a referral, as a table: every referral endpoint and page, as the receiving organisation,
/// the sending organisation, an unrelated organisation, a role that works on no referral, and anonymous.
/// A row is the method, the path ({id} is a fresh referral at level volledig, {melding} its report), an optional
/// JSON body and the expected status per caller in the order of <see cref="Bellers"/>. Add endpoints as rows.
/// </summary>
public abstract class AutorisatiematrixTests(SchakelFactory factory)
{
    /// <summary>Callers in the order of a row's expectations; the receiver goes last, so its actions cannot change what the others see.</summary>
    private static readonly (string Naam, Func<SchakelFactory, HttpClient> Client)[] Bellers =
    [
        ("afzender", Afzender),
        ("andere organisatie", Derde),
        ("beheerder van de ontvanger", f => f.Als(Politie, Rollen.Beheerder)),
        ("anoniem", f => f.CreateClient(new() { AllowAutoRedirect = false })),
        ("ontvanger", Ontvanger),
    ];

    [Theory]
    //        method  path                                               body                      afzender andere beheerder anoniem ontvanger
    [InlineData("GET", "/api/v1/doorverwijzingen", null, "200 200 403 401 200")]
    [InlineData("GET", "/api/v1/doorverwijzingen/{id}", null, "200 404 403 401 200")]
    [InlineData("POST", "/api/v1/doorverwijzingen/{id}/_accepteren", null, "404 404 403 401 200")]
    [InlineData("POST", "/api/v1/doorverwijzingen/{id}/_vraag", "{\"tekst\":\"Vraag?\"}", "404 404 403 401 200")]
    [InlineData("POST", "/api/v1/doorverwijzingen/{id}/_informatie", "{\"tekst\":\"Info.\"}", "404 404 403 401 200")]
    [InlineData("POST", "/api/v1/doorverwijzingen/{id}/_uitkomst", "{\"tekst\":\"Uitkomst.\"}", "404 404 403 401 400")]
    [InlineData("POST", "/api/v1/doorverwijzingen/{id}/_afsluiten", "{}", "404 404 403 401 200")]
    [InlineData("POST", "/api/v1/doorverwijzingen/{id}/_antwoord", "{\"tekst\":\"Antwoord.\"}", "400 404 403 401 404")]
    // The sending side's endpoints: only the reporting point's own handling roles.
    [InlineData("GET", "/api/v1/meldingen/{melding}/triage", null, "200 403 403 401 403")]
    [InlineData("GET", "/api/v1/meldingen/{melding}/routevoorstel", null, "200 403 403 401 403")]
    [InlineData("GET", "/api/v1/meldingen/{melding}/doorverwijzingen", null, "200 403 403 401 403")]
    // Pages.
    [InlineData("GET", "/doorverwijzingen", null, "200 200 403 401 200")]
    [InlineData("GET", "/doorverwijzingen/{id}", null, "200 404 403 401 200")]
    // The list fragment opened on its own leads to the whole inbox (the fragment itself needs the fragment header).
    [InlineData("GET", "/doorverwijzingen?handler=Lijst", null, "302 302 403 401 302")]
    public async Task Toegang_per_rol_en_organisatie(string methode, string pad, string? body, string verwacht)
    {
        var id = await DoorverwezenAsync(factory, "volledig");
        var melding = await DbAsync(factory, db => db.Set<DoorverwijzingRij>().Where(d => d.Id == id).Select(d => d.MeldingId).SingleAsync());
        var url = pad.Replace("{id}", id.ToString(), StringComparison.Ordinal).Replace("{melding}", melding.ToString(), StringComparison.Ordinal);
        var codes = verwacht.Split(' ').Select(int.Parse).ToArray();
        Assert.Equal(Bellers.Length, codes.Length);
        var fouten = new List<string>();
        for (var i = 0; i < Bellers.Length; i++)
        {
            using var verzoek = new HttpRequestMessage(new HttpMethod(methode), Pad(url));
            if (body is not null)
            {
                verzoek.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            }
            var antwoord = await Bellers[i].Client(factory).SendAsync(verzoek);
            var gekregen = (int)antwoord.StatusCode;
            // A page may answer an anonymous visitor with a redirect to sign-in instead of 401.
            var goed = gekregen == codes[i] || (codes[i] == 401 && antwoord.StatusCode == HttpStatusCode.Redirect);
            if (!goed)
            {
                fouten.Add($"{Bellers[i].Naam}: verwacht {codes[i]}, kreeg {gekregen}");
            }
        }
        Assert.True(fouten.Count == 0, $"{methode} {pad}: {string.Join("; ", fouten)}");
    }
}

public sealed class AutorisatiematrixTestsSqlite(MeldpuntSqliteFactory factory) : AutorisatiematrixTests(factory), IClassFixture<MeldpuntSqliteFactory>;

public sealed class AutorisatiematrixTestsPostgres(MeldpuntPostgresFactory factory) : AutorisatiematrixTests(factory), IClassFixture<MeldpuntPostgresFactory>;
