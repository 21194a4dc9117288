using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Schaal.Clustertaken;

/// <summary>
/// Who runs a periodic job right now, and until when, on SQLite (PostgreSQL uses an advisory lock instead, see
/// <see cref="Taakslot"/>). The holder renews the lease while the job runs; a lease not renewed is free again after
/// <see cref="Taakslot.LeaseDuur"/>, so a job that died with its process is taken over within a minute.
/// </summary>
public sealed class Taaklease
{
    public required string Naam { get; set; }
    public required string Houder { get; set; }
    public DateTimeOffset VerlooptOp { get; set; }
}

internal sealed class TaakleaseConfiguratie : IEntityTypeConfiguration<Taaklease>
{
    public void Configure(EntityTypeBuilder<Taaklease> b)
    {
        b.ToTable("taakleases");
        b.HasKey(e => e.Naam);
        b.Property(e => e.Naam).HasMaxLength(80);
        b.Property(e => e.Houder).HasMaxLength(120);
    }
}
