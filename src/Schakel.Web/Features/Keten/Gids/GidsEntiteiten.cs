using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Keten;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Keten.Gids;

/// <summary>
/// A service of a chain partner (HSDS "service"). Public fields are what the public directory and the HSDS
/// export show; <see cref="InterneNotitie"/> is for the chain only and never leaves the staff pages.
/// </summary>
public sealed class Dienst
{
    public Guid Id { get; set; }
    public Guid OrganisatieId { get; set; }
    public required string Naam { get; set; }
    public string? Beschrijving { get; set; }
    public Dienstsoort Soort { get; set; }
    public Dienstzijde Zijde { get; set; }

    /// <summary>Forms of exploitation served, as Uitbuitingsvorm names separated by commas; empty = all forms.</summary>
    public string Uitbuitingsvormen { get; set; } = "";

    /// <summary>Eligibility in words (HSDS eligibility_description).</summary>
    public string? Voorwaarden { get; set; }

    /// <summary>ISO 639-1 codes separated by commas.</summary>
    public string Talen { get; set; } = "";
    public string? Kosten { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public bool DagEnNacht { get; set; }
    public bool Actief { get; set; } = true;
    public bool IsDemo { get; set; }

    /// <summary>Internal: how the chain works with this service (never public, never exported).</summary>
    public string? InterneNotitie { get; set; }

    public List<Dienstgebied> Gebied { get; set; } = [];
    public List<DienstLocatie> Locaties { get; set; } = [];
    public List<GidsTelefoon> Telefoons { get; set; } = [];
    public List<Openingstijd> Openingstijden { get; set; } = [];
    public List<GidsContact> Contacten { get; set; } = [];
}

/// <summary>
/// A place where services are given (HSDS "location"). A confidential location (a shelter address) is never
/// shown or exported: only its public "front door" contact is, under a neutral name.
/// </summary>
public sealed class Locatie
{
    public Guid Id { get; set; }
    public Guid OrganisatieId { get; set; }
    public required string Naam { get; set; }
    public string? Adres { get; set; }
    public string? Postcode { get; set; }
    public string? Plaats { get; set; }
    public string? GemeenteCode { get; set; }
    public bool Vertrouwelijk { get; set; }
    public string? VoordeurTelefoon { get; set; }
    public string? VoordeurEmail { get; set; }
    public bool IsDemo { get; set; }
    public string? InterneNotitie { get; set; }
    public List<Openingstijd> Openingstijden { get; set; } = [];
}

/// <summary>HSDS "service_at_location".</summary>
public sealed class DienstLocatie
{
    public Guid Id { get; set; }
    public Guid DienstId { get; set; }
    public Guid LocatieId { get; set; }
}

/// <summary>HSDS "service_area": one municipality a service covers.</summary>
public sealed class Dienstgebied
{
    public Guid DienstId { get; set; }
    public required string CbsCode { get; set; }
}

/// <summary>HSDS "phone" of a service. Only published numbers belong here.</summary>
public sealed class GidsTelefoon
{
    public Guid Id { get; set; }
    public Guid DienstId { get; set; }
    public required string Nummer { get; set; }
    public string? Omschrijving { get; set; }
}

/// <summary>HSDS "schedule": weekly opening hours of a service or a location (RFC 5545 byday).</summary>
public sealed class Openingstijd
{
    public Guid Id { get; set; }
    public Guid? DienstId { get; set; }
    public Guid? LocatieId { get; set; }

    /// <summary>RFC 5545 days: "MO,TU,WE,TH,FR".</summary>
    public required string Dagen { get; set; }
    public TimeOnly? Opent { get; set; }
    public TimeOnly? Sluit { get; set; }
    public string? Omschrijving { get; set; }
}

/// <summary>HSDS "contact": a published contact point of a service (a function, not a private person).</summary>
public sealed class GidsContact
{
    public Guid Id { get; set; }
    public Guid DienstId { get; set; }
    public required string Naam { get; set; }
    public string? Functie { get; set; }
    public string? Email { get; set; }
    public string? Telefoon { get; set; }
}

internal sealed class GidsConfiguratie :
    IEntityTypeConfiguration<Dienst>, IEntityTypeConfiguration<Locatie>, IEntityTypeConfiguration<DienstLocatie>,
    IEntityTypeConfiguration<Dienstgebied>, IEntityTypeConfiguration<GidsTelefoon>, IEntityTypeConfiguration<Openingstijd>,
    IEntityTypeConfiguration<GidsContact>
{
    public void Configure(EntityTypeBuilder<Dienst> b)
    {
        b.ToTable("gids_diensten");
        b.HasKey(e => e.Id);
        b.Property(e => e.Naam).HasMaxLength(200);
        b.Property(e => e.Beschrijving).HasMaxLength(2000);
        b.Property(e => e.Soort).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Zijde).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Uitbuitingsvormen).HasMaxLength(200);
        b.Property(e => e.Voorwaarden).HasMaxLength(1000);
        b.Property(e => e.Talen).HasMaxLength(200);
        b.Property(e => e.Kosten).HasMaxLength(300);
        b.Property(e => e.Email).HasMaxLength(200);
        b.Property(e => e.Website).HasMaxLength(300);
        b.Property(e => e.InterneNotitie).HasMaxLength(2000);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Gebied).WithOne().HasForeignKey(e => e.DienstId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Locaties).WithOne().HasForeignKey(e => e.DienstId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Telefoons).WithOne().HasForeignKey(e => e.DienstId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Openingstijden).WithOne().HasForeignKey(e => e.DienstId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Contacten).WithOne().HasForeignKey(e => e.DienstId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.OrganisatieId);
        b.HasIndex(e => e.Soort);
    }

    public void Configure(EntityTypeBuilder<Locatie> b)
    {
        b.ToTable("gids_locaties");
        b.HasKey(e => e.Id);
        b.Property(e => e.Naam).HasMaxLength(200);
        b.Property(e => e.Adres).HasMaxLength(300);
        b.Property(e => e.Postcode).HasMaxLength(10);
        b.Property(e => e.Plaats).HasMaxLength(100);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        b.Property(e => e.VoordeurTelefoon).HasMaxLength(40);
        b.Property(e => e.VoordeurEmail).HasMaxLength(200);
        b.Property(e => e.InterneNotitie).HasMaxLength(2000);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Gemeente>().WithMany().HasForeignKey(e => e.GemeenteCode).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Openingstijden).WithOne().HasForeignKey(e => e.LocatieId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.OrganisatieId);
    }

    public void Configure(EntityTypeBuilder<DienstLocatie> b)
    {
        b.ToTable("gids_dienst_locaties");
        b.HasKey(e => e.Id);
        b.HasIndex(e => new { e.DienstId, e.LocatieId }).IsUnique();
        b.HasOne<Locatie>().WithMany().HasForeignKey(e => e.LocatieId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Dienstgebied> b)
    {
        b.ToTable("gids_dienstgebieden");
        b.HasKey(e => new { e.DienstId, e.CbsCode });
        b.Property(e => e.CbsCode).HasMaxLength(6);
        b.HasOne<Gemeente>().WithMany().HasForeignKey(e => e.CbsCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.CbsCode);
    }

    public void Configure(EntityTypeBuilder<GidsTelefoon> b)
    {
        b.ToTable("gids_telefoons");
        b.HasKey(e => e.Id);
        b.Property(e => e.Nummer).HasMaxLength(40);
        b.Property(e => e.Omschrijving).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<Openingstijd> b)
    {
        b.ToTable("gids_openingstijden");
        b.HasKey(e => e.Id);
        b.Property(e => e.Dagen).HasMaxLength(40);
        b.Property(e => e.Omschrijving).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<GidsContact> b)
    {
        b.ToTable("gids_contacten");
        b.HasKey(e => e.Id);
        b.Property(e => e.Naam).HasMaxLength(200);
        b.Property(e => e.Functie).HasMaxLength(200);
        b.Property(e => e.Email).HasMaxLength(200);
        b.Property(e => e.Telefoon).HasMaxLength(40);
    }
}
