using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>
/// Errors of a public form: the engine reports them by API field name ("contact.email"); the page shows them
/// in a summary with links and next to each field (aria-describedby, aria-invalid), in the reader's language.
/// </summary>
public abstract partial class FormulierModel(PubliekeTekst teksten) : PageModel
{
    protected PubliekeTekst Teksten => teksten;

    private readonly Dictionary<string, string> _fouten = new(StringComparer.Ordinal);

    /// <summary>
    /// The summary names each field before its message, since there the message stands apart from its field
    /// ("Telefoonnummer: Dit is geen telefoonnummer."); next to the field the label already says it.
    /// </summary>
    public IReadOnlyList<(string Id, string Tekst)> Foutsamenvatting => [.. _fouten.Select(f => (VeldId(f.Key), MetVeldnaam(f.Key, f.Value)))];

    /// <summary>The resource key of a field's label on this page (API field name to key); null when it has none.</summary>
    protected virtual string? LabelSleutel(string veld) => veld switch
    {
        "acuutGevaar" => "Acuut",
        "melderType" => "MelderType",
        "sector" => "Sector",
        "omschrijving" => "Omschrijving",
        "gemeenteCode" => "Gemeente",
        "plaats" => "Plaats",
        "tijdstip" => "Tijdstip",
        "uitbuitingsvormen" => "Vormen",
        "indicatoren" => "Signalen",
        "betrokkenen.aantal" => "Aantal",
        "betrokkenen.geslacht" => "Geslacht",
        "betrokkenen.leeftijd" => "Leeftijd",
        "betrokkenen.taal" => "BetrokkenenTaal",
        "minderjarigBetrokken" => "Minderjarig",
        "contact.naam" => "ContactNaam",
        "contact.telefoon" => "ContactTelefoon",
        "contact.email" => "ContactEmail",
        "contact.toestemming" => "Contact",
        "bijlagen" => "Bijlagen",
        "tekst" => "OpvTekst",
        "code" => "OpvCode",
        _ => null,
    };

    private string MetVeldnaam(string veld, string tekst)
    {
        if (LabelSleutel(veld) is not { } sleutel || teksten[sleutel] is not { ResourceNotFound: false } label)
        {
            return tekst;
        }
        // "Waar precies? (niet verplicht)" names the field as "Waar precies?".
        var naam = Haakjes().Replace(label.Value, "").Trim();
        return naam.EndsWith('?') || naam.EndsWith('.') ? $"{naam} {tekst}" : $"{naam}: {tekst}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial System.Text.RegularExpressions.Regex Haakjes();

    public static string VeldId(string veld) => veld.Replace('.', '-');

    protected void ZetFouten(IReadOnlyDictionary<string, string[]> fouten)
    {
        foreach (var (veld, meldingen) in fouten)
        {
            _fouten[veld] = teksten.Fout(veld, string.Join(" ", meldingen));
        }
    }

    protected void ZetFout(string veld, string tekst) => _fouten[veld] = tekst;

    /// <summary>
    /// Fields that held refused characters (a NUL, a lone surrogate: <see cref="Web.Features.Api.Invoer.PaginaInvoerFilter"/>) or were
    /// longer than allowed get
    /// their message next to them; the caller then stores nothing and shows the form again with the rest of the text.
    /// Form names follow the API's with a dash ("contact-naam" is "contact.naam").
    /// </summary>
    protected bool ZetTekenFouten()
    {
        var velden = Web.Features.Api.Invoer.PaginaInvoerFilter.OngeldigeVelden(HttpContext);
        foreach (var veld in velden)
        {
            _fouten[ApiVeld(veld)] = teksten["OngeldigeTekens"].Value;
        }
        // Values longer than the field allows (Invoerlengte): the same rule, with the filter's message (the maximum in it).
        var teLang = Web.Features.Api.Invoer.Invoerlengte.TeLangeVelden(HttpContext);
        foreach (var veld in teLang.Keys)
        {
            _fouten[ApiVeld(veld)] = ModelState[veld]?.Errors.FirstOrDefault()?.ErrorMessage ?? teksten["OngeldigeTekens"].Value;
        }
        return velden.Count > 0 || teLang.Count > 0;
    }

    private static string ApiVeld(string veld) =>
        veld.StartsWith("contact-", StringComparison.Ordinal) || veld.StartsWith("betrokkenen-", StringComparison.Ordinal)
            ? veld.Replace('-', '.')
            : veld;

    public bool HeeftFouten => _fouten.Count > 0;

    protected bool HeeftFout(string veld) => _fouten.ContainsKey(veld);

    public (string Id, string? Tekst) Fout(string veld) => (VeldId(veld), _fouten.GetValueOrDefault(veld));

    public string? AriaOngeldig(string veld) => _fouten.ContainsKey(veld) ? "true" : null;

    /// <summary>aria-describedby: the hint (when there is one) and the error (when there is one).</summary>
    public string? Beschrijving(string veld, bool metHint = false)
    {
        var id = VeldId(veld);
        var delen = new List<string>();
        if (metHint)
        {
            delen.Add(id + "-hint");
        }
        if (_fouten.ContainsKey(veld))
        {
            delen.Add(id + "-fout");
        }
        return delen.Count == 0 ? null : string.Join(' ', delen);
    }
}
