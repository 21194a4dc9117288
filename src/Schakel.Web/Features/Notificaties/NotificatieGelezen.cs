using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Notificaties;

/// <summary>
/// That one professional has opened (or marked as read) one notification. Per person, not per organisation: a
/// notification goes to everyone of an organisation or role, and one colleague reading it says nothing about another.
/// </summary>
public sealed class NotificatieGelezen
{
    public Guid NotificatieId { get; set; }
    public Guid MedewerkerId { get; set; }
    public DateTimeOffset GelezenOp { get; set; }
}

internal sealed class NotificatieGelezenConfiguratie : IEntityTypeConfiguration<NotificatieGelezen>
{
    public void Configure(EntityTypeBuilder<NotificatieGelezen> b)
    {
        b.ToTable("notificaties_gelezen");
        b.HasKey(e => new { e.NotificatieId, e.MedewerkerId });
        b.HasIndex(e => e.MedewerkerId);
        b.HasOne<Notificatie>().WithMany().HasForeignKey(e => e.NotificatieId).OnDelete(DeleteBehavior.Cascade);
    }
}
