using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Organisaties;

namespace Schakel.Web.Features.Organisaties;

/// <summary>A chain partner. Its contact data is public (the information point shows it), so it is not encrypted.</summary>
public sealed class Organisatie
{
    public Guid Id { get; set; }
    public required string Naam { get; set; }
    public OrganisatieType Type { get; set; }
    public Partijcategorie Partijcategorie { get; set; }

    /// <summary>Set for a municipality's own organisation, so "the municipality's focal officer" can be found.</summary>
    public string? GemeenteCode { get; set; }

    public string? Telefoon { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? Openingstijden { get; set; }
    public bool DagEnNacht { get; set; }

    /// <summary>Demo organisations carry example contact data and must never be mistaken for real ones.</summary>
    public bool IsDemo { get; set; }

    /// <summary>When the partner joined the chain (Bewustwording's new-partner list); existing rows took their first account's date.</summary>
    public DateTimeOffset? Toegetreden { get; set; }
    public bool Actief { get; set; } = true;

    public List<OrganisatieWerkgebied> Werkgebied { get; set; } = [];
}

/// <summary>One municipality an organisation serves.</summary>
public sealed class OrganisatieWerkgebied
{
    public Guid OrganisatieId { get; set; }
    public required string CbsCode { get; set; }
}

internal sealed class OrganisatieConfiguratie : IEntityTypeConfiguration<Organisatie>, IEntityTypeConfiguration<OrganisatieWerkgebied>
{
    public void Configure(EntityTypeBuilder<Organisatie> b)
    {
        b.ToTable("organisaties");
        b.HasKey(e => e.Id);
        b.Property(e => e.Naam).HasMaxLength(200);
        b.HasIndex(e => e.Naam).IsUnique();
        b.Property(e => e.Type).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.Partijcategorie).HasConversion<string>().HasMaxLength(60);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        b.Property(e => e.Telefoon).HasMaxLength(40);
        b.Property(e => e.Email).HasMaxLength(200);
        b.Property(e => e.Website).HasMaxLength(300);
        b.Property(e => e.Openingstijden).HasMaxLength(300);
        b.HasMany(e => e.Werkgebied).WithOne().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OrganisatieWerkgebied> b)
    {
        b.ToTable("organisatie_werkgebieden");
        b.HasKey(e => new { e.OrganisatieId, e.CbsCode });
        b.HasOne<Regio.Gemeente>().WithMany().HasForeignKey(e => e.CbsCode);
        b.HasIndex(e => e.CbsCode);
    }
}
