using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Meldpunt.Model;

/// <summary>
/// A report or advice question as the reporting point received it. Free text, place, time, people involved
/// and contact details are stored encrypted (AES-GCM, bound to this row's id); the receipt code only as a
/// keyed slow hash. Nothing about the sender's connection (IP, user agent) is ever stored.
/// </summary>
public sealed class Melding
{
    public Guid Id { get; set; }
    public MeldingSoort Soort { get; set; }
    public MelderType MelderType { get; set; }
    public string? Sector { get; set; }
    public Kanaal Kanaal { get; set; }

    public required string OmschrijvingVersleuteld { get; set; }
    public string? GemeenteCode { get; set; }
    public string? PlaatsVersleuteld { get; set; }
    public string? TijdstipVersleuteld { get; set; }

    /// <summary>Lower-case words, ';'-separated (see <see cref="Woorden"/>).</summary>
    public string Uitbuitingsvormen { get; set; } = "";
    /// <summary>Indicator codes, ';'-separated; each was checked against the indicator table at intake.</summary>
    public string Indicatoren { get; set; } = "";

    /// <summary>Encrypted JSON of <see cref="Betrokkenen"/>.</summary>
    public string? BetrokkenenVersleuteld { get; set; }
    public JaNeeOnbekend MinderjarigBetrokken { get; set; }
    public bool AcuutGevaar { get; set; }
    public bool Urgent { get; set; }
    public string Taal { get; set; } = MeldTalen.Standaard;

    /// <summary>Encrypted JSON of <see cref="MelderContact"/>; only when the reporter chose to leave them.</summary>
    public string? ContactVersleuteld { get; set; }
    public bool ContactToestemming { get; set; }
    /// <summary>When the reporter withdrew their contact details with the receipt code (the fields are then empty).</summary>
    public DateTimeOffset? ContactIngetrokkenOp { get; set; }
    /// <summary>True once the keyed pseudonyms of the contact details are written (Privacy/Rechten); false rows are filled at start.</summary>
    public bool Gepseudonimiseerd { get; set; }

    /// <summary>
    /// The one status of a report. The reporting point's workflow (the routing part grows it); the reporter
    /// sees the plain <see cref="MelderStatus"/> derived from it.
    /// </summary>
    public MeldingStatus Status { get; set; } = MeldingStatus.Ontvangen;
    /// <summary>Set with <see cref="MeldingStatus.Samengevoegd"/>: the report this one was merged into.</summary>
    public Guid? SamengevoegdMetId { get; set; }

    /// <summary>Rounded down to the hour: the deadlines need no more, and a precise time can identify a reporter.</summary>
    public DateTimeOffset OntvangenOp { get; set; }
    /// <summary>First message written by staff: the whistleblower directive's feedback moment.</summary>
    public DateTimeOffset? TeruggekoppeldOp { get; set; }
    public DateTimeOffset? IngezienOp { get; set; }

    /// <summary>The organisation that runs the reporting point for this report's region.</summary>
    public Guid? MeldpuntOrganisatieId { get; set; }
    /// <summary>For a signed-in professional: their organisation and account (follow-up in their inbox).</summary>
    public Guid? IndienerOrganisatieId { get; set; }
    public Guid? IndienerMedewerkerId { get; set; }
    /// <summary>For a partner system that submitted it (client id, not secret).</summary>
    public string? IndienerClient { get; set; }

    /// <summary>Keyed PBKDF2 of the receipt code; unique so a lookup is one index seek. Null when no code was handed out.</summary>
    public string? OntvangstcodeHash { get; set; }

    /// <summary>
    /// The newest triage's municipality, side and urgency, the first triage's moment and the first referral's moment:
    /// copies of what the triage and referral rows hold, written in the same transaction as each such row (only through
    /// <see cref="Trieer"/> and <see cref="Doorverwezen"/>), so the monitor and the deadlines read one row per report
    /// instead of looking up its newest triage. Null until the report is triaged or referred.
    /// </summary>
    public string? TriageGemeenteCode { get; set; }
    public Zijde? TriageZijde { get; set; }
    public Urgentie? TriageUrgentie { get; set; }
    public DateTimeOffset? EersteTriageOp { get; set; }
    public DateTimeOffset? EersteDoorverwijzingOp { get; set; }

    public List<MeldingBericht> Berichten { get; set; } = [];
    public List<Bijlage> Bijlagen { get; set; } = [];
    public List<MeldingStatusHistorie> Historie { get; set; } = [];

    public static string VeldContext(string veld, Guid id) => $"Melding.{veld}:{id:N}";

    /// <summary>
    /// Call with every triage added to this report, in the order they are saved (the newest counts, as in
    /// <see cref="MeldingTriage"/>), before the SaveChanges that stores it.
    /// </summary>
    public void Trieer(MeldingTriage triage)
    {
        if (triage.MeldingId != Id)
        {
            throw new ArgumentException("De triage hoort bij een andere melding.", nameof(triage));
        }
        TriageGemeenteCode = triage.GemeenteCode;
        TriageZijde = triage.Zijde;
        TriageUrgentie = triage.Urgentie;
        EersteTriageOp ??= triage.Tijdstip;
    }

    /// <summary>Call with every referral sent for this report, before the SaveChanges that stores it: the earliest counts.</summary>
    public void Doorverwezen(DateTimeOffset verstuurdOp)
    {
        if (EersteDoorverwijzingOp is not { } eerste || verstuurdOp < eerste)
        {
            EersteDoorverwijzingOp = verstuurdOp;
        }
    }
}

internal sealed class MeldingConfiguratie : IEntityTypeConfiguration<Melding>
{
    public void Configure(EntityTypeBuilder<Melding> b)
    {
        b.ToTable("meldingen");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Soort).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.MelderType).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Kanaal).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.MinderjarigBetrokken).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Sector).HasMaxLength(MeldingLimieten.Sector);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        b.Property(e => e.Uitbuitingsvormen).HasMaxLength(200);
        b.Property(e => e.Indicatoren).HasMaxLength(MeldingLimieten.Indicatoren * (MeldingLimieten.IndicatorCode + 1));
        b.Property(e => e.Taal).HasMaxLength(10);
        b.Property(e => e.IndienerClient).HasMaxLength(100);
        b.Property(e => e.OntvangstcodeHash).HasMaxLength(64);
        // Same sizes and words as the triage row they copy (MeldingTriageConfiguratie).
        b.Property(e => e.TriageGemeenteCode).HasMaxLength(6);
        b.Property(e => e.TriageZijde).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.TriageUrgentie).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(e => e.OntvangstcodeHash).IsUnique();
        b.HasIndex(e => new { e.MeldpuntOrganisatieId, e.Status, e.OntvangenOp });
        b.HasIndex(e => e.IndienerMedewerkerId);
        b.HasOne<Melding>().WithMany().HasForeignKey(e => e.SamengevoegdMetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.MeldpuntOrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.IndienerOrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Medewerker>().WithMany().HasForeignKey(e => e.IndienerMedewerkerId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(e => e.Berichten).WithOne().HasForeignKey(e => e.MeldingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Bijlagen).WithOne().HasForeignKey(e => e.MeldingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Historie).WithOne().HasForeignKey(e => e.MeldingId).OnDelete(DeleteBehavior.Cascade);
    }
}
