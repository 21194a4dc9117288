using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Beheer.Accounts;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Accounts;

public abstract partial class BeheerAccountsTests(SchakelFactory factory)
{
    private const string Wachtwoord = "Een-lang-test-wachtwoord-2";

    [Theory]
    [InlineData(Rollen.Aandachtsfunctionaris)]
    [InlineData(Rollen.Zorgcoordinator)]
    [InlineData(Rollen.Opsporing)]
    [InlineData(Rollen.Opvangmedewerker)]
    [InlineData(Rollen.Ketenregisseur)]
    public async Task Accountbeheer_is_geweigerd_voor_andere_rollen(string rol)
    {
        var client = await factory.AlsAsync(rol);
        foreach (var pad in new[] { "/beheer/accounts", "/beheer/organisaties", "/beheer/organisaties/bewerken" })
        {
            Assert.Equal("/geweigerd", Aanmelden.Pad(await client.GetAsync(pad)));
        }
    }

    [Fact]
    public async Task Beheerder_maakt_en_wijzigt_een_organisatie_met_werkgebied()
    {
        var beheerder = await factory.AlsAsync(Rollen.Beheerder);
        var naam = $"Testorganisatie {Guid.NewGuid():N}";
        var r = await beheerder.PostAsync("/beheer/organisaties/bewerken", await FormulierAsync(beheerder, "/beheer/organisaties/bewerken", [
            new("Naam", naam), new("Type", nameof(OrganisatieType.Ngo)), new("Partijcategorie", nameof(Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim)),
            new("Werkgebied", "GM0518"), new("Werkgebied", "GM0503"), new("DagEnNacht", "true"), new("DagEnNacht", "false"), new("Actief", "true"), new("Actief", "false")]));
        // Post/redirect/get: the saved organisation's page says so, and a reload would not post again.
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains("opgeslagen", await beheerder.GetStringAsync(r.Headers.Location));

        Guid id;
        await using (var scope = factory.Scope())
        {
            var o = await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Organisatie>().Include(x => x.Werkgebied).SingleAsync(x => x.Naam == naam);
            Assert.Equal(["GM0503", "GM0518"], o.Werkgebied.Select(w => w.CbsCode).Order(StringComparer.Ordinal));
            Assert.True(o.DagEnNacht);
            id = o.Id;
        }

        var pad = $"/beheer/organisaties/bewerken/{id}";
        r = await beheerder.PostAsync(pad, await FormulierAsync(beheerder, pad, [
            new("Id", id.ToString()), new("Naam", naam + " (gewijzigd)"), new("Type", nameof(OrganisatieType.Ngo)),
            new("Partijcategorie", nameof(Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim)), new("Werkgebied", "GM0518"), new("DagEnNacht", "false"), new("Actief", "false")]));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        await using (var scope = factory.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
            var o = await db.Set<Organisatie>().Include(x => x.Werkgebied).SingleAsync(x => x.Id == id);
            Assert.Equal(naam + " (gewijzigd)", o.Naam);
            Assert.False(o.Actief);
            Assert.Equal(["GM0518"], o.Werkgebied.Select(w => w.CbsCode));
            var acties = await db.Set<AuditRegel>().Where(a => a.ObjectId == id.ToString()).Select(a => a.Actie).ToListAsync();
            Assert.Contains(Schakel.Web.Features.Beheer.Organisaties.BewerkenModel.Aangemaakt, acties);
            Assert.Contains(Schakel.Web.Features.Beheer.Organisaties.BewerkenModel.Gewijzigd, acties);
        }
    }

    /// <summary>A staff form takes an enum by one member's name only: a list of names or a number gets the message next to the field.</summary>
    [Theory]
    [InlineData("Gemeente, Politie")]
    [InlineData("1")]
    [InlineData("-1")]
    public async Task Een_keuze_als_lijst_of_getal_wordt_geweigerd_naast_het_veld(string type)
    {
        var beheerder = await factory.AlsAsync(Rollen.Beheerder);
        var naam = $"Testorganisatie {Guid.NewGuid():N}";
        var r = await beheerder.PostAsync("/beheer/organisaties/bewerken", await FormulierAsync(beheerder, "/beheer/organisaties/bewerken", [
            new("Naam", naam), new("Type", type), new("Partijcategorie", nameof(Partijcategorie.HulpverlenerZonderMedischBeroepsgeheim)),
            new("Werkgebied", "GM0518"), new("Actief", "true")]));

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Matches("id=\"type-fout\">Kies een van de mogelijkheden uit de lijst.<", html);
        await using var scope = factory.Scope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<SchakelDbContext>().Set<Organisatie>().AnyAsync(o => o.Naam == naam));
    }

    private static async Task<FormUrlEncodedContent> FormulierAsync(HttpClient client, string pagina, List<KeyValuePair<string, string>> velden)
    {
        velden.Add(new("__RequestVerificationToken", Aanmelden.Token(await client.GetStringAsync(pagina))));
        return new FormUrlEncodedContent(velden);
    }

    [Fact]
    public async Task Beheerder_nodigt_uit_en_de_genodigde_kiest_wachtwoord_en_gaat_naar_tweestaps()
    {
        var beheerder = await factory.AlsAsync(Rollen.Beheerder);
        var email = $"nieuw-{Guid.NewGuid():N}@test.schakel.nl";
        var r = await Aanmelden.PostFormAsync(beheerder, "/beheer/accounts", new()
        {
            ["Email"] = email, ["OrganisatieId"] = DemoOrganisaties.IdVan(DemoOrganisaties.Shop).ToString(), ["Rollen"] = Rollen.Zorgcoordinator,
        }, "/beheer/accounts?handler=Uitnodigen");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var html = await beheerder.GetStringAsync(r.Headers.Location);
        // Shown once: a reload of the page no longer has the link.
        Assert.DoesNotContain("/uitnodiging?id=", await beheerder.GetStringAsync(r.Headers.Location));
        var link = WebUtility.HtmlDecode(LinkPatroon().Match(html).Groups[1].Value);
        Assert.StartsWith("http", link);
        Assert.DoesNotContain("@", new Uri(link).Query.Replace("%40", "@"));

        var genodigde = factory.NieuweClient();
        var pad = new Uri(link).PathAndQuery;
        r = await Aanmelden.PostFormAsync(genodigde, pad, new() { ["Wachtwoord"] = Wachtwoord, ["Herhaling"] = Wachtwoord }, pad);
        Assert.Equal("/account/tweestaps-instellen", Aanmelden.Pad(r));
        Assert.Equal("/inloggen", Aanmelden.Pad(await genodigde.GetAsync("/werkplek")));

        // The link works once.
        r = await Aanmelden.PostFormAsync(factory.NieuweClient(), pad, new() { ["Wachtwoord"] = Wachtwoord + "x", ["Herhaling"] = Wachtwoord + "x" }, pad);
        Assert.Contains("niet (meer) geldig", await r.Content.ReadAsStringAsync());

        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDbContext>();
        var id = (await db.Set<Medewerker>().SingleAsync(m => m.Email == email)).Id.ToString();
        var regels = await db.Set<AuditRegel>().Where(a => a.ObjectId == id).ToListAsync();
        Assert.Contains(regels, a => a.Actie == AccountBeheer.Uitgenodigd && a.ActorId == DemoOrganisaties.IdVan("account:" + DemoAccounts.Voor(Rollen.Beheerder).Email).ToString());
        Assert.DoesNotContain(regels, a => $"{a.ActorId};{a.ObjectId};{a.Actie}".Contains('@'));
    }

    [Fact]
    public async Task Gedeactiveerde_medewerker_verliest_de_sessie_direct()
    {
        var (medewerker, sleutel) = await MedewerkerMetTweestapsAsync();
        var client = await AanmeldenAsync(medewerker, sleutel);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/werkplek")).StatusCode);

        var beheerder = await factory.AlsAsync(Rollen.Beheerder);
        var r = await Aanmelden.PostFormAsync(beheerder, "/beheer/accounts", new() { ["Id"] = medewerker.Id.ToString() }, "/beheer/accounts?handler=Deactiveren");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        Assert.Equal("/inloggen", Aanmelden.Pad(await client.GetAsync("/werkplek")));
        r = await Aanmelden.PostFormAsync(factory.NieuweClient(), "/inloggen", new() { ["Email"] = medewerker.Email!, ["Wachtwoord"] = Wachtwoord });
        Assert.Null(Aanmelden.Pad(r));
    }

    [Fact]
    public async Task Na_reset_van_tweestaps_moet_de_medewerker_opnieuw_instellen()
    {
        var (medewerker, sleutel) = await MedewerkerMetTweestapsAsync();
        var beheerder = await factory.AlsAsync(Rollen.Beheerder);
        var r = await Aanmelden.PostFormAsync(beheerder, "/beheer/accounts", new() { ["Id"] = medewerker.Id.ToString() }, "/beheer/accounts?handler=TweestapsResetten");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        r = await Aanmelden.PostFormAsync(factory.NieuweClient(), "/inloggen", new() { ["Email"] = medewerker.Email!, ["Wachtwoord"] = Wachtwoord });
        Assert.Equal("/account/tweestaps-instellen", Aanmelden.Pad(r));

        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Medewerker>>();
        Assert.NotEqual(sleutel, await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(medewerker.Id.ToString()))!));
    }

    private async Task<HttpClient> AanmeldenAsync(Medewerker medewerker, string sleutel)
    {
        var client = factory.NieuweClient();
        var r = await Aanmelden.PostFormAsync(client, "/inloggen", new() { ["Email"] = medewerker.Email!, ["Wachtwoord"] = Wachtwoord });
        Assert.Equal("/inloggen/tweestaps", Aanmelden.Pad(r));
        r = await Aanmelden.PostFormAsync(client, "/inloggen/tweestaps", new() { ["Code"] = Aanmelden.Totp(sleutel) });
        Assert.Equal("/werkplek", Aanmelden.Pad(r));
        return client;
    }

    private async Task<(Medewerker, string)> MedewerkerMetTweestapsAsync()
    {
        await using var scope = factory.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Medewerker>>();
        var email = $"test-{Guid.NewGuid():N}@test.schakel.nl";
        var m = new Medewerker
        {
            Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true,
            OrganisatieId = DemoOrganisaties.IdVan(DemoOrganisaties.Shop), TwoFactorEnabled = true,
        };
        Assert.True((await users.CreateAsync(m, Wachtwoord)).Succeeded);
        Assert.True((await users.AddToRoleAsync(m, Rollen.Zorgcoordinator)).Succeeded);
        await users.ResetAuthenticatorKeyAsync(m);
        return (m, (await users.GetAuthenticatorKeyAsync(m))!);
    }

    [GeneratedRegex("<code id=\"uitnodigingslink\">([^<]+)</code>")]
    private static partial Regex LinkPatroon();
}

public sealed class BeheerAccountsTestsSqlite(SqliteFactory f) : BeheerAccountsTests(f), IClassFixture<SqliteFactory>;

public sealed class BeheerAccountsTestsPostgres(PostgresFactory f) : BeheerAccountsTests(f), IClassFixture<PostgresFactory>;
