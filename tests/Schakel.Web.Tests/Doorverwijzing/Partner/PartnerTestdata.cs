using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Organisaties;
using Schakel.Core.Meldpunt;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Doorverwijzing.Partner;

/// <summary>
/// A report with known identifying values, triaged and referred through the sending side's own API, so the
/// receiving side is tested on exactly the rows the sending side makes.
/// </summary>
public static class PartnerTestdata
{
    public static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    public static readonly Guid Politie = DemoOrganisaties.IdVan(DemoOrganisaties.Politie);
    public static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);

    public const string SlachtofferNaam = "Piet Matrixproef";
    public const string SlachtofferTelefoon = "0612345678";
    public const string SlachtofferEmail = "piet.matrixproef@voorbeeld.nl";
    public const string LeadAdres = "Loodsweg 12";
    public const string LeadTelefoon = "0611122233";
    public const string MelderNaam = "Marie Melderproef";
    public const string MelderTelefoon = "0687654321";
    public const string MelderEmail = "marie.melderproef@voorbeeld.nl";
    public const string Plaats = "Loodsweg 12, Den Haag";

    /// <summary>Every identifying value of the report and its triage (and recognisable parts of them).</summary>
    public static readonly string[] Identificerend =
    [
        SlachtofferNaam, "Matrixproef", SlachtofferTelefoon, SlachtofferEmail, LeadAdres, "Loodsweg", LeadTelefoon,
        MelderNaam, "Melderproef", MelderTelefoon, MelderEmail,
    ];

    public static HttpClient Afzender(SchakelFactory f) => f.Als(Rsiv, Rollen.Aandachtsfunctionaris);
    public static HttpClient Ontvanger(SchakelFactory f) => f.Als(Politie, Rollen.Opsporing);
    public static HttpClient Derde(SchakelFactory f) => f.Als(Shop, Rollen.Zorgcoordinator);

    public static Uri Pad(string pad) => new(pad, UriKind.Relative);

    /// <summary>A new report referred to the police at <paramref name="niveau"/>; returns the referral id.</summary>
    public static async Task<Guid> DoorverwezenAsync(SchakelFactory f, string niveau, bool metMelder = false)
    {
        Guid meldingId;
        await using (var scope = f.Scope())
        {
            var u = await scope.ServiceProvider.GetRequiredService<MeldpuntIntake>().MeldAsync(new MeldingInvoer
            {
                MelderType = "burger",
                Omschrijving = $"{SlachtofferNaam} slaapt in een busje aan de {LeadAdres}; bel {SlachtofferTelefoon} of mail {SlachtofferEmail}. Gemeld door {MelderNaam}.",
                GemeenteCode = "GM0518",
                Plaats = Plaats,
                Tijdstip = "2026-10",
                Uitbuitingsvormen = ["arbeid"],
                Betrokkenen = new BetrokkenenInvoer { Aantal = 1, Geslacht = "man", Leeftijd = "34", Minderjarig = "nee" },
                Contact = new ContactInvoer { Naam = MelderNaam, Telefoon = MelderTelefoon, Email = MelderEmail, Toestemming = true },
                NegeerPersoonsgegevensWaarschuwing = true,
            }, [], Indiener.Publiek());
            Assert.True(u.Gelukt, string.Join("; ", u.Fouten.SelectMany(x => x.Value)));
            meldingId = u.MeldingId!.Value;
        }
        var afzender = Afzender(f);
        var triage = await afzender.PutAsJsonAsync(Pad($"/api/v1/meldingen/{meldingId}/triage"), new
        {
            uitbuitingsvormen = new[] { "arbeid" },
            indicatoren = Array.Empty<string>(),
            urgentie = "hoog",
            minderjarigBetrokken = "nee",
            zijde = "daderkant",
            gemeenteCode = "GM0518",
            aanknopingspunten = new[]
            {
                new { soort = "naam", waarde = SlachtofferNaam },
                new { soort = "adres", waarde = LeadAdres },
                new { soort = "telefoonnummer", waarde = LeadTelefoon },
            },
        });
        Assert.True(triage.StatusCode == HttpStatusCode.OK, await triage.Content.ReadAsStringAsync());
        var antwoord = await afzender.PostAsJsonAsync(Pad($"/api/v1/meldingen/{meldingId}/doorverwijzingen"), new
        {
            ontvangers = new[]
            {
                new
                {
                    organisatieId = Politie, rol = "behandelaar", deelniveau = niveau, doel = "Opsporing bij een signaal van arbeidsuitbuiting.",
                    grondslag = niveau == "geen" ? null : "OPS-WPG", toestemmingSlachtoffer = false, redenVitaalBelang = (string?)null,
                    metMeldergegevens = metMelder, toestemmingMelder = metMelder,
                },
            },
            reden = "Toets van de ontvangende kant.",
        });
        var tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.Created, tekst);
        return System.Text.Json.Nodes.JsonNode.Parse(tekst)!["doorverwijzingen"]![0]!.GetValue<Guid>();
    }

    public static async Task<T> DbAsync<T>(SchakelFactory f, Func<SchakelDbContext, Task<T>> doe)
    {
        await using var scope = f.Scope();
        return await doe(scope.ServiceProvider.GetRequiredService<SchakelDbContext>());
    }
}
