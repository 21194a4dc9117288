using Schakel.Core.Meldpunt;

namespace Schakel.Web.Features.Meldpunt.Medewerkers;

/// <summary>Dates in the reader's language and Dutch local time; Dutch words for the pages that have no texts of their own yet.</summary>
public static class Weergave
{
    public static string Datum(DateTimeOffset t) => Shell.NederlandseTijd.Tijdstip(t);
    public static string Dag(DateTimeOffset t) => Shell.NederlandseTijd.Datum(t);
    /// <summary>A short reference staff can say on the phone and find again; not a secret, the id is random.</summary>
    public static string Referentie(Guid id) => "M-" + id.ToString("N")[..8].ToUpperInvariant();
    public static string Soort(MeldingSoort s) => s == MeldingSoort.Adviesvraag ? "adviesvraag" : "melding";
}
