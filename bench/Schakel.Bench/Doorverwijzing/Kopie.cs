using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Schakel.Web.Data;

namespace Schakel.Bench.Doorverwijzing;

/// <summary>
/// Bulk-loads entities with PostgreSQL's binary COPY, columns and conversions taken from the app's own EF
/// model, so the rows are exactly what EF would have written (enums as their strings, ids as given) and a
/// column added to an entity later is copied too. Explicit ids are allowed; identity sequences are moved past
/// them afterwards (<see cref="ZetReeksenAsync"/>).
/// </summary>
internal sealed partial class Kopie(SchakelDbContext db)
{
    public async Task<int> SchrijfAsync<T>(NpgsqlConnection verbinding, IEnumerable<T> rijen, CancellationToken ct = default) where T : class
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is geen entiteit");
        var tabel = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var kolommen = type.GetProperties().Select(p => new Kolom(
            p.GetColumnName(tabel)!,
            TypeNaam().Replace(p.GetColumnType(tabel), ""),
            p.GetGetter(),
            p.GetTypeMapping().Converter)).ToList();

        var aantal = 0;
        var sql = $"COPY \"{tabel.Name}\" ({string.Join(", ", kolommen.Select(k => $"\"{k.Naam}\""))}) FROM STDIN (FORMAT BINARY)";
        await using (var schrijver = await verbinding.BeginBinaryImportAsync(sql, ct))
        {
            foreach (var rij in rijen)
            {
                await schrijver.StartRowAsync(ct);
                foreach (var k in kolommen)
                {
                    var waarde = k.Getter.GetClrValue(rij);
                    if (waarde is not null && k.Omzetter is not null)
                    {
                        waarde = k.Omzetter.ConvertToProvider(waarde);
                    }
                    if (waarde is null)
                    {
                        await schrijver.WriteNullAsync(ct);
                    }
                    else
                    {
                        await schrijver.WriteAsync(waarde, k.Type, ct);
                    }
                }
                aantal++;
            }
            await schrijver.CompleteAsync(ct);
        }
        return aantal;
    }

    /// <summary>After copying explicit ids into identity columns, the next generated id must come after them.</summary>
    public static async Task ZetReeksenAsync(NpgsqlConnection verbinding, IEnumerable<(string Tabel, string Kolom)> reeksen, CancellationToken ct = default)
    {
        foreach (var (tabel, kolom) in reeksen)
        {
            await using var c = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('\"{tabel}\"', '{kolom}'), COALESCE((SELECT max(\"{kolom}\") FROM \"{tabel}\"), 1))", verbinding);
            await c.ExecuteScalarAsync(ct);
        }
    }

    public static async Task<long> HoogsteIdAsync(NpgsqlConnection verbinding, string tabel, CancellationToken ct = default)
    {
        await using var c = new NpgsqlCommand($"SELECT COALESCE(max(\"Id\"), 0) FROM \"{tabel}\"", verbinding);
        return Convert.ToInt64(await c.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record Kolom(string Naam, string Type, IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Omzetter);

    /// <summary>"character varying(20)" → "character varying": Npgsql's writer takes the type without its length.</summary>
    [GeneratedRegex(@"\(\d+(,\s*\d+)?\)")]
    private static partial Regex TypeNaam();
}
