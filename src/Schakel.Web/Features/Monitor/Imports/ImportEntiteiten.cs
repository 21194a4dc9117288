using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Monitor.Imports;

/// <summary>
/// One import of partner figures: a file or a hand-entered set, from one source. All its rows or none are stored.
/// <see cref="Vingerafdruk"/> (a hash of the normalised rows) makes a repeat of the same content a no-op. A withdrawn
/// import keeps its rows for the audit but no figure uses them.
/// </summary>
public sealed class PartnerImport
{
    public Guid Id { get; set; }
    public required string Bron { get; set; }
    public required string Vingerafdruk { get; set; }
    public int AantalRijen { get; set; }
    public DateTimeOffset IngevoerdOp { get; set; }
    /// <summary>"medewerker" or "apiclient" with its id; never a name.</summary>
    public required string IngevoerdDoor { get; set; }
    public Guid? OrganisatieId { get; set; }
    public DateTimeOffset? IngetrokkenOp { get; set; }
    /// <summary>
    /// Keyed hash of the page form's one-time token (<c>Verzendsleutels</c>, scope per organisation): the same form
    /// sent twice finds this import instead of storing again. Null for API imports and imports made before.
    /// </summary>
    public string? FormulierSleutelHash { get; set; }
}

/// <summary>One imported figure. <see cref="Waarde"/> null is "geen gegevens", which is not 0.</summary>
public sealed class PartnerCijferRij
{
    public long Id { get; set; }
    public Guid ImportId { get; set; }
    public int Regel { get; set; }
    public required string Maatstaf { get; set; }
    public required string Gebied { get; set; }
    public DateOnly PeriodeVan { get; set; }
    public DateOnly PeriodeTot { get; set; }
    public required string Periode { get; set; }
    public required string Categorie { get; set; }
    public long? Waarde { get; set; }
    public required string Document { get; set; }
    public string? Sectie { get; set; }
    public DateOnly Datum { get; set; }
    public bool Gepubliceerd { get; set; }
}

internal sealed class ImportConfiguratie : IEntityTypeConfiguration<PartnerImport>, IEntityTypeConfiguration<PartnerCijferRij>
{
    public void Configure(EntityTypeBuilder<PartnerImport> b)
    {
        b.ToTable("monitor_imports");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Bron).HasMaxLength(40);
        b.Property(e => e.Vingerafdruk).HasMaxLength(64);
        b.Property(e => e.IngevoerdDoor).HasMaxLength(120);
        b.HasIndex(e => new { e.Bron, e.Vingerafdruk });
        b.Property(e => e.FormulierSleutelHash).HasMaxLength(64);
        b.HasIndex(e => e.FormulierSleutelHash).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PartnerCijferRij> b)
    {
        b.ToTable("monitor_partnercijfers");
        b.HasKey(e => e.Id);
        b.Property(e => e.Maatstaf).HasMaxLength(60);
        b.Property(e => e.Gebied).HasMaxLength(60);
        b.Property(e => e.Periode).HasMaxLength(30);
        b.Property(e => e.Categorie).HasMaxLength(40);
        b.Property(e => e.Document).HasMaxLength(300);
        b.Property(e => e.Sectie).HasMaxLength(200);
        b.HasIndex(e => new { e.Maatstaf, e.PeriodeVan });
        b.HasIndex(e => e.ImportId);
        b.HasOne<PartnerImport>().WithMany().HasForeignKey(e => e.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}
