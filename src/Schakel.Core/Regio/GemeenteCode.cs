namespace Schakel.Core.Regio;

/// <summary>CBS municipality codes look like GM0518: "GM" and four digits.</summary>
public static class GemeenteCode
{
    public static bool IsGeldig(string? code) =>
        code is { Length: 6 } && code.StartsWith("GM", StringComparison.Ordinal) && code[2..].All(char.IsAsciiDigit);
}
