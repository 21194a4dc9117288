using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Bewustwording;

namespace Schakel.Web.Features.Bewustwording.Model;

/// <summary>
/// A sign-up for a session. A professional is known by account and organisation; anyone else by name and e-mail,
/// which are personal data: encrypted per field and deleted after <see cref="BewaarTot"/> (the attendance counts by
/// role and organisation stay, without the person).
/// </summary>
public sealed class Inschrijving
{
    public Guid Id { get; set; }
    public Guid SessieId { get; set; }
    public Inschrijfstatus Status { get; set; }

    /// <summary>Order of arrival; the waiting list moves up in this order.</summary>
    public long Volgnummer { get; set; }

    public Guid? MedewerkerId { get; set; }
    public Guid? OrganisatieId { get; set; }

    /// <summary>The audience code the participant signs up as (e.g. "gemeente.balie"); counted, never named.</summary>
    public string? Rol { get; set; }

    /// <summary>The municipality the participant works for (CBS code), for the coverage of its training plan.</summary>
    public string? GemeenteCode { get; set; }

    public string? NaamVersleuteld { get; set; }
    public string? EmailVersleuteld { get; set; }

    /// <summary>Keyed hash of the public form's one-time token: a second post of the same form finds this sign-up.</summary>
    public string? FormulierSleutelHash { get; set; }

    /// <summary>
    /// Keyed hash of the random cancel code a public participant receives once: with it they cancel, evaluate and
    /// fetch their certificate without an account, and nothing personal ever travels in an address.
    /// </summary>
    public string? AnnuleercodeHash { get; set; }

    /// <summary>The participant has filled in the evaluation; the evaluation itself carries no link back.</summary>
    public bool Geevalueerd { get; set; }

    public DateTimeOffset IngeschrevenOp { get; set; }
    public DateTimeOffset? BewaarTot { get; set; }
    public bool? Aanwezig { get; set; }

    /// <summary>
    /// The last change the participant must hear of (moved up from the waiting list, the session changed or was
    /// cancelled): shown on their own page, and e-mailed once as a fixed text without content.
    /// </summary>
    public Inschrijfbericht? Bericht { get; set; }

    /// <summary>The e-mail about <see cref="Bericht"/> has not gone out yet.</summary>
    public bool BerichtWachtend { get; set; }
}

/// <summary>What changed for a participant after they signed up.</summary>
public enum Inschrijfbericht
{
    Doorgeschoven,
    SessieGewijzigd,
    SessieGeannuleerd,
}

internal sealed class InschrijvingConfiguratie : IEntityTypeConfiguration<Inschrijving>
{
    public void Configure(EntityTypeBuilder<Inschrijving> b)
    {
        b.ToTable("bewustwording_inschrijvingen");
        b.HasKey(e => e.Id);
        b.HasOne<Sessie>().WithMany().HasForeignKey(e => e.SessieId).OnDelete(DeleteBehavior.Cascade);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Rol).HasMaxLength(60);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        b.Property(e => e.NaamVersleuteld).HasMaxLength(1000);
        b.Property(e => e.EmailVersleuteld).HasMaxLength(1000);
        b.Property(e => e.FormulierSleutelHash).HasMaxLength(100);
        b.HasIndex(e => e.FormulierSleutelHash).IsUnique();
        b.Property(e => e.AnnuleercodeHash).HasMaxLength(100);
        b.HasIndex(e => e.AnnuleercodeHash).IsUnique();
        b.Property(e => e.Bericht).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(e => e.BerichtWachtend);
        b.HasIndex(e => new { e.SessieId, e.Status, e.Volgnummer });
        b.HasIndex(e => e.BewaarTot);
        b.HasIndex(e => e.GemeenteCode);
    }
}

/// <summary>
/// An anonymous evaluation of a session: scores 1–5 on three fixed questions and a remark, nothing that names who gave
/// it. The remark is filtered for personal data (<c>VrijeTekstFilter</c>) and then encrypted per field.
/// </summary>
public sealed class Evaluatie
{
    public Guid Id { get; set; }
    public Guid SessieId { get; set; }
    public int Inhoud { get; set; }
    public int Trainer { get; set; }
    public int Bruikbaarheid { get; set; }
    public string? Opmerking { get; set; }
    public DateOnly Datum { get; set; }
}

internal sealed class EvaluatieConfiguratie : IEntityTypeConfiguration<Evaluatie>
{
    public void Configure(EntityTypeBuilder<Evaluatie> b)
    {
        b.ToTable("bewustwording_evaluaties");
        b.HasKey(e => e.Id);
        b.HasOne<Sessie>().WithMany().HasForeignKey(e => e.SessieId).OnDelete(DeleteBehavior.Cascade);
        b.Property(e => e.Opmerking).HasMaxLength(4000);
        b.HasIndex(e => e.SessieId);
    }
}
