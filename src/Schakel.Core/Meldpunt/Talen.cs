namespace Schakel.Core.Meldpunt;

/// <summary>Languages a reporter can choose; follow-up messages are sent in the chosen one.</summary>
public static class MeldTalen
{
    public const string Standaard = "nl";
    public static readonly IReadOnlyList<string> Alle = ["nl", "nl-B1", "en", "pl", "bg", "ro"];

    public static string? Normaliseer(string? taal) =>
        string.IsNullOrWhiteSpace(taal) ? Standaard : Alle.FirstOrDefault(t => string.Equals(t, taal.Trim(), StringComparison.OrdinalIgnoreCase));
}
