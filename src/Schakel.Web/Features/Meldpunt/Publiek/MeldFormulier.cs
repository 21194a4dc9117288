using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Bijlagen;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Features.Regio;
using Schakel.Web.Features.Taal;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>Reads the public forms into the engine's <see cref="MeldingInvoer"/>; field names follow the API's.</summary>
public static class MeldFormulier
{
    public static readonly string[] Vormen = ["seksueel", "arbeid", "crimineel", "orgaanverwijdering"];
    public static readonly string[] MelderTypen = ["burger", "professional", "betrokkene", "anders"];
    public static readonly string[] Sectoren = ["Zorg", "Onderwijs", "Kinderopvang", "MaatschappelijkeOndersteuning", "Jeugdhulp", "Justitie", "Anders"];

    /// <summary>The form as typed; <c>aantalOngeldig</c> when the number of people is not a number.</summary>
    public static (MeldingInvoer Invoer, bool AantalOngeldig) Lees(IFormCollection f, string soort, string taal)
    {
        static string? W(IFormCollection f, string naam) => string.IsNullOrWhiteSpace(f[naam]) ? null : f[naam].ToString();

        var aantalTekst = W(f, "betrokkenen-aantal");
        int? aantal = null;
        var aantalOngeldig = false;
        if (aantalTekst is not null)
        {
            if (int.TryParse(aantalTekst, NumberStyles.Integer, CultureInfo.InvariantCulture, out var a))
            {
                aantal = a;
            }
            else
            {
                aantalOngeldig = true;
            }
        }
        var betrokkenen = new BetrokkenenInvoer
        {
            Aantal = aantal,
            Geslacht = W(f, "betrokkenen-geslacht"),
            Leeftijd = W(f, "betrokkenen-leeftijd"),
            Taal = W(f, "betrokkenen-taal"),
        };
        var contact = new ContactInvoer
        {
            Naam = W(f, "contact-naam"),
            Telefoon = W(f, "contact-telefoon"),
            Email = W(f, "contact-email"),
            Toestemming = f["contact-toestemming"] == "true",
        };
        var invoer = new MeldingInvoer
        {
            Soort = soort,
            MelderType = W(f, "melderType"),
            Sector = W(f, "sector"),
            Omschrijving = f["omschrijving"].ToString(),
            GemeenteCode = W(f, "gemeenteCode"),
            Plaats = W(f, "plaats"),
            Tijdstip = W(f, "tijdstip"),
            Uitbuitingsvormen = [.. f["uitbuitingsvormen"].OfType<string>().Distinct()],
            Indicatoren = [.. f["indicatoren"].OfType<string>().Distinct()],
            Betrokkenen = betrokkenen is { Aantal: null, Geslacht: null, Leeftijd: null, Taal: null } ? null : betrokkenen,
            MinderjarigBetrokken = W(f, "minderjarigBetrokken") ?? "onbekend",
            AcuutGevaar = f["acuutGevaar"] == "ja",
            Taal = taal,
            Contact = contact.IsLeeg ? null : contact,
            NegeerPersoonsgegevensWaarschuwing = f["negeerPersoonsgegevensWaarschuwing"] == "true",
        };
        return (invoer, aantalOngeldig);
    }

    public static async Task<List<BijlageInvoer>> BijlagenAsync(IFormFileCollection bestanden, CancellationToken ct)
    {
        var lijst = new List<BijlageInvoer>();
        foreach (var b in bestanden.Where(b => b.Length > 0).Take(MeldingLimieten.Bijlagen + 1))
        {
            lijst.Add(await BijlageInvoer.UitFormulierAsync(b, ct));
        }
        return lijst;
    }

    /// <summary>The language stored with a report: the UI language, or Dutch B1 when easy language is on.</summary>
    public static string Taal(HttpContext http) =>
        EenvoudigeTaal.IsAan(http) ? "nl-B1" : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static Task<List<Gemeente>> GemeentenAsync(SchakelDbContext db, CancellationToken ct) =>
        db.Set<Gemeente>().AsNoTracking().OrderBy(g => g.Naam).ToListAsync(ct);

    public static Task<List<Indicator>> IndicatorenAsync(SchakelDbContext db, CancellationToken ct) =>
        db.Set<Indicator>().AsNoTracking().Include(i => i.Teksten).Where(i => i.Actief).OrderBy(i => i.Groep).ThenBy(i => i.Code).ToListAsync(ct);

    /// <summary>The label in the reader's language (or easy Dutch); where a language lacks it, English marked lang="en".</summary>
    public static (string Tekst, string? Lang) Label(Indicator i, bool eenvoudig = false) =>
        Signaaltaal.Label(i, Signaaltaal.Huidig(eenvoudig));
}
