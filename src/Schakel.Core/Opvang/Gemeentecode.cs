namespace Schakel.Core.Opvang;

/// <summary>Municipalities are identified by their CBS code, "GM" followed by four digits (GM0518).</summary>
public static class Gemeentecode
{
    public static bool IsGeldig(string? code) =>
        code is { Length: 6 } && code.StartsWith("GM", StringComparison.Ordinal) && code[2..].All(char.IsAsciiDigit);
}
