using Schakel.Core.Regio;

namespace Schakel.Core.Meldpunt;

/// <summary>
/// Parses and checks a submitted report, collecting every error at once (keyed by the camelCase API field
/// name, Dutch messages), so the form and the API can show them all together. Checks that need the
/// database (does the municipality or indicator exist) are left to the caller.
/// </summary>
public static class MeldingValidatie
{
    public static readonly IReadOnlyList<string> Geslachten = ["man", "vrouw", "anders", "onbekend"];

    public static Validatieuitkomst Valideer(MeldingInvoer invoer)
    {
        var f = new Foutenlijst();

        var soort = MeldingSoort.Melding;
        if (!string.IsNullOrWhiteSpace(invoer.Soort) && !Woorden.TryLees(invoer.Soort, out soort))
        {
            f.Voeg("soort", "Kies 'melding' of 'adviesvraag'.");
        }

        var melderType = MelderType.Anders;
        if (string.IsNullOrWhiteSpace(invoer.MelderType))
        {
            f.Voeg("melderType", "Kies wie de melding doet.");
        }
        else if (!Woorden.TryLees(invoer.MelderType, out melderType))
        {
            f.Voeg("melderType", $"Kies een van: {Woorden.Lijst<MelderType>()}.");
        }

        var sector = Tekst(f, "sector", invoer.Sector, MeldingLimieten.Sector);
        var omschrijving = Tekst(f, "omschrijving", invoer.Omschrijving, MeldingLimieten.Omschrijving);
        if (omschrijving is null && !f.Heeft("omschrijving"))
        {
            f.Voeg("omschrijving", "Beschrijf wat er is gebeurd.");
        }

        var gemeente = string.IsNullOrWhiteSpace(invoer.GemeenteCode) ? null : invoer.GemeenteCode.Trim().ToUpperInvariant();
        if (gemeente is not null && !GemeenteCode.IsGeldig(gemeente))
        {
            f.Voeg("gemeenteCode", "Kies een gemeente uit de lijst, of 'onbekend'.");
        }

        var plaats = Tekst(f, "plaats", invoer.Plaats, MeldingLimieten.Plaats);
        var tijdstip = Tekst(f, "tijdstip", invoer.Tijdstip, MeldingLimieten.Tijdstip);

        var vormen = new List<Uitbuitingsvorm>();
        var vormInvoer = invoer.Uitbuitingsvormen ?? [];
        if (vormInvoer.Count > MeldingLimieten.Uitbuitingsvormen * 2)
        {
            f.Voeg("uitbuitingsvormen", "Te veel vormen van uitbuiting opgegeven.");
        }
        else
        {
            foreach (var v in vormInvoer)
            {
                if (Woorden.TryLees<Uitbuitingsvorm>(v, out var vorm))
                {
                    if (!vormen.Contains(vorm))
                    {
                        vormen.Add(vorm);
                    }
                }
                else
                {
                    f.Voeg("uitbuitingsvormen", $"Onbekende vorm van uitbuiting; kies uit: {Woorden.Lijst<Uitbuitingsvorm>()}.");
                    break;
                }
            }
        }

        var indicatoren = new List<string>();
        var indicatorInvoer = invoer.Indicatoren ?? [];
        if (indicatorInvoer.Count > MeldingLimieten.Indicatoren)
        {
            f.Voeg("indicatoren", $"Kies hoogstens {MeldingLimieten.Indicatoren} signalen.");
        }
        else if (indicatorInvoer.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > MeldingLimieten.IndicatorCode))
        {
            f.Voeg("indicatoren", "Een of meer signalen zijn onbekend.");
        }
        else
        {
            indicatoren.AddRange(indicatorInvoer.Select(c => c.Trim()).Distinct(StringComparer.Ordinal));
        }

        var minderjarig = Keuze(f, "minderjarigBetrokken", invoer.MinderjarigBetrokken);
        var betrokkenen = Betrokkenen(f, invoer.Betrokkenen);

        var taal = MeldTalen.Normaliseer(invoer.Taal);
        if (taal is null)
        {
            f.Voeg("taal", $"Kies een van de talen: {string.Join(", ", MeldTalen.Alle)}.");
        }

        var contact = Contact(f, invoer.Contact);

        if (f.Leeg)
        {
            return new Validatieuitkomst(new GeldigeMelding(soort, melderType, sector, omschrijving!, gemeente, plaats, tijdstip,
                vormen, indicatoren, betrokkenen, minderjarig, invoer.AcuutGevaar, taal!, contact), f.Fouten, []);
        }
        return new Validatieuitkomst(null, f.Fouten, []);
    }

    /// <summary>A reporter's reply on the follow-up page: some text or at least one attachment.</summary>
    public static IReadOnlyDictionary<string, string[]> ValideerReactie(string? tekst, int aantalBijlagen)
    {
        var f = new Foutenlijst();
        Tekst(f, "tekst", tekst, MeldingLimieten.Reactie);
        if (string.IsNullOrWhiteSpace(tekst) && aantalBijlagen == 0)
        {
            f.Voeg("tekst", "Schrijf een bericht of voeg een bijlage toe.");
        }
        return f.Fouten;
    }

    private static JaNeeOnbekend Keuze(Foutenlijst f, string veld, string? woord)
    {
        if (string.IsNullOrWhiteSpace(woord))
        {
            return JaNeeOnbekend.Onbekend;
        }
        if (Woorden.TryLees<JaNeeOnbekend>(woord, out var j))
        {
            return j;
        }
        f.Voeg(veld, "Kies 'ja', 'nee' of 'onbekend'.");
        return JaNeeOnbekend.Onbekend;
    }

    private static Betrokkenen? Betrokkenen(Foutenlijst f, BetrokkenenInvoer? b)
    {
        if (b is null)
        {
            return null;
        }
        if (b.Aantal is < 1 or > MeldingLimieten.BetrokkenenAantal)
        {
            f.Voeg("betrokkenen.aantal", $"Geef een aantal tussen 1 en {MeldingLimieten.BetrokkenenAantal}.");
        }
        string? geslacht = null;
        if (!string.IsNullOrWhiteSpace(b.Geslacht))
        {
            geslacht = b.Geslacht.Trim().ToLowerInvariant();
            if (!Geslachten.Contains(geslacht))
            {
                f.Voeg("betrokkenen.geslacht", $"Kies een van: {string.Join(", ", Geslachten)}.");
            }
        }
        var leeftijd = Tekst(f, "betrokkenen.leeftijd", b.Leeftijd, MeldingLimieten.KortVeld);
        var minderjarig = Keuze(f, "betrokkenen.minderjarig", b.Minderjarig);
        var taal = Tekst(f, "betrokkenen.taal", b.Taal, MeldingLimieten.KortVeld);
        var leeg = b.Aantal is null && geslacht is null && leeftijd is null && minderjarig == JaNeeOnbekend.Onbekend && taal is null;
        return leeg ? null : new Betrokkenen(b.Aantal, geslacht, leeftijd, minderjarig, taal);
    }

    private static MelderContact? Contact(Foutenlijst f, ContactInvoer? c)
    {
        if (c is null || c.IsLeeg)
        {
            return null;
        }
        var naam = Tekst(f, "contact.naam", c.Naam, MeldingLimieten.Naam);
        var telefoon = Tekst(f, "contact.telefoon", c.Telefoon, MeldingLimieten.Telefoon);
        if (telefoon is not null && (telefoon.Count(char.IsAsciiDigit) < 6 || telefoon.Any(ch => !(char.IsAsciiDigit(ch) || ch is ' ' or '-' or '+' or '(' or ')'))))
        {
            f.Voeg("contact.telefoon", "Dit is geen telefoonnummer.");
        }
        var email = Tekst(f, "contact.email", c.Email, MeldingLimieten.Email);
        if (email is not null && (email.Count(ch => ch == '@') != 1 || email.StartsWith('@') || !email[(email.IndexOf('@') + 1)..].Contains('.') || email.Any(char.IsWhiteSpace)))
        {
            f.Voeg("contact.email", "Dit is geen e-mailadres.");
        }
        if (!c.Toestemming)
        {
            f.Voeg("contact.toestemming", "Geef toestemming om contact op te nemen, of laat de contactgegevens leeg.");
        }
        return new MelderContact(naam, telefoon, email);
    }

    private static string? Tekst(Foutenlijst f, string veld, string? waarde, int max)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return null;
        }
        var t = waarde.Trim();
        if (t.Length > max)
        {
            f.Voeg(veld, $"Gebruik hoogstens {max} tekens (nu {t.Length}).");
            return null;
        }
        if (t.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            f.Voeg(veld, "De tekst bevat tekens die niet zijn toegestaan.");
            return null;
        }
        return t;
    }

    private sealed class Foutenlijst
    {
        private readonly Dictionary<string, List<string>> _fouten = new(StringComparer.Ordinal);

        public void Voeg(string veld, string melding)
        {
            if (!_fouten.TryGetValue(veld, out var lijst))
            {
                _fouten[veld] = lijst = [];
            }
            lijst.Add(melding);
        }

        public bool Heeft(string veld) => _fouten.ContainsKey(veld);
        public bool Leeg => _fouten.Count == 0;
        public IReadOnlyDictionary<string, string[]> Fouten => _fouten.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
    }
}

/// <summary>Either a valid report, or every field error; warnings (personal data in an advice question) come on top.</summary>
public sealed record Validatieuitkomst(
    GeldigeMelding? Melding,
    IReadOnlyDictionary<string, string[]> Fouten,
    IReadOnlyList<PersoonsgegevensWaarschuwing> Waarschuwingen)
{
    public bool IsGeldig => Melding is not null && Fouten.Count == 0;
}
