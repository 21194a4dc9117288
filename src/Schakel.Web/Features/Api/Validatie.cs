using System.Text.Json;

namespace Schakel.Web.Features.Api;

/// <summary>
/// Collects every invalid field before answering, so a client fixes all of them in one round:
/// 400 problem+json with an <c>errors</c> member keyed by camelCase field name, Dutch messages.
/// </summary>
public sealed class Validatie
{
    private readonly Dictionary<string, List<string>> _fouten = new(StringComparer.Ordinal);

    public bool IsGeldig => _fouten.Count == 0;

    public Validatie Fout(string veld, string melding)
    {
        var sleutel = JsonNamingPolicy.CamelCase.ConvertName(veld);
        if (!_fouten.TryGetValue(sleutel, out var lijst))
        {
            _fouten[sleutel] = lijst = [];
        }
        lijst.Add(melding);
        return this;
    }

    public Validatie Als(bool ongeldig, string veld, string melding) => ongeldig ? Fout(veld, melding) : this;

    public Validatie Verplicht(string? waarde, string veld) =>
        Als(string.IsNullOrWhiteSpace(waarde), veld, "Dit veld is verplicht.");

    public IReadOnlyDictionary<string, string[]> Fouten => _fouten.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>The 400 answer, or null when everything is valid.</summary>
    public IResult? AlsProbleem() => IsGeldig
        ? null
        : TypedResults.ValidationProblem(Fouten, detail: "Een of meer velden zijn ongeldig; zie errors.", title: "Ongeldige invoer");
}
