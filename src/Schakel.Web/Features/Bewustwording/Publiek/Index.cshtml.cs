using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Data;
using Schakel.Web.Features.Bewustwording.Model;

namespace Schakel.Web.Features.Bewustwording.Publiek;

/// <summary>The public menukaart: a GET form, so filtering works without JavaScript and a filtered list can be shared.</summary>
public sealed class IndexModel(Menukaart menukaart, SchakelDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Doelgroep { get; set; }
    [BindProperty(SupportsGet = true)] public string? Vorm { get; set; }
    [BindProperty(SupportsGet = true)] public string? Taal { get; set; }
    [BindProperty(SupportsGet = true)] public string? Gemeente { get; set; }
    [BindProperty(SupportsGet = true)] public string? Soort { get; set; }

    public IReadOnlyList<Aanbod> Aanbod { get; private set; } = [];
    public IReadOnlyList<(string Code, string Naam)> Gemeenten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Gemeenten = await GemeenteKeuzes.LaadAsync(db, ct);
        // Unknown values (an old link, a hand-made URL) are ignored rather than answered with an error page.
        Doelgroep = Doelgroep is not null && Doelgroepen.IsGeldig(Doelgroep) ? Doelgroep : null;
        Vorm = Vorm is not null && Doelgroepen.Vormen.Contains(Vorm) ? Vorm : null;
        Taal = Taal is not null && Taalnamen.Alle.Any(t => t.Code == Taal) ? Taal : null;
        Gemeente = Gemeente is not null && Gemeenten.Any(g => g.Code == Gemeente) ? Gemeente : null;
        Aanbodsoort? soort = Enum.TryParse<Aanbodsoort>(Soort, out var s) && Enum.IsDefined(s) ? s : null;
        Soort = soort?.ToString();
        Aanbod = await menukaart.ZoekAsync(new(Doelgroep, Vorm, Taal, Gemeente, soort), ct);
    }
}
