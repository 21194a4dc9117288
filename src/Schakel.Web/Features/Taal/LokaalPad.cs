namespace Schakel.Web.Features.Taal;

/// <summary>Guards redirects that come from a form, so the switch cannot send anyone to another site.</summary>
public static class LokaalPad
{
    public static bool IsLokaal(string? pad) =>
        !string.IsNullOrEmpty(pad)
        && pad[0] == '/'
        && (pad.Length == 1 || (pad[1] != '/' && pad[1] != '\\'))
        && !pad.Any(char.IsControl);
}
