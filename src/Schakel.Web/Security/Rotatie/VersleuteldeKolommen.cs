using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Schakel.Web.Features.Privacy.Declaraties;

namespace Schakel.Web.Security.Rotatie;

/// <summary>One encrypted column as the database knows it: table, single key column, column, and whether it holds the binary form.</summary>
public sealed record VersleuteldeKolom(string Naam, string Tabel, string Sleutelkolom, Type Sleuteltype, string Kolom, bool Binair, VersleuteldVeld Veld);

/// <summary>
/// The encrypted columns of <see cref="VersleuteldeVelden"/>, resolved through the EF model of the running provider, so table and
/// column names follow the model and a declared column that the model does not have fails loudly instead of being skipped.
/// </summary>
public static class VersleuteldeKolommen
{
    public static IReadOnlyList<VersleuteldeKolom> Uit(IModel model) => VersleuteldeVelden.Alle.Select(v => Kolom(model, v)).ToList();

    private static VersleuteldeKolom Kolom(IModel model, VersleuteldVeld veld)
    {
        var naam = $"{veld.Entiteit.Name}.{veld.Eigenschap}";
        var entiteit = model.FindEntityType(veld.Entiteit) ?? throw new InvalidOperationException($"{naam}: {veld.Entiteit.Name} staat niet in het model.");
        var tabel = entiteit.GetTableName() ?? throw new InvalidOperationException($"{naam}: geen tabel.");
        var opslag = StoreObjectIdentifier.Table(tabel, entiteit.GetSchema());
        var eigenschap = entiteit.FindProperty(veld.Eigenschap) ?? throw new InvalidOperationException($"{naam}: geen kolom in het model.");
        if (entiteit.FindPrimaryKey() is not { Properties: [var sleutel] })
        {
            throw new InvalidOperationException($"{naam}: herversleutelen vraagt een sleutel van één kolom.");
        }
        if (sleutel.ClrType != veld.Sleuteltype)
        {
            throw new InvalidOperationException($"{naam}: de sleutel is {sleutel.ClrType.Name}, verklaard is {veld.Sleuteltype.Name}.");
        }
        if (eigenschap.ClrType != typeof(string) && eigenschap.ClrType != typeof(byte[]))
        {
            throw new InvalidOperationException($"{naam}: alleen tekst- en binaire kolommen kunnen versleuteld zijn.");
        }
        return new VersleuteldeKolom(naam, tabel, sleutel.GetColumnName(opslag)!, sleutel.ClrType, eigenschap.GetColumnName(opslag)!,
            eigenschap.ClrType == typeof(byte[]), veld);
    }
}
