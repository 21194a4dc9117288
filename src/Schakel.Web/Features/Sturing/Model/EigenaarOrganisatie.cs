using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Sturing.Model;

/// <summary>
/// A specific Schakel organisation that acts for one of an action's published owners ("Politie" = the police unit's
/// organisation named here, not every police organisation). Owner rights are matched on these rows, never on a type.
/// </summary>
public sealed class ActieEigenaarOrganisatie
{
    public Guid ActieId { get; set; }
    public Guid OrganisatieId { get; set; }
    /// <summary>The published owner name this organisation stands for ("JenV", "Politie").</summary>
    public required string Eigenaar { get; set; }
}

internal sealed class ActieEigenaarOrganisatieConfiguratie : IEntityTypeConfiguration<ActieEigenaarOrganisatie>
{
    public void Configure(EntityTypeBuilder<ActieEigenaarOrganisatie> b)
    {
        b.ToTable("sturing_actie_eigenaar_organisaties");
        b.HasKey(e => new { e.ActieId, e.OrganisatieId });
        b.Property(e => e.Eigenaar).HasMaxLength(200);
        b.HasOne<Actie>().WithMany().HasForeignKey(e => e.ActieId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisaties.Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.OrganisatieId);
    }
}
