using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Meldpunt;
using Schakel.Web.Features.Meldpunt.Intake;
using Schakel.Web.Features.Meldpunt.Opvolging;
using Schakel.Web.Tests.Infrastructure;

namespace Schakel.Web.Tests.Meldpunt;

/// <summary>The service contract the public pages use: intake, lookup by code, reply.</summary>
public abstract class MeldpuntDienstenTests(SchakelFactory factory)
{
    private static MeldingInvoer Geldig(string tekst = "Ik zie elke nacht busjes met arbeiders bij een loods.") => new()
    {
        MelderType = "burger",
        Omschrijving = tekst,
        GemeenteCode = "GM0518",
        Uitbuitingsvormen = ["arbeid"],
    };

    [Fact]
    public async Task Melden_geeft_een_code_waarmee_de_ontvangstbevestiging_te_lezen_is()
    {
        await using var scope = factory.Scope();
        var intake = scope.ServiceProvider.GetRequiredService<MeldpuntIntake>();
        var uitkomst = await intake.MeldAsync(Geldig(), [], Indiener.Publiek());
        Assert.True(uitkomst.Gelukt, string.Join("; ", uitkomst.Fouten.SelectMany(f => f.Value)));
        Assert.Matches(@"^\d{4} \d{4} \d{4} \d{4}$", uitkomst.Ontvangstcode!);

        await using var scope2 = factory.Scope();
        var opvolging = scope2.ServiceProvider.GetRequiredService<MeldpuntOpvolging>();
        var gevonden = await opvolging.ZoekAsync(uitkomst.Ontvangstcode!.Replace(" ", "-", StringComparison.Ordinal));
        Assert.NotNull(gevonden);
        Assert.Equal("ontvangen", gevonden.StatusWoord);
        var bevestiging = Assert.Single(gevonden.Berichten);
        Assert.Equal("meldpunt", bevestiging.VanWoord);
        Assert.DoesNotContain("terugkoppeling.", bevestiging.Tekst, StringComparison.Ordinal);

        var reactie = await opvolging.ReageerAsync(uitkomst.Ontvangstcode, "Er staat nu ook een rode bus.", []);
        Assert.Equal(ReactieResultaat.Gelukt, reactie.Resultaat);
        var daarna = await opvolging.ZoekAsync(uitkomst.Ontvangstcode);
        Assert.Equal("Er staat nu ook een rode bus.", daarna!.Berichten[^1].Tekst);
        Assert.Equal("melder", daarna.Berichten[^1].VanWoord);
    }

    [Fact]
    public async Task Onbekende_of_misvormde_code_vindt_niets()
    {
        await using var scope = factory.Scope();
        var opvolging = scope.ServiceProvider.GetRequiredService<MeldpuntOpvolging>();
        Assert.Null(await opvolging.ZoekAsync("1234 5678 9012 3456"));
        Assert.Null(await opvolging.ZoekAsync("abc"));
        Assert.Equal(ReactieResultaat.OnbekendeCode, (await opvolging.ReageerAsync("1234567890123456", "hallo", [])).Resultaat);
    }

    [Fact]
    public async Task Alle_fouten_tegelijk_met_veldnamen()
    {
        await using var scope = factory.Scope();
        var intake = scope.ServiceProvider.GetRequiredService<MeldpuntIntake>();
        var uitkomst = await intake.MeldAsync(new MeldingInvoer
        {
            MelderType = "marsmannetje",
            Omschrijving = " ",
            GemeenteCode = "GM9999",
            Indicatoren = ["BESTAATNIET"],
            Contact = new ContactInvoer { Email = "geen-adres" },
        }, [], Indiener.Publiek());
        Assert.False(uitkomst.Gelukt);
        foreach (var veld in new[] { "melderType", "omschrijving", "contact.email", "contact.toestemming" })
        {
            Assert.Contains(veld, uitkomst.Fouten.Keys);
        }
    }

    [Fact]
    public async Task Database_controles_op_gemeente_en_signalen()
    {
        await using var scope = factory.Scope();
        var intake = scope.ServiceProvider.GetRequiredService<MeldpuntIntake>();
        var uitkomst = await intake.MeldAsync(Geldig() with { GemeenteCode = "GM9999", Indicatoren = ["BESTAATNIET"] }, [], Indiener.Publiek());
        Assert.Contains("gemeenteCode", uitkomst.Fouten.Keys);
        Assert.Contains("indicatoren", uitkomst.Fouten.Keys);
    }

    [Fact]
    public async Task Adviesvraag_met_telefoonnummer_waarschuwt_tot_de_professional_bevestigt()
    {
        await using var scope = factory.Scope();
        var intake = scope.ServiceProvider.GetRequiredService<MeldpuntIntake>();
        var vraag = Geldig("Cliënt geeft 06-12345678 op als nummer van de werkgever; is dit uitbuiting?") with
        {
            Soort = "adviesvraag",
            MelderType = "professional",
            Sector = "wijkteam",
        };
        var eerst = await intake.MeldAsync(vraag, [], Indiener.Publiek());
        Assert.False(eerst.Gelukt);
        Assert.Contains(eerst.Waarschuwingen, w => w.Soort == PersoonsgegevensSoort.Telefoonnummer);
        Assert.Contains(MeldpuntIntake.PersoonsgegevensVeld, eerst.Fouten.Keys);

        var daarna = await intake.MeldAsync(vraag with { NegeerPersoonsgegevensWaarschuwing = true }, [], Indiener.Publiek());
        Assert.True(daarna.Gelukt);
    }
}

public sealed class MeldpuntDienstenTestsSqlite(SqliteFactory f) : MeldpuntDienstenTests(f), IClassFixture<SqliteFactory>;

public sealed class MeldpuntDienstenTestsPostgres(PostgresFactory f) : MeldpuntDienstenTests(f), IClassFixture<PostgresFactory>;
