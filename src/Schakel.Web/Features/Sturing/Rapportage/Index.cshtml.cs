using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Sturing;
using Schakel.Web.Features.Sturing.Plannen;

namespace Schakel.Web.Features.Sturing.Rapportage;

/// <summary>
/// The regiegroep's quarterly report (one quarter) and the Bestuurlijke Tafel's half-yearly report (two quarters),
/// for any plan, as HTML and CSV. The period is in the query string (plan id and period: no personal data).
/// </summary>
[Authorize(Policy = SturingModule.Lezen)]
public sealed class IndexModel(Actieplannen plannen, Rapportages rapportages, TimeProvider tijd) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Plan { get; set; }
    /// <summary>"2024-Q2" for a quarter, "2024-H1" for a half-year.</summary>
    [BindProperty(SupportsGet = true)] public string? Periode { get; set; }

    public IReadOnlyList<PlanSamenvatting> Plannen { get; private set; } = [];
    public Periodeverslag? Verslag { get; private set; }
    public bool IsHalfjaar { get; private set; }
    public string? PeriodeFout { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LaadAsync(ct);
        return Plan is not null && Verslag is null && PeriodeFout is null ? NotFound() : Page();
    }

    private async Task LaadAsync(CancellationToken ct)
    {
        Plannen = await plannen.LijstAsync(ct);
        Plan ??= Plannen.FirstOrDefault()?.Id;
        Periode ??= Kwartaal.Van(tijd.GetUtcNow()).Vorige.ToString();
        if (Plan is null)
        {
            return;
        }
        if (!ParsePeriode(Periode, out var periode, out var half))
        {
            PeriodeFout = "PeriodeOngeldig";
            return;
        }
        IsHalfjaar = half;
        Verslag = await rapportages.MaakAsync(Plan.Value, periode, ct);
    }

    public static bool ParsePeriode(string? tekst, out IReadOnlyList<Kwartaal> periode, out bool halfjaar)
    {
        periode = [];
        halfjaar = false;
        if (Kwartaal.TryParse(tekst, out var k))
        {
            periode = [k];
            return true;
        }
        if (tekst is { Length: 7 } && tekst[4] == '-' && char.ToUpperInvariant(tekst[5]) == 'H' && tekst[6] is '1' or '2'
            && int.TryParse(tekst.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var jaar) && jaar is >= 1900 and <= 2999)
        {
            periode = Rapportages.Halfjaar(jaar, tekst[6] - '0');
            halfjaar = true;
            return true;
        }
        return false;
    }

    /// <summary>The periods a plan's report can cover: each quarter and half-year of its years.</summary>
    public IEnumerable<string> Perioden()
    {
        var plan = Plannen.FirstOrDefault(p => p.Id == Plan);
        if (plan is null)
        {
            yield break;
        }
        for (var j = plan.TotJaar; j >= plan.VanJaar; j--)
        {
            yield return $"{j}-H2";
            yield return $"{j}-H1";
            foreach (var k in Kwartaal.VanJaar(j).Reverse())
            {
                yield return k.ToString();
            }
        }
    }
}
