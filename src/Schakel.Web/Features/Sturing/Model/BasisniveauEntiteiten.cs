using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Sturing;

namespace Schakel.Web.Features.Sturing.Model;

/// <summary>
/// One item of the basic-level checklist. The list is data, not code: the VNG framework's items replace or join
/// these when they are published. <see cref="Berekening"/> names how Schakel computes it, if it can.
/// </summary>
public sealed class BasisniveauItem
{
    public required string Code { get; set; }
    public int Volgorde { get; set; }
    public required string NaamNl { get; set; }
    public required string NaamEn { get; set; }
    /// <summary>Where the item comes from (document and section).</summary>
    public required string Bron { get; set; }
    /// <summary>A key of <c>BasisniveauBerekening</c>, or null for an item entered by hand.</summary>
    public string? Berekening { get; set; }

    /// <summary>What the item asks, for whoever answers it (optional, Dutch as the framework words it).</summary>
    public string? Beschrijving { get; set; }

    /// <summary>False once retired: it leaves the current checklist, its answers stay.</summary>
    public bool Actief { get; set; } = true;

    /// <summary>When the item was added on the items page; null for an item that was there from the start.</summary>
    public DateTimeOffset? ToegevoegdOp { get; set; }

    /// <summary>When it was retired; a checklist as of an earlier moment still shows it.</summary>
    public DateTimeOffset? BeeindigdOp { get; set; }

    /// <summary>Whether the item was part of the checklist at <paramref name="peil"/> (now when null).</summary>
    public bool GoldOp(DateTimeOffset? peil) => peil is { } p
        ? (ToegevoegdOp is null || ToegevoegdOp <= p) && (BeeindigdOp is null || p < BeeindigdOp)
        : Actief;
}

/// <summary>
/// One answer to one item for one municipality. Never updated: a new answer is a new row, so the history
/// is the table itself. Who confirmed is the account and its organisation (shown by organisation and role,
/// never by a person's name on reports).
/// </summary>
public sealed class BasisniveauAntwoord
{
    public Guid Id { get; set; }
    public required string GemeenteCode { get; set; }
    public required string ItemCode { get; set; }
    public Basisniveaustand Stand { get; set; }
    public string? Bewijs { get; set; }
    public Guid OrganisatieId { get; set; }
    public string? BevestigdDoor { get; set; }
    public DateTimeOffset BevestigdOp { get; set; }
}

/// <summary>
/// A municipality's own policy as it stands now: when adopted, which document, and its own evaluation interval. It is
/// the newest <see cref="GemeenteBeleidVersie"/>, written in the same transaction, kept here so the daily reminder and
/// today's checklist read one row; reads as of a past moment use the versions.
/// </summary>
public sealed class GemeenteBeleid
{
    public required string GemeenteCode { get; set; }
    public DateOnly? VastgesteldOp { get; set; }
    public string? DocumentTitel { get; set; }
    public string? DocumentLink { get; set; }

    /// <summary>The policy document in the knowledge library; the title and link are only for a document not in it.</summary>
    public Guid? KennisDocumentId { get; set; }
    public int? EvaluatieIntervalJaren { get; set; }
    public DateOnly? LaatsteEvaluatieOp { get; set; }
    /// <summary>The last evaluation reminder sent, so the reminder goes once per due date.</summary>
    public DateOnly? HerinneringVerstuurdVoor { get; set; }
}

/// <summary>
/// One change of a municipality's policy facts, never updated: the newest is the current state, an older one answers
/// "as it stood then" (the VNG reports, the monitor). Who is the organisation and the role, never a person's name.
/// </summary>
public sealed class GemeenteBeleidVersie
{
    public Guid Id { get; set; }
    public required string GemeenteCode { get; set; }
    public DateOnly? VastgesteldOp { get; set; }
    public string? DocumentTitel { get; set; }
    public string? DocumentLink { get; set; }
    public Guid? KennisDocumentId { get; set; }
    public int? EvaluatieIntervalJaren { get; set; }
    public DateOnly? LaatsteEvaluatieOp { get; set; }

    /// <summary>The organisation that recorded it; null for the facts taken over from before the history was kept.</summary>
    public Guid? OrganisatieId { get; set; }
    public string? Rol { get; set; }
    public DateTimeOffset VastgelegdOp { get; set; }
}

internal sealed class BasisniveauConfiguratie :
    IEntityTypeConfiguration<BasisniveauItem>, IEntityTypeConfiguration<BasisniveauAntwoord>, IEntityTypeConfiguration<GemeenteBeleid>,
    IEntityTypeConfiguration<GemeenteBeleidVersie>
{
    public void Configure(EntityTypeBuilder<BasisniveauItem> b)
    {
        b.ToTable("sturing_basisniveau_items");
        b.HasKey(e => e.Code);
        b.Property(e => e.Code).HasMaxLength(40);
        b.Property(e => e.NaamNl).HasMaxLength(300);
        b.Property(e => e.NaamEn).HasMaxLength(300);
        b.Property(e => e.Bron).HasMaxLength(300);
        b.Property(e => e.Berekening).HasMaxLength(40);
        b.Property(e => e.Beschrijving).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<BasisniveauAntwoord> b)
    {
        b.ToTable("sturing_basisniveau_antwoorden");
        b.HasKey(e => e.Id);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        b.Property(e => e.ItemCode).HasMaxLength(40);
        b.Property(e => e.Stand).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Bewijs).HasMaxLength(2000);
        b.Property(e => e.BevestigdDoor).HasMaxLength(100);
        b.HasOne<Regio.Gemeente>().WithMany().HasForeignKey(e => e.GemeenteCode);
        b.HasOne<BasisniveauItem>().WithMany().HasForeignKey(e => e.ItemCode);
        b.HasOne<Organisaties.Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.GemeenteCode, e.ItemCode, e.BevestigdOp });
    }

    public void Configure(EntityTypeBuilder<GemeenteBeleid> b)
    {
        b.ToTable("sturing_gemeentebeleid");
        b.HasKey(e => e.GemeenteCode);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        b.Property(e => e.DocumentTitel).HasMaxLength(300);
        b.Property(e => e.DocumentLink).HasMaxLength(400);
        b.HasOne<Regio.Gemeente>().WithMany().HasForeignKey(e => e.GemeenteCode);
        b.HasOne<Keten.Kennisbank.KennisDocument>().WithMany().HasForeignKey(e => e.KennisDocumentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<GemeenteBeleidVersie> b)
    {
        b.ToTable("sturing_gemeentebeleid_versies");
        b.HasKey(e => e.Id);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        b.Property(e => e.DocumentTitel).HasMaxLength(300);
        b.Property(e => e.DocumentLink).HasMaxLength(400);
        b.Property(e => e.Rol).HasMaxLength(100);
        b.HasOne<Regio.Gemeente>().WithMany().HasForeignKey(e => e.GemeenteCode);
        b.HasOne<Keten.Kennisbank.KennisDocument>().WithMany().HasForeignKey(e => e.KennisDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisaties.Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.GemeenteCode, e.VastgelegdOp });
    }
}
