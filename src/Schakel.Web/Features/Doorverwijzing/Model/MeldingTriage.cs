using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Features.Meldpunt.Model;

namespace Schakel.Web.Features.Doorverwijzing.Model;

/// <summary>
/// What the receiving organisation confirmed or set about a report. Stored beside the report, never over it:
/// the reporter's own answers stay in <see cref="Melding"/>. Append-only: every save is a new row and the
/// newest counts, so a route decision can point at the exact triage it was made on.
/// </summary>
public sealed class MeldingTriage
{
    public long Id { get; set; }
    public Guid MeldingId { get; set; }
    public Guid OrganisatieId { get; set; }
    public Guid? MedewerkerId { get; set; }
    public DateTimeOffset Tijdstip { get; set; }

    /// <summary>Lower-case words, ';'-separated, as in <see cref="Melding.Uitbuitingsvormen"/>.</summary>
    public string Uitbuitingsvormen { get; set; } = "";
    /// <summary>Indicator codes, ';'-separated.</summary>
    public string Indicatoren { get; set; } = "";
    public Urgentie Urgentie { get; set; }
    public JaNeeOnbekend MinderjarigBetrokken { get; set; }
    public Zijde Zijde { get; set; }
    public string? GemeenteCode { get; set; }
    public bool MelderIsGemeentemedewerker { get; set; }
    public bool IllegaleProstitutieOfMalafideBedrijf { get; set; }

    /// <summary>Kinds of lead present (<see cref="AanknopingspuntSoort"/> names, ';'-separated); the route reads only these.</summary>
    public string Aanknopingspunten { get; set; } = "";
    /// <summary>Encrypted JSON list of the leads themselves (kind and value): a name or plate is personal data.</summary>
    public string? AanknopingspuntenVersleuteld { get; set; }
    /// <summary>True once the keyed pseudonyms of the leads are written (Privacy/Rechten); false rows are filled at start.</summary>
    public bool Gepseudonimiseerd { get; set; }

    public static string VeldContext(string veld, long id) => $"MeldingTriage.{veld}:{id}";
}

internal sealed class MeldingTriageConfiguratie : IEntityTypeConfiguration<MeldingTriage>
{
    public void Configure(EntityTypeBuilder<MeldingTriage> b)
    {
        b.ToTable("melding_triages");
        b.HasKey(e => e.Id);
        b.Property(e => e.Uitbuitingsvormen).HasMaxLength(200);
        b.Property(e => e.Indicatoren).HasMaxLength(MeldingLimieten.Indicatoren * (MeldingLimieten.IndicatorCode + 1));
        b.Property(e => e.Urgentie).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.MinderjarigBetrokken).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Zijde).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        b.Property(e => e.Aanknopingspunten).HasMaxLength(100);
        b.HasIndex(e => new { e.MeldingId, e.Id });
        b.HasOne<Melding>().WithMany().HasForeignKey(e => e.MeldingId).OnDelete(DeleteBehavior.Cascade);
    }
}
