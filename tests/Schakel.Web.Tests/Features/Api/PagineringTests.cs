using Schakel.Web.Features.Api;

namespace Schakel.Web.Tests.Features.Api;

/// <summary>The <c>_links</c> every paged list of the API answers with, built in one place.</summary>
public sealed class PagineringTests
{
    private static string Adres(int n) => $"/api/v1/x?pagina={n}";

    [Fact]
    public void Een_middelste_pagina_heeft_elke_link()
    {
        var links = Paginering.LinksVoor(2, 3, Adres);

        Assert.Equal(["/api/v1/x?pagina=2", "/api/v1/x?pagina=1", "/api/v1/x?pagina=3", "/api/v1/x?pagina=1", "/api/v1/x?pagina=3"],
            new[] { links.Self, links.First, links.Last, links.Prev!, links.Next! }.Select(l => l.Href));
    }

    [Fact]
    public void De_enige_pagina_heeft_geen_vorige_en_geen_volgende()
    {
        var links = Paginering.LinksVoor(1, 1, Adres);

        Assert.Null(links.Prev);
        Assert.Null(links.Next);
        Assert.Equal(links.First, links.Last);
    }

    [Fact]
    public void Een_pagina_voorbij_het_einde_wijst_terug_naar_de_laatste()
    {
        var links = Paginering.LinksVoor(9, 2, Adres);

        Assert.Equal("/api/v1/x?pagina=9", links.Self.Href);
        Assert.Equal("/api/v1/x?pagina=2", links.Prev?.Href);
        Assert.Null(links.Next);
    }
}
