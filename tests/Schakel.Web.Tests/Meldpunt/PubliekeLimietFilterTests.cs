using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Features.Meldpunt.Misbruik;
using Schakel.Web.Security;

namespace Schakel.Web.Tests.Meldpunt;

/// <summary>Which public page posts count against which limit, and the 429 once a source is over it.</summary>
public class PubliekeLimietFilterTests
{
    private static PageHandlerExecutingContext Context(string methode, string pagina, string? handler, IServiceProvider? diensten = null, object? instantie = null)
    {
        var http = new DefaultHttpContext { RequestServices = diensten ?? new ServiceCollection().BuildServiceProvider() };
        http.Request.Method = methode;
        var descriptor = new CompiledPageActionDescriptor { ViewEnginePath = $"/Features/Meldpunt/Publiek/{pagina}" };
        var pageContext = new PageContext(new ActionContext(http, new RouteData(), descriptor));
        var methodeInfo = handler is null ? null : new HandlerMethodDescriptor { Name = handler, HttpMethod = methode, Parameters = [] };
        return new PageHandlerExecutingContext(pageContext, [], methodeInfo, new Dictionary<string, object?>(), instantie ?? new object());
    }

    [Theory]
    [InlineData("POST", "Melden", null, Limiet.Melden)]
    [InlineData("POST", "Advies", "", Limiet.Melden)]
    [InlineData("POST", "Opvolgen", null, Limiet.Code)]
    [InlineData("POST", "Opvolgen", "Reageer", Limiet.Code)]
    [InlineData("POST", "Opvolgen", "Bijlage", Limiet.Code)]
    public void Verzenden_en_codes_tellen_mee(string methode, string pagina, string? handler, Limiet verwacht) =>
        Assert.Equal(verwacht, PubliekeLimietFilter.Welke(Context(methode, pagina, handler)));

    [Theory]
    [InlineData("GET", "Melden", null)]
    [InlineData("POST", "Melden", "Bevestig")]
    [InlineData("POST", "Wegwijzer", null)]
    [InlineData("GET", "Opvolgen", null)]
    public void Lezen_bevestigen_en_de_wegwijzer_tellen_niet(string methode, string pagina, string? handler) =>
        Assert.Null(PubliekeLimietFilter.Welke(Context(methode, pagina, handler)));

    [Fact]
    public async Task Boven_de_limiet_volgt_429_zonder_de_handler_uit_te_voeren()
    {
        var configuratie = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Limieten:Code:Aantal"] = "1" }).Build();
        using var limieten = new Verzoeklimieten(configuratie);
        var diensten = new ServiceCollection().AddSingleton(limieten).BuildServiceProvider();
        var filter = new PubliekeLimietFilter();
        var uitgevoerd = 0;
        Task<PageHandlerExecutedContext> Volgende(PageHandlerExecutingContext c)
        {
            uitgevoerd++;
            return Task.FromResult(new PageHandlerExecutedContext(new PageContext(c), [], c.HandlerMethod, c.HandlerInstance));
        }

        var eerste = Context("POST", "Opvolgen", null, diensten);
        await filter.OnPageHandlerExecutionAsync(eerste, () => Volgende(eerste));
        var tweede = Context("POST", "Opvolgen", null, diensten);
        await filter.OnPageHandlerExecutionAsync(tweede, () => Volgende(tweede));

        Assert.Equal(1, uitgevoerd);
        Assert.Equal(429, Assert.IsType<ContentResult>(tweede.Result).StatusCode);
        Assert.True(tweede.HttpContext.Response.Headers.ContainsKey("Retry-After"));
    }

    private sealed class Formulier : ILimietPagina
    {
        public bool Geaccepteerd { get; set; }
        public int KeerTeVeel { get; private set; }

        public Task<IActionResult> TeVeelAsync(TimeSpan venster, CancellationToken ct)
        {
            KeerTeVeel++;
            return Task.FromResult<IActionResult>(new StatusCodeResult(429));
        }
    }

    [Fact]
    public async Task Een_formulier_telt_alleen_aangenomen_inzendingen_en_toont_boven_de_limiet_zijn_eigen_pagina()
    {
        var configuratie = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Limieten:Melden:Aantal"] = "2" }).Build();
        using var limieten = new Verzoeklimieten(configuratie);
        var diensten = new ServiceCollection().AddSingleton(limieten).BuildServiceProvider();
        var filter = new PubliekeLimietFilter();
        var uitgevoerd = 0;

        async Task<PageHandlerExecutingContext> VerstuurAsync(bool aangenomen)
        {
            var pagina = new Formulier();
            var c = Context("POST", "Melden", null, diensten, pagina);
            await filter.OnPageHandlerExecutionAsync(c, () =>
            {
                uitgevoerd++;
                pagina.Geaccepteerd = aangenomen;
                return Task.FromResult(new PageHandlerExecutedContext(new PageContext(c), [], c.HandlerMethod, c.HandlerInstance));
            });
            return c;
        }

        for (var i = 0; i < 5; i++)
        {
            Assert.Null((await VerstuurAsync(aangenomen: false)).Result);
        }
        Assert.Null((await VerstuurAsync(aangenomen: true)).Result);
        Assert.Null((await VerstuurAsync(aangenomen: true)).Result);
        var teVeel = await VerstuurAsync(aangenomen: true);

        Assert.Equal(7, uitgevoerd);
        Assert.Equal(1, ((Formulier)teVeel.HandlerInstance).KeerTeVeel);
        Assert.Equal(429, Assert.IsType<StatusCodeResult>(teVeel.Result).StatusCode);
        Assert.True(teVeel.HttpContext.Response.Headers.ContainsKey("Retry-After"));
    }
}
