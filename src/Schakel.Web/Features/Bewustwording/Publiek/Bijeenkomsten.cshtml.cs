using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Features.Bewustwording.Model;

namespace Schakel.Web.Features.Bewustwording.Publiek;

/// <summary>The public list of upcoming regional events: what, when, where and who organises; never who comes.</summary>
public sealed class BijeenkomstenModel(Bijeenkomsten bijeenkomsten) : PageModel
{
    public IReadOnlyList<Bijeenkomst> Komend { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Komend = await bijeenkomsten.KomendAsync(ct);
}
