using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Schakel.Web.Data;
using Schakel.Web.Features.Privacy.Declaraties;

namespace Schakel.Web.Tests.Privacy;

/// <summary>
/// The declaration of personal data cannot drift from the schema: every property of the EF model of both providers is declared
/// personal or non-personal, and nothing is declared that the model does not have. No database is needed: the model alone.
/// </summary>
public class DeclaratiesTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres" };

    private static IModel Model(string provider) => provider == "Sqlite"
        ? new SqliteSchakelDbContext(new DbContextOptionsBuilder<SqliteSchakelDbContext>().UseSqlite("Data Source=:memory:").Options).Model
        : new PostgresSchakelDbContext(new DbContextOptionsBuilder<PostgresSchakelDbContext>().UseNpgsql("Host=localhost").Options).Model;

    private static IEnumerable<(IEntityType Entiteit, IProperty Eigenschap)> Eigenschappen(IModel model) =>
        model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties().Select(p => (e, p)));

    [Theory]
    [MemberData(nameof(Providers))]
    public void Elke_kolom_is_persoonlijk_of_niet_persoonlijk_verklaard(string provider)
    {
        var ontbrekend = Eigenschappen(Model(provider))
            .Where(x => !Verklaringen.Alle.IsVerklaard(x.Entiteit.ClrType, x.Eigenschap.Name))
            .Select(x => $"{x.Entiteit.ClrType.Name}.{x.Eigenschap.Name} (tabel {x.Entiteit.GetTableName()}, kolom {x.Eigenschap.GetColumnName()})")
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(ontbrekend.Count == 0,
            $"Niet verklaard in Features/Privacy/Declaraties/Persoonsgegevens.cs ({ontbrekend.Count}); voeg per kolom één regel toe " +
            "(d.Persoonlijk<T>(verwerking, categorie, \"Kolom\")) of zet de naam in d.NietPersoonlijk<T>(...):\n" + string.Join("\n", ontbrekend));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Niets_is_verklaard_wat_het_model_niet_heeft(string provider)
    {
        var model = Eigenschappen(Model(provider)).Select(x => (x.Entiteit.ClrType, x.Eigenschap.Name)).ToHashSet();
        var verklaard = Verklaringen.Alle.PersoonlijkeVelden.Select(v => (v.Entiteit, v.Eigenschap)).Concat(Verklaringen.Alle.NietPersoonlijkeVelden);
        var overbodig = verklaard.Where(v => !model.Contains(v)).Select(v => $"{v.Item1.Name}.{v.Item2}").ToList();
        Assert.True(overbodig.Count == 0, "Verklaard maar niet in het model: " + string.Join(", ", overbodig));
    }

    [Fact]
    public void Versleutelde_en_vrije_tekstvelden_zijn_persoonlijk()
    {
        var versleuteld = Eigenschappen(Model("Sqlite"))
            .Where(x => x.Eigenschap.Name.EndsWith("Versleuteld", StringComparison.Ordinal))
            .Where(x => Verklaringen.Alle.Persoonlijk(x.Entiteit.ClrType, x.Eigenschap.Name) is null)
            .Select(x => $"{x.Entiteit.ClrType.Name}.{x.Eigenschap.Name}").ToList();
        // The secret address of a shelter location is encrypted but is an organisation's address, not a person's; the key
        // canary is a fixed known text.
        Assert.Equal(["Opvanglocatie.AdresVersleuteld", "Sleutelcontrole.Versleuteld"], versleuteld.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Elk_persoonlijk_veld_heeft_doel_grondslag_bewaartermijn_en_eigenaar()
    {
        Assert.NotEmpty(Verklaringen.Alle.PersoonlijkeVelden);
        foreach (var v in Verklaringen.Alle.PersoonlijkeVelden)
        {
            Assert.Contains(v.Verwerking, Verwerkingsactiviteiten.Alle);
            Assert.False(string.IsNullOrWhiteSpace(v.Verwerking.Doel));
            Assert.False(string.IsNullOrWhiteSpace(v.Verwerking.Grondslag));
            Assert.NotEmpty(v.Verwerking.Bewaarregels);
            Assert.NotEmpty(v.Verwerking.Betrokkenen);
        }
        Assert.Equal(Verwerkingsactiviteiten.Bewaarregels.Count(), Verwerkingsactiviteiten.Bewaarregels.Select(r => r.Code).Distinct().Count());
    }

    [Fact]
    public void Een_veld_twee_keer_verklaren_is_een_fout()
    {
        var d = new Verklaringen().NietPersoonlijk<DeclaratiesTests>("X");
        Assert.Throws<InvalidOperationException>(() => d.Persoonlijk<DeclaratiesTests>(Verwerkingsactiviteiten.Meldpunt, Gegevenscategorie.VrijeTekst, "X"));
    }
}
