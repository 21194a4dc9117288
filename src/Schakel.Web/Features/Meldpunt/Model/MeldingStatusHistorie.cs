using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Doorverwijzing;

namespace Schakel.Web.Features.Meldpunt.Model;

/// <summary>One step in a report's life: a status change, or an advice question turned into a report.</summary>
public sealed class MeldingStatusHistorie
{
    public long Id { get; set; }
    public Guid MeldingId { get; set; }
    public MeldingStatus? Van { get; set; }
    public MeldingStatus Naar { get; set; }
    /// <summary>"ontvangen", "status", "omgezet-naar-melding".</summary>
    public required string Gebeurtenis { get; set; }
    public DateTimeOffset Tijdstip { get; set; }
    public Guid? MedewerkerId { get; set; }
}

internal sealed class MeldingStatusHistorieConfiguratie : IEntityTypeConfiguration<MeldingStatusHistorie>
{
    public void Configure(EntityTypeBuilder<MeldingStatusHistorie> b)
    {
        b.ToTable("melding_statushistorie");
        b.HasKey(e => e.Id);
        b.Property(e => e.Van).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Naar).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Gebeurtenis).HasMaxLength(40);
        b.HasIndex(e => e.MeldingId);
    }
}
