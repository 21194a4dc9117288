using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Meldpunt;
using Schakel.Core.Meldpunt.Wegwijzer;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Meldpunt.Publiek;

/// <summary>
/// The wegwijzer: one form (no JavaScript needed), answered by POST so the answers stay out of the browser
/// history; the decision is Core's, the desks' contact data comes from the organisations.
/// </summary>
public sealed class WegwijzerModel(LoketZoeker zoeker, SchakelDbContext db, TimeProvider tijd) : PageModel
{
    public IReadOnlyList<Gemeente> Gemeenten { get; private set; } = [];
    public IReadOnlyList<(Verwijzing Verwijzing, Organisatie? Organisatie)>? Uitkomst { get; private set; }

    /// <summary>When the advice was given: whether a desk is closed is judged at this moment.</summary>
    public DateTimeOffset Nu { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Gemeenten = await MeldFormulier.GemeentenAsync(db, ct);

    public async Task OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-cache, no-store";
        Nu = tijd.GetUtcNow();
        var vragen = Lees(Request.Form);
        var lijst = new List<(Verwijzing, Organisatie?)>();
        foreach (var v in WegwijzerAdvies.Bepaal(vragen))
        {
            lijst.Add((v, await zoeker.ZoekAsync(v.Loket, vragen.GemeenteCode, ct)));
        }
        Uitkomst = lijst;
    }

    internal static WegwijzerVragen Lees(IFormCollection f)
    {
        static T Keuze<T>(IFormCollection f, string naam, T standaard) where T : struct, Enum =>
            Enum.TryParse<T>(f[naam], ignoreCase: false, out var w) && Enum.IsDefined(w) ? w : standaard;
        var gemeente = f["gemeente"].ToString();
        return new WegwijzerVragen(
            AcuutGevaar: f["acuut"] == "ja",
            Over: Keuze(f, "over", Over.EenAnder),
            Professional: f["professional"] == "ja",
            Sector: Keuze(f, "sector", Sector.Geen),
            Minderjarig: Keuze(f, "minderjarig", JaNeeOnbekend.Onbekend),
            Situatie: Keuze(f, "situatie", Situatie.WeetIkNiet),
            Doel: Keuze(f, "doel", Doel.Melden),
            Anoniem: f["anoniem"] == "ja",
            GemeenteCode: gemeente.Length is > 0 and <= 6 ? gemeente : null);
    }
}
