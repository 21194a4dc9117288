using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Keten;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;

namespace Schakel.Web.Features.Keten.Aandachtsfunctionarissen;

/// <summary>
/// A municipal focal officer for human trafficking. A municipality may have several (Midden-Delfland §5.1:
/// OOV and the social domain, each other's deputy). Name and contact are the officer's PUBLISHED work contact,
/// the way a municipality lists it for professionals, never private data; so they are plain, not encrypted.
/// </summary>
public sealed class Aandachtsfunctionaris
{
    public Guid Id { get; set; }

    /// <summary>CBS code of the municipality the officer serves (GM0518).</summary>
    public required string GemeenteCode { get; set; }

    /// <summary>The organisation whose inbox receives the officer's referrals (normally the municipality itself).</summary>
    public Guid OrganisatieId { get; set; }

    /// <summary>The officer's Schakel account, when they have one; contact data stays the published one.</summary>
    public Guid? MedewerkerId { get; set; }

    /// <summary>Published name or function name ("Aandachtsfunctionaris OOV").</summary>
    public required string Naam { get; set; }

    public string? Functietitel { get; set; }
    public string? Email { get; set; }
    public string? Telefoon { get; set; }

    public Aandachtsfunctionarisafdeling Afdeling { get; set; }
    public Aandachtsfunctionariszijde Zijde { get; set; }

    /// <summary>Another focal officer who stands in when this one is away.</summary>
    public Guid? PlaatsvervangerId { get; set; }

    public DateOnly AangesteldOp { get; set; }
    public bool Actief { get; set; } = true;

    /// <summary>
    /// The first day the officer no longer served (set when deactivated, or entered); null while active. Reads as of a
    /// day count an officer with <see cref="AangesteldOp"/> ≤ day &lt; <see cref="BeeindigdOp"/>.
    /// </summary>
    public DateOnly? BeeindigdOp { get; set; }

    /// <summary>Placeholder rows with example contact data; never to be mistaken for a real officer.</summary>
    public bool IsDemo { get; set; }

    public AandachtsfunctionarisKenmerken Kenmerken => new(Id, Afdeling, Zijde, Actief, AangesteldOp);
}

internal sealed class AandachtsfunctionarisConfiguratie : IEntityTypeConfiguration<Aandachtsfunctionaris>
{
    public void Configure(EntityTypeBuilder<Aandachtsfunctionaris> b)
    {
        b.ToTable("aandachtsfunctionarissen");
        b.HasKey(e => e.Id);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        b.Property(e => e.Naam).HasMaxLength(200);
        b.Property(e => e.Functietitel).HasMaxLength(200);
        b.Property(e => e.Email).HasMaxLength(200);
        b.Property(e => e.Telefoon).HasMaxLength(40);
        b.Property(e => e.Afdeling).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Zijde).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Gemeente>().WithMany().HasForeignKey(e => e.GemeenteCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Medewerker>().WithMany().HasForeignKey(e => e.MedewerkerId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Aandachtsfunctionaris>().WithMany().HasForeignKey(e => e.PlaatsvervangerId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(e => new { e.GemeenteCode, e.Actief });
        b.HasIndex(e => e.OrganisatieId);
        b.HasIndex(e => e.MedewerkerId);
    }
}
