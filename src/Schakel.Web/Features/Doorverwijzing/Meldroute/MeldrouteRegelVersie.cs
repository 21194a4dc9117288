using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Doorverwijzing;

namespace Schakel.Web.Features.Doorverwijzing.Meldroute;

/// <summary>
/// One version of one rule of the reporting route. A change never updates a row: it closes the current
/// version (<see cref="VervangenOp"/>) and adds the next, so a decision that recorded code and version can
/// always be explained with the rule as it was.
/// </summary>
public sealed class MeldrouteRegelVersie
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public int Versie { get; set; }
    public int Nummer { get; set; }
    public required string Naam { get; set; }
    public bool Actief { get; set; } = true;

    /// <summary><see cref="RegelVoorwaarden"/> as <see cref="MeldrouteJson"/>.</summary>
    public required string VoorwaardenJson { get; set; }

    /// <summary>The list of <see cref="RegelUitkomst"/> as <see cref="MeldrouteJson"/>.</summary>
    public required string UitkomstenJson { get; set; }

    public DateTimeOffset GeldigVanaf { get; set; }

    /// <summary>Null for the current version.</summary>
    public DateTimeOffset? VervangenOp { get; set; }

    /// <summary>Why the beheerder changed the rule; null for the seeded first version.</summary>
    public string? Reden { get; set; }

    /// <summary>Audit actor id of whoever made this version (never a name).</summary>
    public string? GewijzigdDoor { get; set; }

    public bool IsHuidig => VervangenOp is null;

    public MeldrouteRegel NaarRegel() => new()
    {
        Nummer = Nummer,
        Code = Code,
        Versie = Versie,
        Naam = Naam,
        Actief = Actief,
        Voorwaarden = MeldrouteJson.Deserialiseer<RegelVoorwaarden>(VoorwaardenJson),
        Uitkomsten = MeldrouteJson.Deserialiseer<List<RegelUitkomst>>(UitkomstenJson),
    };

    public static MeldrouteRegelVersie Van(MeldrouteRegel regel, DateTimeOffset geldigVanaf, string? reden, string? door) => new()
    {
        Id = Guid.NewGuid(),
        Code = regel.Code,
        Versie = regel.Versie,
        Nummer = regel.Nummer,
        Naam = regel.Naam,
        Actief = regel.Actief,
        VoorwaardenJson = MeldrouteJson.Serialiseer(regel.Voorwaarden),
        UitkomstenJson = MeldrouteJson.Serialiseer(regel.Uitkomsten),
        GeldigVanaf = geldigVanaf,
        Reden = reden,
        GewijzigdDoor = door,
    };
}

internal sealed class MeldrouteRegelVersieConfiguratie : IEntityTypeConfiguration<MeldrouteRegelVersie>
{
    public void Configure(EntityTypeBuilder<MeldrouteRegelVersie> b)
    {
        b.ToTable("meldroute_regels");
        b.HasKey(e => e.Id);
        b.Property(e => e.Code).HasMaxLength(80);
        b.Property(e => e.Naam).HasMaxLength(200);
        b.Property(e => e.VoorwaardenJson).HasMaxLength(20_000);
        b.Property(e => e.UitkomstenJson).HasMaxLength(20_000);
        b.Property(e => e.Reden).HasMaxLength(1000);
        b.Property(e => e.GewijzigdDoor).HasMaxLength(100);
        b.Ignore(e => e.IsHuidig);
        b.HasIndex(e => new { e.Code, e.Versie }).IsUnique();
        b.HasIndex(e => e.VervangenOp);
    }
}
