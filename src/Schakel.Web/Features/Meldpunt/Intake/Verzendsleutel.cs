using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Meldpunt;
using Schakel.Web.Features.Meldpunt.Bijlagen;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Meldpunt.Intake;

/// <summary>
/// The submitter's key of one sending: an <c>Idempotency-Key</c> on the API, a form's one-time token on a
/// page. A retry with the same key and content finds the same report instead of making a second one. Only
/// keyed hashes of the key and the content are stored; the receipt code is kept for a short while encrypted
/// under a key derived from the submitter's own key, so only whoever presents that key again can read it.
/// </summary>
public sealed class Verzendsleutel
{
    public Guid Id { get; set; }

    /// <summary>Whose keys these are: <c>api</c> (anonymous), <c>api:{client}</c>, <c>formulier</c>, <c>reactie</c>.</summary>
    public required string Bereik { get; set; }
    public required string SleutelHash { get; set; }
    public required string InhoudHash { get; set; }
    public Guid MeldingId { get; set; }
    public string? OntvangstcodeVersleuteld { get; set; }
    /// <summary>After this the code is no longer shown again; the key still prevents a second report.</summary>
    public DateTimeOffset VerlooptOp { get; set; }
}

/// <summary>What a caller passes: the scope, the key as the submitter sent it, and how long a retry may see the code again.</summary>
public sealed record VerzendsleutelInvoer(string Bereik, string Sleutel, TimeSpan Geldigheid)
{
    public const int MinLengte = 16;
    public const int MaxLengte = 100;

    /// <summary>Form tokens: long enough that a double click or a reload within a visit finds its report.</summary>
    public static VerzendsleutelInvoer Formulier(string sleutel) => new("formulier", sleutel, TimeSpan.FromHours(1));

    public static bool IsGeldig(string? sleutel) =>
        sleutel is { Length: >= MinLengte and <= MaxLengte } && sleutel.All(c => c is >= '!' and <= '~');

    /// <summary>A fresh form token: 128 random bits, URL-safe.</summary>
    public static string Nieuw() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>The keyed hashes and the key-bound encryption of <see cref="Verzendsleutel"/>.</summary>
public sealed class Verzendsleutels(Sleutelbos sleutels)
{
    private const string CodeContext = "Verzendsleutel.Ontvangstcode";

    public string SleutelHash(VerzendsleutelInvoer s) =>
        Convert.ToBase64String(HMACSHA256.HashData(sleutels.Pseudoniem, Encoding.UTF8.GetBytes($"verzendsleutel/v1\n{s.Bereik}\n{s.Sleutel}")));

    /// <summary>The content as the engine reads it (so spacing in a JSON body does not matter), with channel and attachments.</summary>
    public string InhoudHash(MeldingInvoer invoer, IReadOnlyList<BijlageInvoer> bijlagen, Kanaal kanaal) =>
        InhoudHash($"{JsonSerializer.Serialize(invoer)}\n{kanaal}", bijlagen);

    public string InhoudHash(string inhoud, IReadOnlyList<BijlageInvoer> bijlagen)
    {
        var tekst = new StringBuilder("inhoud/v1\n").Append(inhoud);
        foreach (var b in bijlagen)
        {
            tekst.Append('\n').Append(b.Bestandsnaam).Append(':').Append(Convert.ToBase64String(SHA256.HashData(b.Inhoud)));
        }
        return Convert.ToBase64String(HMACSHA256.HashData(sleutels.Pseudoniem, Encoding.UTF8.GetBytes(tekst.ToString())));
    }

    public string VersleutelCode(VerzendsleutelInvoer s, string code)
    {
        var invoer = Encoding.UTF8.GetBytes(code);
        var uitvoer = new byte[12 + invoer.Length + 16];
        RandomNumberGenerator.Fill(uitvoer.AsSpan(0, 12));
        using var aes = new AesGcm(CodeSleutel(s), 16);
        aes.Encrypt(uitvoer.AsSpan(0, 12), invoer, uitvoer.AsSpan(12, invoer.Length), uitvoer.AsSpan(12 + invoer.Length), Encoding.UTF8.GetBytes(CodeContext));
        return Convert.ToBase64String(uitvoer);
    }

    public string? OntsleutelCode(VerzendsleutelInvoer s, string opgeslagen)
    {
        try
        {
            var data = Convert.FromBase64String(opgeslagen);
            var lengte = data.Length - 12 - 16;
            var klaar = new byte[lengte];
            using var aes = new AesGcm(CodeSleutel(s), 16);
            aes.Decrypt(data.AsSpan(0, 12), data.AsSpan(12, lengte), data.AsSpan(12 + lengte), klaar, Encoding.UTF8.GetBytes(CodeContext));
            return Encoding.UTF8.GetString(klaar);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Under the receipt-code key and the submitter's key: the database and the server key alone do not open it.</summary>
    private byte[] CodeSleutel(VerzendsleutelInvoer s) =>
        HMACSHA256.HashData(sleutels.Ontvangstcode, Encoding.UTF8.GetBytes($"verzendsleutel/code/v1\n{s.Bereik}\n{s.Sleutel}"));
}

internal sealed class VerzendsleutelConfiguratie : IEntityTypeConfiguration<Verzendsleutel>
{
    public void Configure(EntityTypeBuilder<Verzendsleutel> b)
    {
        b.ToTable("verzendsleutels");
        b.HasKey(e => e.Id);
        b.Property(e => e.Bereik).HasMaxLength(120);
        b.Property(e => e.SleutelHash).HasMaxLength(64);
        b.Property(e => e.InhoudHash).HasMaxLength(64);
        b.Property(e => e.OntvangstcodeVersleuteld).HasMaxLength(200);
        b.HasIndex(e => new { e.Bereik, e.SleutelHash }).IsUnique();
        b.HasIndex(e => e.VerlooptOp);
        // Deleting a report (retention) takes its keys with it.
        b.HasOne<Melding>().WithMany().HasForeignKey(e => e.MeldingId).OnDelete(DeleteBehavior.Cascade);
    }
}
