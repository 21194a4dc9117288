using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Doorverwijzing;
using Schakel.Web.Features.Doorverwijzing.Delen;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Doorverwijzing.Model;

/// <summary>
/// A referral: one report passed to one organisation, in a role, for a purpose, on a legal basis and at a
/// disclosure level the sharing policy allowed when it was made. The level is what the receiving organisation
/// may read of the report — enforced where the report is read, not in the page. The rule and its version
/// that proposed it are kept (null when staff added the organisation themselves).
/// </summary>
public sealed class DoorverwijzingRij
{
    public Guid Id { get; set; }
    public Guid MeldingId { get; set; }
    public Guid RoutebesluitId { get; set; }
    /// <summary>The organisation that referred (the reporting point's organisation).</summary>
    public Guid AfzenderOrganisatieId { get; set; }
    public Guid OntvangerOrganisatieId { get; set; }

    public Rol Rol { get; set; }
    public Deelniveau Deelniveau { get; set; }
    /// <summary>
    /// Purpose of the share (doelbinding) as a key: the code of the route rule that proposed it, or another purpose
    /// key (<see cref="Routeberichten.Doel"/>); said in the reader's language. Null when staff typed a purpose.
    /// </summary>
    public string? DoelCode { get; set; }
    /// <summary>A purpose staff typed themselves (data, shown as written); empty when <see cref="DoelCode"/> is set.</summary>
    public required string Doel { get; set; }
    /// <summary>Code of the <see cref="GrondslagRij"/>; null only at level <see cref="Deelniveau.Geen"/>.</summary>
    public string? GrondslagCode { get; set; }
    public bool ToestemmingSlachtoffer { get; set; }
    /// <summary>Encrypted; why the victim's vital interests require sharing.</summary>
    public string? RedenVitaalBelangVersleuteld { get; set; }
    /// <summary>The reporter's identity and contact details travel along; only with <see cref="ToestemmingMelder"/>.</summary>
    public bool MetMeldergegevens { get; set; }
    public bool ToestemmingMelder { get; set; }

    public Urgentie Urgentie { get; set; }
    public bool Spoed { get; set; }
    public string? RegelCode { get; set; }
    public int? RegelVersie { get; set; }
    /// <summary>
    /// Why the route proposed it, as messages with codes and arguments (<see cref="Schakel.Core.Teksten.BerichtJson"/>),
    /// one per reason, so every reader gets it in their own language. Null only on rows from before codes, until
    /// <c>UitlegOmzetting</c> has read their <see cref="Uitleg"/>.
    /// </summary>
    public string? UitlegBerichten { get; set; }
    /// <summary>The Dutch explanation of rows from before codes; empty once converted and on every new row.</summary>
    public string Uitleg { get; set; } = "";

    public DoorverwijzingStatus Status { get; set; } = DoorverwijzingStatus.Verstuurd;
    public DateTimeOffset VerstuurdOp { get; set; }
    /// <summary>First-action deadline from the urgency (acuut 1 hour, hoog 1 working day, normaal 5 working days).</summary>
    public DateTimeOffset EersteActieUiterlijk { get; set; }
    /// <summary>The receiving organisation's first action (accept, question, close); ends the first-action deadline.</summary>
    public DateTimeOffset? EersteActieOp { get; set; }
    public DateTimeOffset? AfgeslotenOp { get; set; }
    public Guid? MedewerkerId { get; set; }

    public static string VeldContext(string veld, Guid id) => $"Doorverwijzing.{veld}:{id:N}";
}

internal sealed class DoorverwijzingRijConfiguratie : IEntityTypeConfiguration<DoorverwijzingRij>
{
    public void Configure(EntityTypeBuilder<DoorverwijzingRij> b)
    {
        b.ToTable("doorverwijzingen");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Rol).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Deelniveau).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Urgentie).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Doel).HasMaxLength(500);
        b.Property(e => e.DoelCode).HasMaxLength(80);
        b.Property(e => e.GrondslagCode).HasMaxLength(40);
        b.Property(e => e.RegelCode).HasMaxLength(60);
        b.Property(e => e.Uitleg).HasMaxLength(1000);
        // The partner inbox: open referrals of one organisation by deadline.
        b.HasIndex(e => new { e.OntvangerOrganisatieId, e.Status, e.EersteActieUiterlijk });
        // The inbox's first page without reading every open referral (docs/benchmarks.md, "Doorverwijzing"):
        // open ones in deadline order, and those still waiting for a first action, which are the overdue ones
        // once the deadline has passed. Partial, so closed referrals (most of them, over time) cost nothing here.
        b.HasIndex(e => new { e.OntvangerOrganisatieId, e.EersteActieUiterlijk, e.Id }, "IX_doorverwijzingen_open")
            .HasFilter("\"Status\" <> 'Afgesloten'");
        b.HasIndex(e => new { e.OntvangerOrganisatieId, e.EersteActieUiterlijk, e.Id }, "IX_doorverwijzingen_wacht_op_eerste_actie")
            .HasFilter("\"Status\" <> 'Afgesloten' AND \"EersteActieOp\" IS NULL");
        b.HasIndex(e => new { e.MeldingId, e.OntvangerOrganisatieId });
        // The monitor counts a year's referrals by their sending moment (Monitor/MonitorGegevens.Tellingen.cs): without
        // this index every referral of every year is read for one year's figures (docs/benchmarks.md, "Monitor").
        b.HasIndex(e => e.VerstuurdOp);
        b.HasOne<Melding>().WithMany().HasForeignKey(e => e.MeldingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Routebesluit>().WithMany().HasForeignKey(e => e.RoutebesluitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.AfzenderOrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OntvangerOrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<GrondslagRij>().WithMany().HasForeignKey(e => e.GrondslagCode).OnDelete(DeleteBehavior.Restrict);
    }
}
