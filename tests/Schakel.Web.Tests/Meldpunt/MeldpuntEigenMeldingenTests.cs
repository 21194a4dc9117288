using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Opvolging;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security;
using Schakel.Web.Tests.Doorverwijzing;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt;

/// <summary>Signed-in professionals follow their own reports without a code; askers turn advice into a report.</summary>
public abstract class MeldpuntEigenMeldingenTests(SchakelFactory factory)
{
    private static readonly Guid Shop = DemoOrganisaties.IdVan(DemoOrganisaties.Shop);

    /// <summary>A real account (reports refer to it), signed in with the claims sign-in would give.</summary>
    private async Task<ClaimsPrincipal> ProfessionalAsync()
    {
        var id = Guid.NewGuid();
        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            db.Add(new Medewerker { Id = id, UserName = $"p{id:N}", NormalizedUserName = $"P{id:N}", OrganisatieId = Shop, SecurityStamp = id.ToString() });
            await db.SaveChangesAsync();
        }
        return new(new ClaimsIdentity(
        [
            new Claim(SchakelClaims.Organisatie, Shop.ToString()),
            new Claim(ClaimTypes.NameIdentifier, id.ToString()),
            new Claim(SchakelClaims.Rol, Rollen.Zorgcoordinator),
        ], "test"));
    }

    [Fact]
    public async Task Professional_met_account_krijgt_geen_code_en_volgt_de_melding_in_het_eigen_overzicht()
    {
        var ik = await ProfessionalAsync();
        var ander = await ProfessionalAsync();
        await using var scope = factory.Scope();
        var intake = scope.ServiceProvider.GetRequiredService<MeldpuntIntake>();
        var opvolging = scope.ServiceProvider.GetRequiredService<MeldpuntOpvolging>();

        var u = await intake.MeldAsync(new MeldingInvoer
        {
            Soort = "adviesvraag", MelderType = "professional", Sector = "zorg",
            Omschrijving = "Een cliënt vertelt dat zij haar paspoort moest afgeven aan de uitzendkracht-bemiddelaar.",
        }, [], Indiener.Professional(ik));
        Assert.True(u.Gelukt, string.Join("; ", u.Fouten.SelectMany(f => f.Value)));
        Assert.Null(u.Ontvangstcode);

        var lijst = await opvolging.EigenMeldingenAsync(ik);
        var eigen = Assert.Single(lijst);
        Assert.Equal(u.MeldingId, eigen.Id);
        Assert.Empty(await opvolging.EigenMeldingenAsync(ander));
        Assert.Null(await opvolging.EigenMeldingAsync(u.MeldingId!.Value, ander));

        Assert.Equal(ReactieResultaat.Gelukt, (await opvolging.ReageerOpEigenAsync(eigen.Id, ik, "Aanvulling: het gaat om een uitzendbureau.", [])).Resultaat);
        Assert.Equal(ReactieResultaat.Gelukt, (await opvolging.ZetEigenOmNaarMeldingAsync(eigen.Id, ik)).Resultaat);
        var gezien = await opvolging.EigenMeldingAsync(eigen.Id, ik);
        Assert.Equal(MeldingSoort.Melding, gezien!.Soort);
        Assert.Equal(3, gezien.Berichten.Count);

        var pagina = await factory.Als(Shop, Rollen.Zorgcoordinator).GetAsync(new Uri("/meldpunt/mijn-meldingen", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
    }

    [Fact]
    public async Task Vrager_zet_de_eigen_adviesvraag_om_met_de_code()
    {
        var client = factory.CreateClient();
        var code = await client.MeldEnGeefCodeAsync(new
        {
            soort = "adviesvraag", melderType = "professional", sector = "onderwijs",
            omschrijving = "Een leerling moet elke nacht werken om een schuld af te betalen.",
        });
        var omzetten = await client.PostAsJsonAsync(new Uri("/api/v1/meldingen/_omzetten", UriKind.Relative), new { ontvangstcode = code });
        Assert.Equal(HttpStatusCode.OK, omzetten.StatusCode);
        Assert.Equal("melding", (await omzetten.JsonAsync()).GetProperty("soort").GetString());

        var nogEens = await client.PostAsJsonAsync(new Uri("/api/v1/meldingen/_omzetten", UriKind.Relative), new { ontvangstcode = code });
        Assert.Contains("soort", await nogEens.FoutveldenAsync());
        var onbekend = await client.PostAsJsonAsync(new Uri("/api/v1/meldingen/_omzetten", UriKind.Relative), new { ontvangstcode = "0000 0000 0000 0001" });
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
    }
}

public sealed class MeldpuntEigenMeldingenTestsSqlite(MeldpuntSqliteFactory f) : MeldpuntEigenMeldingenTests(f), IClassFixture<MeldpuntSqliteFactory>;

public sealed class MeldpuntEigenMeldingenTestsPostgres(MeldpuntPostgresFactory f) : MeldpuntEigenMeldingenTests(f), IClassFixture<MeldpuntPostgresFactory>;
