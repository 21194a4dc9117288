using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;

namespace Schakel.Web.Features.Doorverwijzing.Delen;

/// <summary>
/// A legal basis for sharing with one party category, maintained by a beheerder (with the privacy officer).
/// Seeded from <see cref="StandaardGrondslagen"/>; once edited, the seeder leaves it alone. A basis that is no
/// longer used is deactivated, not deleted, because referrals keep pointing at its code.
/// </summary>
public sealed class GrondslagRij
{
    public required string Code { get; set; }
    public Partijcategorie Categorie { get; set; }
    public required string Omschrijving { get; set; }
    public Deelniveau MaximaalDeelniveau { get; set; }
    public GrondslagVoorwaarde Voorwaarde { get; set; }

    /// <summary>Receiver types the basis is written for, comma-separated type names; empty: every type of the category.</summary>
    public string Ontvangers { get; set; } = "";

    public bool Actief { get; set; } = true;

    /// <summary>Set when a beheerder changed it; the seeder then leaves it alone.</summary>
    public DateTimeOffset? GewijzigdOp { get; set; }

    public Grondslag NaarGrondslag() => new()
    {
        Code = Code, Categorie = Categorie, Omschrijving = Omschrijving, MaximaalDeelniveau = MaximaalDeelniveau, Voorwaarde = Voorwaarde,
        Ontvangers = [.. Ontvangers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => Enum.TryParse<OrganisatieType>(t, out var type) ? type : (OrganisatieType?)null).OfType<OrganisatieType>()],
    };

    public static string OntvangersTekst(IEnumerable<OrganisatieType> typen) => string.Join(",", typen);
}

internal sealed class GrondslagRijConfiguratie : IEntityTypeConfiguration<GrondslagRij>
{
    public void Configure(EntityTypeBuilder<GrondslagRij> b)
    {
        b.ToTable("grondslagen");
        b.HasKey(e => e.Code);
        b.Property(e => e.Code).HasMaxLength(40);
        b.Property(e => e.Categorie).HasConversion<string>().HasMaxLength(60);
        b.Property(e => e.Omschrijving).HasMaxLength(1000);
        b.Property(e => e.MaximaalDeelniveau).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Voorwaarde).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Ontvangers).HasMaxLength(400).HasDefaultValue("");
        b.HasIndex(e => e.Categorie);
    }
}
