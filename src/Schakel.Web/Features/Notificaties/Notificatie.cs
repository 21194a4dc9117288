using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Notificaties;

/// <summary>
/// "There is something new for you in Schakel": a kind and a link to a page, for an organisation (optionally
/// only its members with one role). It carries no content by construction — there is no field for any — so
/// neither the list on the werkplek nor the e-mail can leak what it is about.
/// </summary>
public sealed class Notificatie
{
    public Guid Id { get; set; }
    public Guid OrganisatieId { get; set; }
    /// <summary>Null: everyone of the organisation.</summary>
    public string? Rol { get; set; }
    public required string Soort { get; set; }
    /// <summary>An app-relative path of a page (<see cref="NotificatieLink"/>), never a query string.</summary>
    public required string Link { get; set; }
    public DateTimeOffset AangemaaktOp { get; set; }
    /// <summary>When the e-mails went out; null while waiting, or when e-mail is off.</summary>
    public DateTimeOffset? GemaildOp { get; set; }
}

internal sealed class NotificatieConfiguratie : IEntityTypeConfiguration<Notificatie>
{
    public void Configure(EntityTypeBuilder<Notificatie> b)
    {
        b.ToTable("notificaties");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Rol).HasMaxLength(40);
        b.Property(e => e.Soort).HasMaxLength(60);
        b.Property(e => e.Link).HasMaxLength(NotificatieLink.MaximaleLengte);
        b.HasIndex(e => new { e.OrganisatieId, e.AangemaaktOp });
        b.HasIndex(e => e.GemaildOp);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Cascade);
    }
}
