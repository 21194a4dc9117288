using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Opvang;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Opvang;

/// <summary>
/// One site of a shelter organisation. The municipality is a CBS code that need not be in the region
/// tables, so shelters elsewhere in the country can be listed before their unit is loaded.
/// </summary>
public sealed class Opvanglocatie
{
    public Guid Id { get; set; }
    public Guid OrganisatieId { get; set; }
    public required string Naam { get; set; }
    public required string GemeenteCode { get; set; }
    public required string GemeenteNaam { get; set; }
    public double? Breedtegraad { get; set; }
    public double? Lengtegraad { get; set; }
    /// <summary>The 24/7 number to call for an admission; a shelter's working number, not personal data.</summary>
    public required string Contact24Uur { get; set; }
    /// <summary>Encrypted: only those who place may read it, and every read is audited.</summary>
    public string? AdresVersleuteld { get; set; }
    /// <summary>A secret address is given by phone only, never shown, not even to those who place.</summary>
    public bool GeheimAdres { get; set; }
    public List<Plekkenpool> Plekkenpools { get; set; } = [];
}

/// <summary>
/// Beds of one kind at one location. Bezet and BuitenGebruik are the latest snapshot (kept here so the
/// hold transaction locks one row); the history is in <see cref="BezettingSnapshot"/>. Available is
/// always derived: capacity − occupied − out of service − active holds.
/// </summary>
public sealed class Plekkenpool
{
    public Guid Id { get; set; }
    public Guid OpvanglocatieId { get; set; }
    public required string Naam { get; set; }
    public Opvangtype Type { get; set; }
    public Fase Fase { get; set; }
    public int Capaciteit { get; set; }
    public int Bezet { get; set; }
    public int BuitenGebruik { get; set; }
    public DateTimeOffset? BijgewerktOp { get; set; }
    public PlekkenpoolCriteria Criteria { get; set; } = new();

    /// <summary>
    /// Holds with status Actief, expired or not: raised by a hold and lowered by its confirmation, decline, cancellation
    /// or expiry, always in the transaction that changes the hold and under this row's lock. So the check under the lock
    /// reads the locked row instead of counting holds; live holds are this minus those already past VerlooptOp that the
    /// expiry job has not marked yet (usually none).
    /// </summary>
    public int Vastgehouden { get; set; }
}

/// <summary>How <see cref="Plekkenpool.Vastgehouden"/> is counted from the holds themselves.</summary>
public static class VastgehoudenTelling
{
    /// <summary>
    /// Sets every pool's held beds to its holds with status Actief. The migration that added the column fills it with
    /// this (SQLite and PostgreSQL alike), and the tests hold the running counter to it; run it only with no hold
    /// being written (it takes no pool's lock).
    /// </summary>
    public const string HertelSql =
        "UPDATE plekkenpools SET \"Vastgehouden\" = (SELECT COUNT(*) FROM reserveringen r WHERE r.\"PlekkenpoolId\" = plekkenpools.\"Id\" AND r.\"Status\" = 'Actief')";
}

/// <summary>Append-only history of occupancy; the overview draws occupancy over time from it.</summary>
public sealed class BezettingSnapshot
{
    public long Id { get; set; }
    public Guid PlekkenpoolId { get; set; }
    public int Capaciteit { get; set; }
    public int Bezet { get; set; }
    public int BuitenGebruik { get; set; }
    public DateTimeOffset Tijdstip { get; set; }
    public string? ActorId { get; set; }
}

/// <summary>The need of one victim, without names; the 36-hour clock starts at GevondenOp.</summary>
public sealed class Plaatsingsverzoek
{
    public Guid Id { get; set; }
    public Guid AanvragerOrganisatieId { get; set; }
    public required Behoefte Behoefte { get; set; }
    public DateTimeOffset GevondenOp { get; set; }
    public string? GevondenInGemeenteCode { get; set; }
    public string? InschrijvingsgemeenteCode { get; set; }
    public string? VerantwoordelijkeGemeenteCode { get; set; }
    public Urgentie Urgentie { get; set; }
    public DateTimeOffset AangemaaktOp { get; set; }
    /// <summary>When a crisis place was first held: the next hold serves the long-term place.</summary>
    public DateTimeOffset? EersteOpvangOp { get; set; }
    /// <summary>When a shelter first confirmed a placement for this request: the first step is met (action 18).</summary>
    public DateTimeOffset? EersteOpvangBevestigdOp { get; set; }
    /// <summary>When the long-term place was arranged (its hold confirmed).</summary>
    public DateTimeOffset? VervolgGeregeldOp { get; set; }
    public bool Afgesloten { get; set; }
    /// <summary>Escalation codes already sent, ';'-separated, so the job sends each once.</summary>
    public string VerstuurdeEscalaties { get; set; } = "";
}

public enum ReserveringStatus
{
    Actief,
    Bevestigd,
    Afgewezen,
    Geannuleerd,
    Verlopen,
}

/// <summary>A hold: one bed kept for one request and step until it expires or the shelter answers.</summary>
public sealed class Reservering
{
    public Guid Id { get; set; }
    public Guid PlaatsingsverzoekId { get; set; }
    public Guid PlekkenpoolId { get; set; }
    public Guid AanvragerOrganisatieId { get; set; }
    public Stap Stap { get; set; }
    public required string IdempotencyKey { get; set; }
    public DateTimeOffset AangemaaktOp { get; set; }
    public DateTimeOffset VerlooptOp { get; set; }
    public ReserveringStatus Status { get; set; }
    public string? Reden { get; set; }
    public DateTimeOffset? AfgehandeldOp { get; set; }
    /// <summary>When the shelter was reminded that this hold expires soon; null until then, so it is reminded once.</summary>
    public DateTimeOffset? VerloopGemeldOp { get; set; }
}

public sealed class PlaatsingRegel
{
    public Guid Id { get; set; }
    public Guid ReserveringId { get; set; }
    public Guid PlaatsingsverzoekId { get; set; }
    public Guid PlekkenpoolId { get; set; }
    public Stap Stap { get; set; }
    public required string VerantwoordelijkeGemeenteCode { get; set; }
    public DateTimeOffset OpgenomenOp { get; set; }
    public DateTimeOffset? OntslagenOp { get; set; }
    public Uitstroom? Uitstroom { get; set; }
}

public sealed class NachtZonderPlekRegel
{
    public Guid Id { get; set; }
    public Guid PlaatsingsverzoekId { get; set; }
    public DateOnly Nacht { get; set; }
    public Nachtverblijf Verblijf { get; set; }
    public DateTimeOffset VastgelegdOp { get; set; }
}

/// <summary>Unmet demand, the evidence of shortages; one row per request, step and reason.</summary>
public sealed class OnvervuldeVraagRegel
{
    public long Id { get; set; }
    public Guid PlaatsingsverzoekId { get; set; }
    public Stap Stap { get; set; }
    public OnvervuldeVraagReden Reden { get; set; }
    public string Criteria { get; set; } = "";
    public string? Toelichting { get; set; }
    public DateTimeOffset Tijdstip { get; set; }
}

/// <summary>An escalation of the 36-hour clock, for the requester and the ketenregisseur.</summary>
public sealed class EscalatieRegel
{
    public long Id { get; set; }
    public Guid PlaatsingsverzoekId { get; set; }
    public required string Code { get; set; }
    public DateTimeOffset Tijdstip { get; set; }
}

/// <summary>The placement-authority rules in one editable place (a JSON list of Plaatsingsregel).</summary>
public sealed class PlaatsingsbevoegdheidInstelling
{
    public int Id { get; set; }
    public required List<Plaatsingsregel> Regels { get; set; }
    public DateTimeOffset GewijzigdOp { get; set; }
}

internal sealed class OpvangConfiguratie :
    IEntityTypeConfiguration<Opvanglocatie>, IEntityTypeConfiguration<Plekkenpool>, IEntityTypeConfiguration<BezettingSnapshot>,
    IEntityTypeConfiguration<Plaatsingsverzoek>, IEntityTypeConfiguration<Reservering>, IEntityTypeConfiguration<PlaatsingRegel>,
    IEntityTypeConfiguration<NachtZonderPlekRegel>, IEntityTypeConfiguration<OnvervuldeVraagRegel>, IEntityTypeConfiguration<EscalatieRegel>,
    IEntityTypeConfiguration<PlaatsingsbevoegdheidInstelling>
{
    public void Configure(EntityTypeBuilder<Opvanglocatie> b)
    {
        b.ToTable("opvanglocaties");
        b.Property(e => e.Naam).HasMaxLength(200);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        b.Property(e => e.GemeenteNaam).HasMaxLength(200);
        b.Property(e => e.Contact24Uur).HasMaxLength(40);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId);
        b.HasMany(e => e.Plekkenpools).WithOne().HasForeignKey(e => e.OpvanglocatieId);
    }

    public void Configure(EntityTypeBuilder<Plekkenpool> b)
    {
        b.ToTable("plekkenpools");
        b.Property(e => e.Naam).HasMaxLength(200);
        b.Property(e => e.Type).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.Fase).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Criteria).HasConversion(OpvangJson.Converter<PlekkenpoolCriteria>()).HasMaxLength(4000);
    }

    public void Configure(EntityTypeBuilder<BezettingSnapshot> b)
    {
        b.ToTable("bezetting_snapshots");
        b.HasOne<Plekkenpool>().WithMany().HasForeignKey(e => e.PlekkenpoolId);
        b.HasIndex(e => new { e.PlekkenpoolId, e.Tijdstip });
        b.Property(e => e.ActorId).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<Plaatsingsverzoek> b)
    {
        b.ToTable("plaatsingsverzoeken");
        b.Property(e => e.Behoefte).HasConversion(OpvangJson.Converter<Behoefte>()).HasMaxLength(4000);
        b.Property(e => e.Urgentie).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.GevondenInGemeenteCode).HasMaxLength(6);
        b.Property(e => e.InschrijvingsgemeenteCode).HasMaxLength(6);
        b.Property(e => e.VerantwoordelijkeGemeenteCode).HasMaxLength(6);
        b.Property(e => e.VerstuurdeEscalaties).HasMaxLength(400);
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.AanvragerOrganisatieId);
        b.HasIndex(e => new { e.Afgesloten, e.GevondenOp });
    }

    public void Configure(EntityTypeBuilder<Reservering> b)
    {
        b.ToTable("reserveringen");
        b.Property(e => e.Stap).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.IdempotencyKey).HasMaxLength(100);
        b.Property(e => e.Reden).HasMaxLength(500);
        b.HasOne<Plaatsingsverzoek>().WithMany().HasForeignKey(e => e.PlaatsingsverzoekId);
        b.HasOne<Plekkenpool>().WithMany().HasForeignKey(e => e.PlekkenpoolId);
        // A retried request from the same party finds its first hold; racing retries cannot both insert.
        b.HasIndex(e => new { e.AanvragerOrganisatieId, e.IdempotencyKey }).IsUnique();
        b.HasIndex(e => new { e.PlekkenpoolId, e.Status, e.VerlooptOp });
    }

    public void Configure(EntityTypeBuilder<PlaatsingRegel> b)
    {
        b.ToTable("plaatsingen");
        b.Property(e => e.Stap).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Uitstroom).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.VerantwoordelijkeGemeenteCode).HasMaxLength(6);
        b.HasOne<Reservering>().WithMany().HasForeignKey(e => e.ReserveringId);
        b.HasIndex(e => e.ReserveringId).IsUnique();
    }

    public void Configure(EntityTypeBuilder<NachtZonderPlekRegel> b)
    {
        b.ToTable("nachten_zonder_plek");
        b.Property(e => e.Verblijf).HasConversion<string>().HasMaxLength(40);
        b.HasOne<Plaatsingsverzoek>().WithMany().HasForeignKey(e => e.PlaatsingsverzoekId);
        b.HasIndex(e => new { e.PlaatsingsverzoekId, e.Nacht }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<OnvervuldeVraagRegel> b)
    {
        b.ToTable("onvervulde_vraag");
        b.Property(e => e.Stap).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Reden).HasConversion<string>().HasMaxLength(60);
        b.Property(e => e.Criteria).HasMaxLength(400);
        b.Property(e => e.Toelichting).HasMaxLength(500);
        b.HasOne<Plaatsingsverzoek>().WithMany().HasForeignKey(e => e.PlaatsingsverzoekId);
        b.HasIndex(e => new { e.PlaatsingsverzoekId, e.Stap, e.Reden });
    }

    public void Configure(EntityTypeBuilder<EscalatieRegel> b)
    {
        b.ToTable("opvang_escalaties");
        b.Property(e => e.Code).HasMaxLength(40);
        b.HasOne<Plaatsingsverzoek>().WithMany().HasForeignKey(e => e.PlaatsingsverzoekId);
    }

    public void Configure(EntityTypeBuilder<PlaatsingsbevoegdheidInstelling> b)
    {
        b.ToTable("plaatsingsbevoegdheid");
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Regels).HasConversion(OpvangJson.Converter<List<Plaatsingsregel>>(), OpvangJson.Comparer<List<Plaatsingsregel>>());
    }
}
