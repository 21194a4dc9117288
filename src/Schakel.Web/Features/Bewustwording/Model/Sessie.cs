using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Bewustwording.Model;

/// <summary>
/// One occasion of an offer: a training date, a theme or network meeting, or an activity of a series such as the
/// Regional Week against trafficking. Events are sessions too, so the monitor counts meetings held in one place.
/// </summary>
public sealed class Sessie
{
    public Guid Id { get; set; }
    public Guid AanbodId { get; set; }
    public DateTimeOffset Begin { get; set; }
    public DateTimeOffset Einde { get; set; }
    public string? Plaats { get; set; }
    public string? Link { get; set; }

    /// <summary>Organising organisations, by name (free text: partners outside Schakel organise too).</summary>
    public string Organisatoren { get; set; } = "";

    /// <summary>CBS codes of the joining municipalities.</summary>
    public List<string> Gemeenten { get; set; } = [];

    public int Capaciteit { get; set; }
    public DateTimeOffset AanmeldenTot { get; set; }

    /// <summary>The series it belongs to, e.g. "Regionale Week tegen mensenhandel 2024"; null for a single session.</summary>
    public string? Reeks { get; set; }

    /// <summary>For the yearly training of focal officers: the track it serves (nieuw/ervaren); null otherwise.</summary>
    public Core.Bewustwording.Spoor? Spoor { get; set; }

    public bool Geannuleerd { get; set; }
    public bool IsDemo { get; set; }
}

internal sealed class SessieConfiguratie : IEntityTypeConfiguration<Sessie>
{
    public void Configure(EntityTypeBuilder<Sessie> b)
    {
        b.ToTable("bewustwording_sessies");
        b.HasKey(e => e.Id);
        b.HasOne<Aanbod>().WithMany().HasForeignKey(e => e.AanbodId).OnDelete(DeleteBehavior.Cascade);
        b.Property(e => e.Plaats).HasMaxLength(300);
        b.Property(e => e.Link).HasMaxLength(500);
        b.Property(e => e.Organisatoren).HasMaxLength(500);
        b.Property(e => e.Reeks).HasMaxLength(200);
        b.Property(e => e.Spoor).HasConversion<string>().HasMaxLength(20);
        AanbodConfiguratie.Codelijst(b.Property(e => e.Gemeenten));
        b.HasIndex(e => new { e.AanbodId, e.Begin });
    }
}
