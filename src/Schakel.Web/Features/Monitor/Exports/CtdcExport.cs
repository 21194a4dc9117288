using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Doorverwijzing;
using Schakel.Core.Meldpunt;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Features.Documenten;
using Schakel.Web.Features.Doorverwijzing.Model;
using Schakel.Web.Features.Meldpunt.Model;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor.Exports;

/// <summary>
/// The anonymised dataset for the chain director (docs/monitor-ctdc-codebook.md): one row per presumed victim (a
/// report whose newest triage is on the victim side or both) of a police unit, in the CTDC column layout,
/// k-anonymous with k ≥ 11 (<see cref="Ctdc"/>), with its codebook. Every download is audited.
/// </summary>
public sealed class CtdcExport(SchakelDbContext db, MonitorGegevens gegevens, AuditTrail audit)
{
    public sealed record Uitvoer(Tabel Gegevens, Tabel Codeboek);

    public async Task<Uitvoer?> MaakAsync(string eenheid, AuditActor actor, string herkomst, CancellationToken ct)
    {
        var indeling = await gegevens.IndelingAsync(ct);
        if (!indeling.Eenheden.ContainsKey(eenheid))
        {
            return null;
        }

        var meldpuntEenheid = await gegevens.MeldpuntEenhedenAsync(ct);
        var triages = db.Set<MeldingTriage>();
        var meldingen = await db.Set<Melding>().AsNoTracking()
            .Where(m => m.Soort == MeldingSoort.Melding && m.Status != MeldingStatus.Samengevoegd)
            .Select(m => new
            {
                m.OntvangenOp, m.MinderjarigBetrokken, m.MeldpuntOrganisatieId,
                // The triage is the chain's later, checked reading of the report: its forms and indicators count when there is one.
                Uitbuitingsvormen = triages.Where(t => t.MeldingId == m.Id).OrderByDescending(t => t.Id).Select(t => t.Uitbuitingsvormen).FirstOrDefault() ?? m.Uitbuitingsvormen,
                Indicatoren = triages.Where(t => t.MeldingId == m.Id).OrderByDescending(t => t.Id).Select(t => t.Indicatoren).FirstOrDefault() ?? m.Indicatoren,
                Gemeente = m.TriageGemeenteCode ?? m.GemeenteCode,
                m.TriageZijde,
            })
            .Where(x => x.TriageZijde == Zijde.Slachtofferkant || x.TriageZijde == Zijde.Beide)
            .ToListAsync(ct);
        // The same place rule as every figure (MonitorGegevens): a report without a municipality belongs to the unit of its
        // reporting point, so the dataset holds every presumed victim the RIEC figure counts.
        meldingen = [.. meldingen.Where(m => indeling.Toewijzen(m.Gemeente, null,
            m.MeldpuntOrganisatieId is { } id ? meldpuntEenheid.GetValueOrDefault(id) : null)?.EenheidCode == eenheid)];

        var bron = meldingen.Select(m => Ctdc.VanMelding(Periode.Lokaal(m.OntvangenOp).Year, m.MinderjarigBetrokken,
            Lijst(m.Uitbuitingsvormen).Select(w => Woorden.TryLees<Uitbuitingsvorm>(w, out var v) ? v : Uitbuitingsvorm.Onbekend).ToList(),
            Lijst(m.Indicatoren))).ToList();
        var dataset = Ctdc.Anonimiseer(bron);
        await audit.VastleggenAsync(db, new AuditInvoer(actor, "monitor.ctdc.export", "CtdcDataset", eenheid, AuditResultaat.Gelukt, herkomst), ct);

        var gegevensTabel = new Tabel("ctdc", $"CTDC-dataset {eenheid}", Ctdc.Kolommen,
            dataset.Rijen.Select(r => Ctdc.Cellen(r, dataset.Niveau)).ToList());
        return new Uitvoer(gegevensTabel, Codeboek(dataset));
    }

    private static List<string> Lijst(string woorden) =>
        woorden.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>Why gender is always empty: checked against every record Schakel keeps about a presumed victim.</summary>
    public const string GeslachtLeeg =
        "altijd leeg. Een melding en een triage leggen geen geslacht vast (wie betrokken is, staat alleen in vrije, versleutelde " +
        "tekst, die deze export niet leest). Alleen een plaatsingsverzoek van Opvang kent een geslacht, om een passend bed te " +
        "zoeken; een plaatsingsverzoek verwijst in Schakel niet naar een melding, dus het is niet aan een vermoedelijk slachtoffer " +
        "toe te kennen zonder op persoonsgegevens te koppelen, en dat doet Schakel niet";

    /// <summary>Where "non-NL" comes from and why the column is otherwise empty.</summary>
    public const string NationaliteitBron =
        "signaal KWB-03 of KWB-05 in de nieuwste triage: buitenland; anders leeg. Een melding en een triage leggen geen nationaliteit " +
        "vast. Een plaatsingsverzoek kent wel 'bedenktijd B8 aangeboden' (dus geen verblijfsvergunning), maar verwijst niet naar " +
        "een melding (zie gender), dus ook dat telt niet mee";

    /// <summary>What each column means and where it comes from, then k, the level reached and what was suppressed.</summary>
    public static Tabel Codeboek(CtdcDataset d)
    {
        var middelen = Ctdc.IndicatorNaarMiddel.SelectMany(p => p.Value.Select(m => (Middel: m, Indicator: p.Key)))
            .GroupBy(x => x.Middel).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(x => x.Indicator).Order(StringComparer.Ordinal)));
        var rijen = new List<IReadOnlyList<object?>>
        {
            new object?[] { "gender", "Geslacht", "leeg (onbekend)", GeslachtLeeg },
            new object?[] { "ageBroad", "Leeftijd, grof", $"{Ctdc.AgeMinderjarig}; {Ctdc.AgeMeerderjarig}; leeg", "melding: minderjarige betrokken (ja/nee) of signaal KWB-01" },
            new object?[] { "citizenship", "Nationaliteit, grof", $"{Ctdc.CitizenshipBuitenland}; leeg", NationaliteitBron },
            new object?[] { "yearOfRegistration", "Jaar van ontvangst van de melding", "jjjj, of een blok van drie jaar (jjjj--jjjj); leeg", "melding: ontvangstmoment (Nederlandse tijd)" },
            new object?[] { "isForcedLabour", "Arbeidsuitbuiting", "1; 0; leeg", "melding: uitbuitingsvorm arbeid" },
            new object?[] { "isSexualExploit", "Seksuele uitbuiting", "1; 0; leeg", "melding: uitbuitingsvorm seksueel" },
            new object?[] { "isOtherExploit", "Andere uitbuiting", "1; 0; leeg", "melding: uitbuitingsvorm crimineel of orgaanverwijdering" },
        };
        rijen.AddRange(Ctdc.MiddelenKolommen.Select(m => (IReadOnlyList<object?>)new object?[]
            { m, "Middel van dwang", "1; 0", "signalen " + middelen.GetValueOrDefault(m, "") }));
        rijen.Add(["k", "Elke combinatie van gender, ageBroad, citizenship, yearOfRegistration en de drie uitbuitingsvlaggen komt minstens k keer voor", d.K.ToString(CultureInfo.InvariantCulture), ""]);
        rijen.Add(["generalisatie", "Bereikte stap van de generalisatieladder", $"{d.Niveau}: {d.NiveauOmschrijving}", ""]);
        rijen.Add(["rijen", "Rijen in de dataset / vermoedelijke slachtoffers in de bron", $"{d.Rijen.Count} / {d.Bronrijen}", ""]);
        rijen.Add(["rijen onderdrukt", "Rijen weggelaten omdat hun combinatie minder dan k keer voorkwam", d.RijenOnderdrukt.ToString(CultureInfo.InvariantCulture), ""]);
        rijen.Add(["cellen gegeneraliseerd", "Cellen die door generalisatie grover of onbekend werden", d.CellenGegeneraliseerd.ToString(CultureInfo.InvariantCulture), ""]);
        return new Tabel("codeboek", "Codeboek CTDC-dataset", ["kolom", "betekenis", "waarden", "bron"], rijen);
    }
}
