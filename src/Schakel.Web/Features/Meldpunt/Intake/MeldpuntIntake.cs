using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Web.Data;
using Schakel.Web.Features.Meldpunt.Bijlagen;
using Schakel.Web.Features.Meldpunt.Indicatoren;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Meldpunt.Intake;

/// <summary>The result of an intake: the new report and its receipt code (shown once), or every error.</summary>
public sealed record IntakeUitkomst(
    Guid? MeldingId,
    MeldingSoort Soort,
    string? Ontvangstcode,
    bool Urgent,
    IReadOnlyDictionary<string, string[]> Fouten,
    IReadOnlyList<PersoonsgegevensWaarschuwing> Waarschuwingen)
{
    public bool Gelukt => MeldingId is not null;

    /// <summary>A retry with a known key and the same content: the report was already stored (this is it).</summary>
    public bool Herhaald { get; init; }

    /// <summary>The key was used before for other content: nothing was stored.</summary>
    public bool AndereInhoud { get; init; }
}

/// <summary>
/// Takes in a report or advice question from any channel: validate everything at once, store it encrypted,
/// place the automatic acknowledgement, hand out a receipt code.
/// </summary>
public sealed class MeldpuntIntake(
    SchakelDbContext db,
    Veldversleuteling versleuteling,
    OntvangstcodeHasher hasher,
    MeldpuntOrganisatieKiezer organisatieKiezer,
    BijlageOpslag bijlageOpslag,
    AuditTrail audit,
    Verzendsleutels verzendsleutels,
    Medewerkers.MeldpuntNotificaties notificaties,
    Privacy.Rechten.Persoonspseudoniemen persoonspseudoniemen,
    TimeProvider tijd)
{
    public const string PersoonsgegevensVeld = "omschrijving";

    public Task<IntakeUitkomst> MeldAsync(MeldingInvoer invoer, IReadOnlyList<BijlageInvoer> bijlagen, Indiener indiener, CancellationToken ct = default) =>
        MeldAsync(invoer, bijlagen, indiener, null, ct);

    /// <param name="sleutel">The submitter's key (Idempotency-Key or form token): a retry with it stores nothing new.</param>
    public async Task<IntakeUitkomst> MeldAsync(MeldingInvoer invoer, IReadOnlyList<BijlageInvoer> bijlagen, Indiener indiener, VerzendsleutelInvoer? sleutel, CancellationToken ct = default)
    {
        var validatie = MeldingValidatie.Valideer(invoer);
        var fouten = validatie.Fouten.ToDictionary(k => k.Key, k => k.Value.ToList(), StringComparer.Ordinal);
        var melding = validatie.Melding;
        var id = Guid.NewGuid();

        Guid? meldpuntOrganisatie = null;
        if (melding is not null)
        {
            await ControleerTegenDatabaseAsync(melding, fouten, ct);
            meldpuntOrganisatie = await organisatieKiezer.KiesAsync(db, melding.GemeenteCode, ct);
            if (await Privacy.Grondslagen.MeldpuntGrondslag.OntbreektAsync(db, meldpuntOrganisatie, ct))
            {
                Voeg(fouten, Privacy.Grondslagen.MeldpuntGrondslag.Veld, Privacy.Grondslagen.MeldpuntGrondslag.Melding);
            }
        }

        var (bijlageRijen, bijlageFouten) = bijlageOpslag.Verwerk(bijlagen, id, BerichtAfzender.Melder);
        if (bijlageFouten.Count > 0)
        {
            fouten[BijlageOpslag.Veld] = bijlageFouten;
        }

        IReadOnlyList<PersoonsgegevensWaarschuwing> waarschuwingen = [];
        if (melding?.Soort == MeldingSoort.Adviesvraag && !invoer.NegeerPersoonsgegevensWaarschuwing)
        {
            waarschuwingen = [.. PersoonsgegevensDetector.Controleer(melding.Omschrijving)];
            if (waarschuwingen.Count > 0)
            {
                Voeg(fouten, PersoonsgegevensVeld,
                    "Een adviesvraag gaat zonder persoonsgegevens. De tekst lijkt " + Opsomming(waarschuwingen) +
                    " te bevatten. Pas de tekst aan, of bevestig dat u hem zo wilt versturen.");
            }
        }

        if (fouten.Count > 0 || melding is null)
        {
            return new IntakeUitkomst(null, melding?.Soort ?? MeldingSoort.Melding, null, false, fouten.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal), waarschuwingen);
        }

        string? sleutelHash = null, inhoudHash = null;
        if (sleutel is not null)
        {
            sleutelHash = verzendsleutels.SleutelHash(sleutel);
            inhoudHash = verzendsleutels.InhoudHash(invoer, bijlagen, indiener.Kanaal);
            if (await EerdereAsync(sleutel, sleutelHash, inhoudHash, ct) is { } eerder)
            {
                return eerder;
            }
        }

        // Hashing comes before the database work so its cost is the same for every report.
        string? code = indiener.KrijgtOntvangstcode ? Ontvangstcode.Nieuw() : null;
        var hash = code is null ? null : await hasher.HashAsync(code, ct);

        var ontvangenOp = OpHeleUur(tijd.GetUtcNow());
        var rij = new Melding
        {
            Id = id,
            Soort = melding.Soort,
            MelderType = melding.MelderType,
            Sector = melding.Sector,
            Kanaal = indiener.Kanaal,
            OmschrijvingVersleuteld = versleuteling.Versleutel(melding.Omschrijving, Melding.VeldContext("Omschrijving", id)),
            GemeenteCode = melding.GemeenteCode,
            PlaatsVersleuteld = versleuteling.VersleutelOfNull(melding.Plaats, Melding.VeldContext("Plaats", id)),
            TijdstipVersleuteld = versleuteling.VersleutelOfNull(melding.Tijdstip, Melding.VeldContext("Tijdstip", id)),
            Uitbuitingsvormen = string.Join(';', melding.Uitbuitingsvormen.Select(Woorden.Van)),
            Indicatoren = string.Join(';', melding.Indicatoren),
            BetrokkenenVersleuteld = melding.Betrokkenen is null ? null
                : versleuteling.Versleutel(JsonSerializer.Serialize(melding.Betrokkenen), Melding.VeldContext("Betrokkenen", id)),
            MinderjarigBetrokken = melding.MinderjarigBetrokken,
            AcuutGevaar = melding.AcuutGevaar,
            Urgent = melding.Urgent,
            Taal = melding.Taal,
            ContactVersleuteld = melding.Contact is null ? null
                : versleuteling.Versleutel(JsonSerializer.Serialize(melding.Contact), Melding.VeldContext("Contact", id)),
            ContactToestemming = melding.Contact is not null,
            Gepseudonimiseerd = true,
            Status = MeldingStatus.Ontvangen,
            OntvangenOp = ontvangenOp,
            MeldpuntOrganisatieId = meldpuntOrganisatie,
            IndienerOrganisatieId = indiener.OrganisatieId,
            IndienerMedewerkerId = indiener.MedewerkerId,
            IndienerClient = indiener.Client,
            OntvangstcodeHash = hash,
        };
        rij.Berichten.Add(new MeldingBericht
        {
            MeldingId = id,
            Van = BerichtAfzender.Meldpunt,
            Tijdstip = ontvangenOp,
            Sjabloon = Terugkoppeling.SleutelOntvangen,
        });
        rij.Historie.Add(new MeldingStatusHistorie
        {
            MeldingId = id,
            Naar = MeldingStatus.Ontvangen,
            Gebeurtenis = "ontvangen",
            Tijdstip = ontvangenOp,
        });
        rij.Bijlagen.AddRange(bijlageRijen);
        db.Add(rij);
        // Search keys for requests of people concerned, saved in the report's transaction (Privacy/Rechten).
        persoonspseudoniemen.VoegMelderToe(db, id, melding.Contact);
        if (sleutel is not null)
        {
            db.Add(new Verzendsleutel
            {
                Id = Guid.NewGuid(),
                Bereik = sleutel.Bereik,
                SleutelHash = sleutelHash!,
                InhoudHash = inhoudHash!,
                MeldingId = id,
                OntvangstcodeVersleuteld = code is null ? null : verzendsleutels.VersleutelCode(sleutel, Ontvangstcode.Formatteer(code)),
                VerlooptOp = tijd.GetUtcNow() + sleutel.Geldigheid,
            });
        }

        // The report and its audit entry commit together (docs/adr/0004). An anonymous report is not
        // audited: the entry's exact time would undo the rounding above.
        try
        {
            await audit.VastleggenAsync(db, indiener.Actor == AuditActor.Anoniem ? []
                : [new AuditInvoer(indiener.Actor, "melding.aangenomen", nameof(Melding), id.ToString(), AuditResultaat.Gelukt, indiener.Herkomst)], ct);
        }
        catch (DbUpdateException) when (sleutel is not null)
        {
            // A racing retry with the same key won the unique index: this report was rolled back, answer with that one.
            db.ChangeTracker.Clear();
            return await EerdereAsync(sleutel, sleutelHash!, inhoudHash!, ct) ?? throw new InvalidOperationException("Verzendsleutel botst maar is niet te vinden.");
        }
        await notificaties.NieuwAsync(rij.MeldpuntOrganisatieId, rij.Kanaal, ct);
        return new IntakeUitkomst(id, melding.Soort, code is null ? null : Ontvangstcode.Formatteer(code), rij.Urgent, new Dictionary<string, string[]>(), []);
    }

    private async Task<IntakeUitkomst?> EerdereAsync(VerzendsleutelInvoer sleutel, string sleutelHash, string inhoudHash, CancellationToken ct)
    {
        var eerder = await db.Set<Verzendsleutel>().AsNoTracking()
            .Where(v => v.Bereik == sleutel.Bereik && v.SleutelHash == sleutelHash)
            .Join(db.Set<Melding>(), v => v.MeldingId, m => m.Id, (v, m) => new { Sleutel = v, m.Soort, m.Urgent })
            .FirstOrDefaultAsync(ct);
        if (eerder is null)
        {
            return null;
        }
        if (eerder.Sleutel.InhoudHash != inhoudHash)
        {
            return new IntakeUitkomst(null, eerder.Soort, null, false, new Dictionary<string, string[]>(), []) { AndereInhoud = true };
        }
        var code = eerder.Sleutel.OntvangstcodeVersleuteld is { } v && eerder.Sleutel.VerlooptOp > tijd.GetUtcNow()
            ? verzendsleutels.OntsleutelCode(sleutel, v)
            : null;
        return new IntakeUitkomst(eerder.Sleutel.MeldingId, eerder.Soort, code, eerder.Urgent, new Dictionary<string, string[]>(), []) { Herhaald = true };
    }

    private async Task ControleerTegenDatabaseAsync(GeldigeMelding melding, Dictionary<string, List<string>> fouten, CancellationToken ct)
    {
        if (melding.GemeenteCode is { } gemeente && !await db.Set<Gemeente>().AnyAsync(g => g.CbsCode == gemeente, ct))
        {
            Voeg(fouten, "gemeenteCode", "Deze gemeente kennen wij niet; kies een gemeente uit de lijst, of 'onbekend'.");
        }
        if (melding.Indicatoren.Count > 0)
        {
            var codes = melding.Indicatoren.ToList();
            var bekend = await db.Set<Indicator>().Where(i => i.Actief && codes.Contains(i.Code)).Select(i => i.Code).ToListAsync(ct);
            var onbekend = codes.Except(bekend, StringComparer.Ordinal).ToList();
            if (onbekend.Count > 0)
            {
                Voeg(fouten, "indicatoren", $"Onbekende signalen: {string.Join(", ", onbekend.Take(10))}.");
            }
        }
    }

    internal static DateTimeOffset OpHeleUur(DateTimeOffset t) => new(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero);

    private static void Voeg(Dictionary<string, List<string>> fouten, string veld, string melding)
    {
        if (!fouten.TryGetValue(veld, out var lijst))
        {
            fouten[veld] = lijst = [];
        }
        lijst.Add(melding);
    }

    private static string Opsomming(IReadOnlyList<PersoonsgegevensWaarschuwing> w)
    {
        var soorten = w.Select(x => x.Soort).Distinct().Select(s => s switch
        {
            PersoonsgegevensSoort.Naam => "een naam",
            PersoonsgegevensSoort.Telefoonnummer => "een telefoonnummer",
            PersoonsgegevensSoort.Email => "een e-mailadres",
            _ => "een kenteken",
        }).ToList();
        return soorten.Count == 1 ? soorten[0] : string.Join(", ", soorten[..^1]) + " en " + soorten[^1];
    }
}
