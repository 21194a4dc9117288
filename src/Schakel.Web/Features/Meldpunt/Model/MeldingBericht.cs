using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Meldpunt.Model;

public enum BerichtAfzender
{
    Meldpunt,
    Melder,
}

/// <summary>
/// A message between the reporting point and the reporter. Either a template (a resource key, rendered in
/// the reporter's language when read) or a written text, stored encrypted.
/// </summary>
public sealed class MeldingBericht
{
    public long Id { get; set; }
    public Guid MeldingId { get; set; }
    public BerichtAfzender Van { get; set; }
    /// <summary>The reporter's own messages are rounded to the hour, like the report itself.</summary>
    public DateTimeOffset Tijdstip { get; set; }
    public string? Sjabloon { get; set; }
    public string? TekstVersleuteld { get; set; }
    /// <summary>Staff member who wrote it (ids only; null for templates and reporters).</summary>
    public Guid? MedewerkerId { get; set; }
}

internal sealed class MeldingBerichtConfiguratie : IEntityTypeConfiguration<MeldingBericht>
{
    public void Configure(EntityTypeBuilder<MeldingBericht> b)
    {
        b.ToTable("melding_berichten");
        b.HasKey(e => e.Id);
        b.Property(e => e.Van).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Sjabloon).HasMaxLength(80);
        b.HasIndex(e => e.MeldingId);
    }
}
