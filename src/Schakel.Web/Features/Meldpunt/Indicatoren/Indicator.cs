using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Meldpunt.Indicatoren;

/// <summary>
/// One sign on the signals card. Reference data a beheerder edits, so the card stays current without a
/// code change; seeded from Referentie/indicatoren.csv and never overwritten once edited.
/// </summary>
public sealed class Indicator
{
    public required string Code { get; set; }
    public required string Groep { get; set; }
    /// <summary>Forms of exploitation it points to, ';'-separated lower-case names, or "alle".</summary>
    public required string Uitbuitingsvormen { get; set; }
    public required string LabelNl { get; set; }
    public required string LabelEn { get; set; }
    public string Bron { get; set; } = "";
    public bool Actief { get; set; } = true;
    /// <summary>Set when a beheerder changed it; the seeder then leaves it alone.</summary>
    public DateTimeOffset? GewijzigdOp { get; set; }
    /// <summary>The label in the languages beyond Dutch and English, and in easy Dutch ("nl-B1").</summary>
    public List<IndicatorTekst> Teksten { get; set; } = [];

    public bool HoortBij(string vorm) =>
        Uitbuitingsvormen == "alle" || Uitbuitingsvormen.Split(';').Contains(vorm, StringComparer.Ordinal);
}

internal sealed class IndicatorConfiguratie : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.ToTable("indicatoren");
        b.HasKey(e => e.Code);
        b.Property(e => e.Code).HasMaxLength(20);
        b.Property(e => e.Groep).HasMaxLength(120);
        b.Property(e => e.Uitbuitingsvormen).HasMaxLength(120);
        b.Property(e => e.LabelNl).HasMaxLength(300);
        b.Property(e => e.LabelEn).HasMaxLength(300);
        b.Property(e => e.Bron).HasMaxLength(300);
        b.HasMany(e => e.Teksten).WithOne().HasForeignKey(t => t.Code).OnDelete(DeleteBehavior.Cascade);
    }
}
