using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Audit;

namespace Schakel.Web.Security.Audit;

/// <summary>One stored audit entry. Rows are never updated or deleted (database triggers refuse it).</summary>
public sealed class AuditRegel
{
    public long Volgnummer { get; set; }
    public DateTimeOffset Tijdstip { get; set; }
    public required string ActorType { get; set; }
    public string? ActorId { get; set; }
    public Guid? OrganisatieId { get; set; }
    public required string Actie { get; set; }
    public required string ObjectType { get; set; }
    public string? ObjectId { get; set; }
    public required string Resultaat { get; set; }
    public required string Herkomst { get; set; }
    public string? Reden { get; set; }
    public required string VorigeHash { get; set; }
    public required string Hash { get; set; }

    public AuditSchakel NaarSchakel() => new(
        new AuditGegevens(Volgnummer, Tijdstip, ActorType, ActorId, OrganisatieId, Actie, ObjectType, ObjectId, Resultaat, Herkomst, Reden),
        VorigeHash, Hash);
}

internal sealed class AuditRegelConfiguratie : IEntityTypeConfiguration<AuditRegel>
{
    public void Configure(EntityTypeBuilder<AuditRegel> b)
    {
        b.ToTable("audit_regels");
        b.HasKey(e => e.Volgnummer);
        // The chain decides the number, not the database: gaps would otherwise look like deletions.
        b.Property(e => e.Volgnummer).ValueGeneratedNever();
        b.Property(e => e.ActorType).HasMaxLength(20);
        b.Property(e => e.ActorId).HasMaxLength(100);
        b.Property(e => e.Actie).HasMaxLength(80);
        b.Property(e => e.ObjectType).HasMaxLength(80);
        b.Property(e => e.ObjectId).HasMaxLength(100);
        b.Property(e => e.Resultaat).HasMaxLength(40);
        b.Property(e => e.Herkomst).HasMaxLength(40);
        b.Property(e => e.Reden).HasMaxLength(80);
        b.Property(e => e.VorigeHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => new { e.ObjectType, e.ObjectId });
        b.HasIndex(e => e.Tijdstip);
    }
}
