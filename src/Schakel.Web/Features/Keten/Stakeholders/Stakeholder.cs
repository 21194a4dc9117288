using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Keten.Stakeholders;

public enum Niveau
{
    Laag,
    Middel,
    Hoog,
}

/// <summary>
/// The stakeholder analysis of one partner (Jaarplan 2024 §4.4): its interest and influence, its role, how to
/// reach it and for what. About organisations only; contact goes through a function or a desk, never a person.
/// </summary>
public sealed class Stakeholder
{
    public Guid OrganisatieId { get; set; }
    public Niveau Belang { get; set; }
    public Niveau Invloed { get; set; }
    public required string BelangOmschrijving { get; set; }
    public required string Rol { get; set; }
    public required string Bereikbaarheid { get; set; }
    public required string Waarvoor { get; set; }
    public DateTimeOffset GewijzigdOp { get; set; }
    public string? GewijzigdDoor { get; set; }
}

internal sealed class StakeholderConfiguratie : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> b)
    {
        b.ToTable("stakeholders");
        b.HasKey(e => e.OrganisatieId);
        b.HasOne<Organisatie>().WithOne().HasForeignKey<Stakeholder>(e => e.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
        b.Property(e => e.Belang).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Invloed).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.BelangOmschrijving).HasMaxLength(1000);
        b.Property(e => e.Rol).HasMaxLength(500);
        b.Property(e => e.Bereikbaarheid).HasMaxLength(500);
        b.Property(e => e.Waarvoor).HasMaxLength(1000);
        b.Property(e => e.GewijzigdDoor).HasMaxLength(100);
    }
}
