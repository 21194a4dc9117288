using Schakel.Core.Audit;

namespace Schakel.Core.Tests.Audit;

public sealed class AuditKetenTests
{
    private static readonly DateTimeOffset Begin = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static List<AuditSchakel> Keten(int aantal)
    {
        var keten = new List<AuditSchakel>();
        var vorige = AuditKeten.BeginHash;
        for (var i = 1; i <= aantal; i++)
        {
            var s = AuditKeten.Volgende(new AuditGegevens(i, Begin.AddSeconds(i), "medewerker", $"m{i}", Guid.Empty, "melding.gelezen", "melding", $"o{i}", "gelukt", "web"), vorige);
            keten.Add(s);
            vorige = s.Hash;
        }
        return keten;
    }

    [Fact]
    public void Een_ongeschonden_keten_is_intact()
    {
        Assert.Equal(new VerificatieUitkomst(true, 5, null, null), AuditKeten.Verifieer(Keten(5)));
    }

    [Fact]
    public void Een_reden_telt_mee_in_de_hash_en_zonder_reden_blijft_de_hash_zoals_hij_was()
    {
        var zonder = new AuditGegevens(1, Begin, "medewerker", "m1", Guid.Empty, "doorverwijzing.geweigerd", "doorverwijzing", "o1", "geweigerd", "web");
        var met = zonder with { Reden = "boven-maximum" };

        // The hash of an entry without a reason is the one the chain had before reasons existed.
        var oud = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\u001f',
            "1", Begin.ToString("O", System.Globalization.CultureInfo.InvariantCulture), "medewerker", "m1", Guid.Empty.ToString(),
            "doorverwijzing.geweigerd", "doorverwijzing", "o1", "geweigerd", "web", AuditKeten.BeginHash))));
        Assert.Equal(oud, AuditKeten.BerekenHash(zonder, AuditKeten.BeginHash));
        Assert.NotEqual(AuditKeten.BerekenHash(zonder, AuditKeten.BeginHash), AuditKeten.BerekenHash(met, AuditKeten.BeginHash));

        var keten = new List<AuditSchakel> { AuditKeten.Volgende(met, AuditKeten.BeginHash) };
        Assert.True(AuditKeten.Verifieer(keten).Intact);
        keten[0] = keten[0] with { Gegevens = keten[0].Gegevens with { Reden = "grondslag-ontbreekt" } };
        Assert.Equal(1, AuditKeten.Verifieer(keten).EersteGebrokenVolgnummer);
    }

    [Fact]
    public void Een_lege_keten_is_intact()
    {
        Assert.Equal(new VerificatieUitkomst(true, 0, null, null), AuditKeten.Verifieer([]));
    }

    [Fact]
    public void De_eerste_regel_wijst_naar_de_beginhash()
    {
        Assert.Equal(AuditKeten.BeginHash, Keten(1)[0].VorigeHash);
        Assert.Matches("^[0-9a-f]{64}$", Keten(1)[0].Hash);
    }

    [Fact]
    public void Gewijzigde_inhoud_wijst_die_regel_aan()
    {
        var keten = Keten(5);
        keten[2] = keten[2] with { Gegevens = keten[2].Gegevens with { Resultaat = "geweigerd" } };

        var uitkomst = AuditKeten.Verifieer(keten);

        Assert.False(uitkomst.Intact);
        Assert.Equal(3, uitkomst.EersteGebrokenVolgnummer);
        Assert.Equal(2, uitkomst.AantalGecontroleerd);
        Assert.Contains("hash", uitkomst.Reden, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_herberekende_hash_breekt_de_verwijzing_van_de_volgende_regel()
    {
        var keten = Keten(4);
        var g = keten[1].Gegevens with { ActorId = "iemand-anders" };
        keten[1] = new AuditSchakel(g, keten[1].VorigeHash, AuditKeten.BerekenHash(g, keten[1].VorigeHash));

        var uitkomst = AuditKeten.Verifieer(keten);

        Assert.Equal(3, uitkomst.EersteGebrokenVolgnummer);
        Assert.Contains("vorige", uitkomst.Reden, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_verwijderde_regel_wordt_gezien()
    {
        var keten = Keten(5);
        keten.RemoveAt(3);

        var uitkomst = AuditKeten.Verifieer(keten);

        Assert.False(uitkomst.Intact);
        Assert.Equal(5, uitkomst.EersteGebrokenVolgnummer);
        Assert.Contains("volgnummer 4", uitkomst.Reden, StringComparison.Ordinal);
    }

    [Fact]
    public void Een_deel_van_de_keten_wordt_verder_gecontroleerd_na_de_vorige_hash()
    {
        var keten = Keten(6);

        Assert.True(AuditKeten.Verifieer(keten.Skip(3), keten[2].Hash, 4).Intact);
        Assert.False(AuditKeten.Verifieer(keten.Skip(3), keten[1].Hash, 4).Intact);
    }

    [Fact]
    public void Het_tijdstip_telt_tot_op_de_milliseconde_en_in_utc()
    {
        var g = new AuditGegevens(1, new DateTimeOffset(2026, 3, 1, 10, 0, 0, 123, TimeSpan.FromHours(1)).AddTicks(4567), "systeem", null, null, "a", "b", null, "gelukt", "systeem");
        var s = AuditKeten.Volgende(g, AuditKeten.BeginHash);

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 0, 0, 123, TimeSpan.Zero), s.Gegevens.Tijdstip);
        // What a database with coarser time storage gives back still matches the hash.
        var teruggelezen = s.Gegevens with { Tijdstip = s.Gegevens.Tijdstip.ToOffset(TimeSpan.FromHours(2)) };
        Assert.Equal(s.Hash, AuditKeten.BerekenHash(teruggelezen, s.VorigeHash));
    }

    [Fact]
    public void Elk_veld_telt_mee_in_de_hash()
    {
        var g = Keten(1)[0].Gegevens;
        var basis = AuditKeten.BerekenHash(g, AuditKeten.BeginHash);
        AuditGegevens[] varianten =
        [
            g with { Volgnummer = 2 }, g with { Tijdstip = g.Tijdstip.AddMilliseconds(1) }, g with { ActorType = "apiclient" },
            g with { ActorId = null }, g with { OrganisatieId = null }, g with { Actie = "x" }, g with { ObjectType = "x" },
            g with { ObjectId = null }, g with { Resultaat = "x" }, g with { Herkomst = "api" },
        ];

        Assert.All(varianten, v => Assert.NotEqual(basis, AuditKeten.BerekenHash(v, AuditKeten.BeginHash)));
        Assert.NotEqual(basis, AuditKeten.BerekenHash(g, new string('1', 64)));
    }
}
