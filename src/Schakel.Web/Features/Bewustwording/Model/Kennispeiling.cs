using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Bewustwording.Model;

public enum Meting
{
    Nulmeting,
    Vervolgmeting,
}

/// <summary>
/// One anonymous answer to the knowledge survey (national plan action 2): the audience, baseline or follow-up, the year
/// and four scores 1–5. No account, no name, no address: only a keyed hash of the form's one-time token, so a double
/// post counts once.
/// </summary>
public sealed class KennispeilingAntwoord
{
    public Guid Id { get; set; }
    public required string Doelgroep { get; set; }
    public Meting Meting { get; set; }
    public int Jaar { get; set; }
    public int Signalen { get; set; }
    public int Melden { get; set; }
    public int Aandachtsfunctionaris { get; set; }
    public int Handelen { get; set; }
    public required string FormulierSleutelHash { get; set; }
}

internal sealed class KennispeilingAntwoordConfiguratie : IEntityTypeConfiguration<KennispeilingAntwoord>
{
    public void Configure(EntityTypeBuilder<KennispeilingAntwoord> b)
    {
        b.ToTable("bewustwording_kennispeiling");
        b.HasKey(e => e.Id);
        b.Property(e => e.Doelgroep).HasMaxLength(60);
        b.Property(e => e.Meting).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.FormulierSleutelHash).HasMaxLength(100);
        b.HasIndex(e => e.FormulierSleutelHash).IsUnique();
        b.HasIndex(e => new { e.Doelgroep, e.Jaar });
    }
}
