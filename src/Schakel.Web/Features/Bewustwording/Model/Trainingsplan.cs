using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Bewustwording.Model;

/// <summary>
/// A municipality's training plan for a year: the roles that must have the yearly briefing. Without a row the
/// default list applies (Beleid Midden-Delfland §5.2.2, see <see cref="Doelgroepen.StandaardPlan"/>).
/// </summary>
public sealed class Trainingsplan
{
    public required string GemeenteCode { get; set; }
    public int Jaar { get; set; }
    public List<string> Rollen { get; set; } = [];
    public bool AandachtsfunctionarissenVerplicht { get; set; } = true;
}

internal sealed class TrainingsplanConfiguratie : IEntityTypeConfiguration<Trainingsplan>
{
    public void Configure(EntityTypeBuilder<Trainingsplan> b)
    {
        b.ToTable("bewustwording_trainingsplannen");
        b.HasKey(e => new { e.GemeenteCode, e.Jaar });
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        AanbodConfiguratie.Codelijst(b.Property(e => e.Rollen));
    }
}
