using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Accounts;

/// <summary>A professional's account. Every professional belongs to exactly one organisation.</summary>
public sealed class Medewerker : IdentityUser<Guid>
{
    public Guid OrganisatieId { get; set; }
    public bool Actief { get; set; } = true;
    public DateTimeOffset AangemaaktOp { get; set; }

    /// <summary>The 30-second step of the last accepted authenticator code; a code of that step or earlier is spent.</summary>
    public long? LaatsteTotpStap { get; set; }

    /// <summary>
    /// The name the professional chose to be shown by (on a certificate of attendance); optional, set on /account.
    /// Never the e-mail address: where it is empty the certificate says "deelnemer" and the organisation.
    /// </summary>
    public string? Weergavenaam { get; set; }
}

internal sealed class MedewerkerConfiguratie : IEntityTypeConfiguration<Medewerker>
{
    public void Configure(EntityTypeBuilder<Medewerker> b)
    {
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => e.OrganisatieId);
        b.Property(e => e.Weergavenaam).HasMaxLength(Weergavenamen.Max);
    }
}
