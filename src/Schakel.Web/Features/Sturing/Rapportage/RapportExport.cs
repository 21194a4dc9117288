using Schakel.Web.Features.Documenten;

namespace Schakel.Web.Features.Sturing.Rapportage;

/// <summary>The period report as one flat table: one row per action, the figures the HTML shows (for CSV and XLSX).</summary>
public static class RapportExport
{
    public const string GeenVoortgangGemeld = "geen voortgang gemeld";

    public static readonly string[] Kolommen =
        ["Actielijn", "Actie", "Tekst", "Eigenaren", "Planning", "Begroot (€ x1000)", "Kwartaal", "Kleur", "Voortgang", "Volgende stap", "Risico's", "Status", "Besluiten"];

    public static Tabel Tabel(Periodeverslag v) => new(
        "Voortgang", $"{v.Plan.Naam}, {string.Join(" en ", v.Periode.Select(k => k.ToString()))}", Kolommen,
        [.. v.Lijnen.SelectMany(l => l.Acties.Select(a => (IReadOnlyList<object?>)
        [
            l.Nummer, a.Actie.Nummer, a.Actie.Tekst, string.Join("; ", a.Actie.Eigenaren), a.Actie.Planning.Tekst,
            a.BegrootInJaar,
            a.Voortgang?.Kwartaal.ToString(), a.Voortgang?.Kleur.ToString().ToLowerInvariant(), a.Voortgang?.Tekst ?? GeenVoortgangGemeld,
            a.Voortgang?.VolgendeStap, a.Voortgang?.Risicos, (a.Voortgang?.Status ?? a.Actie.Status).ToString(),
            string.Join("; ", a.Besluiten.Select(b => $"{b.Datum:yyyy-MM-dd} {b.Overleg}: {b.Besluit}")),
        ]))]);
}
