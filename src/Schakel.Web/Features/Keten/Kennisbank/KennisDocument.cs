using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Meldpunt;

namespace Schakel.Web.Features.Keten.Kennisbank;

public enum KennisSoort
{
    Handreiking,
    Beleid,
    Plan,
    Signalenkaart,
    Meldroutekaart,
    Factsheet,
    Barrieremodel,
    GoedVoorbeeld,
    Interventie,
}

public enum KennisDoelgroep
{
    Iedereen,
    Professionals,
    Gemeenten,
    Burgers,
}

/// <summary>
/// One document of the knowledge library. Public documents are for everyone; the others only for signed-in
/// professionals, and every read of those is audited. The content lives in its versions.
/// </summary>
public sealed class KennisDocument
{
    public Guid Id { get; set; }

    /// <summary>Stable key of a document loaded from the policy documents; null for one a chain director added.</summary>
    public string? Code { get; set; }
    public required string Titel { get; set; }
    public KennisSoort Soort { get; set; }
    public KennisDoelgroep Doelgroep { get; set; }
    public Uitbuitingsvorm? Uitbuitingsvorm { get; set; }

    /// <summary>CBS code of the municipality a good practice comes from.</summary>
    public string? GemeenteCode { get; set; }
    public bool Openbaar { get; set; }

    /// <summary>Where the document is described (policy document and section).</summary>
    public string? Bron { get; set; }

    public List<KennisDocumentVersie> Versies { get; set; } = [];

    public KennisDocumentVersie? Huidige => Versies.OrderByDescending(v => v.Versie).FirstOrDefault();
}

/// <summary>A version: a link, or a stored file, or (for a document Schakel may not store) only the details.</summary>
public sealed class KennisDocumentVersie
{
    public Guid Id { get; set; }
    public Guid DocumentId { get; set; }
    public int Versie { get; set; }
    public string? Link { get; set; }
    public string? BestandNaam { get; set; }
    public string? BestandType { get; set; }
    public byte[]? Bestand { get; set; }
    public long? BestandGrootte { get; set; }
    public string? Toelichting { get; set; }
    public DateTimeOffset GepubliceerdOp { get; set; }

    /// <summary>Audit actor id of whoever added it (never a name); null for a loaded document.</summary>
    public string? Door { get; set; }
}

internal sealed class KennisDocumentConfiguratie : IEntityTypeConfiguration<KennisDocument>, IEntityTypeConfiguration<KennisDocumentVersie>
{
    public void Configure(EntityTypeBuilder<KennisDocument> b)
    {
        b.ToTable("kennisdocumenten");
        b.HasKey(e => e.Id);
        b.Property(e => e.Code).HasMaxLength(80);
        b.HasIndex(e => e.Code).IsUnique();
        b.Property(e => e.Titel).HasMaxLength(300);
        b.Property(e => e.Soort).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Doelgroep).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Uitbuitingsvorm).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        b.Property(e => e.Bron).HasMaxLength(500);
        b.Ignore(e => e.Huidige);
        b.HasMany(e => e.Versies).WithOne().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<KennisDocumentVersie> b)
    {
        b.ToTable("kennisdocument_versies");
        b.HasKey(e => e.Id);
        b.HasIndex(e => new { e.DocumentId, e.Versie }).IsUnique();
        b.Property(e => e.Link).HasMaxLength(1000);
        b.Property(e => e.BestandNaam).HasMaxLength(200);
        b.Property(e => e.BestandType).HasMaxLength(100);
        b.Property(e => e.Toelichting).HasMaxLength(1000);
        b.Property(e => e.Door).HasMaxLength(100);
    }
}
