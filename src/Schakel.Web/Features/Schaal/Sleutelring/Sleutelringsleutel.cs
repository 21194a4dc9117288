using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Schaal.Sleutelring;

/// <summary>
/// One key of ASP.NET Core's data-protection key ring (the keys behind sign-in cookies and form tokens), shared by every
/// node. <see cref="Xml"/> holds the key's XML with its secret part encrypted under Schakel's own key ring
/// (<see cref="SleutelringVersleuteling"/>), so the database alone cannot forge a cookie.
/// </summary>
public sealed class Sleutelringsleutel
{
    public int Id { get; set; }
    /// <summary>The key's friendly name ("key-{guid}"), for an administrator; not secret.</summary>
    public required string Naam { get; set; }
    public required string Xml { get; set; }
}

internal sealed class SleutelringsleutelConfiguratie : IEntityTypeConfiguration<Sleutelringsleutel>
{
    public void Configure(EntityTypeBuilder<Sleutelringsleutel> b)
    {
        b.ToTable("sleutelring");
        b.HasKey(e => e.Id);
        b.Property(e => e.Naam).HasMaxLength(100);
        b.HasIndex(e => e.Naam).IsUnique();
    }
}
