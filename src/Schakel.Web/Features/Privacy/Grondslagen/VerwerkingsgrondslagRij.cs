using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Organisaties;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Privacy.Grondslagen;

/// <summary>
/// A recorded legal basis for one receiver (organisation, type or category) and purpose. Ended, never deleted: the
/// history says on what basis personal data went where. Who changed it is kept as organisation and role only.
/// </summary>
public sealed class VerwerkingsgrondslagRij
{
    public Guid Id { get; set; }
    public Verwerkingsdoel Doel { get; set; }
    public Guid? OrganisatieId { get; set; }
    public OrganisatieType? Type { get; set; }
    public Partijcategorie? Categorie { get; set; }
    public required string Grondslag { get; set; }
    public DateTimeOffset VastgelegdOp { get; set; }

    /// <summary>Set when the basis ended; from then on the receiver gets no personal data on it.</summary>
    public DateTimeOffset? BeeindigdOp { get; set; }

    public DateTimeOffset GewijzigdOp { get; set; }

    /// <summary>Null for the bases recorded at first start.</summary>
    public Guid? GewijzigdDoorOrganisatieId { get; set; }

    public string? GewijzigdDoorRol { get; set; }

    public bool Actief => BeeindigdOp is null;

    public Verwerkingsgrondslag NaarGrondslag() => new()
    {
        Doel = Doel, OrganisatieId = OrganisatieId, Type = Type, Categorie = Categorie, Grondslag = Grondslag,
    };
}

internal sealed class VerwerkingsgrondslagRijConfiguratie : IEntityTypeConfiguration<VerwerkingsgrondslagRij>
{
    public void Configure(EntityTypeBuilder<VerwerkingsgrondslagRij> b)
    {
        b.ToTable("verwerkingsgrondslagen");
        b.HasKey(e => e.Id);
        b.Property(e => e.Doel).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Type).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.Categorie).HasConversion<string>().HasMaxLength(60);
        b.Property(e => e.Grondslag).HasMaxLength(500);
        b.Property(e => e.GewijzigdDoorRol).HasMaxLength(40);
        b.Ignore(e => e.Actief);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.Doel, e.BeeindigdOp });
    }
}
