using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Regio;

/// <summary>A police unit (eenheid). The country is a set of units; each is loaded from data files.</summary>
public sealed class Eenheid
{
    public required string Code { get; set; }
    public required string Naam { get; set; }
}

/// <summary>A police district; codes (A–G) repeat across units, so the key is "unit-code".</summary>
public sealed class District
{
    public required string Id { get; set; }
    public required string EenheidCode { get; set; }
    public required string Code { get; set; }
    public required string Naam { get; set; }
}

public sealed class Basisteam
{
    public required string Id { get; set; }
    public required string DistrictId { get; set; }
    public required string Code { get; set; }
    public required string Naam { get; set; }
}

public sealed class Gemeente
{
    public required string CbsCode { get; set; }
    public required string Naam { get; set; }
    public required string EenheidCode { get; set; }
    public string Deelregio { get; set; } = "";
    public string Zekerheid { get; set; } = "";
    public List<GemeenteDistrict> Districten { get; set; } = [];
    public List<GemeenteBasisteam> Basisteams { get; set; } = [];
}

/// <summary>A municipality can span several districts ('s-Gravenhage: A, B and C).</summary>
public sealed class GemeenteDistrict
{
    public required string CbsCode { get; set; }
    public required string DistrictId { get; set; }
}

public sealed class GemeenteBasisteam
{
    public required string CbsCode { get; set; }
    public required string BasisteamId { get; set; }
}

internal sealed class RegioConfiguratie :
    IEntityTypeConfiguration<Eenheid>, IEntityTypeConfiguration<District>, IEntityTypeConfiguration<Basisteam>,
    IEntityTypeConfiguration<Gemeente>, IEntityTypeConfiguration<GemeenteDistrict>, IEntityTypeConfiguration<GemeenteBasisteam>
{
    public void Configure(EntityTypeBuilder<Eenheid> b)
    {
        b.ToTable("eenheden");
        b.HasKey(e => e.Code);
        b.Property(e => e.Code).HasMaxLength(16);
        b.Property(e => e.Naam).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<District> b)
    {
        b.ToTable("districten");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasMaxLength(40);
        b.Property(e => e.Code).HasMaxLength(16);
        b.Property(e => e.Naam).HasMaxLength(200);
        b.HasOne<Eenheid>().WithMany().HasForeignKey(e => e.EenheidCode);
    }

    public void Configure(EntityTypeBuilder<Basisteam> b)
    {
        b.ToTable("basisteams");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasMaxLength(40);
        b.Property(e => e.Code).HasMaxLength(16);
        b.Property(e => e.Naam).HasMaxLength(200);
        b.HasOne<District>().WithMany().HasForeignKey(e => e.DistrictId);
    }

    public void Configure(EntityTypeBuilder<Gemeente> b)
    {
        b.ToTable("gemeenten");
        b.HasKey(e => e.CbsCode);
        b.Property(e => e.CbsCode).HasMaxLength(6);
        b.Property(e => e.Naam).HasMaxLength(200);
        b.Property(e => e.Deelregio).HasMaxLength(200);
        b.Property(e => e.Zekerheid).HasMaxLength(200);
        b.HasOne<Eenheid>().WithMany().HasForeignKey(e => e.EenheidCode);
        b.HasMany(e => e.Districten).WithOne().HasForeignKey(e => e.CbsCode);
        b.HasMany(e => e.Basisteams).WithOne().HasForeignKey(e => e.CbsCode);
    }

    public void Configure(EntityTypeBuilder<GemeenteDistrict> b)
    {
        b.ToTable("gemeente_districten");
        b.HasKey(e => new { e.CbsCode, e.DistrictId });
        b.HasOne<District>().WithMany().HasForeignKey(e => e.DistrictId);
    }

    public void Configure(EntityTypeBuilder<GemeenteBasisteam> b)
    {
        b.ToTable("gemeente_basisteams");
        b.HasKey(e => new { e.CbsCode, e.BasisteamId });
        b.HasOne<Basisteam>().WithMany().HasForeignKey(e => e.BasisteamId);
    }
}
