using Schakel.Web.Shell;

namespace Schakel.Web.Tests.Shell;

public sealed class HoofdnavigatieTests
{
    [Theory]
    [InlineData("/", "/", "page")]
    [InlineData("/", "/melden", null)]
    [InlineData("/melden", "/melden", "page")]
    [InlineData("/melden", "/Melden/", "page")]
    [InlineData("/melden", "/melden/bevestiging", "true")]
    [InlineData("/melden", "/meldenxyz", null)]
    [InlineData("/opvang/", "/opvang", "page")]
    public void AriaCurrent_markeert_de_pagina_en_haar_onderdeel(string item, string huidig, string? verwacht) =>
        Assert.Equal(verwacht, HoofdnavigatieExtensions.AriaCurrent(item, huidig));
}
