namespace Schakel.Web.Tests.Features.Api;

/// <summary>The Content-Security-Policy allows no inline script or style, so no page may use them.</summary>
public sealed class CspTests
{
    [Fact]
    public void Geen_pagina_gebruikt_inline_script_of_style()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (map is not null && !File.Exists(Path.Combine(map.FullName, "Schakel.slnx")))
        {
            map = map.Parent;
        }
        var overtredingen = Directory.EnumerateFiles(Path.Combine(map!.FullName, "src"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadLines(f).Select((regel, i) => (f, i, regel)))
            .Where(x => x.regel.Contains(" style=", StringComparison.OrdinalIgnoreCase)
                || x.regel.Contains("<style", StringComparison.OrdinalIgnoreCase)
                || (x.regel.Contains("<script", StringComparison.OrdinalIgnoreCase) && !x.regel.Contains(" src=", StringComparison.OrdinalIgnoreCase))
                || x.regel.Contains(" onclick=", StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{Path.GetRelativePath(map.FullName, x.f)}:{x.i + 1}")
            .ToList();

        Assert.Empty(overtredingen);
    }
}
