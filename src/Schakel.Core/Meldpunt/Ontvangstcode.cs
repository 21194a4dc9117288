using System.Security.Cryptography;
using System.Text;

namespace Schakel.Core.Meldpunt;

/// <summary>
/// The receipt code an anonymous reporter keeps: 16 random digits (about 53 bits), shown once in groups of
/// four. Only its canonical form (the bare digits) is ever hashed.
/// </summary>
public static class Ontvangstcode
{
    public const int Lengte = 16;

    public static string Nieuw()
    {
        var cijfers = new char[Lengte];
        for (var i = 0; i < Lengte; i++)
        {
            cijfers[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        }
        return new string(cijfers);
    }

    /// <summary>"1234 5678 9012 3456": groups of four are easier to copy without mistakes.</summary>
    public static string Formatteer(string cijfers)
    {
        if (!IsCanoniek(cijfers))
        {
            throw new ArgumentException("Een ontvangstcode bestaat uit 16 cijfers.", nameof(cijfers));
        }
        return $"{cijfers[..4]} {cijfers[4..8]} {cijfers[8..12]} {cijfers[12..]}";
    }

    /// <summary>
    /// Accepts what people type: spaces, dashes and dots between digits are ignored; anything else, or a
    /// number of digits other than 16, is not a code.
    /// </summary>
    public static bool TryLees(string? invoer, out string cijfers)
    {
        cijfers = "";
        if (invoer is null || invoer.Length > 64)
        {
            return false;
        }
        var sb = new StringBuilder(Lengte);
        foreach (var c in invoer)
        {
            if (char.IsAsciiDigit(c))
            {
                if (sb.Length == Lengte)
                {
                    return false;
                }
                sb.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '\u00a0' or '\t'))
            {
                return false;
            }
        }
        if (sb.Length != Lengte)
        {
            return false;
        }
        cijfers = sb.ToString();
        return true;
    }

    private static bool IsCanoniek(string s) => s.Length == Lengte && s.All(char.IsAsciiDigit);
}
