using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>
/// Errors of a public form: the engine reports them by API field name ("contact.email"); the page shows them
/// in a summary with links and next to each field (aria-describedby, aria-invalid), in the reader's language.
/// </summary>
public abstract class FormulierModel(PubliekeTekst teksten) : PageModel
{
    protected PubliekeTekst Teksten => teksten;

    private readonly Dictionary<string, string> _fouten = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Id, string Tekst)> Foutsamenvatting => [.. _fouten.Select(f => (VeldId(f.Key), f.Value))];

    public static string VeldId(string veld) => veld.Replace('.', '-');

    protected void ZetFouten(IReadOnlyDictionary<string, string[]> fouten)
    {
        foreach (var (veld, meldingen) in fouten)
        {
            _fouten[veld] = teksten.Fout(veld, string.Join(" ", meldingen));
        }
    }

    protected void ZetFout(string veld, string tekst) => _fouten[veld] = tekst;

    public bool HeeftFouten => _fouten.Count > 0;

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
