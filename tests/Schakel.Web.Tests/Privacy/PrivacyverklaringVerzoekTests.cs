using System.Net;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Privacy;

/// <summary>
/// The public privacy statement tells a person how to make a request (issue 18): whom to write to, what to send, the one-month
/// deadline and that Schakel never asks for identity documents by e-mail, in every language of the page.
/// </summary>
public sealed class PrivacyverklaringVerzoekTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Theory]
    [InlineData("nl", "Een verzoek doen", "binnen een maand", "identiteitsbewijs")]
    [InlineData("en", "Making a request", "within one month", "identity document")]
    [InlineData("pl", "Jak złożyć wniosek", "jednego miesiąca", "dokumentu tożsamości")]
    [InlineData("bg", "Как да подадете искане", "един месец", "документ за самоличност")]
    [InlineData("ro", "Cum faceți o cerere", "o lună", "act de identitate")]
    public async Task De_verklaring_zegt_hoe_je_een_verzoek_doet(string taal, string kop, string termijn, string identiteit)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c%3D{taal}%7Cuic%3D{taal}");
        var antwoord = await client.GetAsync(new Uri("/privacy", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();

        var start = html.IndexOf($"<h2 class=\"utrecht-heading-2\" id=\"verzoek\">{kop}</h2>", StringComparison.Ordinal);
        Assert.True(start > 0, "de kop van het verzoek ontbreekt");
        var deel = html[start..html.IndexOf("<h2", start + 10, StringComparison.Ordinal)];
        Assert.Contains("href=\"mailto:fg@schakel.example\"", deel, StringComparison.Ordinal);
        Assert.Contains(termijn, deel, StringComparison.Ordinal);
        Assert.Contains(identiteit, deel, StringComparison.Ordinal);
    }
}
