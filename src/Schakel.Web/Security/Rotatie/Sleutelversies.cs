using System.Globalization;
using System.Security.Cryptography;

namespace Schakel.Web.Security.Rotatie;

/// <summary>
/// Changes to the field keys of a key ring (docs/adr/0008-sleutelrotatie.md). Versions are whole numbers 1–255: the binary form
/// of an encrypted field (attachments) stores its version in one byte.
/// </summary>
public static class Sleutelversies
{
    /// <summary>A key ring with one more field key, one number above the highest, made the active one.</summary>
    public static Sleutelbos MetNieuweVersie(Sleutelbos sleutels, byte[]? sleutel = null)
    {
        var nieuw = sleutels.Versleuteling.Keys.Select(Nummer).DefaultIfEmpty(0).Max() + 1;
        if (nieuw > byte.MaxValue)
        {
            throw new InvalidOperationException($"Er kan geen sleutelversie boven {byte.MaxValue} bij: pensioneer eerst oude versies.");
        }
        var versie = nieuw.ToString(CultureInfo.InvariantCulture);
        var sleutelsNu = new Dictionary<string, byte[]>(sleutels.Versleuteling) { [versie] = sleutel ?? RandomNumberGenerator.GetBytes(32) };
        return Kopie(sleutels, sleutelsNu, versie);
    }

    /// <summary>The key ring without <paramref name="versie"/>. Whether any row still uses it is the caller's check (<see cref="Sleutelstand"/>).</summary>
    public static Sleutelbos Zonder(Sleutelbos sleutels, string versie)
    {
        if (versie == sleutels.ActieveVersie)
        {
            throw new InvalidOperationException($"Versie {versie} is de actieve sleutel.");
        }
        var sleutelsNu = new Dictionary<string, byte[]>(sleutels.Versleuteling);
        if (!sleutelsNu.Remove(versie))
        {
            throw new InvalidOperationException($"Versie {versie} staat niet in de sleutels.");
        }
        return Kopie(sleutels, sleutelsNu, sleutels.ActieveVersie);
    }

    public static bool IsGeldig(string versie) =>
        int.TryParse(versie, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= byte.MaxValue;

    public static int Nummer(string versie) =>
        IsGeldig(versie)
            ? int.Parse(versie, NumberStyles.None, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"Sleutelversie '{versie}' is geen getal van 1 tot en met {byte.MaxValue}.");

    private static Sleutelbos Kopie(Sleutelbos s, IReadOnlyDictionary<string, byte[]> versleuteling, string actief) => new()
    {
        Versleuteling = versleuteling,
        ActieveVersie = actief,
        Pseudoniem = s.Pseudoniem,
        Ontvangstcode = s.Ontvangstcode,
        Token = s.Token,
        Bestand = s.Bestand,
        Herkomst = s.Herkomst,
    };
}
