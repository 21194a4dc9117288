using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Keten;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Keten.Overleg;

public enum Overlegniveau
{
    Gemeentelijk,
    Districtelijk,
    Regionaal,
    Landelijk,
}

/// <summary>A standing body of the chain, as the policy documents describe it. No personal data: roles and organisations only.</summary>
public sealed class Overlegorgaan
{
    public Guid Id { get; set; }

    /// <summary>Stable key of a body loaded from the documents, so reloading never duplicates it.</summary>
    public required string Code { get; set; }
    public required string Naam { get; set; }
    public Overlegniveau Niveau { get; set; }

    /// <summary>Who chairs it, as a function ("bestuurlijk portefeuillehouder mensenhandel"), never a person's name.</summary>
    public required string Voorzitter { get; set; }

    /// <summary>The members as the documents name them; the organisations in Schakel are in <see cref="Leden"/>.</summary>
    public required string LedenOmschrijving { get; set; }
    public int MinimaalPerJaar { get; set; }
    public required string FrequentieOmschrijving { get; set; }
    public Quorumregel Quorumregel { get; set; }
    public string? RapporteertAan { get; set; }

    /// <summary>The document and section it was loaded from.</summary>
    public required string Bron { get; set; }

    /// <summary>The police unit whose districts count for the quorum.</summary>
    public string EenheidCode { get; set; } = "DH";
    public DateTimeOffset VastgelegdOp { get; set; }

    public List<OverlegorgaanLid> Leden { get; set; } = [];
}

public sealed class OverlegorgaanLid
{
    public Guid OverlegorgaanId { get; set; }
    public Guid OrganisatieId { get; set; }
}

/// <summary>One meeting of a body: date, agenda, who attended (organisations), decisions and action items.</summary>
public sealed class Bijeenkomst
{
    public Guid Id { get; set; }
    public Guid OverlegorgaanId { get; set; }
    public DateTimeOffset Datum { get; set; }
    public required string Agenda { get; set; }
    public DateTimeOffset VastgelegdOp { get; set; }

    /// <summary>Audit actor id of whoever recorded it (never a name).</summary>
    public string? VastgelegdDoor { get; set; }

    public List<BijeenkomstAanwezigheid> Aanwezig { get; set; } = [];
    public List<Besluitpunt> Punten { get; set; } = [];
}

public sealed class BijeenkomstAanwezigheid
{
    public Guid BijeenkomstId { get; set; }
    public Guid OrganisatieId { get; set; }
}

public enum BesluitpuntSoort
{
    Besluit,
    Actiepunt,
}

/// <summary>
/// A decision or action item. <see cref="ActieId"/> is the action of the national/regional action plan it
/// belongs to (Sturing); stored as a plain id so this part does not depend on that one.
/// </summary>
public sealed class Besluitpunt
{
    public Guid Id { get; set; }
    public Guid BijeenkomstId { get; set; }
    public int Volgorde { get; set; }
    public BesluitpuntSoort Soort { get; set; }
    public required string Tekst { get; set; }
    public Guid? ActieId { get; set; }
    public Guid? ActiehouderId { get; set; }
}

internal sealed class OverlegConfiguratie :
    IEntityTypeConfiguration<Overlegorgaan>, IEntityTypeConfiguration<OverlegorgaanLid>, IEntityTypeConfiguration<Bijeenkomst>,
    IEntityTypeConfiguration<BijeenkomstAanwezigheid>, IEntityTypeConfiguration<Besluitpunt>
{
    public void Configure(EntityTypeBuilder<Overlegorgaan> b)
    {
        b.ToTable("overlegorganen");
        b.HasKey(e => e.Id);
        b.Property(e => e.Code).HasMaxLength(80);
        b.HasIndex(e => e.Code).IsUnique();
        b.Property(e => e.Naam).HasMaxLength(200);
        b.Property(e => e.Niveau).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Voorzitter).HasMaxLength(300);
        b.Property(e => e.LedenOmschrijving).HasMaxLength(2000);
        b.Property(e => e.FrequentieOmschrijving).HasMaxLength(300);
        b.Property(e => e.Quorumregel).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.RapporteertAan).HasMaxLength(300);
        b.Property(e => e.Bron).HasMaxLength(300);
        b.Property(e => e.EenheidCode).HasMaxLength(10);
        b.HasMany(e => e.Leden).WithOne().HasForeignKey(e => e.OverlegorgaanId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OverlegorgaanLid> b)
    {
        b.ToTable("overlegorgaan_leden");
        b.HasKey(e => new { e.OverlegorgaanId, e.OrganisatieId });
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Bijeenkomst> b)
    {
        b.ToTable("bijeenkomsten");
        b.HasKey(e => e.Id);
        b.Property(e => e.Agenda).HasMaxLength(4000);
        b.Property(e => e.VastgelegdDoor).HasMaxLength(100);
        b.HasOne<Overlegorgaan>().WithMany().HasForeignKey(e => e.OverlegorgaanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.OverlegorgaanId);
        b.HasMany(e => e.Aanwezig).WithOne().HasForeignKey(e => e.BijeenkomstId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Punten).WithOne().HasForeignKey(e => e.BijeenkomstId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<BijeenkomstAanwezigheid> b)
    {
        b.ToTable("bijeenkomst_aanwezigheid");
        b.HasKey(e => new { e.BijeenkomstId, e.OrganisatieId });
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Besluitpunt> b)
    {
        b.ToTable("besluitpunten");
        b.HasKey(e => e.Id);
        b.Property(e => e.Soort).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Tekst).HasMaxLength(2000);
        b.HasIndex(e => e.ActieId);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.ActiehouderId).OnDelete(DeleteBehavior.SetNull);
    }
}
