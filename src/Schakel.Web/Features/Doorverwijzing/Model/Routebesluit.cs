using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Web.Features.Meldpunt.Model;

namespace Schakel.Web.Features.Doorverwijzing.Model;

/// <summary>
/// One decision on where a report goes: the route version and triage it was made on, and, when staff
/// deviated from the proposal, the deviations and their reason. Never changed afterwards, so a later change
/// of the rules does not alter what was decided or why.
/// </summary>
public sealed class Routebesluit
{
    public Guid Id { get; set; }
    public Guid MeldingId { get; set; }
    public long TriageId { get; set; }
    public int MeldrouteVersie { get; set; }
    public Guid OrganisatieId { get; set; }
    public Guid? MedewerkerId { get; set; }
    public DateTimeOffset Tijdstip { get; set; }

    /// <summary>JSON list of <see cref="Schakel.Core.Doorverwijzing.Afwijking"/>; empty list when the proposal was followed.</summary>
    public string Afwijkingen { get; set; } = "[]";
    /// <summary>Encrypted: staff may explain a deviation with case details.</summary>
    public string? AfwijkingRedenVersleuteld { get; set; }

    public static string VeldContext(string veld, Guid id) => $"Routebesluit.{veld}:{id:N}";
}

internal sealed class RoutebesluitConfiguratie : IEntityTypeConfiguration<Routebesluit>
{
    public void Configure(EntityTypeBuilder<Routebesluit> b)
    {
        b.ToTable("routebesluiten");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.HasIndex(e => e.MeldingId);
        b.HasOne<Melding>().WithMany().HasForeignKey(e => e.MeldingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MeldingTriage>().WithMany().HasForeignKey(e => e.TriageId).OnDelete(DeleteBehavior.Restrict);
    }
}
