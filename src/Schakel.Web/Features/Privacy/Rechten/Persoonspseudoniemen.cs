using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Doorverwijzing.Triage;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Security;

namespace Schakel.Web.Features.Privacy.Rechten;

/// <summary>
/// The search keys of a person: keyed pseudonyms of name, birth date, phone and e-mail, normalised so that spelling, case and
/// spacing do not matter ("+31 6 1234 5678" = "0612345678", " Jan.Jansen@Example.NL " = "jan.jansen@example.nl").
/// Requests of people concerned compare these with <see cref="PersoonPseudoniem"/> rows; nothing is decrypted to search.
/// </summary>
public sealed class Persoonspseudoniemen(Pseudoniemen pseudoniemen)
{
    public const string Naam = "naam";
    public const string Geboortedatum = "geboortedatum";
    public const string Telefoon = "telefoon";
    public const string Email = "email";

    /// <summary>The (kind, pseudonym) pairs of the given details; empty values give none.</summary>
    public IReadOnlyList<(string Soort, string Pseudoniem)> Sleutels(string? naam, DateOnly? geboortedatum, string? telefoon, string? email)
    {
        var uit = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(naam))
        {
            uit.Add((Naam, pseudoniemen.Maak(Naam, naam)));
        }
        if (geboortedatum is { } datum)
        {
            uit.Add((Geboortedatum, pseudoniemen.Maak(Geboortedatum, datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }
        if (!string.IsNullOrWhiteSpace(telefoon) && telefoon.Any(char.IsAsciiDigit))
        {
            uit.Add((Telefoon, pseudoniemen.Maak(Telefoon, telefoon)));
        }
        if (!string.IsNullOrWhiteSpace(email))
        {
            // Spaces never belong in an address; the shared normalisation only trims and folds case.
            uit.Add((Email, pseudoniemen.Maak(Email, string.Concat(email.Where(c => !char.IsWhiteSpace(c))))));
        }
        return uit;
    }

    /// <summary>Adds the pseudonym rows of a reporter's contact details (on the caller's context; saved with the report).</summary>
    public void VoegMelderToe(SchakelDbContext db, Guid meldingId, MelderContact? contact)
    {
        if (contact is null)
        {
            return;
        }
        foreach (var (soort, pseudoniem) in Sleutels(contact.Naam, null, contact.Telefoon, contact.Email))
        {
            db.Add(new PersoonPseudoniem { MeldingId = meldingId, Bron = PersoonPseudoniem.Melder, Soort = soort, Pseudoniem = pseudoniem });
        }
    }

    /// <summary>Adds the pseudonym rows of a triage's leads that name a person or a phone number.</summary>
    public void VoegAanknopingspuntenToe(SchakelDbContext db, Guid meldingId, long triageId, IEnumerable<AanknopingspuntInvoer> leads)
    {
        foreach (var l in leads)
        {
            if (l.Waarde is not { Length: > 0 } waarde || !Enum.TryParse<AanknopingspuntSoort>(l.Soort, ignoreCase: true, out var soort))
            {
                continue;
            }
            var sleutels = soort switch
            {
                AanknopingspuntSoort.Naam => Sleutels(waarde, null, null, null),
                AanknopingspuntSoort.Telefoonnummer => Sleutels(null, null, waarde, null),
                _ => [],
            };
            foreach (var (s, p) in sleutels)
            {
                db.Add(new PersoonPseudoniem { MeldingId = meldingId, TriageId = triageId, Bron = PersoonPseudoniem.Aanknopingspunt, Soort = s, Pseudoniem = p });
            }
        }
    }

    /// <summary>Removes the reporter's pseudonyms of a report (withdrawal, erasure), on the caller's context.</summary>
    public static async Task VerwijderMelderAsync(SchakelDbContext db, Guid meldingId, CancellationToken ct) =>
        db.RemoveRange(await db.Set<PersoonPseudoniem>().Where(p => p.MeldingId == meldingId && p.Bron == PersoonPseudoniem.Melder).ToListAsync(ct));

    /// <summary>Removes every pseudonym of a report, on the caller's context.</summary>
    public static async Task VerwijderAllesAsync(SchakelDbContext db, Guid meldingId, CancellationToken ct) =>
        db.RemoveRange(await db.Set<PersoonPseudoniem>().Where(p => p.MeldingId == meldingId).ToListAsync(ct));

    public static MelderContact? Contact(string? json) => json is null ? null : JsonSerializer.Deserialize<MelderContact>(json);
}
