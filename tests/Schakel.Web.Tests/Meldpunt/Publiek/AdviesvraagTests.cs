using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt.Publiek;

/// <summary>
/// An advice question is followed up as a question, and the reporting point turns it into a report from its
/// staff page; from then on the asker's follow-up page calls it a report.
/// </summary>
public abstract partial class AdviesvraagTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();

    private static async Task<string> TokenAsync(HttpClient client, string pad)
    {
        var token = TokenPatroon().Match(await client.GetStringAsync(new Uri(pad, UriKind.Relative))).Groups[1].Value;
        Assert.NotEmpty(token);
        return token;
    }

    private async Task<(Guid Id, string Code)> VraagAsync()
    {
        await using var scope = factory.Scope();
        var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
        {
            Soort = "adviesvraag",
            MelderType = "professional",
            Sector = "Zorg",
            Omschrijving = "Een cliënt werkt zeven dagen per week en mag zijn paspoort niet zelf bewaren. Wat kan ik doen?",
        }, [], Indiener.Publiek());
        Assert.True(u.Gelukt, string.Join("; ", u.Fouten.SelectMany(f => f.Value)));
        return (u.MeldingId!.Value, u.Ontvangstcode!);
    }

    private async Task<string> OpvolgenAsync(string code, string? taal = null)
    {
        var client = factory.CreateClient();
        if (taal is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c%3D{taal}%7Cuic%3D{taal}");
        }
        var token = await TokenAsync(client, "/opvolgen");
        var antwoord = await client.PostAsync(new Uri("/opvolgen", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["code"] = code,
        }));
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return await antwoord.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task De_opvolgpagina_noemt_een_adviesvraag_een_vraag()
    {
        var (_, code) = await VraagAsync();

        var html = await OpvolgenAsync(code);

        Assert.Contains("<h1 class=\"utrecht-heading-1\">Uw vraag volgen</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-soort=\"adviesvraag\"", html, StringComparison.Ordinal);
        Assert.Contains("Ontvangen: wij hebben uw vraag ontvangen.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("uw melding ontvangen", html, StringComparison.Ordinal);

        var engels = await OpvolgenAsync(code, "en");
        Assert.Contains("Follow your question", engels, StringComparison.Ordinal);
        Assert.Contains("we have received your question", engels, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Het_meldpunt_zet_een_adviesvraag_op_de_pagina_om_in_een_melding()
    {
        var (id, code) = await VraagAsync();
        var client = factory.Als(Rsiv, Rollen.Ketenregisseur);
        var pad = $"/meldpunt/medewerkers/melding/{id}";
        var pagina = await client.GetStringAsync(new Uri(pad, UriKind.Relative));
        Assert.Contains("handler=Omzetten", pagina, StringComparison.Ordinal);
        var token = TokenPatroon().Match(pagina).Groups[1].Value;

        var antwoord = await client.PostAsync(new Uri($"{pad}?handler=Omzetten", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        await using (var scope = factory.Scope())
        {
            var melding = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Melding>().AsNoTracking().SingleAsync(m => m.Id == id);
            Assert.Equal(MeldingSoort.Melding, melding.Soort);
        }
        var daarna = await client.GetStringAsync(new Uri(pad, UriKind.Relative));
        Assert.DoesNotContain("handler=Omzetten", daarna, StringComparison.Ordinal);
        var html = await OpvolgenAsync(code);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Uw melding volgen</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-soort=\"adviesvraag\"", html, StringComparison.Ordinal);
    }
}

public sealed class AdviesvraagTestsSqlite(MeldpuntSqliteFactory f) : AdviesvraagTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class AdviesvraagTestsPostgres(MeldpuntPostgresFactory f) : AdviesvraagTests(f), IClassFixture<MeldpuntPostgresFactory>;
