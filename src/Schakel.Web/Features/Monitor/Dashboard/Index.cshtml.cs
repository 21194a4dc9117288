using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Monitor.Dashboard;

/// <summary>
/// The internal dashboard: every figure of the region down to municipality and quarter, with why the public edition
/// would hide a cell. Professionals see the police units their organisation works in, nothing else. The filters are
/// GET query keys; a wrong one gets its message next to its field and no table.
/// </summary>
[Authorize(Policy = MonitorModule.BeleidIntern)]
public sealed class IndexModel(MonitorCijfers cijfers, SchakelDbContext db, TimeProvider tijd) : PageModel
{
    public const string Pad = "/monitor/dashboard";

    [BindProperty(SupportsGet = true, Name = "eenheid")] public string? Eenheid { get; set; }
    [BindProperty(SupportsGet = true, Name = "jaar")] public string? Jaar { get; set; }
    [BindProperty(SupportsGet = true, Name = "maatstaf")] public string? Maatstaf { get; set; }
    [BindProperty(SupportsGet = true, Name = "uitsplitsing")] public string? Uitsplitsing { get; set; }
    [BindProperty(SupportsGet = true, Name = "district")] public string? District { get; set; }
    [BindProperty(SupportsGet = true, Name = "gemeente")] public string? Gemeente { get; set; }

    public IReadOnlyList<KeyValuePair<string, string>> Eenheden { get; private set; } = [];
    public IReadOnlyList<Maatstaf> Maatstaven { get; } =
        [.. Core.Monitor.Maatstaven.Alle, .. PartnerMaatstaven.Alle.Where(m => !PartnerMaatstaven.IsReferentie(m.Code))];
    public Dictionary<string, string> Fouten { get; } = new(StringComparer.Ordinal);
    public DashboardWeergave? Weergave { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var indeling = await cijfers.IndelingAsync(ct);
        var eigen = User.OrganisatieId() is { } org ? await MonitorModule.EenhedenVanAsync(db, org, ct) : new HashSet<string>();
        Eenheden = indeling.Eenheden.Where(e => eigen.Contains(e.Key)).OrderBy(e => e.Value, StringComparer.Ordinal).ToList();
        if (Eenheden.Count == 0)
        {
            return Page();
        }

        Eenheid ??= Eenheden[0].Key;
        if (Eenheden.All(e => e.Key != Eenheid))
        {
            Fouten["eenheid"] = "FoutEenheid";
        }

        var huidig = Periode.Lokaal(tijd.GetUtcNow()).Year;
        Jaar ??= huidig.ToString(CultureInfo.InvariantCulture);
        if (!int.TryParse(Jaar, NumberStyles.None, CultureInfo.InvariantCulture, out var jaar) || jaar < 2000 || jaar > huidig)
        {
            Fouten["jaar"] = "FoutJaar";
        }

        Maatstaf ??= Core.Monitor.Maatstaven.Meldingen.Code;
        var m = Maatstaven.FirstOrDefault(x => x.Code == Maatstaf);
        if (m is null)
        {
            Fouten["maatstaf"] = "FoutMaatstaf";
        }

        var uitsplitsingen = m?.Uitsplitsingen ?? [Core.Monitor.Uitsplitsing.Geen];
        Uitsplitsing = string.IsNullOrEmpty(Uitsplitsing) ? Core.Monitor.Uitsplitsing.Geen : Uitsplitsing;
        if (m is not null && !uitsplitsingen.Contains(Uitsplitsing))
        {
            Fouten["uitsplitsing"] = "FoutUitsplitsing";
        }

        if (Fouten.ContainsKey("eenheid"))
        {
            return Page();
        }

        var regio = Indeling.EenheidAlsRegio(indeling, Eenheid);
        District = string.IsNullOrEmpty(District) ? null : District;
        Gemeente = string.IsNullOrEmpty(Gemeente) ? null : Gemeente;
        if (District is not null && !indeling.DistrictenVan(regio).Contains(District))
        {
            Fouten["district"] = "FoutDistrict";
        }

        if (Gemeente is not null && !regio.GemeenteCodes.Contains(Gemeente))
        {
            Fouten["gemeente"] = "FoutGemeente";
        }

        if (Fouten.Count > 0 || m is null)
        {
            return Page();
        }

        var tabel = await cijfers.TabelAsync(regio, jaar, m, Uitsplitsing, publiek: false, cijfers.Drempel(regio.Code), null, ct);
        var filter = new DashboardFilter(Eenheid, jaar, m.Code, Uitsplitsing, District, Gemeente);
        Weergave = DashboardOpbouw.Bouw(filter, m, indeling, regio, tabel, Link);
        return Page();
    }

    /// <summary>The dashboard's address for a filter: aggregates only, so the query holds no personal data.</summary>
    public static string Link(DashboardFilter f) =>
        $"{Pad}?eenheid={Uri.EscapeDataString(f.Eenheid)}&jaar={f.Jaar}&maatstaf={Uri.EscapeDataString(f.Maatstaf)}&uitsplitsing={Uri.EscapeDataString(f.Uitsplitsing)}"
        + (f.District is null ? "" : $"&district={Uri.EscapeDataString(f.District)}")
        + (f.Gemeente is null ? "" : $"&gemeente={Uri.EscapeDataString(f.Gemeente)}");
}
