using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Keten;
using Schakel.Core.Meldpunt;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Gids.Beheer;

public sealed record DienstInvoer(
    Guid Id, string? Naam, string? Beschrijving, Dienstsoort Soort, Dienstzijde Zijde, IReadOnlyList<Uitbuitingsvorm> Vormen,
    string? Voorwaarden, string? Talen, string? Kosten, string? Email, string? Website, bool DagEnNacht, bool Actief, string? InterneNotitie,
    IReadOnlyList<string> Gemeenten, IReadOnlyList<Guid> Locaties);

public sealed record LocatieInvoer(
    Guid Id, string? Naam, string? Adres, string? Postcode, string? Plaats, string? GemeenteCode, bool Vertrouwelijk,
    string? VoordeurTelefoon, string? VoordeurEmail, string? InterneNotitie);

public sealed record OpeningstijdInvoer(Guid Id, IReadOnlyList<string> Dagen, TimeOnly? Opent, TimeOnly? Sluit, string? Omschrijving);

public sealed record TelefoonInvoer(Guid Id, string? Nummer, string? Omschrijving);

public sealed record ContactInvoer(Guid Id, string? Naam, string? Functie, string? Email, string? Telefoon);

/// <summary>
/// Staff edits of the partner directory, one part at a time (service, location, phone, opening hours, contact).
/// The chain director and the beheerder keep every organisation's entry; any other professional keeps its own
/// organisation's entry only. Errors come back per field as text keys (GidsBeheerTeksten "Fout_{veld}"), so the
/// page says them next to the field in the reader's language; nothing is stored then. Every change is stored
/// together with its audit entry (docs/adr/0004). A new part carries its id from the form, so a second post of
/// the same form changes nothing.
/// </summary>
public sealed partial class GidsBeheer(SchakelDbContext db, AuditTrail audit)
{
    public const string ObjectType = "Gids";
    public static readonly string[] Dagcodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    public static bool IsRegie(ClaimsPrincipal u) => u.IsInRole(Rollen.Ketenregisseur) || u.IsInRole(Rollen.Beheerder);

    public static bool MagBewerken(ClaimsPrincipal u, Guid organisatieId) => IsRegie(u) || u.OrganisatieId() == organisatieId;

    public async Task<IReadOnlyList<Organisatie>> OrganisatiesAsync(ClaimsPrincipal u, CancellationToken ct = default)
    {
        var eigen = u.OrganisatieId();
        var regie = IsRegie(u);
        var lijst = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Actief && (regie || o.Id == eigen)).ToListAsync(ct);
        return lijst.OrderBy(o => o.Naam, StringComparer.CurrentCulture).ToList();
    }

    public Task<Organisatie?> OrganisatieAsync(Guid id, CancellationToken ct = default) =>
        db.Set<Organisatie>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);

    public async Task<IReadOnlyList<Dienst>> DienstenAsync(Guid organisatieId, CancellationToken ct = default) =>
        (await db.Set<Dienst>().AsNoTracking().Where(d => d.OrganisatieId == organisatieId).ToListAsync(ct))
            .OrderBy(d => d.Soort).ThenBy(d => d.Naam, StringComparer.CurrentCulture).ToList();

    public async Task<IReadOnlyList<Locatie>> LocatiesAsync(Guid organisatieId, CancellationToken ct = default) =>
        (await db.Set<Locatie>().AsNoTracking().Where(l => l.OrganisatieId == organisatieId).ToListAsync(ct))
            .OrderBy(l => l.Naam, StringComparer.CurrentCulture).ToList();

    public Task<Dienst?> DienstAsync(Guid organisatieId, Guid id, CancellationToken ct = default) =>
        DienstenMetOnderdelen(organisatieId).FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>Every service with its parts in a fixed number of queries, whatever the number of services (the API's list).</summary>
    public async Task<IReadOnlyList<Dienst>> DienstenMetOnderdelenAsync(Guid organisatieId, CancellationToken ct = default) =>
        (await DienstenMetOnderdelen(organisatieId).ToListAsync(ct)).OrderBy(d => d.Soort).ThenBy(d => d.Naam, StringComparer.CurrentCulture).ToList();

    public Task<Locatie?> LocatieAsync(Guid organisatieId, Guid id, CancellationToken ct = default) =>
        LocatiesMetOpeningstijden(organisatieId).FirstOrDefaultAsync(l => l.Id == id, ct);

    public async Task<IReadOnlyList<Locatie>> LocatiesMetOpeningstijdenAsync(Guid organisatieId, CancellationToken ct = default) =>
        (await LocatiesMetOpeningstijden(organisatieId).ToListAsync(ct)).OrderBy(l => l.Naam, StringComparer.CurrentCulture).ToList();

    private IQueryable<Dienst> DienstenMetOnderdelen(Guid organisatieId) =>
        db.Set<Dienst>().AsNoTracking().Include(d => d.Gebied).Include(d => d.Locaties).Include(d => d.Telefoons)
            .Include(d => d.Openingstijden).Include(d => d.Contacten).AsSplitQuery()
            .Where(d => d.OrganisatieId == organisatieId).OrderBy(d => d.Id);

    private IQueryable<Locatie> LocatiesMetOpeningstijden(Guid organisatieId) =>
        db.Set<Locatie>().AsNoTracking().Include(l => l.Openingstijden).AsSplitQuery()
            .Where(l => l.OrganisatieId == organisatieId).OrderBy(l => l.Id);

    public async Task<IReadOnlyList<Gemeente>> GemeentenAsync(CancellationToken ct = default) =>
        (await db.Set<Gemeente>().AsNoTracking().ToListAsync(ct)).OrderBy(g => g.Naam, StringComparer.CurrentCulture).ToList();

    public async Task<Dictionary<string, string>> DienstOpslaanAsync(Guid organisatieId, DienstInvoer i, AuditActor actor, string herkomst, CancellationToken ct = default)
    {
        var fouten = new Dictionary<string, string>();
        Verplicht(fouten, "naam", i.Naam, 200);
        Vrij(fouten, "beschrijving", i.Beschrijving, 2000);
        Vrij(fouten, "voorwaarden", i.Voorwaarden, 1000);
        Vrij(fouten, "kosten", i.Kosten, 300);
        Vrij(fouten, "interneNotitie", i.InterneNotitie, 2000);
        Email(fouten, "email", i.Email);
        if (!string.IsNullOrWhiteSpace(i.Website) && (i.Website.Trim().Length > 300 || !Uri.TryCreate(i.Website.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            fouten["website"] = "Fout_website";
        }
        if (!Enum.IsDefined(i.Soort))
        {
            fouten["soort"] = "Fout_soort";
        }
        if (!Enum.IsDefined(i.Zijde))
        {
            fouten["zijde"] = "Fout_zijde";
        }
        if (i.Vormen.Any(v => !Enum.IsDefined(v) || v == Uitbuitingsvorm.Onbekend))
        {
            fouten["vormen"] = "Fout_vormen";
        }
        var talen = PubliekeGids.Lijst(i.Talen ?? "").Select(t => t.ToLowerInvariant()).Distinct().ToList();
        if (talen.Any(t => !TaalcodePatroon().IsMatch(t)) || string.Join(",", talen).Length > 200)
        {
            fouten["talen"] = "Fout_talen";
        }
        var gemeenten = i.Gemeenten.Distinct(StringComparer.Ordinal).ToList();
        if (gemeenten.Count > 0 && await db.Set<Gemeente>().CountAsync(g => gemeenten.Contains(g.CbsCode), ct) != gemeenten.Count)
        {
            fouten["gemeenten"] = "Fout_gemeenten";
        }
        var locaties = i.Locaties.Distinct().ToList();
        if (locaties.Count > 0 && await db.Set<Locatie>().CountAsync(l => locaties.Contains(l.Id) && l.OrganisatieId == organisatieId, ct) != locaties.Count)
        {
            fouten["locaties"] = "Fout_locaties";
        }
        var rij = await db.Set<Dienst>().Include(d => d.Gebied).Include(d => d.Locaties).FirstOrDefaultAsync(d => d.Id == i.Id, ct);
        if (i.Id == Guid.Empty || (rij is not null && rij.OrganisatieId != organisatieId))
        {
            fouten["naam"] = "Fout_onbekend";
        }
        if (fouten.Count > 0)
        {
            return fouten;
        }
        var nieuw = rij is null;
        rij ??= new Dienst { Id = i.Id, OrganisatieId = organisatieId, Naam = "" };
        rij.Naam = i.Naam!.Trim();
        rij.Beschrijving = Leeg(i.Beschrijving);
        rij.Soort = i.Soort;
        rij.Zijde = i.Zijde;
        rij.Uitbuitingsvormen = string.Join(",", i.Vormen.Distinct().Order());
        rij.Voorwaarden = Leeg(i.Voorwaarden);
        rij.Talen = string.Join(",", talen);
        rij.Kosten = Leeg(i.Kosten);
        rij.Email = Leeg(i.Email);
        rij.Website = Leeg(i.Website);
        rij.DagEnNacht = i.DagEnNacht;
        rij.Actief = i.Actief;
        rij.InterneNotitie = Leeg(i.InterneNotitie);
        rij.Gebied.RemoveAll(g => !gemeenten.Contains(g.CbsCode));
        rij.Gebied.AddRange(gemeenten.Where(c => rij.Gebied.All(g => g.CbsCode != c)).Select(c => new Dienstgebied { DienstId = rij.Id, CbsCode = c }));
        rij.Locaties.RemoveAll(l => !locaties.Contains(l.LocatieId));
        rij.Locaties.AddRange(locaties.Where(l => rij.Locaties.All(x => x.LocatieId != l)).Select(l => new DienstLocatie { Id = Guid.NewGuid(), DienstId = rij.Id, LocatieId = l }));
        if (nieuw)
        {
            db.Add(rij);
        }
        await audit.VastleggenAsync(db, new AuditInvoer(actor, nieuw ? "gids.dienst.aangemaakt" : "gids.dienst.gewijzigd", "Dienst", rij.Id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return fouten;
    }

    public async Task<Dictionary<string, string>> LocatieOpslaanAsync(Guid organisatieId, LocatieInvoer i, AuditActor actor, string herkomst, CancellationToken ct = default)
    {
        var fouten = new Dictionary<string, string>();
        Verplicht(fouten, "naam", i.Naam, 200);
        Vrij(fouten, "adres", i.Adres, 300);
        Vrij(fouten, "plaats", i.Plaats, 100);
        Vrij(fouten, "interneNotitie", i.InterneNotitie, 2000);
        if (!string.IsNullOrWhiteSpace(i.Postcode) && !PostcodePatroon().IsMatch(i.Postcode.Trim()))
        {
            fouten["postcode"] = "Fout_postcode";
        }
        Telefoon(fouten, "voordeurTelefoon", i.VoordeurTelefoon, false);
        Email(fouten, "voordeurEmail", i.VoordeurEmail);
        if (i.Vertrouwelijk && string.IsNullOrWhiteSpace(i.VoordeurTelefoon) && string.IsNullOrWhiteSpace(i.VoordeurEmail) && !fouten.ContainsKey("voordeurTelefoon"))
        {
            // A confidential place is only ever reached through its front door: without one nobody can reach it.
            fouten["voordeurTelefoon"] = "Fout_voordeur";
        }
        var gemeente = Leeg(i.GemeenteCode)?.ToUpperInvariant();
        if (gemeente is not null && !await db.Set<Gemeente>().AnyAsync(g => g.CbsCode == gemeente, ct))
        {
            fouten["gemeenteCode"] = "Fout_gemeenteCode";
        }
        var rij = await db.Set<Locatie>().FirstOrDefaultAsync(l => l.Id == i.Id, ct);
        if (i.Id == Guid.Empty || (rij is not null && rij.OrganisatieId != organisatieId))
        {
            fouten["naam"] = "Fout_onbekend";
        }
        if (fouten.Count > 0)
        {
            return fouten;
        }
        var nieuw = rij is null;
        rij ??= new Locatie { Id = i.Id, OrganisatieId = organisatieId, Naam = "" };
        rij.Naam = i.Naam!.Trim();
        rij.Adres = Leeg(i.Adres);
        rij.Postcode = Leeg(i.Postcode)?.ToUpperInvariant();
        rij.Plaats = Leeg(i.Plaats);
        rij.GemeenteCode = gemeente;
        rij.Vertrouwelijk = i.Vertrouwelijk;
        rij.VoordeurTelefoon = Leeg(i.VoordeurTelefoon);
        rij.VoordeurEmail = Leeg(i.VoordeurEmail);
        rij.InterneNotitie = Leeg(i.InterneNotitie);
        if (nieuw)
        {
            db.Add(rij);
        }
        await audit.VastleggenAsync(db, new AuditInvoer(actor, nieuw ? "gids.locatie.aangemaakt" : "gids.locatie.gewijzigd", "Locatie", rij.Id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return fouten;
    }

    public async Task<Dictionary<string, string>> TelefoonToevoegenAsync(Guid organisatieId, Guid dienstId, TelefoonInvoer i, AuditActor actor, string herkomst, CancellationToken ct = default)
    {
        var fouten = new Dictionary<string, string>();
        Telefoon(fouten, "nummer", i.Nummer, true);
        Vrij(fouten, "omschrijving", i.Omschrijving, 200);
        if (!await VanOrganisatie(organisatieId, dienstId, null, ct) || i.Id == Guid.Empty)
        {
            fouten["nummer"] = "Fout_onbekend";
        }
        if (fouten.Count > 0 || await db.Set<GidsTelefoon>().AnyAsync(t => t.Id == i.Id, ct))
        {
            return fouten;
        }
        db.Add(new GidsTelefoon { Id = i.Id, DienstId = dienstId, Nummer = i.Nummer!.Trim(), Omschrijving = Leeg(i.Omschrijving) });
        await audit.VastleggenAsync(db, new AuditInvoer(actor, "gids.telefoon.toegevoegd", "Dienst", dienstId.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return fouten;
    }

    public async Task<Dictionary<string, string>> ContactToevoegenAsync(Guid organisatieId, Guid dienstId, ContactInvoer i, AuditActor actor, string herkomst, CancellationToken ct = default)
    {
        var fouten = new Dictionary<string, string>();
        Verplicht(fouten, "contactNaam", i.Naam, 200);
        Vrij(fouten, "functie", i.Functie, 200);
        Email(fouten, "contactEmail", i.Email);
        Telefoon(fouten, "contactTelefoon", i.Telefoon, false);
        if (!await VanOrganisatie(organisatieId, dienstId, null, ct) || i.Id == Guid.Empty)
        {
            fouten["contactNaam"] = "Fout_onbekend";
        }
        if (fouten.Count > 0 || await db.Set<GidsContact>().AnyAsync(c => c.Id == i.Id, ct))
        {
            return fouten;
        }
        db.Add(new GidsContact { Id = i.Id, DienstId = dienstId, Naam = i.Naam!.Trim(), Functie = Leeg(i.Functie), Email = Leeg(i.Email), Telefoon = Leeg(i.Telefoon) });
        await audit.VastleggenAsync(db, new AuditInvoer(actor, "gids.contact.toegevoegd", "Dienst", dienstId.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return fouten;
    }

    /// <summary>Opening hours of a service (<paramref name="dienstId"/>) or of a location (<paramref name="locatieId"/>).</summary>
    public async Task<Dictionary<string, string>> OpeningstijdToevoegenAsync(Guid organisatieId, Guid? dienstId, Guid? locatieId, OpeningstijdInvoer i, AuditActor actor, string herkomst, CancellationToken ct = default)
    {
        var fouten = new Dictionary<string, string>();
        // A form posts an empty day as null (a list entry without value): it is no day code, so the field is refused.
        var dagen = i.Dagen.Select(d => d?.Trim().ToUpperInvariant() ?? "").Distinct().ToList();
        if (dagen.Count == 0 || dagen.Any(d => !Dagcodes.Contains(d)))
        {
            fouten["dagen"] = "Fout_dagen";
        }
        if (i.Opent is null != i.Sluit is null || (i.Opent is { } open && i.Sluit is { } dicht && dicht <= open))
        {
            fouten["opent"] = "Fout_tijden";
        }
        Vrij(fouten, "tijdOmschrijving", i.Omschrijving, 200);
        if (!await VanOrganisatie(organisatieId, dienstId, locatieId, ct) || i.Id == Guid.Empty)
        {
            fouten["dagen"] = "Fout_onbekend";
        }
        if (fouten.Count > 0 || await db.Set<Openingstijd>().AnyAsync(o => o.Id == i.Id, ct))
        {
            return fouten;
        }
        db.Add(new Openingstijd
        {
            Id = i.Id, DienstId = dienstId, LocatieId = locatieId, Opent = i.Opent, Sluit = i.Sluit, Omschrijving = Leeg(i.Omschrijving),
            Dagen = string.Join(",", Dagcodes.Where(dagen.Contains)),
        });
        await audit.VastleggenAsync(db, new AuditInvoer(actor, "gids.openingstijd.toegevoegd", dienstId is null ? "Locatie" : "Dienst",
            (dienstId ?? locatieId)!.Value.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return fouten;
    }

    /// <summary>Removes a phone, contact or opening hours of the organisation's own service or location; false when there is none.</summary>
    public async Task<bool> OnderdeelVerwijderenAsync(Guid organisatieId, string soort, Guid id, AuditActor actor, string herkomst, CancellationToken ct = default)
    {
        object? rij = soort switch
        {
            "telefoon" => await db.Set<GidsTelefoon>().FirstOrDefaultAsync(t => t.Id == id && db.Set<Dienst>().Any(d => d.Id == t.DienstId && d.OrganisatieId == organisatieId), ct),
            "contact" => await db.Set<GidsContact>().FirstOrDefaultAsync(c => c.Id == id && db.Set<Dienst>().Any(d => d.Id == c.DienstId && d.OrganisatieId == organisatieId), ct),
            "openingstijd" => await db.Set<Openingstijd>().FirstOrDefaultAsync(o => o.Id == id
                && (db.Set<Dienst>().Any(d => d.Id == o.DienstId && d.OrganisatieId == organisatieId) || db.Set<Locatie>().Any(l => l.Id == o.LocatieId && l.OrganisatieId == organisatieId)), ct),
            _ => null,
        };
        if (rij is null)
        {
            return false;
        }
        db.Remove(rij);
        await audit.VastleggenAsync(db, new AuditInvoer(actor, $"gids.{soort}.verwijderd", ObjectType, id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return true;
    }

    private async Task<bool> VanOrganisatie(Guid organisatieId, Guid? dienstId, Guid? locatieId, CancellationToken ct) =>
        (dienstId, locatieId) switch
        {
            ({ } d, null) => await db.Set<Dienst>().AnyAsync(x => x.Id == d && x.OrganisatieId == organisatieId, ct),
            (null, { } l) => await db.Set<Locatie>().AnyAsync(x => x.Id == l && x.OrganisatieId == organisatieId, ct),
            _ => false,
        };

    private static void Verplicht(Dictionary<string, string> fouten, string veld, string? waarde, int max)
    {
        if (string.IsNullOrWhiteSpace(waarde) || waarde.Trim().Length > max)
        {
            fouten[veld] = "Fout_" + veld;
        }
    }

    private static void Vrij(Dictionary<string, string> fouten, string veld, string? waarde, int max)
    {
        if (waarde is not null && waarde.Trim().Length > max)
        {
            fouten[veld] = "Fout_teLang";
        }
    }

    private static void Email(Dictionary<string, string> fouten, string veld, string? waarde)
    {
        if (!string.IsNullOrWhiteSpace(waarde) && (waarde.Trim().Length > 200 || !EmailPatroon().IsMatch(waarde.Trim())))
        {
            fouten[veld] = "Fout_email";
        }
    }

    private static void Telefoon(Dictionary<string, string> fouten, string veld, string? waarde, bool verplicht)
    {
        if (string.IsNullOrWhiteSpace(waarde) ? verplicht : !TelefoonPatroon().IsMatch(waarde.Trim()))
        {
            fouten[veld] = "Fout_telefoon";
        }
    }

    private static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex TaalcodePatroon();

    [GeneratedRegex("^[0-9]{4} ?[A-Za-z]{2}$")]
    private static partial Regex PostcodePatroon();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPatroon();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{2,38}$")]
    private static partial Regex TelefoonPatroon();
}
