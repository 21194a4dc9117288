using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Meldpunt.Model;

/// <summary>An attachment: JPEG, PNG or PDF, image metadata stripped, bytes and file name encrypted.</summary>
public sealed class Bijlage
{
    public Guid Id { get; set; }
    public Guid MeldingId { get; set; }
    /// <summary>The message it came with, when it came with one.</summary>
    public long? BerichtId { get; set; }
    public BerichtAfzender Van { get; set; }
    /// <summary>"jpeg", "png" or "pdf", from the content, never from the name.</summary>
    public required string Type { get; set; }
    public required string BestandsnaamVersleuteld { get; set; }
    public long Grootte { get; set; }
    public required byte[] InhoudVersleuteld { get; set; }

    public static string InhoudContext(Guid id) => $"Bijlage.Inhoud:{id:N}";
    public static string NaamContext(Guid id) => $"Bijlage.Naam:{id:N}";
}

internal sealed class BijlageConfiguratie : IEntityTypeConfiguration<Bijlage>
{
    public void Configure(EntityTypeBuilder<Bijlage> b)
    {
        b.ToTable("melding_bijlagen");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Van).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Type).HasMaxLength(10);
        b.HasIndex(e => e.MeldingId);
        b.HasOne<MeldingBericht>().WithMany().HasForeignKey(e => e.BerichtId).OnDelete(DeleteBehavior.SetNull);
    }
}
