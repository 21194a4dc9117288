namespace Schakel.Core.Opvang;

/// <summary>Languages are ISO 639-1 codes in lower case ("nl", "pl"); this gives their Dutch names for explanations.</summary>
public static class Talen
{
    private static readonly Dictionary<string, string> Namen = new(StringComparer.Ordinal)
    {
        ["nl"] = "Nederlands", ["en"] = "Engels", ["de"] = "Duits", ["fr"] = "Frans", ["es"] = "Spaans",
        ["pt"] = "Portugees", ["it"] = "Italiaans", ["pl"] = "Pools", ["bg"] = "Bulgaars", ["ro"] = "Roemeens",
        ["hu"] = "Hongaars", ["cs"] = "Tsjechisch", ["sk"] = "Slowaaks", ["lt"] = "Litouws", ["lv"] = "Lets",
        ["uk"] = "Oekraïens", ["ru"] = "Russisch", ["ar"] = "Arabisch", ["tr"] = "Turks", ["fa"] = "Perzisch",
        ["ti"] = "Tigrinya", ["am"] = "Amhaars", ["so"] = "Somalisch", ["zh"] = "Chinees", ["vi"] = "Vietnamees",
        ["th"] = "Thai", ["tl"] = "Tagalog", ["ur"] = "Urdu", ["hi"] = "Hindi", ["yo"] = "Yoruba", ["ig"] = "Igbo",
    };

    public static bool IsGeldigeCode(string code) =>
        code.Length == 2 && code.All(c => c is >= 'a' and <= 'z');

    /// <summary>The Dutch name, or the code itself when it is not in the list.</summary>
    public static string Naam(string code) => Namen.TryGetValue(code, out var naam) ? naam : code;
}
