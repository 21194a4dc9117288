using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Keten.Signalentafel;

/// <summary>
/// A signals table (RIEC Midden-Nederland, Bijlage I): partners share, enrich and route soft signals. It is kept by
/// the host organisation's chain director and can only start once its legal basis is recorded.
/// </summary>
public sealed class Tafel
{
    public Guid Id { get; set; }
    public required string Naam { get; set; }
    /// <summary>The organisation that convenes the table; it sends the referrals the table decides.</summary>
    public Guid GastOrganisatieId { get; set; }
    /// <summary>The legal basis of the table (covenant, article); without it the table cannot start.</summary>
    public string? Grondslag { get; set; }
    public DateTimeOffset AangemaaktOp { get; set; }
    public DateTimeOffset? GestartOp { get; set; }
    public List<TafelLid> Leden { get; set; } = [];
}

/// <summary>A participating organisation: it brings in signals from its own reporting point and adds what it knows.</summary>
public sealed class TafelLid
{
    public Guid TafelId { get; set; }
    public Guid OrganisatieId { get; set; }
}

public enum TafelBesluitSoort
{
    Partner,
    Casustafel,
    GeenActie,
}

/// <summary>
/// One signal on the agenda: the pseudonymised view of a report of a participating reporting point, taken when it
/// was brought in (encrypted at rest), and the table's decision on it. The report itself never reaches the table.
/// </summary>
public sealed class TafelSignaal
{
    public Guid Id { get; set; }
    public Guid TafelId { get; set; }
    public Guid MeldingId { get; set; }
    /// <summary>
    /// The triage the signal was brought in on; null when it came untriaged (the table may discuss a report before its
    /// reporting point has triaged it). A routing decision is made on the report's newest triage at that moment.
    /// </summary>
    public long? TriageId { get; set; }
    public Guid InbrengerOrganisatieId { get; set; }
    /// <summary>Encrypted JSON of the pseudonymised view (<see cref="SignaalInhoud"/>).</summary>
    public required string InhoudVersleuteld { get; set; }
    public DateTimeOffset IngebrachtOp { get; set; }

    public TafelBesluitSoort? Besluit { get; set; }
    public Guid? BesluitOntvangerId { get; set; }
    /// <summary>Encrypted: the reason may mention what partners added.</summary>
    public string? BesluitRedenVersleuteld { get; set; }
    public Guid? DoorverwijzingId { get; set; }
    public DateTimeOffset? BesluitOp { get; set; }

    public static string VeldContext(string veld, Guid id) => $"TafelSignaal.{veld}:{id:N}";
}

/// <summary>What one partner adds to a signal, within its own legal basis; the text is filtered and encrypted.</summary>
public sealed class TafelBijdrage
{
    public Guid Id { get; set; }
    public Guid SignaalId { get; set; }
    public Guid OrganisatieId { get; set; }
    public required string Grondslag { get; set; }
    public required string TekstVersleuteld { get; set; }
    public DateTimeOffset Op { get; set; }

    public static string VeldContext(Guid id) => $"TafelBijdrage.Tekst:{id:N}";
}

internal sealed class TafelConfiguratie : IEntityTypeConfiguration<Tafel>
{
    public void Configure(EntityTypeBuilder<Tafel> b)
    {
        b.ToTable("signalentafels");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Naam).HasMaxLength(200);
        b.Property(e => e.Grondslag).HasMaxLength(1000);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.GastOrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Leden).WithOne().HasForeignKey(l => l.TafelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TafelLidConfiguratie : IEntityTypeConfiguration<TafelLid>
{
    public void Configure(EntityTypeBuilder<TafelLid> b)
    {
        b.ToTable("signalentafel_leden");
        b.HasKey(e => new { e.TafelId, e.OrganisatieId });
        b.HasIndex(e => e.OrganisatieId);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TafelSignaalConfiguratie : IEntityTypeConfiguration<TafelSignaal>
{
    public void Configure(EntityTypeBuilder<TafelSignaal> b)
    {
        b.ToTable("signalentafel_signalen");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Besluit).HasConversion<string>().HasMaxLength(20);
        // A report is on a table's agenda once.
        b.HasIndex(e => new { e.TafelId, e.MeldingId }).IsUnique();
        b.HasOne<Tafel>().WithMany().HasForeignKey(e => e.TafelId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Melding>().WithMany().HasForeignKey(e => e.MeldingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MeldingTriage>().WithMany().HasForeignKey(e => e.TriageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.InbrengerOrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DoorverwijzingRij>().WithMany().HasForeignKey(e => e.DoorverwijzingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TafelBijdrageConfiguratie : IEntityTypeConfiguration<TafelBijdrage>
{
    public void Configure(EntityTypeBuilder<TafelBijdrage> b)
    {
        b.ToTable("signalentafel_bijdragen");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Grondslag).HasMaxLength(300);
        b.HasIndex(e => e.SignaalId);
        b.HasOne<TafelSignaal>().WithMany().HasForeignKey(e => e.SignaalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
    }
}
