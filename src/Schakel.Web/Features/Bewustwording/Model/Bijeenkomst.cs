using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Bewustwording.Model;

public enum Bijeenkomstsoort
{
    Themabijeenkomst,
    Netwerkbijeenkomst,
    /// <summary>One activity of the Regional Week against trafficking; the week is the <see cref="Bijeenkomst.Reeks"/>.</summary>
    RegionaleWeek,
}

/// <summary>
/// A regional event: a theme meeting (such as the hotel meetings of districts F and G), a network meeting, or an activity
/// of the Regional Week. Organisers and joining municipalities are recorded, and after it the number who attended
/// (a count, never names). Held events count for the monitor through <see cref="IBijeenkomstenTelling"/>.
/// </summary>
public sealed class Bijeenkomst
{
    public Guid Id { get; set; }
    public Bijeenkomstsoort Soort { get; set; }
    public required string Titel { get; set; }
    public string Omschrijving { get; set; } = "";
    public DateTimeOffset Begin { get; set; }
    public DateTimeOffset Einde { get; set; }
    public string Plaats { get; set; } = "";
    public string Organisatoren { get; set; } = "";

    /// <summary>CBS codes of the joining municipalities.</summary>
    public List<string> Gemeenten { get; set; } = [];

    /// <summary>The series, e.g. "Regionale Week tegen mensenhandel 2026".</summary>
    public string? Reeks { get; set; }

    /// <summary>Entered after the event; null until then.</summary>
    public int? Aanwezigen { get; set; }

    public bool IsDemo { get; set; }
}

internal sealed class BijeenkomstConfiguratie : IEntityTypeConfiguration<Bijeenkomst>
{
    public void Configure(EntityTypeBuilder<Bijeenkomst> b)
    {
        b.ToTable("bewustwording_bijeenkomsten");
        b.HasKey(e => e.Id);
        b.Property(e => e.Soort).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Titel).HasMaxLength(200);
        b.Property(e => e.Omschrijving).HasMaxLength(2000);
        b.Property(e => e.Plaats).HasMaxLength(300);
        b.Property(e => e.Organisatoren).HasMaxLength(500);
        b.Property(e => e.Reeks).HasMaxLength(200);
        AanbodConfiguratie.Codelijst(b.Property(e => e.Gemeenten));
        b.HasIndex(e => e.Begin);
    }
}
