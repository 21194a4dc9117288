using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Bewustwording.Model;

public enum Aanbodsoort
{
    Training,
    Voorlichting,
    ELearning,
    Themabijeenkomst,
    Netwerkbijeenkomst,
    Campagne,
    Product,
}

public enum Werkvorm
{
    OpLocatie,
    Online,
    ELearning,
}

public enum Aanmeldwijze
{
    /// <summary>Sign-up for a session in Schakel.</summary>
    InSchakel,
    /// <summary>The provider's own page; Schakel only links to it.</summary>
    Extern,
    /// <summary>Nothing to sign up for (a flyer, a campaign).</summary>
    Geen,
}

/// <summary>
/// One entry on the menukaart: a training, briefing, e-learning, meeting, campaign or product. Its texts are the
/// provider's own words (Dutch); lists (audiences, languages, forms, municipalities) are codes so the public pages
/// can name them in the reader's language and filter on them.
/// </summary>
public sealed class Aanbod
{
    public Guid Id { get; set; }
    public required string Titel { get; set; }
    public Aanbodsoort Soort { get; set; }

    /// <summary>The provider in the partner directory, when it is there.</summary>
    public Guid? OrganisatieId { get; set; }

    /// <summary>The provider's name as shown; also for providers that are not (yet) in Schakel.</summary>
    public required string AanbiederNaam { get; set; }

    public string Omschrijving { get; set; } = "";

    /// <summary>Forms of exploitation it covers: arbeid, seksueel, criminaliteit, overig.</summary>
    public List<string> Vormen { get; set; } = [];

    /// <summary>Audience codes (see <see cref="Doelgroepen"/>).</summary>
    public List<string> Doelgroepen { get; set; } = [];

    /// <summary>Language codes of the offer itself: nl, en, pl, bg, ro …</summary>
    public List<string> Talen { get; set; } = [];

    public Werkvorm Werkvorm { get; set; }
    public int? DuurMinuten { get; set; }

    /// <summary>CBS codes of the municipalities it serves; empty means the whole region.</summary>
    public List<string> Gemeenten { get; set; } = [];

    public string Kosten { get; set; } = "";
    public string Voorwaarden { get; set; } = "";
    public string Leerdoelen { get; set; } = "";
    public Aanmeldwijze Aanmelding { get; set; }
    public string? ExterneLink { get; set; }

    /// <summary>Where the documents name this offer (e.g. "Handreiking Hollands Midden §5.5").</summary>
    public string Bron { get; set; } = "";

    public bool IsDemo { get; set; }
    public bool Actief { get; set; } = true;
    public DateTimeOffset BijgewerktOp { get; set; }
}

internal sealed class AanbodConfiguratie : IEntityTypeConfiguration<Aanbod>
{
    public void Configure(EntityTypeBuilder<Aanbod> b)
    {
        b.ToTable("bewustwording_aanbod");
        b.HasKey(e => e.Id);
        b.Property(e => e.Titel).HasMaxLength(200);
        b.Property(e => e.AanbiederNaam).HasMaxLength(200);
        b.Property(e => e.Omschrijving).HasMaxLength(4000);
        b.Property(e => e.Kosten).HasMaxLength(300);
        b.Property(e => e.Voorwaarden).HasMaxLength(1000);
        b.Property(e => e.Leerdoelen).HasMaxLength(2000);
        b.Property(e => e.ExterneLink).HasMaxLength(500);
        b.Property(e => e.Bron).HasMaxLength(300);
        b.Property(e => e.Soort).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Werkvorm).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Aanmelding).HasConversion<string>().HasMaxLength(30);
        Codelijst(b.Property(e => e.Vormen));
        Codelijst(b.Property(e => e.Doelgroepen));
        Codelijst(b.Property(e => e.Talen));
        Codelijst(b.Property(e => e.Gemeenten));
        b.HasOne<Organisaties.Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(e => e.OrganisatieId);
    }

    /// <summary>
    /// Short code lists as one text column ("a,b,c") on both providers: the catalogue is small and filtered in
    /// memory, so a join table per list would buy nothing.
    /// </summary>
    internal static void Codelijst(PropertyBuilder<List<string>> p) =>
        p.HasConversion(
                l => string.Join(',', l),
                s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
                new ValueComparer<List<string>>((a, c) => a!.SequenceEqual(c!), l => l.Aggregate(0, (h, x) => HashCode.Combine(h, x.GetHashCode(StringComparison.Ordinal))), l => l.ToList()))
            .HasMaxLength(1000);
}
