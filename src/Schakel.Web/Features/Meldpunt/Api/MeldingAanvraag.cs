namespace Schakel.Web.Features.Meldpunt.Api;

/// <summary>
/// The bodies of /api/v1/meldingen as the OpenAPI document shows them. The endpoints read each body as a JSON
/// document themselves (<see cref="MeldingJson"/>) so that every invalid field is reported at once, type errors
/// included; these records only describe what they read. Values are words (e.g. <c>soort</c>: melding or
/// adviesvraag) that the 400 answer lists when one is unknown.
/// </summary>
public static class MeldingAanvragen
{
    public sealed record Melding(
        string? Soort, string? MelderType, string? Sector, string? Omschrijving, string? GemeenteCode, string? Plaats,
        string? Tijdstip, List<string>? Uitbuitingsvormen, List<string>? Indicatoren, string? MinderjarigBetrokken,
        bool? AcuutGevaar, string? Taal, bool? NegeerPersoonsgegevensWaarschuwing, Betrokkenen? Betrokkenen, Contact? Contact,
        string? Kanaal);

    public sealed record Betrokkenen(int? Aantal, string? Geslacht, string? Leeftijd, string? Minderjarig, string? Taal);

    public sealed record Contact(string? Naam, string? Telefoon, string? Email, bool? Toestemming);

    public sealed record Code(string Ontvangstcode);

    public sealed record Reactie(string Ontvangstcode, string Tekst);
}
