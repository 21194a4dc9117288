using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Organisaties;

namespace Schakel.Web.Features.Privacy.Rechten;

/// <summary>The rights of AVG art. 15–18 a request can invoke.</summary>
public enum VerzoekSoort
{
    Inzage,
    Correctie,
    Verwijdering,
    Beperking,
}

public enum VerzoekStatus
{
    Open,
    Afgehandeld,
}

/// <summary>What was done with one record found for a request.</summary>
public enum TrefferUitkomst
{
    Open,
    Verstrekt,
    Gecorrigeerd,
    Gewist,
    Beperkt,
    Geweigerd,
    GeenMatch,
}

/// <summary>Grounds for refusing (part of) a request: the exceptions of art. 23 AVG as Dutch law fills them in.</summary>
public enum WeigeringGrond
{
    /// <summary>Art. 23 lid 1 sub d AVG, art. 41 UAVG; data also processed under the Wpg for a criminal investigation.</summary>
    Opsporing,
    /// <summary>Art. 23 lid 1 sub i AVG, art. 41 UAVG: protecting the rights of others (a victim, the reporter).</summary>
    RechtenAnderen,
    /// <summary>Art. 17 lid 3 sub b/e AVG: a legal obligation or a legal claim (e.g. a legal hold) requires keeping it.</summary>
    WettelijkeBewaarplicht,
    /// <summary>Art. 12 lid 5 AVG: manifestly unfounded or excessive.</summary>
    KennelijkOngegrond,
}

/// <summary>
/// A request of a person concerned, registered by the reporting point or a beheerder. The person's own details are encrypted
/// (bound to this row); the deadline is one month from receipt, extendable once by two months with a reason (art. 12 lid 3 AVG).
/// </summary>
public sealed class VerzoekBetrokkene
{
    public Guid Id { get; set; }
    public Guid OrganisatieId { get; set; }
    public VerzoekSoort Soort { get; set; }
    public VerzoekStatus Status { get; set; }
    public DateOnly OntvangenOp { get; set; }
    public DateOnly Uiterlijk { get; set; }
    public DateTimeOffset GeregistreerdOp { get; set; }
    public Guid? GeregistreerdDoor { get; set; }

    public string? NaamVersleuteld { get; set; }
    public string? GeboortedatumVersleuteld { get; set; }
    public string? TelefoonVersleuteld { get; set; }
    public string? EmailVersleuteld { get; set; }

    public DateTimeOffset? VerlengdOp { get; set; }
    public string? VerlengingRedenVersleuteld { get; set; }
    public DateTimeOffset? GezochtOp { get; set; }
    public DateTimeOffset? AfgehandeldOp { get; set; }
    public string? AntwoordVersleuteld { get; set; }
    /// <summary>When the reporting point was told the deadline nears; once per request (and again after an extension).</summary>
    public DateTimeOffset? TermijnGemeldOp { get; set; }
    /// <summary>Set when the request's own personal details were removed after its retention period.</summary>
    public DateTimeOffset? GegevensVerwijderdOp { get; set; }

    public List<VerzoekTreffer> Treffers { get; set; } = [];

    public static string VeldContext(string veld, Guid id) => $"VerzoekBetrokkene.{veld}:{id:N}";

    public bool IsVerlengd => VerlengdOp is not null;
}

/// <summary>One record found by pseudonym for a request, and what was done with it.</summary>
public sealed class VerzoekTreffer
{
    public Guid Id { get; set; }
    public Guid VerzoekId { get; set; }
    public Guid MeldingId { get; set; }
    /// <summary>Where the pseudonyms matched: <see cref="PersoonPseudoniem.Melder"/> and/or <see cref="PersoonPseudoniem.Aanknopingspunt"/>, ';'-separated.</summary>
    public string Bronnen { get; set; } = "";
    /// <summary>Which keys matched (naam, geboortedatum, telefoon, email), ';'-separated; never their values.</summary>
    public string Sleutels { get; set; } = "";
    public TrefferUitkomst Uitkomst { get; set; }
    public WeigeringGrond? Grond { get; set; }
    public string? ToelichtingVersleuteld { get; set; }
    public DateTimeOffset? BehandeldOp { get; set; }
    /// <summary>When a restriction was lifted (art. 18 lid 3 AVG: after telling the person); null while it holds.</summary>
    public DateTimeOffset? BeperkingOpgehevenOp { get; set; }
    public string? OpheffingRedenVersleuteld { get; set; }

    /// <summary>A restriction that holds now: it limits sharing the report and reading the referrals sent before it.</summary>
    public static readonly Expression<Func<VerzoekTreffer, bool>> BeperktNu = h => h.Uitkomst == TrefferUitkomst.Beperkt && h.BeperkingOpgehevenOp == null;

    public bool IsBeperkt => Uitkomst == TrefferUitkomst.Beperkt && BeperkingOpgehevenOp is null;

    public static string VeldContext(string veld, Guid id) => $"VerzoekTreffer.{veld}:{id:N}";
}

/// <summary>
/// A keyed pseudonym (HMAC under the server's pseudonym key) of one normalised identifier held encrypted in a report: the
/// reporter's contact details or a triage lead. Requests of people concerned are searched on these, so nothing is decrypted
/// to search. Written with the encrypted field, removed with it (retention, withdrawal, erasure).
/// </summary>
public sealed class PersoonPseudoniem
{
    public const string Melder = "melder";
    public const string Aanknopingspunt = "aanknopingspunt";

    public long Id { get; set; }
    public Guid MeldingId { get; set; }
    /// <summary>The triage row whose lead it is; null for the reporter's contact details.</summary>
    public long? TriageId { get; set; }
    public string Bron { get; set; } = Melder;
    /// <summary>naam, geboortedatum, telefoon or email.</summary>
    public string Soort { get; set; } = "";
    public string Pseudoniem { get; set; } = "";
}

internal sealed class VerzoekBetrokkeneConfiguratie : IEntityTypeConfiguration<VerzoekBetrokkene>
{
    public void Configure(EntityTypeBuilder<VerzoekBetrokkene> b)
    {
        b.ToTable("verzoeken_betrokkenen");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Soort).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(e => new { e.OrganisatieId, e.Status, e.Uiterlijk });
        b.HasOne<Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Treffers).WithOne().HasForeignKey(e => e.VerzoekId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VerzoekTrefferConfiguratie : IEntityTypeConfiguration<VerzoekTreffer>
{
    public void Configure(EntityTypeBuilder<VerzoekTreffer> b)
    {
        b.ToTable("verzoek_treffers");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Bronnen).HasMaxLength(40);
        b.Property(e => e.Sleutels).HasMaxLength(60);
        b.Property(e => e.Uitkomst).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Grond).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(e => new { e.VerzoekId, e.MeldingId }).IsUnique();
        // Every read of a referral and every route decision asks whether its report is restricted.
        b.HasIndex(e => new { e.MeldingId, e.Uitkomst });
        b.HasOne<Melding>().WithMany().HasForeignKey(e => e.MeldingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersoonPseudoniemConfiguratie : IEntityTypeConfiguration<PersoonPseudoniem>
{
    public void Configure(EntityTypeBuilder<PersoonPseudoniem> b)
    {
        b.ToTable("persoon_pseudoniemen");
        b.HasKey(e => e.Id);
        b.Property(e => e.Bron).HasMaxLength(20);
        b.Property(e => e.Soort).HasMaxLength(20);
        b.Property(e => e.Pseudoniem).HasMaxLength(40);
        b.HasIndex(e => new { e.Soort, e.Pseudoniem });
        b.HasIndex(e => e.MeldingId);
        b.HasOne<Melding>().WithMany().HasForeignKey(e => e.MeldingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MeldingTriage>().WithMany().HasForeignKey(e => e.TriageId).OnDelete(DeleteBehavior.Cascade);
    }
}
