using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Organisaties;
using Schakel.Core.Sturing;

namespace Schakel.Web.Features.Sturing.Model;

/// <summary>An action plan: the national programme, a region's yearly plan or a municipality's policy.</summary>
public sealed class Plan
{
    public Guid Id { get; set; }
    /// <summary>Stable key of reference data ("nationaal-2023-2027"), so reloading never duplicates a plan.</summary>
    public required string Code { get; set; }
    public required string Naam { get; set; }
    public Planniveau Niveau { get; set; }
    public string? EenheidCode { get; set; }
    public string? GemeenteCode { get; set; }
    /// <summary>The published document the plan was loaded from; a link into the knowledge library once it exists.</summary>
    public required string Bron { get; set; }
    public string? BronLink { get; set; }
    public int VanJaar { get; set; }
    public int TotJaar { get; set; }
    public List<Actielijn> Actielijnen { get; set; } = [];
}

public sealed class Actielijn
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public int Nummer { get; set; }
    public required string Naam { get; set; }
    public List<OperationeelDoel> Doelen { get; set; } = [];
}

/// <summary>An operational goal with its target year and intended effect, as the plan words them.</summary>
public sealed class OperationeelDoel
{
    public Guid Id { get; set; }
    public Guid ActielijnId { get; set; }
    public int Volgorde { get; set; }
    public required string Tekst { get; set; }
    public int? Doeljaar { get; set; }
    public string? BeoogdEffect { get; set; }
}

public sealed class Actie
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public Guid ActielijnId { get; set; }
    public Guid? DoelId { get; set; }
    /// <summary>The number as the plan's text prints it ("18"); municipal actions without a number get "MD-3".</summary>
    public required string Nummer { get; set; }
    public int Volgorde { get; set; }
    public required string Tekst { get; set; }
    /// <summary>Owners and involved organisations as published (semicolon-separated names).</summary>
    public required string Eigenaren { get; set; }
    public string Betrokkenen { get; set; } = "";
    /// <summary>Forms of exploitation the action addresses, as published.</summary>
    public string Vormen { get; set; } = "";
    public required string PlanningTekst { get; set; }
    public required string PlanningOpslag { get; set; }
    public Actiestatus Status { get; set; }
    public List<ActieEigenaar> EigenaarKoppelingen { get; set; } = [];

    public Planning Planning => Core.Sturing.Planning.UitOpslag(PlanningTekst, PlanningOpslag);

    public IReadOnlyList<string> EigenaarLijst => Eigenaren.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> BetrokkenenLijst => Betrokkenen.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// Our reading of an action's published owners: the kind of organisation each name stands for (descriptive) or,
/// for a municipality's own actions, the municipality (whose focal officers write). Rights for the other owners
/// follow the specific organisations in <see cref="ActieEigenaarOrganisatie"/>, not this kind.
/// </summary>
public sealed class ActieEigenaar
{
    public Guid ActieId { get; set; }
    public required string Naam { get; set; }
    public OrganisatieType? OrganisatieType { get; set; }
    public string? GemeenteCode { get; set; }
}

public sealed class Begrotingsregel
{
    public Guid Id { get; set; }
    public Guid ActielijnId { get; set; }
    public int Volgorde { get; set; }
    /// <summary>The row's text as the budget table prints it, number included.</summary>
    public required string Label { get; set; }
    /// <summary>The action numbers the row names, as printed ("3;4"), semicolon-separated.</summary>
    public required string ActieNummers { get; set; }
    public int Jaar { get; set; }
    /// <summary>In thousands of euros, as the table.</summary>
    public decimal Bedrag { get; set; }

    public IReadOnlyList<string> Nummers => ActieNummers.Split(';', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Where a published plan contradicts itself or another document: kept as published, listed, never corrected.</summary>
public sealed class Tegenstrijdigheid
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public Guid? PlanId { get; set; }
    public required string Onderwerp { get; set; }
    public required string BronA { get; set; }
    public required string BronB { get; set; }
    public required string Toelichting { get; set; }
}

/// <summary>A quarterly progress entry of an action by one of its owners (or the chain director).</summary>
public sealed class Voortgang
{
    public Guid Id { get; set; }
    public Guid ActieId { get; set; }
    public int Jaar { get; set; }
    public int Kwartaal { get; set; }
    public required string Tekst { get; set; }
    public Voortgangskleur Kleur { get; set; }
    public string? VolgendeStap { get; set; }
    public string? Risicos { get; set; }
    /// <summary>The action's status after this entry.</summary>
    public Actiestatus Status { get; set; }
    public Guid OrganisatieId { get; set; }
    public DateTimeOffset GemeldOp { get; set; }
    /// <summary>A page form's one-time key: a second post of the same form finds this entry instead of adding one.</summary>
    public string? Formuliersleutel { get; set; }
    /// <summary>
    /// Keyed hash of an API caller's Idempotency-Key (scoped to its organisation) and of the request it came with:
    /// a retry with the same key and content gets this entry again, with other content a conflict.
    /// </summary>
    public string? SleutelHash { get; set; }
    public string? InhoudHash { get; set; }
}

internal sealed class PlanConfiguratie :
    IEntityTypeConfiguration<Plan>, IEntityTypeConfiguration<Actielijn>, IEntityTypeConfiguration<OperationeelDoel>,
    IEntityTypeConfiguration<Actie>, IEntityTypeConfiguration<ActieEigenaar>, IEntityTypeConfiguration<Begrotingsregel>,
    IEntityTypeConfiguration<Tegenstrijdigheid>, IEntityTypeConfiguration<Voortgang>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.ToTable("sturing_plannen");
        b.HasKey(e => e.Id);
        b.Property(e => e.Code).HasMaxLength(80);
        b.HasIndex(e => e.Code).IsUnique();
        b.Property(e => e.Naam).HasMaxLength(300);
        b.Property(e => e.Niveau).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.EenheidCode).HasMaxLength(16);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
        b.Property(e => e.Bron).HasMaxLength(400);
        b.Property(e => e.BronLink).HasMaxLength(400);
        b.HasMany(e => e.Actielijnen).WithOne().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Actielijn> b)
    {
        b.ToTable("sturing_actielijnen");
        b.HasKey(e => e.Id);
        b.Property(e => e.Naam).HasMaxLength(300);
        b.HasIndex(e => new { e.PlanId, e.Nummer }).IsUnique();
        b.HasMany(e => e.Doelen).WithOne().HasForeignKey(e => e.ActielijnId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OperationeelDoel> b)
    {
        b.ToTable("sturing_doelen");
        b.HasKey(e => e.Id);
        b.Property(e => e.Tekst).HasMaxLength(2000);
        b.Property(e => e.BeoogdEffect).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<Actie> b)
    {
        b.ToTable("sturing_acties");
        b.HasKey(e => e.Id);
        b.Property(e => e.Nummer).HasMaxLength(20);
        b.HasIndex(e => new { e.PlanId, e.Nummer }).IsUnique();
        b.Property(e => e.Tekst).HasMaxLength(2000);
        b.Property(e => e.Eigenaren).HasMaxLength(500);
        b.Property(e => e.Betrokkenen).HasMaxLength(1000);
        b.Property(e => e.Vormen).HasMaxLength(300);
        b.Property(e => e.PlanningTekst).HasMaxLength(100);
        b.Property(e => e.PlanningOpslag).HasMaxLength(200);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Plan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Actielijn>().WithMany().HasForeignKey(e => e.ActielijnId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OperationeelDoel>().WithMany().HasForeignKey(e => e.DoelId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.EigenaarKoppelingen).WithOne().HasForeignKey(e => e.ActieId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(e => e.Planning);
        b.Ignore(e => e.EigenaarLijst);
        b.Ignore(e => e.BetrokkenenLijst);
    }

    public void Configure(EntityTypeBuilder<ActieEigenaar> b)
    {
        b.ToTable("sturing_actie_eigenaren");
        b.HasKey(e => new { e.ActieId, e.Naam });
        b.Property(e => e.Naam).HasMaxLength(200);
        b.Property(e => e.OrganisatieType).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.GemeenteCode).HasMaxLength(6);
    }

    public void Configure(EntityTypeBuilder<Begrotingsregel> b)
    {
        b.ToTable("sturing_begrotingsregels");
        b.HasKey(e => e.Id);
        b.Property(e => e.Label).HasMaxLength(500);
        b.Property(e => e.ActieNummers).HasMaxLength(50);
        b.Property(e => e.Bedrag).HasPrecision(12, 2);
        b.HasOne<Actielijn>().WithMany().HasForeignKey(e => e.ActielijnId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Tegenstrijdigheid> b)
    {
        b.ToTable("sturing_tegenstrijdigheden");
        b.HasKey(e => e.Id);
        b.Property(e => e.Code).HasMaxLength(80);
        b.HasIndex(e => e.Code).IsUnique();
        b.Property(e => e.Onderwerp).HasMaxLength(300);
        b.Property(e => e.BronA).HasMaxLength(1000);
        b.Property(e => e.BronB).HasMaxLength(1000);
        b.Property(e => e.Toelichting).HasMaxLength(2000);
        b.HasOne<Plan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Voortgang> b)
    {
        b.ToTable("sturing_voortgang");
        b.HasKey(e => e.Id);
        b.Property(e => e.Tekst).HasMaxLength(4000);
        b.Property(e => e.VolgendeStap).HasMaxLength(2000);
        b.Property(e => e.Risicos).HasMaxLength(2000);
        b.Property(e => e.Kleur).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Actie>().WithMany().HasForeignKey(e => e.ActieId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisaties.Organisatie>().WithMany().HasForeignKey(e => e.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.ActieId, e.Jaar, e.Kwartaal });
        b.Property(e => e.Formuliersleutel).HasMaxLength(100);
        b.HasIndex(e => e.Formuliersleutel).IsUnique();
        b.Property(e => e.SleutelHash).HasMaxLength(64);
        b.Property(e => e.InhoudHash).HasMaxLength(64);
        b.HasIndex(e => e.SleutelHash).IsUnique();
    }
}
