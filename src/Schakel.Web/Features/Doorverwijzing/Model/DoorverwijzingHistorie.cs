using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Doorverwijzing;

namespace Schakel.Web.Features.Doorverwijzing.Model;

/// <summary>Append-only history of a referral's status: every transition, by whom (ids only) and when.</summary>
public sealed class DoorverwijzingHistorie
{
    public long Id { get; set; }
    public Guid DoorverwijzingId { get; set; }
    public DoorverwijzingStatus? Van { get; set; }
    public DoorverwijzingStatus Naar { get; set; }
    public DateTimeOffset Tijdstip { get; set; }
    public Guid OrganisatieId { get; set; }
    public Guid? MedewerkerId { get; set; }
    /// <summary>API client id when a partner system made the change.</summary>
    public string? Client { get; set; }
}

internal sealed class DoorverwijzingHistorieConfiguratie : IEntityTypeConfiguration<DoorverwijzingHistorie>
{
    public void Configure(EntityTypeBuilder<DoorverwijzingHistorie> b)
    {
        b.ToTable("doorverwijzing_historie");
        b.HasKey(e => e.Id);
        b.Property(e => e.Van).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Naar).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Client).HasMaxLength(100);
        b.HasIndex(e => e.DoorverwijzingId);
        b.HasOne<DoorverwijzingRij>().WithMany().HasForeignKey(e => e.DoorverwijzingId).OnDelete(DeleteBehavior.Cascade);
    }
}
