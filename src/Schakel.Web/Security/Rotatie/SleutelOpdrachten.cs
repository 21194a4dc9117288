using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Security.Rotatie;

/// <summary>
/// <c>sleutels roteer | stand | herversleutel | pensioneer &lt;versie&gt;</c> on the command line (README "Sleutels", ADR 0008).
/// Each answers in plain text and sets the exit code: 0 done, 1 refused or failed, 2 unknown use.
/// </summary>
public static class SleutelOpdrachten
{
    public const string Gebruik =
        "Gebruik: sleutels roteer | sleutels stand | sleutels herversleutel | sleutels pensioneer <versie>";

    public static async Task<int> VoerUitAsync(IServiceProvider services, IReadOnlyList<string> opdracht, TextWriter uit, CancellationToken ct = default)
    {
        var sleutels = services.GetRequiredService<Sleutelbos>();
        await using var scope = services.CreateAsyncScope();
        var herversleuteling = scope.ServiceProvider.GetRequiredService<Herversleuteling>();
        var audit = services.GetRequiredService<AuditTrail>();
        switch (opdracht)
        {
            case ["roteer"]:
                return await RoteerAsync(sleutels, audit, uit, ct);
            case ["stand"]:
                Beschrijf(await herversleuteling.TelAsync(ct), uit);
                return 0;
            case ["herversleutel"]:
                var (verplaatst, onleesbaar) = await herversleuteling.AllesAsync(
                    services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SleutelrotatieOpties>>().Value.PerBatch,
                    (k, b) => { if (b.Verplaatst > 0) { uit.WriteLine($"{k.Naam}: {b.Verplaatst} herversleuteld"); } }, ct);
                uit.WriteLine($"Klaar: {verplaatst} waarden naar versie {sleutels.ActieveVersie}" + (onleesbaar > 0 ? $", {onleesbaar} niet te ontsleutelen (ongewijzigd)." : "."));
                Beschrijf(await herversleuteling.TelAsync(ct), uit);
                return onleesbaar > 0 ? 1 : 0;
            case ["pensioneer", var versie]:
                var bezwaren = Sleutelpensioen.Bezwaren(sleutels, await herversleuteling.TelAsync(ct), versie).ToList();
                // The shared data-protection key ring (ADR 0009) embeds field-key ciphertext inside XML; it is not re-encrypted here.
                var db = scope.ServiceProvider.GetRequiredService<Data.SchakelDbContext>();
                var ingebed = $">v{versie}:";
                var sleutelring = await db.Set<Features.Schaal.Sleutelring.Sleutelringsleutel>().CountAsync(s => s.Xml.Contains(ingebed), ct);
                if (sleutelring > 0)
                {
                    bezwaren.Add($"Sleutelringsleutel.Xml: {sleutelring} sleutels van de gedeelde sleutelring (ADR 0009) gebruiken versie {versie} nog; die worden niet herversleuteld.");
                }
                return await PensioneerAsync(sleutels, versie, bezwaren, audit, uit, ct);
            default:
                uit.WriteLine(Gebruik);
                return 2;
        }
    }

    private static async Task<int> RoteerAsync(Sleutelbos sleutels, AuditTrail audit, TextWriter uit, CancellationToken ct)
    {
        var nieuw = Sleutelversies.MetNieuweVersie(sleutels);
        if (sleutels.Bestand is not { } bestand)
        {
            // Keys from configuration live in a secret store this command cannot write: it hands over the new key instead.
            uit.WriteLine("De sleutels komen uit de configuratie (sectie Sleutels); zet in de geheimenopslag van elk exemplaar:");
            uit.WriteLine($"  Sleutels__Versleuteling__{nieuw.ActieveVersie}={Convert.ToBase64String(nieuw.Versleuteling[nieuw.ActieveVersie])}");
            uit.WriteLine($"  Sleutels__ActieveVersie={nieuw.ActieveVersie}");
            uit.WriteLine("Voeg eerst bij elk exemplaar de nieuwe sleutel toe en zet pas daarna de actieve versie om.");
            return 0;
        }
        Sleutelbos.Schrijf(bestand, nieuw);
        await audit.SchrijfAsync(AuditActor.Systeem, "sleutels.geroteerd", nameof(Sleutelbos), nieuw.ActieveVersie, AuditResultaat.Gelukt, Herkomst.Opdrachtregel, ct);
        uit.WriteLine($"Sleutelversie {nieuw.ActieveVersie} is toegevoegd aan '{bestand}' en is de actieve versie.");
        uit.WriteLine("Herstart Schakel: nieuwe gegevens gaan dan onder deze versie en de achtergrondtaak versleutelt de bestaande rijen opnieuw.");
        uit.WriteLine("Voortgang: 'sleutels stand', of het verwerkingsregister in de werkplek van de beheerder.");
        return 0;
    }

    private static async Task<int> PensioneerAsync(Sleutelbos sleutels, string versie, IReadOnlyList<string> bezwaren, AuditTrail audit, TextWriter uit, CancellationToken ct)
    {
        if (bezwaren.Count > 0)
        {
            uit.WriteLine($"Versie {versie} wordt niet gepensioneerd:");
            foreach (var b in bezwaren)
            {
                uit.WriteLine("  " + b);
            }
            await audit.SchrijfAsync(AuditActor.Systeem, "sleutels.gepensioneerd", nameof(Sleutelbos), versie, AuditResultaat.Geweigerd, Herkomst.Opdrachtregel, ct);
            return 1;
        }
        var nieuw = Sleutelversies.Zonder(sleutels, versie);
        if (sleutels.Bestand is { } bestand)
        {
            Sleutelbos.Schrijf(bestand, nieuw);
            uit.WriteLine($"Versie {versie} is uit '{bestand}' verwijderd; geen enkele rij gebruikte haar nog.");
        }
        else
        {
            uit.WriteLine($"Geen enkele rij gebruikt versie {versie} nog: haal Sleutels__Versleuteling__{versie} weg uit de geheimenopslag van elk exemplaar.");
        }
        uit.WriteLine("Bewaar de oude sleutel bij de back-ups die nog van vóór de herversleuteling zijn, zolang die back-ups bestaan.");
        await audit.SchrijfAsync(AuditActor.Systeem, "sleutels.gepensioneerd", nameof(Sleutelbos), versie, AuditResultaat.Gelukt, Herkomst.Opdrachtregel, ct);
        return 0;
    }

    public static void Beschrijf(Sleutelstand stand, TextWriter uit)
    {
        uit.WriteLine($"Actieve sleutelversie: {stand.ActieveVersie}. Nog te herversleutelen: {stand.TeHerversleutelen} van {stand.Totaal} waarden.");
        foreach (var versie in stand.Versies)
        {
            uit.WriteLine($"  versie {versie}: {stand.InGebruik(versie).ToString(CultureInfo.InvariantCulture)} waarden");
        }
        foreach (var k in stand.Kolommen.Where(k => k.Onbekend > 0 || k.PerVersie.Any(v => v.Key != stand.ActieveVersie && v.Value > 0)))
        {
            uit.WriteLine($"  {k.Naam}: " + string.Join(", ", k.PerVersie.Where(v => v.Value > 0).Select(v => $"versie {v.Key} {v.Value}"))
                + (k.Onbekend > 0 ? $", onbekende versie {k.Onbekend}" : ""));
        }
    }
}

/// <summary>When an old field key may go: never the active one, and only when no stored value uses it.</summary>
public static class Sleutelpensioen
{
    public static IReadOnlyList<string> Bezwaren(Sleutelbos sleutels, Sleutelstand stand, string versie)
    {
        if (versie == sleutels.ActieveVersie)
        {
            return [$"versie {versie} is de actieve sleutel; roteer eerst naar een nieuwe versie."];
        }
        if (!sleutels.Versleuteling.ContainsKey(versie))
        {
            return [$"versie {versie} staat niet in de sleutels (aanwezig: {string.Join(", ", sleutels.Versleuteling.Keys.OrderBy(Sleutelversies.Nummer))})."];
        }
        var bezwaren = stand.Kolommen.Where(k => k.PerVersie.GetValueOrDefault(versie) > 0)
            .Select(k => $"{k.Naam}: {k.PerVersie[versie]} rijen gebruiken versie {versie} nog.").ToList();
        if (bezwaren.Count > 0)
        {
            bezwaren.Add("Wacht tot de herversleuteling klaar is ('sleutels stand'), of draai 'sleutels herversleutel'.");
        }
        return bezwaren;
    }
}
