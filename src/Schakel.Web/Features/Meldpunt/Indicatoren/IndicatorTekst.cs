using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Meldpunt.Indicatoren;

/// <summary>
/// A sign's label in one more language (pl, bg, ro...) or in easy Dutch ("nl-B1"). Dutch and English stay on
/// <see cref="Indicator"/> itself, because staff pages and the API read those two.
/// </summary>
public sealed class IndicatorTekst
{
    public required string Code { get; set; }
    public required string Taal { get; set; }
    public required string Label { get; set; }
}

/// <summary>
/// The name of a group of signs in a language other than Dutch. Keyed by the Dutch group name, which is what
/// the signs carry, so a group has one name per language however many signs it holds.
/// </summary>
public sealed class IndicatorGroepTekst
{
    public required string Groep { get; set; }
    public required string Taal { get; set; }
    public required string Naam { get; set; }
}

internal sealed class IndicatorTekstConfiguratie : IEntityTypeConfiguration<IndicatorTekst>
{
    public void Configure(EntityTypeBuilder<IndicatorTekst> b)
    {
        b.ToTable("indicator_teksten");
        b.HasKey(e => new { e.Code, e.Taal });
        b.Property(e => e.Code).HasMaxLength(20);
        b.Property(e => e.Taal).HasMaxLength(10);
        b.Property(e => e.Label).HasMaxLength(300);
    }
}

internal sealed class IndicatorGroepTekstConfiguratie : IEntityTypeConfiguration<IndicatorGroepTekst>
{
    public void Configure(EntityTypeBuilder<IndicatorGroepTekst> b)
    {
        b.ToTable("indicatorgroep_teksten");
        b.HasKey(e => new { e.Groep, e.Taal });
        b.Property(e => e.Groep).HasMaxLength(120);
        b.Property(e => e.Taal).HasMaxLength(10);
        b.Property(e => e.Naam).HasMaxLength(120);
    }
}
