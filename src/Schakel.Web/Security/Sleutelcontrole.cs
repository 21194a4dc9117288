using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Web.Data;

namespace Schakel.Web.Security;

/// <summary>
/// One row that proves which keys a database belongs to: a known text encrypted under the active key, and keyed
/// hashes of a known text under the pseudonym and receipt-code keys. It holds nothing secret.
/// </summary>
public sealed class Sleutelcontrole
{
    public int Id { get; set; }
    public required string Versleuteld { get; set; }
    public required string Pseudoniem { get; set; }
    public required string Ontvangstcode { get; set; }
    public DateTimeOffset AangemaaktOp { get; set; }
}

internal sealed class SleutelcontroleConfiguratie : IEntityTypeConfiguration<Sleutelcontrole>
{
    public void Configure(EntityTypeBuilder<Sleutelcontrole> b)
    {
        b.ToTable("sleutelcontrole");
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Versleuteld).HasMaxLength(200);
        b.Property(e => e.Pseudoniem).HasMaxLength(100);
        b.Property(e => e.Ontvangstcode).HasMaxLength(100);
    }
}

/// <summary>
/// At start, before anything is written: a database restored without its key file must not meet new random keys
/// silently (every receipt code would answer 404 and every encrypted field would be unreadable). The first start
/// writes the canary; every later start checks it and refuses to start when the keys do not fit.
/// </summary>
public sealed class Sleutelcontroleur(SchakelDbContext db, Sleutelbos sleutels, Veldversleuteling versleuteling, TimeProvider tijd)
{
    private const string Tekst = "schakel/sleutelcontrole/v1";
    internal const string Context = "Sleutelcontrole";

    public async Task ControleerAsync(CancellationToken ct = default)
    {
        var controle = await db.Set<Sleutelcontrole>().AsNoTracking().Where(c => c.Id == 1).FirstOrDefaultAsync(ct);
        if (controle is null)
        {
            db.Add(new Sleutelcontrole
            {
                Id = 1,
                Versleuteld = versleuteling.Versleutel(Tekst, Context),
                Pseudoniem = Hmac(sleutels.Pseudoniem),
                Ontvangstcode = Hmac(sleutels.Ontvangstcode),
                AangemaaktOp = tijd.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
            return;
        }

        var ontbreekt = new List<string>();
        if (!KanOntsleutelen(controle.Versleuteld))
        {
            ontbreekt.Add("de versleutelingssleutel (Sleutels:Versleuteling) waarmee de persoonsgegevens zijn versleuteld");
        }
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(controle.Pseudoniem), Encoding.ASCII.GetBytes(Hmac(sleutels.Pseudoniem))))
        {
            ontbreekt.Add("de pseudoniemsleutel (Sleutels:Pseudoniem)");
        }
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(controle.Ontvangstcode), Encoding.ASCII.GetBytes(Hmac(sleutels.Ontvangstcode))))
        {
            ontbreekt.Add("de ontvangstcodesleutel (Sleutels:Ontvangstcode), zonder welke elke ontvangstcode onbekend is");
        }
        if (ontbreekt.Count == 0)
        {
            return;
        }

        var opgeruimd = RuimNieuwBestandOp();
        throw new SleutelsPassenNietException(
            $"Schakel start niet: de sleutels uit {sleutels.Herkomst} passen niet bij deze database " +
            $"(sleutelcontrole van {controle.AangemaaktOp:yyyy-MM-dd}). Er ontbreekt: {string.Join("; ", ontbreekt)}. " +
            "Zet het sleutelbestand terug dat bij deze database hoort (Sleutels:Bestand, standaard data/keys/sleutels.json) " +
            "of geef de sectie Sleutels in de configuratie; de back-up van de database en die van het sleutelbestand horen bij elkaar." +
            (opgeruimd ? " Het sleutelbestand dat deze start net had aangemaakt is weer verwijderd." : ""));
    }

    private bool KanOntsleutelen(string opgeslagen)
    {
        try
        {
            return versleuteling.Ontsleutel(opgeslagen, Context) == Tekst;
        }
        catch (Exception e) when (e is CryptographicException or KeyNotFoundException or FormatException)
        {
            return false;
        }
    }

    /// <summary>A key file created by this very start protects nothing yet; leaving it would make the next start fail the same way.</summary>
    private bool RuimNieuwBestandOp()
    {
        if (sleutels.NieuwAangemaaktBestand is not { } bestand || !File.Exists(bestand))
        {
            return false;
        }
        File.Delete(bestand);
        return true;
    }

    private static string Hmac(byte[] sleutel) => Convert.ToBase64String(HMACSHA256.HashData(sleutel, Encoding.ASCII.GetBytes(Tekst)));
}

public sealed class SleutelsPassenNietException(string bericht) : InvalidOperationException(bericht);
