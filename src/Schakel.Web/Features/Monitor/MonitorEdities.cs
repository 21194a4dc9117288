using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Monitor;
using Schakel.Web.Data;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Monitor;

public sealed record EditieUitkomst(MonitorEditie? Editie, string? Fout);

/// <summary>
/// The life of an edition: created from last year's format, composed by the chain director, reviewed by the
/// working group, adopted, published (which freezes it), and corrected as a new version. Every change is audited.
/// </summary>
public sealed class MonitorEdities(
    SchakelDbContext db, MonitorCijfers cijfers, AuditTrail audit, TimeProvider tijd, Veldversleuteling versleuteling, Ketensecties keten)
{
    /// <summary>How many years the trend of a measure covers, the edition's year included.</summary>
    public const int TrendJaren = 5;

    /// <summary>
    /// Reference figures shown beside a section as context: a partner's own count for the region and national totals,
    /// each only where imported (otherwise "geen gegevens").
    /// Keyed on the measure, not on a section's code, so a format that renames or reorders its sections keeps them; they
    /// go with the first section of that measure, like its trend.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Maatstaf, bool Landelijk)>> Referenties =
        new Dictionary<string, IReadOnlyList<(string, bool)>>(StringComparer.Ordinal)
        {
            [Maatstaven.Meldingen.Code] = [("riec-slachtoffers", false), ("geschatte-slachtoffers-landelijk", true)],
            [Maatstaven.CoMenshaRegistraties.Code] = [("comensha-meldingen", false), ("comensha-meldingen-landelijk", true)],
        };

    public Task<MonitorEditie?> VindAsync(Guid id, CancellationToken ct) => db.Set<MonitorEditie>().FirstOrDefaultAsync(e => e.Id == id, ct);

    public async Task<List<MonitorEditie>> LijstAsync(bool alleenGepubliceerd, CancellationToken ct)
    {
        var q = db.Set<MonitorEditie>().AsNoTracking();
        if (alleenGepubliceerd)
        {
            q = q.Where(e => e.Status == EditieStatus.Gepubliceerd);
        }

        var lijst = await q.ToListAsync(ct);
        return lijst.OrderByDescending(e => e.Jaar).ThenBy(e => e.RegioCode, StringComparer.Ordinal).ThenByDescending(e => e.Versie).ToList();
    }

    /// <summary>A new edition for a police unit and year; it takes over the format of the region's latest edition.</summary>
    public async Task<EditieUitkomst> MaakAsync(string eenheidCode, int jaar, AuditActor actor, string herkomst, CancellationToken ct, bool demo = false)
    {
        var indeling = await cijfers.IndelingAsync(ct);
        if (!indeling.Eenheden.ContainsKey(eenheidCode))
        {
            return new(null, "Onbekende eenheid.");
        }

        if (await db.Set<MonitorEditie>().AnyAsync(e => e.RegioCode == eenheidCode && e.Jaar == jaar, ct))
        {
            return new(null, "Voor deze regio en dit jaar bestaat al een editie.");
        }

        var vorige = (await db.Set<MonitorEditie>().Where(e => e.RegioCode == eenheidCode && e.Jaar < jaar).ToListAsync(ct))
            .OrderByDescending(e => e.Jaar).ThenByDescending(e => e.Versie).FirstOrDefault();
        var regio = Indeling.EenheidAlsRegio(indeling, eenheidCode);
        var editie = new MonitorEditie
        {
            Id = Guid.NewGuid(), RegioCode = regio.Code, RegioNaam = regio.Naam, EenheidCode = regio.EenheidCode,
            GemeenteCodes = string.Join(';', regio.GemeenteCodes), Jaar = jaar, AangemaaktOp = tijd.GetUtcNow(),
            Format = vorige is null ? EditieFormat.Schrijf(EditieFormat.Standaard) : EditieFormat.Schrijf(EditieFormat.MetOpvang(EditieFormat.Lees(vorige.Format))),
            FormatVersie = vorige?.FormatVersie ?? EditieFormat.HuidigeVersie,
            Drempel = vorige?.Drempel ?? cijfers.Drempel(regio.Code), IsDemo = demo,
        };
        editie.ReeksId = editie.Id;
        if (vorige is not null && EditieFormat.Lees(editie.Format).Count != EditieFormat.Lees(vorige.Format).Count)
        {
            // Last year's format gained the shelter sections: a new version of the format.
            editie.FormatVersie++;
        }

        db.Add(editie);
        await audit.VastleggenAsync(db, new AuditInvoer(actor, "monitor.editie.aangemaakt", nameof(MonitorEditie), editie.Id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return new(editie, null);
    }

    /// <summary>The introduction and the conclusions of an edition (the page's textarea allows as much).</summary>
    public const int MaxInleiding = 20000;

    /// <summary>A section comment or a review remark.</summary>
    public const int MaxOpmerking = 4000;

    /// <summary>The refusal of a text over its limit (<see cref="MaxInleiding"/>, <see cref="MaxOpmerking"/>).</summary>
    public const string TeLang = "te-lang";

    public async Task<EditieUitkomst> SchrijfTekstenAsync(
        Guid id, string? inleiding, string? conclusies, IReadOnlyDictionary<string, string> commentaren, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct)
    {
        var editie = await VindAsync(id, ct);
        if (editie is null)
        {
            return new(null, "niet-gevonden");
        }

        if (editie.Status is EditieStatus.Vastgesteld or EditieStatus.Gepubliceerd)
        {
            return new(editie, "Een vastgestelde of gepubliceerde editie verandert niet meer; maak een correctie.");
        }

        // The limits hold here, for every caller, not only behind the page's field check; a refused text stores nothing.
        if (Api.Invoer.Invoerlengte.Lengte((inleiding ?? "").Trim()) > MaxInleiding || Api.Invoer.Invoerlengte.Lengte((conclusies ?? "").Trim()) > MaxInleiding
            || commentaren.Values.Any(c => c is not null && Api.Invoer.Invoerlengte.Lengte(c.Trim()) > MaxOpmerking))
        {
            return new(editie, TeLang);
        }

        // Stored with line feeds only, so the stored length is the length counted above (the column holds MaxInleiding).
        editie.Inleiding = Regels(inleiding);
        editie.Conclusies = Regels(conclusies);
        var secties = EditieFormat.Lees(editie.Format).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        editie.Commentaren = EditieFormat.SchrijfCommentaren(commentaren
            .Where(c => secties.Contains(c.Key) && !string.IsNullOrWhiteSpace(c.Value))
            .ToDictionary(c => c.Key, c => Regels(c.Value), StringComparer.Ordinal));
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "monitor.editie.teksten", nameof(MonitorEditie), id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return new(editie, null);
    }

    private static string Regels(string? tekst) => (tekst ?? "").Trim().Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The context the comment text is encrypted under: a ciphertext copied to another column does not decrypt.</summary>
    public const string OpmerkingContext = "MonitorOpmerking.Tekst";

    public async Task<EditieUitkomst> OpmerkingAsync(
        Guid id, string sectie, string tekst, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct, string? formuliersleutel = null)
    {
        var editie = await VindAsync(id, ct);
        if (editie is null)
        {
            return new(null, "niet-gevonden");
        }

        if (editie.Status != EditieStatus.InReview)
        {
            return new(editie, "Opmerkingen kunnen alleen bij een editie in review.");
        }

        if (string.IsNullOrWhiteSpace(tekst) || !EditieFormat.Lees(editie.Format).Any(s => s.Code == sectie))
        {
            return new(editie, "Kies een sectie en schrijf een opmerking.");
        }

        if (formuliersleutel is not null
            && await db.Set<MonitorOpmerking>().AnyAsync(o => o.EditieId == id && o.Formuliersleutel == formuliersleutel, ct))
        {
            // The same form sent twice: the comment is already there.
            return new(editie, null);
        }

        db.Add(new MonitorOpmerking
        {
            EditieId = id, Sectie = sectie, Formuliersleutel = formuliersleutel,
            TekstVersleuteld = versleuteling.Versleutel(tekst.Trim()[..Math.Min(tekst.Trim().Length, MaxOpmerking)], OpmerkingContext),
            MedewerkerId = Guid.TryParse(gebruiker.FindFirstValue(ClaimTypes.NameIdentifier), out var mid) ? mid : null, Tijdstip = tijd.GetUtcNow(),
        });
        await audit.VastleggenAsync(db, new AuditInvoer(gebruiker.AlsActor(), "monitor.editie.opmerking", nameof(MonitorEditie), id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return new(editie, null);
    }

    /// <summary>Moves an edition one step: concept → in review → vastgesteld → gepubliceerd. Publishing freezes it.</summary>
    public async Task<EditieUitkomst> VolgendeStapAsync(Guid id, EditieStatus naar, AuditActor actor, string herkomst, CancellationToken ct)
    {
        var editie = await VindAsync(id, ct);
        if (editie is null)
        {
            return new(null, "niet-gevonden");
        }

        var toegestaan = (editie.Status, naar) is (EditieStatus.Concept, EditieStatus.InReview)
            or (EditieStatus.InReview, EditieStatus.Vastgesteld) or (EditieStatus.InReview, EditieStatus.Concept)
            or (EditieStatus.Vastgesteld, EditieStatus.Gepubliceerd);
        if (!toegestaan)
        {
            return new(editie, $"Van {editie.Status} kan een editie niet naar {naar}.");
        }

        if (naar == EditieStatus.Gepubliceerd)
        {
            var nu = tijd.GetUtcNow();
            editie.Momentopname = (await InhoudAsync(editie, ct)).Schrijf();
            editie.GepubliceerdOp = nu;
        }

        editie.Status = naar;
        await audit.VastleggenAsync(db, new AuditInvoer(actor, $"monitor.editie.{naar.ToString().ToLowerInvariant()}", nameof(MonitorEditie), id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return new(editie, null);
    }

    /// <summary>
    /// A correction of a published edition: a new concept version in the same series with its change log. Its figures
    /// are computed afresh, but every cell the previous version hid stays hidden.
    /// </summary>
    public async Task<EditieUitkomst> CorrectieAsync(Guid id, string wijziging, AuditActor actor, string herkomst, CancellationToken ct)
    {
        var vorige = await VindAsync(id, ct);
        if (vorige is null)
        {
            return new(null, "niet-gevonden");
        }

        if (vorige.Status != EditieStatus.Gepubliceerd || string.IsNullOrWhiteSpace(wijziging))
        {
            return new(vorige, "Alleen een gepubliceerde editie krijgt een correctie, met een beschrijving van wat er verandert.");
        }

        if (await db.Set<MonitorEditie>().AnyAsync(e => e.VorigeVersieId == vorige.Id, ct))
        {
            return new(vorige, "Deze versie heeft al een correctie.");
        }

        var nieuw = new MonitorEditie
        {
            Id = Guid.NewGuid(), ReeksId = vorige.ReeksId, Versie = vorige.Versie + 1, VorigeVersieId = vorige.Id,
            RegioCode = vorige.RegioCode, RegioNaam = vorige.RegioNaam, EenheidCode = vorige.EenheidCode,
            GemeenteCodes = vorige.GemeenteCodes, Jaar = vorige.Jaar, Drempel = vorige.Drempel, Format = vorige.Format,
            FormatVersie = vorige.FormatVersie, Inleiding = vorige.Inleiding, Conclusies = vorige.Conclusies,
            Commentaren = vorige.Commentaren, AangemaaktOp = tijd.GetUtcNow(), IsDemo = vorige.IsDemo,
            Wijzigingslog = (vorige.Wijzigingslog.Length > 0 ? vorige.Wijzigingslog + "\n" : "")
                + $"Versie {vorige.Versie + 1} ({tijd.GetUtcNow():yyyy-MM-dd}): {wijziging.Trim()}",
        };
        db.Add(nieuw);
        await audit.VastleggenAsync(db, new AuditInvoer(actor, "monitor.editie.correctie", nameof(MonitorEditie), nieuw.Id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return new(nieuw, null);
    }

    public Regiodefinitie Regio(MonitorEditie e) => new(e.RegioCode, e.RegioNaam, e.EenheidCode,
        e.GemeenteCodes.Split(';', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The content of an edition: its snapshot once published, otherwise computed now with the quarters a public
    /// edition may show and every cell an earlier version hid kept hidden.
    /// </summary>
    public async Task<Momentopname> InhoudAsync(MonitorEditie editie, CancellationToken ct)
    {
        if (Momentopname.Lees(editie.Momentopname) is { } bevroren)
        {
            return bevroren;
        }

        var eerder = editie.VorigeVersieId is { } vorigeId && await VindAsync(vorigeId, ct) is { } vorige
            ? Momentopname.Lees(vorige.Momentopname) : null;
        var regio = Regio(editie);
        var indeling = await cijfers.IndelingAsync(ct);
        var namen = regio.GemeenteCodes.ToDictionary(g => g, g => indeling.Gemeente(g)?.Naam ?? g, StringComparer.OrdinalIgnoreCase);
        var commentaren = EditieFormat.LeesCommentaren(editie.Commentaren);
        var secties = new List<SectieInhoud>();
        var metTrend = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in EditieFormat.Lees(editie.Format))
        {
            MonitorTabel? tabel = null;
            KetenInhoud? ketenInhoud = null;
            IReadOnlyList<ReeksPunt>? reeks = null;
            List<Referentiereeks>? referenties = null;
            if (Maatstaven.Zoek(s.Maatstaf) is { } m)
            {
                var verborgen = eerder?.Secties.FirstOrDefault(x => x.Sectie.Code == s.Code)?.Tabel?.Cellen
                    .Where(c => c.Verborgen).Select(c => Margetabel.Sleutel(c.Gebied, c.Periode, c.Categorie)).ToHashSet(StringComparer.Ordinal);
                tabel = await cijfers.TabelAsync(regio, editie.Jaar, m, s.Uitsplitsing ?? Uitsplitsing.Geen, false, editie.Drempel, verborgen, ct,
                    cijfers.Kwartalen(editie.Jaar, publiek: true));
                var eersteVanMaatstaf = metTrend.Add(m.Code);
                if (editie.EenheidCode is { } eenheid && eersteVanMaatstaf)
                {
                    reeks = await TrendAsync(editie, m, eenheid, tabel, regio, ct);
                }

                if (editie.EenheidCode is { } e2 && eersteVanMaatstaf && Referenties.TryGetValue(m.Code, out var refs))
                {
                    referenties = [];
                    foreach (var (code, landelijk) in refs)
                    {
                        var rm = PartnerMaatstaven.Zoek(code)!;
                        var gebied = landelijk ? "land" : $"eenheid:{e2}";
                        // Internal form, like the tables: the report never shows a hidden value, the public API masks it.
                        var punten = await cijfers.ReeksAsync(rm, gebied, Uitsplitsing.Totaal, editie.Jaar - TrendJaren + 1, editie.Jaar,
                            publiek: false, ct, editie.Drempel);
                        referenties.Add(new Referentiereeks(rm.Code, rm.Naam, landelijk ? "Nederland" : regio.Naam, punten));
                    }
                }
            }
            else if (s.Ketenbron is { } bron)
            {
                ketenInhoud = await keten.MaakAsync(bron, regio, namen, editie.Jaar, ct);
            }

            secties.Add(new SectieInhoud(s, commentaren.GetValueOrDefault(s.Code, ""), tabel, ketenInhoud, reeks, referenties));
        }

        return new Momentopname(tijd.GetUtcNow(), editie.Drempel, editie.Inleiding, editie.Conclusies, secties);
    }

    /// <summary>
    /// The region's total over the last years: Schakel's own figure from its first year, imported figures before, "geen
    /// gegevens" where neither exists. The edition's own year is taken from its table, so the trend hides what the table hides;
    /// earlier years are suppressed with the edition's own threshold, not the one configured today. All in internal form
    /// (<see cref="Maskering"/> masks them for the public).
    /// </summary>
    private async Task<IReadOnlyList<ReeksPunt>> TrendAsync(MonitorEditie editie, Maatstaf m, string eenheid, MonitorTabel tabel, Regiodefinitie regio, CancellationToken ct)
    {
        var punten = (await cijfers.ReeksAsync(m, $"eenheid:{eenheid}", Uitsplitsing.Totaal, editie.Jaar - TrendJaren + 1, editie.Jaar - 1,
            publiek: false, ct, editie.Drempel)).ToList();
        var jaar = Periode.VanJaar(editie.Jaar).ToString();
        if (tabel.Cel(Margetabel.RegioSleutel(regio), jaar) is { } cel)
        {
            punten.Add(new ReeksPunt(jaar, cel));
        }

        return punten;
    }

    /// <summary>The working group's comments on an edition, decrypted, oldest first.</summary>
    public async Task<List<Opmerking>> OpmerkingenAsync(Guid id, CancellationToken ct) =>
        (await db.Set<MonitorOpmerking>().AsNoTracking().Where(o => o.EditieId == id).OrderBy(o => o.Id).ToListAsync(ct))
        .Select(o => new Opmerking(o.Id, o.Sectie, versleuteling.Ontsleutel(o.TekstVersleuteld, OpmerkingContext), o.MedewerkerId, o.Tijdstip))
        .ToList();
}

public sealed record Opmerking(long Id, string Sectie, string Tekst, Guid? MedewerkerId, DateTimeOffset Tijdstip);
