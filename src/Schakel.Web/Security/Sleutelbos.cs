using System.Security.Cryptography;
using System.Text.Json;

namespace Schakel.Web.Security;

/// <summary>
/// All secret keys of Schakel. They come from configuration or a key file and never from the database,
/// so a stolen database alone reveals no personal data and allows no receipt-code guessing.
/// </summary>
public sealed class Sleutelbos
{
    /// <summary>AES-256 keys for field encryption, by version; old versions stay to read old data.</summary>
    public required IReadOnlyDictionary<string, byte[]> Versleuteling { get; init; }
    public required string ActieveVersie { get; init; }
    /// <summary>HMAC key for linkable pseudonyms (phone, address, plate...).</summary>
    public required byte[] Pseudoniem { get; init; }
    /// <summary>Secret key mixed into receipt-code hashes.</summary>
    public required byte[] Ontvangstcode { get; init; }
    /// <summary>Signing key for API access tokens.</summary>
    public required byte[] Token { get; init; }

    /// <summary>The key file this start created because none was there; <c>null</c> when the keys were loaded.</summary>
    public string? NieuwAangemaaktBestand { get; init; }

    /// <summary>The key file the keys were read from (or created in); <c>null</c> when they come from configuration.</summary>
    public string? Bestand { get; init; }

    /// <summary>Where the keys came from, for the message when they do not fit the database (never the keys themselves).</summary>
    public string Herkomst { get; init; } = "de configuratie (sectie Sleutels)";

    public static Sleutelbos Nieuw() => new()
    {
        Versleuteling = new Dictionary<string, byte[]> { ["1"] = RandomNumberGenerator.GetBytes(32) },
        ActieveVersie = "1",
        Pseudoniem = RandomNumberGenerator.GetBytes(32),
        Ontvangstcode = RandomNumberGenerator.GetBytes(32),
        Token = RandomNumberGenerator.GetBytes(32),
    };

    /// <summary>
    /// Reads `Sleutels` from configuration; else the key file `Sleutels:Bestand`; else, only when allowed
    /// (Development, or `Sleutels:AutomatischAanmaken`), creates that file with new random keys.
    /// Production without keys refuses to start rather than run with keys nobody backs up.
    /// </summary>
    public static Sleutelbos Laad(IConfiguration configuration, bool magAanmaken)
    {
        var sectie = configuration.GetSection("Sleutels");
        if (sectie["Pseudoniem"] is { Length: > 0 })
        {
            return UitSectie(sectie);
        }

        var bestand = sectie["Bestand"] ?? Path.Combine("data", "keys", "sleutels.json");
        if (File.Exists(bestand))
        {
            var geladen = UitBestand(File.ReadAllText(bestand));
            return new Sleutelbos
            {
                Versleuteling = geladen.Versleuteling, ActieveVersie = geladen.ActieveVersie, Pseudoniem = geladen.Pseudoniem,
                Ontvangstcode = geladen.Ontvangstcode, Token = geladen.Token, Herkomst = $"het sleutelbestand '{bestand}'", Bestand = bestand,
            };
        }

        if (!magAanmaken && !sectie.GetValue<bool>("AutomatischAanmaken"))
        {
            throw new InvalidOperationException(
                $"Geen sleutels: zet de sectie Sleutels in de configuratie of leg een sleutelbestand op '{bestand}'.");
        }

        var willekeurig = Nieuw();
        var nieuw = new Sleutelbos
        {
            Versleuteling = willekeurig.Versleuteling, ActieveVersie = willekeurig.ActieveVersie, Pseudoniem = willekeurig.Pseudoniem,
            Ontvangstcode = willekeurig.Ontvangstcode, Token = willekeurig.Token,
            NieuwAangemaaktBestand = bestand, Bestand = bestand, Herkomst = $"het zojuist aangemaakte sleutelbestand '{bestand}'",
        };
        Schrijf(bestand, nieuw);
        return nieuw;
    }

    /// <summary>
    /// Writes the key file readable by its owner only. Through a temporary file and a rename, so a crash halfway never leaves
    /// a file with half the keys (key rotation rewrites a file that already protects data).
    /// </summary>
    public static void Schrijf(string bestand, Sleutelbos sleutels)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(bestand))!);
        var tijdelijk = bestand + ".nieuw";
        File.WriteAllText(tijdelijk, NaarBestand(sleutels));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tijdelijk, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.Move(tijdelijk, bestand, overwrite: true);
    }

    private sealed record BestandVorm(Dictionary<string, string> Versleuteling, string ActieveVersie, string Pseudoniem, string Ontvangstcode, string Token);

    public static string NaarBestand(Sleutelbos s) => JsonSerializer.Serialize(new BestandVorm(
        s.Versleuteling.ToDictionary(k => k.Key, k => Convert.ToBase64String(k.Value)),
        s.ActieveVersie, Convert.ToBase64String(s.Pseudoniem), Convert.ToBase64String(s.Ontvangstcode), Convert.ToBase64String(s.Token)));

    private static Sleutelbos UitBestand(string json)
    {
        var v = JsonSerializer.Deserialize<BestandVorm>(json) ?? throw new InvalidOperationException("Sleutelbestand is leeg.");
        return Controleer(new Sleutelbos
        {
            Versleuteling = v.Versleuteling.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value)),
            ActieveVersie = v.ActieveVersie,
            Pseudoniem = Convert.FromBase64String(v.Pseudoniem),
            Ontvangstcode = Convert.FromBase64String(v.Ontvangstcode),
            Token = Convert.FromBase64String(v.Token),
        });
    }

    private static Sleutelbos UitSectie(IConfigurationSection s) => Controleer(new Sleutelbos
    {
        Versleuteling = s.GetSection("Versleuteling").GetChildren().ToDictionary(c => c.Key, c => Convert.FromBase64String(c.Value ?? "")),
        ActieveVersie = s["ActieveVersie"] ?? "1",
        Pseudoniem = Convert.FromBase64String(s["Pseudoniem"] ?? ""),
        Ontvangstcode = Convert.FromBase64String(s["Ontvangstcode"] ?? ""),
        Token = Convert.FromBase64String(s["Token"] ?? ""),
    });

    private static Sleutelbos Controleer(Sleutelbos s)
    {
        // Versions are numbers because an encrypted attachment stores its version in one byte and the rotation orders
        // versions by number. A name like "v1" used to pass here and then failed every re-encryption round, 30 s after
        // start, as a bare InvalidOperationException; now the node refuses to start and says why.
        if (s.Versleuteling.Keys.FirstOrDefault(v => !Rotatie.Sleutelversies.IsGeldig(v)) is { } fout)
        {
            throw new InvalidOperationException(
                $"Sleutelversie '{fout}' is geen getal van 1 tot en met {byte.MaxValue}: noem de sleutels Sleutels:Versleuteling:1, :2, … (als omgevingsvariabele Sleutels__Versleuteling__1).");
        }
        if (!s.Versleuteling.TryGetValue(s.ActieveVersie, out var actief) || actief.Length != 32)
        {
            throw new InvalidOperationException("De actieve versleutelingssleutel ontbreekt of is geen 256 bits.");
        }
        if (s.Pseudoniem.Length < 32 || s.Ontvangstcode.Length < 32 || s.Token.Length < 32)
        {
            throw new InvalidOperationException("Sleutels voor pseudoniemen, ontvangstcodes en tokens moeten minstens 256 bits zijn.");
        }
        return s;
    }
}
