using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Meldpunt.Bijlagen;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Meldpunt.Opvolging;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt;

/// <summary>The staff pages through real form posts (with the antiforgery token), and the staff JSON inbox.</summary>
public abstract partial class MeldpuntPaginaTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();

    private static async Task<string> TokenAsync(HttpClient client, string pad)
    {
        var html = await client.GetStringAsync(new Uri(pad, UriKind.Relative));
        return TokenPatroon().Match(html).Groups[1].Value;
    }

    private async Task<(Guid Id, string Code)> MeldAsync()
    {
        await using var scope = factory.Scope();
        var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(
            new MeldingInvoer { MelderType = "burger", Omschrijving = "Paginaproef.", GemeenteCode = "GM0518" }, [], Indiener.Publiek());
        return (u.MeldingId!.Value, u.Ontvangstcode!);
    }

    [Fact]
    public async Task Bericht_via_het_formulier_bereikt_de_melder()
    {
        var (id, code) = await MeldAsync();
        var client = factory.Als(Rsiv, Rollen.Ketenregisseur);
        var pad = $"/meldpunt/medewerkers/melding/{id}";
        var token = await TokenAsync(client, pad);
        Assert.NotEmpty(token);
        var antwoord = await client.PostAsync(new Uri($"{pad}?handler=Bericht", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Tekst"] = "Dank voor uw melding; wij kijken ernaar.",
        }));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);

        var status = await (await factory.CreateClient().StatusAsync(code)).JsonAsync();
        Assert.Contains(status.GetProperty("berichten").EnumerateArray(), b => b.GetProperty("tekst").GetString() == "Dank voor uw melding; wij kijken ernaar.");
    }

    [Fact]
    public async Task Aannemen_via_het_formulier_toont_de_code_eenmaal_en_niet_in_de_url()
    {
        var client = factory.Als(Rsiv, Rollen.Ketenregisseur);
        const string pad = "/meldpunt/medewerkers/aannemen";
        var token = await TokenAsync(client, pad);
        var antwoord = await client.PostAsync(new Uri(pad, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Invoer.Kanaal"] = "Balie",
            ["Invoer.Soort"] = "melding",
            ["Invoer.MelderType"] = "betrokkene",
            ["Invoer.Omschrijving"] = "Bezoeker aan de balie vertelt over zijn werk in een kas.",
            ["Invoer.GemeenteCode"] = "GM0518",
            ["Invoer.Uitbuitingsvormen"] = "arbeid",
        }));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var html = await client.GetStringAsync(antwoord.Headers.Location);
        var code = Regex.Match(html, @"\d{4} \d{4} \d{4} \d{4}").Value;
        Assert.NotEmpty(code);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().StatusAsync(code)).StatusCode);
        Assert.DoesNotContain(code.Replace(" ", "", StringComparison.Ordinal), antwoord.Headers.Location!.ToString(), StringComparison.Ordinal);
        // Shown once: the page after a reload no longer has it.
        Assert.DoesNotContain(code, await client.GetStringAsync(antwoord.Headers.Location), StringComparison.Ordinal);
        Assert.False(antwoord.Headers.Contains("Set-Cookie") && antwoord.Headers.GetValues("Set-Cookie").Any(c => c.Contains(code, StringComparison.Ordinal)));

        var fout = await client.PostAsync(new Uri(pad, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Invoer.MelderType"] = "betrokkene",
            ["Invoer.Omschrijving"] = "",
        }));
        Assert.Contains("Beschrijf wat er is gebeurd.", await fout.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Telefoon, Balie")]
    [InlineData("1")]
    public async Task Aannemen_met_een_kanaal_als_lijst_of_getal_toont_de_fout_bij_het_kanaal_en_bewaart_niets(string kanaal)
    {
        var client = factory.Als(Rsiv, Rollen.Ketenregisseur);
        const string pad = "/meldpunt/medewerkers/aannemen";
        var voor = await AantalMeldingenAsync();
        var antwoord = await client.PostAsync(new Uri(pad, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(client, pad),
            ["Invoer.Kanaal"] = kanaal,
            ["Invoer.Soort"] = "melding",
            ["Invoer.MelderType"] = "betrokkene",
            ["Invoer.Omschrijving"] = "Een bezoeker vertelt over werk in een kas.",
            ["Invoer.GemeenteCode"] = "GM0518",
            ["Invoer.Uitbuitingsvormen"] = "arbeid",
        }));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("id=\"kanaal-fout\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"kanaal-fout\"", html, StringComparison.Ordinal);
        Assert.Equal(voor, await AantalMeldingenAsync());
    }

    private async Task<int> AantalMeldingenAsync()
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Melding>().CountAsync();
    }

    [Fact]
    public async Task Medewerker_downloadt_een_bijlage_van_de_melder()
    {
        var (id, code) = await MeldAsync();
        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<MeldpuntOpvolging>()
                .ReageerAsync(code, "Foto erbij.", [new BijlageInvoer("foto.png", TestAfbeeldingen.PngMetTekst("GPS 52.1N"))]);
        }
        var client = factory.Als(Rsiv, Rollen.Ketenregisseur);
        var html = await client.GetStringAsync(new Uri($"/meldpunt/medewerkers/melding/{id}", UriKind.Relative));
        var link = WebUtility.HtmlDecode(Regex.Match(html, "href=\"([^\"]+handler=Bijlage[^\"]+)\"").Groups[1].Value);
        Assert.NotEmpty(link);
        var bestand = await client.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, bestand.StatusCode);
        Assert.Equal("image/png", bestand.Content.Headers.ContentType?.MediaType);
        var bytes = await bestand.Content.ReadAsByteArrayAsync();
        Assert.Equal(0x89, bytes[0]);
        Assert.DoesNotContain("GPS 52.1N", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_als_json_voor_een_systeem_van_het_meldpunt()
    {
        var (id, _) = await MeldAsync();
        var antwoord = await factory.AlsApiClient(Rsiv, Rollen.Ketenregisseur).GetAsync(new Uri("/api/v1/meldingen", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var json = await antwoord.JsonAsync();
        var rij = Assert.Single(json.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal("ontvangen", rij.GetProperty("status").GetString());
        Assert.False(rij.TryGetProperty("omschrijving", out _));

        var zonderRol = await factory.AlsApiClient(Rsiv, Rollen.Opvangmedewerker).GetAsync(new Uri("/api/v1/meldingen", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, zonderRol.StatusCode);
    }
}

public sealed class MeldpuntPaginaTestsSqlite(MeldpuntSqliteFactory f) : MeldpuntPaginaTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class MeldpuntPaginaTestsPostgres(MeldpuntPostgresFactory f) : MeldpuntPaginaTests(f), IClassFixture<MeldpuntPostgresFactory>;
