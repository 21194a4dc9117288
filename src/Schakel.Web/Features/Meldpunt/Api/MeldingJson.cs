using System.Text.Json;
using Schakel.Core.Meldpunt;

namespace Schakel.Web.Features.Meldpunt.Api;

/// <summary>The body of POST /api/v1/meldingen read into the shared <see cref="MeldingInvoer"/>.</summary>
internal static class MeldingJson
{
    public sealed record Gelezen(MeldingInvoer Invoer, string? Kanaal, Dictionary<string, List<string>> Fouten);

    public static Gelezen Lees(JsonElement body)
    {
        var fouten = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var v = new JsonVelden(body, "", fouten);
        var b = v.Object("betrokkenen");
        var c = v.Object("contact");
        var invoer = new MeldingInvoer
        {
            Soort = v.Tekst("soort"),
            MelderType = v.Tekst("melderType"),
            Sector = v.Tekst("sector"),
            Omschrijving = v.Tekst("omschrijving"),
            GemeenteCode = v.Tekst("gemeenteCode"),
            Plaats = v.Tekst("plaats"),
            Tijdstip = v.Tekst("tijdstip"),
            Uitbuitingsvormen = v.Teksten("uitbuitingsvormen", MeldingLimieten.Uitbuitingsvormen * 2),
            Indicatoren = v.Teksten("indicatoren", MeldingLimieten.Indicatoren),
            MinderjarigBetrokken = v.Tekst("minderjarigBetrokken"),
            AcuutGevaar = v.Waarheid("acuutGevaar"),
            Taal = v.Tekst("taal"),
            NegeerPersoonsgegevensWaarschuwing = v.Waarheid("negeerPersoonsgegevensWaarschuwing"),
            Betrokkenen = b is null ? null : new BetrokkenenInvoer
            {
                Aantal = b.Getal("aantal"),
                Geslacht = b.Tekst("geslacht"),
                Leeftijd = b.Tekst("leeftijd"),
                Minderjarig = b.Tekst("minderjarig"),
                Taal = b.Tekst("taal"),
            },
            Contact = c is null ? null : new ContactInvoer
            {
                Naam = c.Tekst("naam"),
                Telefoon = c.Tekst("telefoon"),
                Email = c.Tekst("email"),
                Toestemming = c.Waarheid("toestemming"),
            },
        };
        return new Gelezen(invoer, v.Tekst("kanaal"), fouten);
    }
}
