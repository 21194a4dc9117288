using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Doorverwijzing.Delen;

/// <summary>
/// What a receiver sees at the lower levels, on both databases: care coordination at level geen gets the facts it
/// needs to act and nothing that identifies anyone; a pseudonymised view shows no street or business from the text.
/// </summary>
public abstract class DeelniveauWeergaveTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);
    private static readonly Guid Politie = DemoOrganisaties.IdVan(DemoOrganisaties.Politie);

    private const string Omschrijving =
        "Er wonen drie meisjes boven de nagelstudio aan de Leyweg; de baas Ahmed belt ze op 06-11223344. Kenteken GH-123-K.";

    private static readonly string[] Identificerend = ["Leyweg", "nagelstudio", "Ahmed", "06-11223344", "GH-123-K"];

    private static Uri Pad(string pad) => new(pad, UriKind.Relative);

    private async Task<Guid> DoorverwezenAsync(Guid ontvanger, string niveau, string? grondslag)
    {
        Guid meldingId;
        await using (var scope = factory.Scope())
        {
            var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
            {
                MelderType = "professional",
                Omschrijving = Omschrijving,
                GemeenteCode = "GM0518",
                Uitbuitingsvormen = ["seksueel"],
                Betrokkenen = new BetrokkenenInvoer { Aantal = 3, Geslacht = "vrouw", Leeftijd = "16", Minderjarig = "ja", Taal = "bg" },
                NegeerPersoonsgegevensWaarschuwing = true,
            }, [], Indiener.Publiek());
            Assert.True(u.Gelukt, string.Join("; ", u.Fouten.SelectMany(x => x.Value)));
            meldingId = u.MeldingId!.Value;
        }
        var afzender = factory.Als(Rsiv, Rollen.Aandachtsfunctionaris);
        var triage = await afzender.PutAsJsonAsync(Pad($"/api/v1/meldingen/{meldingId}/triage"), new
        {
            uitbuitingsvormen = new[] { "seksueel" }, indicatoren = new[] { "AFH-04", "SEK-04" }, urgentie = "hoog",
            minderjarigBetrokken = "ja", zijde = "slachtofferkant", gemeenteCode = "GM0518", aanknopingspunten = Array.Empty<object>(),
        });
        Assert.True(triage.StatusCode == HttpStatusCode.OK, await triage.Content.ReadAsStringAsync());
        var antwoord = await afzender.PostAsJsonAsync(Pad($"/api/v1/meldingen/{meldingId}/doorverwijzingen"), new
        {
            ontvangers = new[]
            {
                new
                {
                    organisatieId = ontvanger, rol = "behandelaar", deelniveau = niveau, doel = "Hulp en opvang voor mogelijke slachtoffers.",
                    grondslag,
                },
            },
            reden = "Proef van de weergave per deelniveau.",
        });
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, tekst);
        return JsonNode.Parse(tekst)!["doorverwijzingen"]![0]!.GetValue<Guid>();
    }

    [Fact]
    public async Task Zorgcoordinatie_op_niveau_geen_krijgt_de_feiten_om_te_handelen_en_geen_persoonsgegevens()
    {
        var id = await DoorverwezenAsync(Shop, "geen", null);

        var tekst = await factory.Als(Shop, Rollen.Zorgcoordinator).GetStringAsync(Pad($"/api/v1/doorverwijzingen/{id}"));

        foreach (var waarde in Identificerend.Append("meisjes").Append("vrouw"))
        {
            Assert.DoesNotContain(waarde, tekst, StringComparison.OrdinalIgnoreCase);
        }
        var feiten = JsonNode.Parse(tekst)!["signaal"]!["feiten"]!;
        Assert.Equal("seksueel", (string)feiten["uitbuitingsvormen"]![0]!);
        Assert.Equal("GM0518", (string)feiten["gemeenteCode"]!);
        Assert.Equal("hoog", (string)feiten["urgentie"]!);
        Assert.Equal(3, (int)feiten["aantalBetrokkenen"]!);
        Assert.Equal("bg", (string)feiten["taal"]!);
        Assert.Equal("ja", (string)feiten["minderjarigBetrokken"]!);
        Assert.Equal(["AFH-04", "SEK-04"], feiten["indicatoren"]!.AsArray().Select(i => (string)i!));

        var pagina = await factory.Als(Shop, Rollen.Zorgcoordinator).GetStringAsync(Pad($"/doorverwijzingen/{id}"));
        Assert.Contains("id=\"signaalfeiten\"", pagina, StringComparison.Ordinal);
        Assert.DoesNotContain("Leyweg", pagina, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gepseudonimiseerde_weergave_toont_geen_straat_bedrijf_naam_nummer_of_kenteken_uit_de_vrije_tekst()
    {
        var id = await DoorverwezenAsync(Politie, "gepseudonimiseerd", "OPS-WPG");

        var tekst = await factory.Als(Politie, Rollen.Opsporing).GetStringAsync(Pad($"/api/v1/doorverwijzingen/{id}"));

        var omschrijving = (string)JsonNode.Parse(tekst)!["gepseudonimiseerd"]!["melding"]!["omschrijving"]!;
        foreach (var waarde in Identificerend)
        {
            Assert.DoesNotContain(waarde, tekst, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("[straat]", omschrijving, StringComparison.Ordinal);
        Assert.Contains("drie meisjes", omschrijving, StringComparison.Ordinal);
    }
}

public sealed class DeelniveauWeergaveTestsSqlite(DoorverwijzingSqliteFactory f) : DeelniveauWeergaveTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class DeelniveauWeergaveTestsPostgres(DoorverwijzingPostgresFactory f) : DeelniveauWeergaveTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
