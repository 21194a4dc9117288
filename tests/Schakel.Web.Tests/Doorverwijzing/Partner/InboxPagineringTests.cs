using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Doorverwijzing.Partner;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Tests.Infrastructure;
using Schakel.Web.Tests.Meldpunt;
using static Schakel.Web.Tests.Doorverwijzing.Partner.PartnerTestdata;

namespace Schakel.Web.Tests.Doorverwijzing.Partner;

/// <summary>
/// The inbox is ordered and paged in the database: overdue first, then the other open ones, closed last, each by
/// deadline; counts and pages agree whatever the filter, on both databases.
/// </summary>
public abstract class InboxPagineringTests(SchakelFactory factory)
{
    private static readonly Guid Nla = DemoOrganisaties.IdVan(DemoOrganisaties.Nla);

    [Fact]
    public async Task Pagina_voor_pagina_in_de_volgorde_van_het_werk()
    {
        var id = await DoorverwezenAsync(factory, "geen");
        var voorbeeld = await DbAsync(factory, db => db.Set<DoorverwijzingRij>().AsNoTracking().SingleAsync(d => d.Id == id));
        var nu = DateTimeOffset.UtcNow;
        DoorverwijzingRij Rij(string naam, DoorverwijzingStatus status, double urenTotTermijn, bool eersteActie) => new()
        {
            Id = Guid.NewGuid(), MeldingId = voorbeeld.MeldingId, RoutebesluitId = voorbeeld.RoutebesluitId,
            AfzenderOrganisatieId = voorbeeld.AfzenderOrganisatieId, OntvangerOrganisatieId = Nla, Rol = Rol.Informeren,
            Deelniveau = Deelniveau.Geen, Doel = naam, Urgentie = Urgentie.Normaal, Status = status, VerstuurdOp = nu.AddDays(-1),
            EersteActieUiterlijk = nu.AddHours(urenTotTermijn), EersteActieOp = eersteActie ? nu.AddHours(-12) : null,
        };
        var rijen = new[]
        {
            Rij("G", DoorverwijzingStatus.Afgesloten, 5, true),
            Rij("D", DoorverwijzingStatus.Verstuurd, 2, false),
            Rij("A", DoorverwijzingStatus.Verstuurd, -3, false),
            Rij("F", DoorverwijzingStatus.Afgesloten, -10, true),
            Rij("C", DoorverwijzingStatus.Geaccepteerd, -5, true),
            Rij("E", DoorverwijzingStatus.InBehandeling, 1, true),
            Rij("B", DoorverwijzingStatus.VraagGesteld, -1, false),
        };
        await DbAsync(factory, async db =>
        {
            db.AddRange(rijen);
            return await db.SaveChangesAsync();
        });
        var naam = rijen.ToDictionary(r => r.Id, r => r.Doel);

        async Task<(string Volgorde, int Totaal, string TeLaat)> LeesAsync(InboxFilter filter)
        {
            await using var scope = factory.Scope();
            var pagina = await scope.ServiceProvider.GetRequiredService<DoorverwijzingLezer>().InboxAsync(NlaMedewerker(), filter);
            return (string.Concat(pagina.Rijen.Select(r => naam[r.Id])), pagina.Totaal, string.Concat(pagina.Rijen.Select(r => r.TeLaat ? "!" : ".")));
        }

        Assert.Equal(("ABC", 7, "!!."), await LeesAsync(new InboxFilter(PaginaGrootte: 3)));
        Assert.Equal(("EDF", 7, "..."), await LeesAsync(new InboxFilter(Pagina: 2, PaginaGrootte: 3)));
        Assert.Equal(("G", 7, "."), await LeesAsync(new InboxFilter(Pagina: 3, PaginaGrootte: 3)));
        Assert.Equal(("", 7, ""), await LeesAsync(new InboxFilter(Pagina: 4, PaginaGrootte: 3)));
        Assert.Equal(("AB", 2, "!!"), await LeesAsync(new InboxFilter(TeLaat: true, PaginaGrootte: 3)));
        Assert.Equal(("FG", 5, ".."), await LeesAsync(new InboxFilter(TeLaat: false, Pagina: 2, PaginaGrootte: 3)));
        Assert.Equal(("FG", 2, ".."), await LeesAsync(new InboxFilter(Status: DoorverwijzingStatus.Afgesloten)));
        Assert.Equal(("A", 1, "!"), await LeesAsync(new InboxFilter(Status: DoorverwijzingStatus.Verstuurd, TeLaat: true)));
    }

    private static ClaimsPrincipal NlaMedewerker() => new(new ClaimsIdentity(
    [
        new Claim(SchakelClaims.Organisatie, Nla.ToString()),
        new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
        new Claim(SchakelClaims.Rol, Rollen.Opsporing),
    ], "test"));
}

public sealed class InboxPagineringTestsSqlite(MeldpuntSqliteFactory factory) : InboxPagineringTests(factory), IClassFixture<MeldpuntSqliteFactory>;

public sealed class InboxPagineringTestsPostgres(MeldpuntPostgresFactory factory) : InboxPagineringTests(factory), IClassFixture<MeldpuntPostgresFactory>;
