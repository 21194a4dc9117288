using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Bewustwording;
using Schakel.Web.Features.Bewustwording;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Accounts;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Bewustwording;

/// <summary>Sign-up through the public form: places, waiting list, cancel, bad input; on both databases.</summary>
public abstract class InschrijvenTests(SchakelFactory factory)
{
    [Fact]
    public async Task Dertig_gelijktijdige_aanmeldingen_voor_vijf_plaatsen_geven_vijf_plaatsen_en_een_wachtlijst_van_25()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 5);
        var formulieren = new List<(HttpClient Client, Dictionary<string, string> Velden)>();
        for (var i = 0; i < 30; i++)
        {
            formulieren.Add(await factory.FormulierAsync(sessie, $"Deelnemer {i}", $"deelnemer{i}@voorbeeld.nl"));
        }

        var antwoorden = await Task.WhenAll(formulieren.Select(f =>
            f.Client.PostAsync($"/bewustwording/sessies/{sessie}/aanmelden", new FormUrlEncodedContent(f.Velden))));

        Assert.All(antwoorden, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        var rijen = await factory.InschrijvingenAsync(sessie);
        Assert.Equal(30, rijen.Count);
        Assert.Equal(5, rijen.Count(r => r.Status == Inschrijfstatus.Ingeschreven));
        Assert.Equal(25, rijen.Count(r => r.Status == Inschrijfstatus.Wachtlijst));
        // The first five to arrive have the places; order of arrival is one sequence without gaps.
        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), rijen.Select(r => r.Volgnummer));
        Assert.All(rijen.Take(5), r => Assert.Equal(Inschrijfstatus.Ingeschreven, r.Status));
        Assert.Equal(5, antwoorden.Count(a => a.Headers.Location!.OriginalString.EndsWith("status=ingeschreven", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Hetzelfde_formulier_vijf_keer_tegelijk_verstuurd_geeft_een_aanmelding_en_nooit_een_fout()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 5);
        var (client, velden) = await factory.FormulierAsync(sessie, "Dubbel Klik", "dubbel.klik@voorbeeld.nl");

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            client.PostAsync($"/bewustwording/sessies/{sessie}/aanmelden", new FormUrlEncodedContent(velden))));

        Assert.All(antwoorden, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        var rij = Assert.Single(await factory.InschrijvingenAsync(sessie));
        Assert.Equal(Inschrijfstatus.Ingeschreven, rij.Status);
    }

    [Fact]
    public async Task Annuleren_geeft_de_plaats_aan_de_eerste_op_de_wachtlijst()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 2);
        for (var i = 0; i < 4; i++)
        {
            var (client, velden) = await factory.FormulierAsync(sessie, $"Persoon {i}", $"persoon{i}@voorbeeld.nl");
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"/bewustwording/sessies/{sessie}/aanmelden", new FormUrlEncodedContent(velden))).StatusCode);
        }
        var voor = await factory.InschrijvingenAsync(sessie);
        Assert.Equal([Inschrijfstatus.Ingeschreven, Inschrijfstatus.Ingeschreven, Inschrijfstatus.Wachtlijst, Inschrijfstatus.Wachtlijst], voor.Select(r => r.Status));

        await using (var scope = factory.Scope())
        {
            var uitkomst = await scope.ServiceProvider.GetRequiredService<Inschrijven>().AnnulerenAsync(voor[0].Id, _ => true, AuditActor.Systeem, Herkomst.Web, default);
            Assert.IsType<InschrijfUitkomst.Gelukt>(uitkomst);
        }

        var na = await factory.InschrijvingenAsync(sessie);
        Assert.Equal([Inschrijfstatus.Geannuleerd, Inschrijfstatus.Ingeschreven, Inschrijfstatus.Ingeschreven, Inschrijfstatus.Wachtlijst], na.Select(r => r.Status));
    }

    [Fact]
    public async Task Hetzelfde_formulier_twee_keer_versturen_is_een_aanmelding()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 3);
        var (client, velden) = await factory.FormulierAsync(sessie, "Dubbelklikker", "dubbel@voorbeeld.nl");
        var eerste = await client.PostAsync($"/bewustwording/sessies/{sessie}/aanmelden", new FormUrlEncodedContent(velden));
        var tweede = await client.PostAsync($"/bewustwording/sessies/{sessie}/aanmelden", new FormUrlEncodedContent(velden));
        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, tweede.StatusCode);
        Assert.Single(await factory.InschrijvingenAsync(sessie));
    }

    [Fact]
    public async Task Foute_invoer_noemt_elk_veld_en_schrijft_niets()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 3);
        var (client, velden) = await factory.FormulierAsync(sessie, "", "geen-adres");
        velden["rol"] = "bestaat.niet";
        var antwoord = await client.PostAsync($"/bewustwording/sessies/{sessie}/aanmelden", new FormUrlEncodedContent(velden));
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        var html = await antwoord.Content.ReadAsStringAsync();
        Assert.Contains("id=\"naam-fout\"", html);
        Assert.Contains("id=\"email-fout\"", html);
        Assert.Contains("id=\"rol-fout\"", html);
        Assert.Empty(await factory.InschrijvingenAsync(sessie));
    }

    [Fact]
    public async Task Naam_en_email_staan_versleuteld_in_de_database()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 3);
        var (client, velden) = await factory.FormulierAsync(sessie, "Geheime Naam", "geheim@voorbeeld.nl");
        await client.PostAsync($"/bewustwording/sessies/{sessie}/aanmelden", new FormUrlEncodedContent(velden));
        var rij = Assert.Single(await factory.InschrijvingenAsync(sessie));
        Assert.DoesNotContain("Geheime", rij.NaamVersleuteld!, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim@", rij.EmailVersleuteld!, StringComparison.Ordinal);
        Assert.NotNull(rij.BewaarTot);
        await using var scope = factory.Scope();
        Assert.Equal("Geheime Naam", scope.ServiceProvider.GetRequiredService<Inschrijven>().Naam(rij));
    }

    [Fact]
    public async Task Na_de_aanmeldtermijn_is_aanmelden_gesloten()
    {
        var sessie = await factory.NieuweSessieAsync(capaciteit: 3, begin: DateTimeOffset.UtcNow.AddHours(6));
        var html = await factory.NieuweClient().GetStringAsync($"/bewustwording/sessies/{sessie}/aanmelden");
        Assert.DoesNotContain("name=\"naam\"", html);
        Assert.Empty(await factory.InschrijvingenAsync(sessie));
    }
}

public sealed class InschrijvenTestsSqlite(SqliteFactory factory) : InschrijvenTests(factory), IClassFixture<SqliteFactory>;

public sealed class InschrijvenTestsPostgres(PostgresFactory factory) : InschrijvenTests(factory), IClassFixture<PostgresFactory>;
