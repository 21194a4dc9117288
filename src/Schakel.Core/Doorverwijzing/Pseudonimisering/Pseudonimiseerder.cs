using System.Globalization;
using System.Text.RegularExpressions;

namespace Schakel.Core.Doorverwijzing;

/// <summary>
/// Builds the disclosure views of a report. The pseudonymised view replaces names and contact details
/// by stable pseudonyms, age by an age band and an address by its municipality; the reporter never appears.
/// Free text is scrubbed of every identifying value the report holds, then by <see cref="VrijeTekstFilter"/> of
/// streets, businesses, names after a cue, phone numbers, e-mail addresses, plates, postcodes and dates; a bare
/// name without a cue cannot be recognised, which is why staff see the scrubbed text before they share.
/// </summary>
public sealed partial class Pseudonimiseerder(IPseudoniemBron bron)
{
    public GepseudonimiseerdeMelding Pseudonimiseer(MeldingInhoud inhoud, DateOnly peildatum)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var vervangingen = new List<(string Waarde, string Pseudoniem)>();

        var betrokkenen = inhoud.Betrokkenen.Select(b => Betrokkene(b, peildatum, vervangingen)).ToList();
        var aanknopingspunten = inhoud.Aanknopingspunten
            .Select(a => new GepseudonimiseerdAanknopingspunt(a.Soort, Pseudoniem(Soort(a.Soort), a.Waarde, vervangingen)))
            .ToList();
        VerzamelMelder(inhoud.Melder, vervangingen);

        return new GepseudonimiseerdeMelding(
            SchoonOfAchtergehouden(inhoud.Omschrijving, vervangingen), inhoud.GemeenteCode, betrokkenen, aanknopingspunten);
    }

    public static SignaalWeergave Geen(string referentie, Afzender afzender, Signaalfeiten? feiten = null) => new(referentie, afzender, feiten);

    private GepseudonimiseerdeBetrokkene Betrokkene(
        Betrokkene b, DateOnly peildatum, List<(string, string)> vervangingen)
    {
        var naam = b.Naam is null ? null : Pseudoniem("naam", b.Naam, vervangingen);
        var telefoon = b.Telefoon is null ? null : Pseudoniem("telefoon", b.Telefoon, vervangingen);
        var email = b.Email is null ? null : Pseudoniem("email", b.Email, vervangingen);
        if (b.Adres is { } adres)
        {
            VoegAdresToe(adres, vervangingen);
        }

        int? leeftijd = b.Geboortedatum is { } geboren ? Leeftijdsband.Leeftijd(geboren, peildatum) : b.Leeftijd;
        if (b.Geboortedatum is { } datum)
        {
            foreach (var notatie in DatumNotaties)
            {
                vervangingen.Add((datum.ToString(notatie, CultureInfo.InvariantCulture), "[geboortedatum]"));
            }
        }

        return new GepseudonimiseerdeBetrokkene(
            b.Rol, naam, telefoon, email, b.Adres?.GemeenteCode,
            leeftijd is { } l and >= 0 ? Leeftijdsband.Van(l) : null,
            b.Geslacht, b.Taal, b.Minderjarig);
    }

    private static readonly string[] DatumNotaties = ["dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy"];

    private string Pseudoniem(string soort, string waarde, List<(string, string)> vervangingen)
    {
        var genormaliseerd = Normaliseer(soort, waarde);
        var pseudoniem = $"{soort.ToUpperInvariant()}-{bron.Maak(soort, genormaliseerd)}";
        vervangingen.Add((waarde.Trim(), pseudoniem));
        if (soort == "naam")
        {
            // A text often uses only a first or last name; short particles ("de", "van") are left alone.
            foreach (var deel in waarde.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                         .Where(d => d.Length >= 3))
            {
                vervangingen.Add((deel, pseudoniem));
            }
        }

        return pseudoniem;
    }

    private void VerzamelMelder(Contactgegevens? melder, List<(string, string)> vervangingen)
    {
        if (melder is null)
        {
            return;
        }

        // The reporter's own details may be in the text they wrote; they are removed, never pseudonymised,
        // so no partner can link a report back to its reporter.
        foreach (var waarde in new[] { melder.Naam, melder.Telefoon, melder.Email }.OfType<string>())
        {
            vervangingen.Add((waarde.Trim(), "[melder]"));
            vervangingen.AddRange(waarde.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(d => d.Length >= 3).Select(d => (d, "[melder]")));
        }
    }

    private static void VoegAdresToe(Adres adres, List<(string, string)> vervangingen)
    {
        if (adres.Straat is { } straat)
        {
            if (adres.Huisnummer is { } nummer)
            {
                vervangingen.Add(($"{straat.Trim()} {nummer.Trim()}", "[adres]"));
            }

            vervangingen.Add((straat.Trim(), "[adres]"));
        }

        if (adres.Postcode is { } postcode)
        {
            vervangingen.Add((postcode.Trim(), "[postcode]"));
        }
    }

    /// <summary>Shown instead of the free text when it could not be scrubbed in time: withheld, never shown raw.</summary>
    public const string Achtergehouden = "[vrije tekst achtergehouden]";

    // A pattern that runs out of time (a very long or odd text on a busy machine) must not turn into an error
    // page or, worse, the unscrubbed text: the text is withheld at this level instead.
    public static string SchoonOfAchtergehouden(string tekst, List<(string Waarde, string Pseudoniem)> vervangingen, Func<string, string>? filter = null)
    {
        try
        {
            return Schoon(tekst, vervangingen, filter ?? VrijeTekstFilter.Filter);
        }
        catch (RegexMatchTimeoutException)
        {
            return Achtergehouden;
        }
    }

    private static string Schoon(string tekst, List<(string Waarde, string Pseudoniem)> vervangingen, Func<string, string> filter)
    {
        // Known values first, longest first ("Jan de Vries" before "Vries"), into placeholders that the
        // pattern pass below cannot touch, so a pseudonym is never mistaken for a phone number.
        var pseudoniemen = new List<string>();
        foreach (var (waarde, pseudoniem) in vervangingen.Where(v => v.Waarde.Length > 0).OrderByDescending(v => v.Waarde.Length))
        {
            var plaatshouder = $"\u0001{pseudoniemen.Count}\u0002";
            var voor = tekst;
            tekst = Regex.Replace(tekst, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(waarde)}(?![\p{{L}}\p{{N}}])", plaatshouder,
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (voor != tekst)
            {
                pseudoniemen.Add(pseudoniem);
            }
        }

        // Then what the report does not list: streets, businesses, names after a cue, numbers, plates and dates.
        tekst = filter(tekst);
        return PlaatshouderPatroon().Replace(tekst, m => pseudoniemen[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]);
    }

    /// <summary>
    /// The normal form a value is pseudonymised in. Public so every other place that makes a pseudonym
    /// for linking uses the same form; otherwise "+31 6..." and "06..." would never match.
    /// </summary>
    public static string Normaliseer(string soort, string waarde)
    {
        var kleine = waarde.Trim().ToUpperInvariant();
        if (soort == "telefoon")
        {
            var cijfers = new string(kleine.Where(char.IsAsciiDigit).ToArray());
            // +31 6..., 0031 6... and 06... are the same Dutch number.
            if (cijfers.StartsWith("0031", StringComparison.Ordinal))
            {
                return "0" + cijfers[4..];
            }

            return kleine.StartsWith('+') && cijfers.StartsWith("31", StringComparison.Ordinal) ? "0" + cijfers[2..] : cijfers;
        }

        return soort is "kenteken" or "kvk"
            ? new string(kleine.Where(char.IsLetterOrDigit).ToArray())
            : string.Join(' ', kleine.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Soort(AanknopingspuntSoort soort) => soort switch
    {
        AanknopingspuntSoort.Naam => "naam",
        AanknopingspuntSoort.Adres => "adres",
        AanknopingspuntSoort.Bedrijf => "bedrijf",
        AanknopingspuntSoort.Voertuig => "kenteken",
        _ => "telefoon",
    };

    [GeneratedRegex("\u0001(\\d+)\u0002", RegexOptions.CultureInvariant)]
    private static partial Regex PlaatshouderPatroon();
}
