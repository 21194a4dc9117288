using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Doorverwijzing.Model;

public enum DoorverwijzingBerichtSoort
{
    /// <summary>The receiving organisation asks the sender something.</summary>
    Vraag,
    /// <summary>The sender answers a question.</summary>
    Antwoord,
    /// <summary>The receiving organisation adds its own information; it travels back to the sender under the referral's rules.</summary>
    Informatie,
    /// <summary>The receiving organisation reports the outcome of its part.</summary>
    Uitkomst,
}

/// <summary>A message on a referral between sender and receiver only; the text is encrypted.</summary>
public sealed class DoorverwijzingBericht
{
    public long Id { get; set; }
    public Guid DoorverwijzingId { get; set; }
    public DoorverwijzingBerichtSoort Soort { get; set; }
    public Guid VanOrganisatieId { get; set; }
    public Guid? MedewerkerId { get; set; }
    public string? Client { get; set; }
    public DateTimeOffset Tijdstip { get; set; }
    public string TekstVersleuteld { get; set; } = "";

    public static string VeldContext(long id) => $"DoorverwijzingBericht.Tekst:{id}";
}

internal sealed class DoorverwijzingBerichtConfiguratie : IEntityTypeConfiguration<DoorverwijzingBericht>
{
    public void Configure(EntityTypeBuilder<DoorverwijzingBericht> b)
    {
        b.ToTable("doorverwijzing_berichten");
        b.HasKey(e => e.Id);
        b.Property(e => e.Soort).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Client).HasMaxLength(100);
        b.HasIndex(e => e.DoorverwijzingId);
        b.HasOne<DoorverwijzingRij>().WithMany().HasForeignKey(e => e.DoorverwijzingId).OnDelete(DeleteBehavior.Cascade);
    }
}
