using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Privacy.Bewaring;

/// <summary>The kinds of record a retention period and a legal hold apply to.</summary>
public enum BewaarObjectSoort
{
    Melding,
    Doorverwijzing,
    Plaatsing,
}

/// <summary>
/// A legal hold: one record is not deleted until <see cref="EindDatum"/> (an ongoing investigation, a complaint). The reason is
/// free text and stored encrypted; who set and lifted it are audit actor ids, never names.
/// </summary>
public sealed class Bewaarblokkade
{
    public Guid Id { get; set; }
    public BewaarObjectSoort ObjectSoort { get; set; }
    public Guid ObjectId { get; set; }
    /// <summary>The organisation that set it (the reporting point's or the beheerder's).</summary>
    public Guid OrganisatieId { get; set; }
    public string? RedenVersleuteld { get; set; }
    public DateTimeOffset EindDatum { get; set; }
    public required string GezetDoor { get; set; }
    public DateTimeOffset GezetOp { get; set; }
    public string? OpgehevenDoor { get; set; }
    public DateTimeOffset? OpgehevenOp { get; set; }

    public bool IsActief(DateTimeOffset nu) => OpgehevenOp is null && EindDatum > nu;

    public static string RedenContext(Guid id) => $"Bewaarblokkade.Reden:{id:N}";
}

/// <summary>
/// One record whose personal fields the retention job removed: the job's memory (it never handles a record twice) and the
/// deletion log a restore is checked against (README "Back-up en herstel"). Ids, the rule and counts only.
/// </summary>
public sealed class Verwijdering
{
    public long Id { get; set; }
    public BewaarObjectSoort ObjectSoort { get; set; }
    public Guid ObjectId { get; set; }
    public required string Regel { get; set; }
    public DateTimeOffset VerwijderdOp { get; set; }
    /// <summary>How many fields were emptied and rows removed, e.g. "velden 4, berichten 2, bijlagen 1".</summary>
    public required string Aantallen { get; set; }
}

internal sealed class BewaarblokkadeConfiguratie : IEntityTypeConfiguration<Bewaarblokkade>
{
    public void Configure(EntityTypeBuilder<Bewaarblokkade> b)
    {
        b.ToTable("bewaarblokkades");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.ObjectSoort).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.GezetDoor).HasMaxLength(80);
        b.Property(e => e.OpgehevenDoor).HasMaxLength(80);
        b.HasIndex(e => new { e.ObjectSoort, e.ObjectId });
    }
}

internal sealed class VerwijderingConfiguratie : IEntityTypeConfiguration<Verwijdering>
{
    public void Configure(EntityTypeBuilder<Verwijdering> b)
    {
        b.ToTable("bewaring_verwijderingen");
        b.HasKey(e => e.Id);
        b.Property(e => e.ObjectSoort).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Regel).HasMaxLength(60);
        b.Property(e => e.Aantallen).HasMaxLength(200);
        b.HasIndex(e => new { e.ObjectSoort, e.ObjectId }).IsUnique();
    }
}

/// <summary>What a record's page passes to the hold partial (_BlokkadeStatus.cshtml).</summary>
public sealed record BlokkadeVerwijzing(BewaarObjectSoort Soort, Guid Id);
