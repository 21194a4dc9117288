namespace Schakel.Web.Features.Documenten;

/// <summary>
/// One table as it appears on a report page, ready for CSV and XLSX: the export writes exactly these cells, so the
/// numbers in every format are the same. A cell is text, a whole or decimal number, a date, or null (empty).
/// </summary>
public sealed record Tabel(string Naam, string Titel, IReadOnlyList<string> Kolommen, IReadOnlyList<IReadOnlyList<object?>> Rijen);

/// <summary>A workbook: a cover sheet with title, source and explanation (e.g. the suppression rule), then one sheet per table.</summary>
public sealed record Werkmap(string Titel, string Bron, string? Toelichting, IReadOnlyList<Tabel> Tabellen);
