using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Privacy.Grondslagen;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Privacy;

/// <summary>
/// The beheerder's page of recorded bases, on both databases: what applies per organisation and purpose and where it
/// comes from; a wrong form shows its error next to the field and stores nothing; recording, changing and ending a
/// basis each commit with an audit entry and change what applies; other roles get no access.
/// </summary>
public abstract partial class GrondslagenBeheerTests(SchakelFactory factory)
{
    private static readonly Guid Rsiv = DemoOrganisaties.IdVan(DemoOrganisaties.Rsiv);
    private static readonly Guid Zoetermeer = DemoOrganisaties.IdVan(DemoOrganisaties.GemeenteNaam("Zoetermeer"));
    private const string Pad = "/beheer/grondslagen";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private static Uri U(string pad) => new(pad, UriKind.Relative);

    private static string Herkomst(string html, Guid organisatie, string doel) =>
        Regex.Match(html, $"data-organisatie=\"{organisatie}\" data-doel=\"{doel}\" data-herkomst=\"(\\w+)\"").Groups[1].Value;

    [Fact]
    public async Task Vastleggen_wijzigen_en_beeindigen_werken_met_fout_bij_het_veld_en_audit()
    {
        var beheerder = factory.Als(Rsiv, Rollen.Beheerder);
        var html = await beheerder.GetStringAsync(U(Pad));
        Assert.Equal("Geen", Herkomst(html, Zoetermeer, "Opvolging"));
        Assert.Equal("Categorie", Herkomst(html, Rsiv, "Meldpunt"));
        var token = Token().Match(html).Groups[1].Value;

        // Two receivers at once and no text: both errors next to their fields, nothing stored.
        var fout = await beheerder.PostAsync(U(Pad + "?handler=Vastleggen"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Doel"] = "Opvolging", ["OrganisatieId"] = Zoetermeer.ToString(), ["Type"] = "Gemeente", ["Grondslag"] = " ",
        }));
        Assert.Equal(HttpStatusCode.OK, fout.StatusCode);
        var foutHtml = await fout.Content.ReadAsStringAsync();
        Assert.Contains("id=\"ontvanger-fout\"", foutHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"grondslag-fout\"", foutHtml, StringComparison.Ordinal);
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            Assert.False(await db.Set<VerwerkingsgrondslagRij>().AnyAsync(r => r.OrganisatieId == Zoetermeer));
        }

        var goed = await beheerder.PostAsync(U(Pad + "?handler=Vastleggen"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Doel"] = "Opvolging", ["OrganisatieId"] = Zoetermeer.ToString(),
            ["Grondslag"] = "art. 6 lid 1 sub e AVG jo. proefverordening",
        }));
        Assert.Equal(HttpStatusCode.Redirect, goed.StatusCode);
        Assert.Equal("Eigen", Herkomst(await beheerder.GetStringAsync(U(Pad)), Zoetermeer, "Opvolging"));

        Guid id;
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var rij = await db.Set<VerwerkingsgrondslagRij>().SingleAsync(r => r.OrganisatieId == Zoetermeer);
            id = rij.Id;
            Assert.Equal(Rsiv, rij.GewijzigdDoorOrganisatieId);
            Assert.Equal(Rollen.Beheerder, rij.GewijzigdDoorRol);
        }

        var gewijzigd = await beheerder.PostAsync(U(Pad + "?handler=Wijzigen"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Wijzig"] = id.ToString(), ["Grondslag"] = "art. 6 lid 1 sub e AVG jo. gewijzigde verordening",
        }));
        Assert.Equal(HttpStatusCode.Redirect, gewijzigd.StatusCode);
        var beeindigd = await beheerder.PostAsync(U($"{Pad}?handler=Beeindigen&id={id}"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, beeindigd.StatusCode);
        Assert.Equal("Geen", Herkomst(await beheerder.GetStringAsync(U(Pad)), Zoetermeer, "Opvolging"));

        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var rij = await db.Set<VerwerkingsgrondslagRij>().SingleAsync(r => r.Id == id);
            Assert.Equal("art. 6 lid 1 sub e AVG jo. gewijzigde verordening", rij.Grondslag);
            Assert.NotNull(rij.BeeindigdOp);
            var acties = await db.Set<AuditRegel>().Where(r => r.ObjectId == id.ToString()).Select(r => r.Actie).ToListAsync();
            Assert.Equal(
                [VerwerkingsgrondslagBeheer.Beeindigd, VerwerkingsgrondslagBeheer.Gewijzigd, VerwerkingsgrondslagBeheer.Vastgelegd],
                acties.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Alleen_de_beheerder_opent_de_pagina()
    {
        // The link in the beheerder's menu is checked by WerkplekMenuTests.
        var andere = await factory.Als(Zoetermeer, Rollen.Aandachtsfunctionaris).GetAsync(U(Pad));
        Assert.Equal(HttpStatusCode.Forbidden, andere.StatusCode);
    }
}

public sealed class GrondslagenBeheerTestsSqlite(DoorverwijzingSqliteFactory f) : GrondslagenBeheerTests(f), IClassFixture<DoorverwijzingSqliteFactory>;

public sealed class GrondslagenBeheerTestsPostgres(DoorverwijzingPostgresFactory f) : GrondslagenBeheerTests(f), IClassFixture<DoorverwijzingPostgresFactory>;
