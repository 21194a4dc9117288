using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Web.Features.Doorverwijzing.Model;

namespace Schakel.Web.Features.Monitor;

/// <summary>
/// That and when a presumed victim was registered with CoMensha, recorded on the victim-side referral to CoMensha,
/// and by which kind of party (a fixed word from <see cref="Core.Monitor.Partijsoorten"/>). One per referral.
/// </summary>
public sealed class CoMenshaRegistratie
{
    public Guid Id { get; set; }
    public Guid DoorverwijzingId { get; set; }
    public DateTimeOffset GeregistreerdOp { get; set; }
    public required string Partijsoort { get; set; }
    public DateTimeOffset VastgelegdOp { get; set; }
    public Guid? MedewerkerId { get; set; }
}

public enum EditieStatus
{
    Concept,
    InReview,
    Vastgesteld,
    Gepubliceerd,
}

/// <summary>
/// One version of a monitor edition: a region and a year. Figures are computed live until publication; publishing
/// stores them, their suppression pattern and the texts as one snapshot (<see cref="Momentopname"/>), which nothing
/// changes afterwards. A correction is a new version in the same series (<see cref="ReeksId"/>) with its change log.
/// </summary>
public sealed class MonitorEditie
{
    public Guid Id { get; set; }
    public Guid ReeksId { get; set; }
    public int Versie { get; set; } = 1;
    public Guid? VorigeVersieId { get; set; }
    public required string RegioCode { get; set; }
    public required string RegioNaam { get; set; }
    /// <summary>Set for a police unit; null for a region defined as a set of municipalities.</summary>
    public string? EenheidCode { get; set; }
    /// <summary>';'-separated CBS codes of the region's municipalities.</summary>
    public string GemeenteCodes { get; set; } = "";
    public int Jaar { get; set; }
    public EditieStatus Status { get; set; } = EditieStatus.Concept;
    public int Drempel { get; set; } = Core.Monitor.Suppressie.StandaardDrempel;
    public int FormatVersie { get; set; } = 1;
    /// <summary>JSON: the sections and tables of this edition, taken over from last year's edition and evaluated yearly.</summary>
    public string Format { get; set; } = "[]";
    public string Inleiding { get; set; } = "";
    public string Conclusies { get; set; } = "";
    /// <summary>JSON object: section code → the chain director's commentary.</summary>
    public string Commentaren { get; set; } = "{}";
    /// <summary>What changed against the previous version (a correction); empty for the first.</summary>
    public string Wijzigingslog { get; set; } = "";
    public DateTimeOffset AangemaaktOp { get; set; }
    public DateTimeOffset? GepubliceerdOp { get; set; }
    /// <summary>JSON snapshot of every figure and its suppression, frozen at publication; null before.</summary>
    public string? Momentopname { get; set; }
    public bool IsDemo { get; set; }
}

/// <summary>
/// A comment of the monitor working group on one section of an edition in review. The text is encrypted at rest
/// (a working group member may name a case or a colleague); the form key makes a repeated post add it once.
/// </summary>
public sealed class MonitorOpmerking
{
    public long Id { get; set; }
    public Guid EditieId { get; set; }
    public required string Sectie { get; set; }
    public required string TekstVersleuteld { get; set; }
    public string? Formuliersleutel { get; set; }
    public Guid? MedewerkerId { get; set; }
    public DateTimeOffset Tijdstip { get; set; }
}

internal sealed class MonitorConfiguratie :
    IEntityTypeConfiguration<CoMenshaRegistratie>, IEntityTypeConfiguration<MonitorEditie>, IEntityTypeConfiguration<MonitorOpmerking>
{
    public void Configure(EntityTypeBuilder<CoMenshaRegistratie> b)
    {
        b.ToTable("comensha_registraties");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Partijsoort).HasMaxLength(20);
        b.HasIndex(e => e.DoorverwijzingId).IsUnique();
        b.HasIndex(e => e.GeregistreerdOp);
        b.HasOne<DoorverwijzingRij>().WithMany().HasForeignKey(e => e.DoorverwijzingId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<MonitorEditie> b)
    {
        b.ToTable("monitor_edities");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.RegioCode).HasMaxLength(40);
        b.Property(e => e.RegioNaam).HasMaxLength(200);
        b.Property(e => e.EenheidCode).HasMaxLength(16);
        b.Property(e => e.GemeenteCodes).HasMaxLength(2000);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Format).HasMaxLength(8000);
        b.Property(e => e.Inleiding).HasMaxLength(20000);
        b.Property(e => e.Conclusies).HasMaxLength(20000);
        b.Property(e => e.Commentaren).HasMaxLength(100000);
        b.Property(e => e.Wijzigingslog).HasMaxLength(20000);
        b.HasIndex(e => new { e.ReeksId, e.Versie }).IsUnique();
        b.HasIndex(e => new { e.RegioCode, e.Jaar });
    }

    public void Configure(EntityTypeBuilder<MonitorOpmerking> b)
    {
        b.ToTable("monitor_opmerkingen");
        b.HasKey(e => e.Id);
        b.Property(e => e.Sectie).HasMaxLength(60);
        b.Property(e => e.TekstVersleuteld).HasMaxLength(12000);
        b.Property(e => e.Formuliersleutel).HasMaxLength(64);
        b.HasIndex(e => e.EditieId);
        b.HasIndex(e => new { e.EditieId, e.Formuliersleutel }).IsUnique();
        b.HasOne<MonitorEditie>().WithMany().HasForeignKey(e => e.EditieId).OnDelete(DeleteBehavior.Cascade);
    }
}
