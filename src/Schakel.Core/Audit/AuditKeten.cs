using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Schakel.Core.Audit;

public sealed record AuditSchakel(AuditGegevens Gegevens, string VorigeHash, string Hash);

public sealed record VerificatieUitkomst(bool Intact, long AantalGecontroleerd, long? EersteGebrokenVolgnummer, string? Reden);

/// <summary>
/// The hash chain of the audit trail (BIO 8.15): each entry hashes its own content together with the
/// previous entry's hash, so changing, removing or inserting any entry breaks every hash after it.
/// </summary>
public static class AuditKeten
{
    public const string BeginHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// PostgreSQL keeps microseconds and SQLite (dates stored as binary ticks) 100 microseconds; rounding
    /// down to whole milliseconds before hashing makes the hash the same whatever database the entry went
    /// through.
    /// </summary>
    public static DateTimeOffset NormaliseerTijdstip(DateTimeOffset t) =>
        new(t.UtcTicks - (t.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    public static string BerekenHash(AuditGegevens g, string vorigeHash)
    {
        string[] velden =
        [
            g.Volgnummer.ToString(CultureInfo.InvariantCulture),
            NormaliseerTijdstip(g.Tijdstip).ToString("O", CultureInfo.InvariantCulture),
            g.ActorType, g.ActorId ?? "", g.OrganisatieId?.ToString() ?? "",
            g.Actie, g.ObjectType, g.ObjectId ?? "", g.Resultaat, g.Herkomst,
        ];
        // The reason is hashed only when present, so entries without one keep the hash they always had.
        var inhoud = string.Join('\u001f', g.Reden is null ? [.. velden, vorigeHash] : [.. velden, g.Reden, vorigeHash]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(inhoud)));
    }

    public static AuditSchakel Volgende(AuditGegevens gegevens, string vorigeHash)
    {
        var g = gegevens with { Tijdstip = NormaliseerTijdstip(gegevens.Tijdstip) };
        return new AuditSchakel(g, vorigeHash, BerekenHash(g, vorigeHash));
    }

    /// <summary>Checks a chain in order of sequence number and names the first entry that does not fit.</summary>
    public static VerificatieUitkomst Verifieer(IEnumerable<AuditSchakel> keten) => Verifieer(keten, BeginHash, 1);

    /// <summary>Checks a part of the chain that starts after an entry already verified.</summary>
    public static VerificatieUitkomst Verifieer(IEnumerable<AuditSchakel> keten, string vorigeHash, long verwachtVolgnummer)
    {
        long aantal = 0;
        foreach (var schakel in keten)
        {
            var nummer = schakel.Gegevens.Volgnummer;
            if (nummer != verwachtVolgnummer)
            {
                return new(false, aantal, nummer, $"volgnummer {verwachtVolgnummer} ontbreekt of staat niet op zijn plaats");
            }
            if (!string.Equals(schakel.VorigeHash, vorigeHash, StringComparison.Ordinal))
            {
                return new(false, aantal, nummer, "de verwijzing naar de vorige regel klopt niet");
            }
            if (!string.Equals(BerekenHash(schakel.Gegevens, schakel.VorigeHash), schakel.Hash, StringComparison.Ordinal))
            {
                return new(false, aantal, nummer, "de inhoud past niet bij de opgeslagen hash");
            }
            vorigeHash = schakel.Hash;
            verwachtVolgnummer++;
            aantal++;
        }
        return new(true, aantal, null, null);
    }
}
