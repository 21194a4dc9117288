using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Bewustwording.Model;

public enum Accommodatiesoort
{
    Hotel,
    Vakantiepark,
    Overig,
}

public enum Certificaatstatus
{
    Aangemeld,
    InTraining,
    Gecertificeerd,
    Verlopen,
}

/// <summary>
/// A hotel or holiday park in the No Room / No Place for Sex Trafficking (NPST) register. The certificate is awarded
/// outside Schakel; the register shows when it is due (most staff trained, <c>Core.Bewustwording.Certificering</c>).
/// Business data, not personal data.
/// </summary>
public sealed class Hotel
{
    public Guid Id { get; set; }
    public required string Naam { get; set; }
    public required string GemeenteCode { get; set; }
    public Accommodatiesoort Soort { get; set; }
    public DateOnly Geregistreerd { get; set; }
    public int Personeel { get; set; }
    public int Getraind { get; set; }
    public DateOnly? Certificaatdatum { get; set; }
    public Certificaatstatus Status { get; set; }
    public bool IsDemo { get; set; }
}

/// <summary>How a published figure is meant: exactly, at least ("ruim 200") or about ("ongeveer 150").</summary>
public enum Cijferduiding
{
    Precies,
    TenMinste,
    Ongeveer,
}

/// <summary>
/// A national NPST figure shown as context, with its source as entered (e.g. "CCV, jaarverslag 2025") and, as the
/// source words it, whether it is exact, a lower bound or an approximation; the qualifier is shown with the number.
/// </summary>
public sealed class NpstLandelijkCijfer
{
    public Guid Id { get; set; }
    public int Jaar { get; set; }
    public required string Omschrijving { get; set; }
    public int Aantal { get; set; }
    public Cijferduiding Duiding { get; set; }
    public required string Bron { get; set; }
}

internal sealed class HotelConfiguratie : IEntityTypeConfiguration<Hotel>
{
    public void Configure(EntityTypeBuilder<Hotel> b)
    {
        b.ToTable("bewustwording_hotels");
        b.HasKey(e => e.Id);
        b.Property(e => e.Naam).HasMaxLength(200);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        b.Property(e => e.Soort).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(e => e.GemeenteCode);
    }
}

internal sealed class NpstLandelijkCijferConfiguratie : IEntityTypeConfiguration<NpstLandelijkCijfer>
{
    public void Configure(EntityTypeBuilder<NpstLandelijkCijfer> b)
    {
        b.ToTable("bewustwording_npst_landelijk");
        b.HasKey(e => e.Id);
        b.Property(e => e.Omschrijving).HasMaxLength(300);
        b.Property(e => e.Bron).HasMaxLength(500);
        b.Property(e => e.Duiding).HasConversion<string>().HasMaxLength(20);
    }
}
