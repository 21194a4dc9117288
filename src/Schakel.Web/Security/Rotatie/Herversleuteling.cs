using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Schakel.Web.Data;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Security.Rotatie;

/// <summary>How many values of one encrypted column are under each key version, and how many under a version the key ring lacks.</summary>
public sealed record KolomStand(string Naam, IReadOnlyDictionary<string, long> PerVersie, long Onbekend);

/// <summary>The use of every field key version over all encrypted columns.</summary>
public sealed record Sleutelstand(string ActieveVersie, IReadOnlyList<KolomStand> Kolommen)
{
    /// <summary>Values not yet under the active version (including those under a version the key ring lacks).</summary>
    public long TeHerversleutelen => Kolommen.Sum(k => k.Onbekend + k.PerVersie.Where(v => v.Key != ActieveVersie).Sum(v => v.Value));

    public long Totaal => Kolommen.Sum(k => k.Onbekend + k.PerVersie.Values.Sum());

    public long InGebruik(string versie) => Kolommen.Sum(k => k.PerVersie.GetValueOrDefault(versie));

    public IEnumerable<string> Versies => Kolommen.SelectMany(k => k.PerVersie.Keys).Distinct().OrderBy(Sleutelversies.Nummer);
}

/// <summary>What one batch did: rows moved to the active key, rows that could not be read (left as they are), and where to go on.</summary>
public sealed record Batchuitkomst(int Verplaatst, int Onleesbaar, object? Volgende);

/// <summary>
/// Moves encrypted values to the active key version, one batch of one column at a time (docs/adr/0008-sleutelrotatie.md). Rows are
/// found by their stored version, so a stopped run resumes where it was: nothing else is remembered. Each batch's rows and its audit
/// entry (counts, never content) commit together; a row changed by someone else meanwhile is left for the next pass (the UPDATE
/// requires the old value), and a row that does not decrypt is skipped and counted, never overwritten.
/// </summary>
public sealed class Herversleuteling(SchakelDbContext db, Veldversleuteling versleuteling, Sleutelbos sleutels, AuditTrail audit)
{
    public const string Actie = "sleutels.herversleuteld";

    public IReadOnlyList<VersleuteldeKolom> Kolommen { get; } = VersleuteldeKolommen.Uit(db.Model);

    public async Task<Sleutelstand> TelAsync(CancellationToken ct = default)
    {
        var versies = sleutels.Versleuteling.Keys.OrderBy(Sleutelversies.Nummer).ToList();
        var kolommen = new List<KolomStand>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var k in Kolommen)
            {
                await using var opdracht = Opdracht();
                var delen = new List<string> { "COUNT(*)" };
                for (var i = 0; i < versies.Count; i++)
                {
                    delen.Add($"SUM(CASE WHEN {VersieIs(k, opdracht, versies[i], $"@v{i}")} THEN 1 ELSE 0 END)");
                }
                opdracht.CommandText = $"SELECT {string.Join(", ", delen)} FROM {Q(k.Tabel)} WHERE {Versleuteld(k)}";
                await using var lezer = await opdracht.ExecuteReaderAsync(ct);
                await lezer.ReadAsync(ct);
                var perVersie = new Dictionary<string, long>();
                for (var i = 0; i < versies.Count; i++)
                {
                    perVersie[versies[i]] = lezer.IsDBNull(i + 1) ? 0 : Convert.ToInt64(lezer.GetValue(i + 1), CultureInfo.InvariantCulture);
                }
                var totaal = Convert.ToInt64(lezer.GetValue(0), CultureInfo.InvariantCulture);
                // A row of XML with values under two versions counts for each; the rest is under a version the key ring lacks.
                kolommen.Add(new KolomStand(k.Naam, perVersie, Math.Max(0, totaal - perVersie.Values.Sum())));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return new Sleutelstand(sleutels.ActieveVersie, kolommen);
    }

    /// <summary>Every column to the end, batch by batch; <paramref name="naBatch"/> sees each batch (for progress).</summary>
    public async Task<(long Verplaatst, long Onleesbaar)> AllesAsync(int perBatch, Action<VersleuteldeKolom, Batchuitkomst>? naBatch = null, CancellationToken ct = default)
    {
        long verplaatst = 0, onleesbaar = 0;
        foreach (var k in Kolommen)
        {
            object? vanaf = null;
            do
            {
                var uitkomst = await BatchAsync(k, vanaf, perBatch, ct);
                verplaatst += uitkomst.Verplaatst;
                onleesbaar += uitkomst.Onleesbaar;
                naBatch?.Invoke(k, uitkomst);
                vanaf = uitkomst.Volgende;
            }
            while (vanaf is not null);
        }
        return (verplaatst, onleesbaar);
    }

    /// <summary>
    /// The next <paramref name="grootte"/> rows of <paramref name="kolom"/> after key <paramref name="vanaf"/> that are not under the
    /// active version. <see cref="Batchuitkomst.Volgende"/> is null when the column has no more.
    /// </summary>
    public async Task<Batchuitkomst> BatchAsync(VersleuteldeKolom kolom, object? vanaf, int grootte, CancellationToken ct = default)
    {
        var rijen = await OudeRijenAsync(kolom, vanaf, grootte, ct);
        if (rijen.Count == 0)
        {
            return new Batchuitkomst(0, 0, null);
        }

        // Decrypting and encrypting before the write lock: the lock is held only for the updates and the commit.
        var nieuw = new List<(object Sleutel, object Oud, object Nieuw)>();
        var onleesbaar = 0;
        foreach (var (sleutel, waarde) in rijen)
        {
            var context = kolom.Veld.Context(ClrSleutel(kolom, sleutel));
            try
            {
                nieuw.Add((sleutel, waarde, waarde switch
                {
                    byte[] bytes => versleuteling.VersleutelBytes(versleuteling.OntsleutelBytes(bytes, context), context),
                    string xml when kolom.Veld.XmlElement is { } element => InXml(xml, element, context),
                    _ => versleuteling.Versleutel(versleuteling.Ontsleutel((string)waarde, context), context),
                }));
            }
            catch (Exception e) when (e is CryptographicException or KeyNotFoundException or FormatException or ArgumentException or XmlException)
            {
                onleesbaar++;
            }
        }

        var verplaatst = 0;
        if (nieuw.Count > 0)
        {
            var sql = $"UPDATE {Q(kolom.Tabel)} SET {Q(kolom.Kolom)} = {{0}} WHERE {Q(kolom.Sleutelkolom)} = {{1}} AND {Q(kolom.Kolom)} = {{2}}";
            verplaatst = await audit.InTransactieAsync(db, async () =>
            {
                var n = 0;
                foreach (var (sleutel, oud, waarde) in nieuw)
                {
                    n += await db.Database.ExecuteSqlRawAsync(sql, [waarde, sleutel, oud], ct);
                }
                return n;
            }, n => n == 0 ? [] :
            [
                new AuditInvoer(AuditActor.Systeem, Actie, kolom.Naam.Length <= 80 ? kolom.Naam : kolom.Naam[..80], null, AuditResultaat.Gelukt, Herkomst.Systeem,
                    $"rijen {n}, naar versie {sleutels.ActieveVersie}"),
            ], ct);
        }
        return new Batchuitkomst(verplaatst, onleesbaar, rijen.Count < grootte ? null : rijen[^1].Sleutel);
    }

    /// <summary>Re-encrypts the text of every <paramref name="element"/> in the XML; the rest of the document stays as it is.</summary>
    private string InXml(string xml, string element, string context)
    {
        var document = XElement.Parse(xml, LoadOptions.PreserveWhitespace);
        foreach (var e in document.DescendantsAndSelf(element))
        {
            e.Value = versleuteling.Versleutel(versleuteling.Ontsleutel(e.Value, context), context);
        }
        return document.ToString(SaveOptions.DisableFormatting);
    }

    private async Task<List<(object Sleutel, object Waarde)>> OudeRijenAsync(VersleuteldeKolom k, object? vanaf, int grootte, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var opdracht = Opdracht();
            var waar = $"{Versleuteld(k)} AND NOT ({VersieIs(k, opdracht, sleutels.ActieveVersie, "@actief")})";
            if (vanaf is not null)
            {
                waar += $" AND {Q(k.Sleutelkolom)} > @vanaf";
                Parameter(opdracht, "@vanaf", vanaf);
            }
            opdracht.CommandText =
                $"SELECT {Q(k.Sleutelkolom)}, {Q(k.Kolom)} FROM {Q(k.Tabel)} WHERE {waar} ORDER BY {Q(k.Sleutelkolom)} LIMIT {grootte.ToString(CultureInfo.InvariantCulture)}";
            var rijen = new List<(object, object)>();
            await using var lezer = await opdracht.ExecuteReaderAsync(ct);
            while (await lezer.ReadAsync(ct))
            {
                rijen.Add((lezer.GetValue(0), lezer.GetValue(1)));
            }
            return rijen;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private DbCommand Opdracht()
    {
        var opdracht = db.Database.GetDbConnection().CreateCommand();
        opdracht.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return opdracht;
    }

    /// <summary>
    /// Holds a stored value at all: text in the <c>v{n}:</c> form, a non-empty binary value, or XML with ciphertext in its element.
    /// </summary>
    private static string Versleuteld(VersleuteldeKolom k) => k.Binair
        ? $"{Q(k.Kolom)} IS NOT NULL AND length({Q(k.Kolom)}) > 0"
        : k.Veld.XmlElement is { } element
            ? $"{Q(k.Kolom)} LIKE '%<{Element(element)}%>v%:%'"
            : $"{Q(k.Kolom)} LIKE 'v%:%'";

    /// <summary>The value is under <paramref name="versie"/>: the text prefix <c>v{n}:</c>, or the first byte of the binary form.</summary>
    private static string VersieIs(VersleuteldeKolom k, DbCommand opdracht, string versie, string naam)
    {
        var nummer = Sleutelversies.Nummer(versie);
        if (k.Binair)
        {
            Parameter(opdracht, naam, new[] { (byte)nummer });
            return $"substr({Q(k.Kolom)}, 1, 1) = {naam}";
        }
        // The element may carry an attribute (xmlns=""), so the pattern allows anything up to its '>'.
        var voorvoegsel = k.Veld.XmlElement is { } element ? $"%<{Element(element)}%>" : "";
        Parameter(opdracht, naam, $"{voorvoegsel}v{nummer.ToString(CultureInfo.InvariantCulture)}:%");
        return $"{Q(k.Kolom)} LIKE {naam}";
    }

    /// <summary>An element name is declared in code; only letters keep it safe inside a LIKE pattern and the SQL text.</summary>
    private static string Element(string naam) => naam.All(char.IsAsciiLetter) ? naam : throw new InvalidOperationException($"XML-element '{naam}': alleen letters.");

    private static void Parameter(DbCommand opdracht, string naam, object waarde)
    {
        var p = opdracht.CreateParameter();
        p.ParameterName = naam;
        p.Value = waarde;
        opdracht.Parameters.Add(p);
    }

    /// <summary>SQLite hands a Guid key back as its text; the context is built from the Guid itself.</summary>
    private static object ClrSleutel(VersleuteldeKolom k, object opgeslagen) => k.Sleuteltype switch
    {
        var t when t == typeof(Guid) => opgeslagen is Guid g ? g : Guid.Parse((string)opgeslagen, CultureInfo.InvariantCulture),
        var t when t == typeof(long) => Convert.ToInt64(opgeslagen, CultureInfo.InvariantCulture),
        var t when t == typeof(int) => Convert.ToInt32(opgeslagen, CultureInfo.InvariantCulture),
        _ => opgeslagen,
    };

    private static string Q(string naam) => "\"" + naam.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
