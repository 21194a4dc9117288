using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Kennisbank;

/// <summary>A version without its file bytes, for lists and detail pages.</summary>
public sealed record VersieKop(Guid Id, int Versie, string? Link, string? BestandNaam, string? BestandType, long? BestandGrootte, string? Toelichting, DateTimeOffset GepubliceerdOp);

public sealed record DocumentKop(KennisDocument Document, IReadOnlyList<VersieKop> Versies)
{
    public VersieKop? Huidige => Versies.Count == 0 ? null : Versies[0];
}

public enum Leesuitkomst
{
    Gelezen,
    NietGevonden,
    AanmeldenNodig,
}

public sealed record Lezing(Leesuitkomst Uitkomst, DocumentKop? Document = null);

public sealed record Bestandlezing(Leesuitkomst Uitkomst, string? Naam = null, string? Type = null, byte[]? Inhoud = null);

/// <param name="DocumentId">Null: a new document; otherwise a new version of that one (title and kind follow the form).</param>
public sealed record KennisInvoer(
    Guid? DocumentId, string? Titel, KennisSoort Soort, KennisDoelgroep Doelgroep, Schakel.Core.Meldpunt.Uitbuitingsvorm? Vorm, string? GemeenteCode,
    bool Openbaar, string? Link, string? BestandNaam, string? BestandType, byte[]? Bestand, string? Toelichting);

/// <summary>
/// The library: lists and reads (a restricted document only for a signed-in professional, every such read
/// audited, a refused one too) and new documents or versions, stored with their audit entry in one transaction.
/// </summary>
public sealed class KennisbankOpslag(SchakelDbContext db, AuditTrail audit, IAuthorizationService autorisatie, TimeProvider tijd)
{
    public const string AuditObject = "KennisDocument";
    public const long MaxBestand = 10 * 1024 * 1024;

    /// <summary>File kinds a library document may have: office and PDF formats, never anything a browser would run.</summary>
    public static readonly IReadOnlyDictionary<string, string> Toegestaan = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
    };

    public async Task<bool> IsProfessionalAsync(ClaimsPrincipal gebruiker) =>
        gebruiker.Identity?.IsAuthenticated == true && (await autorisatie.AuthorizeAsync(gebruiker, KetenBeleid.Lezen)).Succeeded;

    public async Task<IReadOnlyList<DocumentKop>> LijstAsync(bool metBeperkt, CancellationToken ct = default)
    {
        var documenten = await db.Set<KennisDocument>().AsNoTracking().Where(d => metBeperkt || d.Openbaar).ToListAsync(ct);
        var ids = documenten.Select(d => d.Id).ToList();
        var versies = (await Koppen(db.Set<KennisDocumentVersie>().Where(v => ids.Contains(v.DocumentId))).ToListAsync(ct))
            .ToLookup(v => v.DocumentId);
        return documenten
            .OrderBy(d => d.Soort).ThenBy(d => d.Titel, StringComparer.Ordinal)
            .Select(d => new DocumentKop(d, versies[d.Id].OrderByDescending(v => v.Versie).Select(v => v.Kop).ToList()))
            .ToList();
    }

    public async Task<Lezing> LeesAsync(Guid id, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct = default)
    {
        var document = await db.Set<KennisDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null)
        {
            return new(Leesuitkomst.NietGevonden);
        }
        if (!document.Openbaar && !await MagBeperktAsync(gebruiker, id.ToString(), herkomst, ct))
        {
            return new(Leesuitkomst.AanmeldenNodig);
        }
        var versies = (await Koppen(db.Set<KennisDocumentVersie>().Where(v => v.DocumentId == id)).ToListAsync(ct))
            .OrderByDescending(v => v.Versie).Select(v => v.Kop).ToList();
        return new(Leesuitkomst.Gelezen, new DocumentKop(document, versies));
    }

    public async Task<Bestandlezing> BestandAsync(Guid documentId, int versie, ClaimsPrincipal gebruiker, string herkomst, CancellationToken ct = default)
    {
        var document = await db.Set<KennisDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, ct);
        var rij = document is null ? null : await db.Set<KennisDocumentVersie>().AsNoTracking()
            .SingleOrDefaultAsync(v => v.DocumentId == documentId && v.Versie == versie && v.Bestand != null, ct);
        if (document is null || rij is null)
        {
            return new(Leesuitkomst.NietGevonden);
        }
        if (!document.Openbaar && !await MagBeperktAsync(gebruiker, $"{documentId}:{versie}", herkomst, ct))
        {
            return new(Leesuitkomst.AanmeldenNodig);
        }
        return new(Leesuitkomst.Gelezen, rij.BestandNaam, rij.BestandType, rij.Bestand);
    }

    private async Task<bool> MagBeperktAsync(ClaimsPrincipal gebruiker, string objectId, string herkomst, CancellationToken ct)
    {
        var mag = await IsProfessionalAsync(gebruiker);
        await audit.SchrijfAsync(mag ? gebruiker.AlsActor() : AuditActor.Anoniem, "kennisbank.document.gelezen", AuditObject, objectId,
            mag ? AuditResultaat.Gelukt : AuditResultaat.Geweigerd, herkomst, ct);
        return mag;
    }

    public async Task<(Guid? Id, IReadOnlyDictionary<string, string[]> Fouten)> VastleggenAsync(KennisInvoer invoer, AuditActor actor, string herkomst, CancellationToken ct = default)
    {
        var fouten = new Dictionary<string, string[]>();
        KennisDocument? document = null;
        if (invoer.DocumentId is { } bestaandId)
        {
            document = await db.Set<KennisDocument>().SingleOrDefaultAsync(d => d.Id == bestaandId, ct);
            if (document is null)
            {
                fouten["documentId"] = ["Dit document bestaat niet."];
            }
        }
        if (string.IsNullOrWhiteSpace(invoer.Titel) || invoer.Titel.Length > 300)
        {
            fouten["titel"] = ["Geef een titel van hoogstens 300 tekens."];
        }
        var heeftLink = !string.IsNullOrWhiteSpace(invoer.Link);
        var heeftBestand = invoer.Bestand is { Length: > 0 };
        if (heeftLink == heeftBestand
            || (heeftLink && (invoer.Link!.Length > 1000 || !Uri.TryCreate(invoer.Link, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)))
        {
            fouten["link"] = ["Geef een link die met https:// begint, of een bestand, niet allebei."];
        }
        if (heeftBestand && (invoer.Bestand!.LongLength > MaxBestand || !Toegestaan.ContainsKey(Path.GetExtension(invoer.BestandNaam ?? ""))))
        {
            fouten["bestand"] = ["Het bestand is te groot (hoogstens 10 MB) of van een soort die niet is toegestaan."];
        }
        if (!string.IsNullOrWhiteSpace(invoer.GemeenteCode)
            && !await db.Set<Gemeente>().AnyAsync(g => g.CbsCode == invoer.GemeenteCode.Trim().ToUpperInvariant(), ct))
        {
            fouten["gemeenteCode"] = ["Deze gemeente kent Schakel niet."];
        }
        if (invoer.Toelichting is { Length: > 1000 })
        {
            fouten["toelichting"] = ["De toelichting is hoogstens 1000 tekens."];
        }
        if (fouten.Count > 0)
        {
            return (null, fouten);
        }

        var nieuw = document is null;
        document ??= new KennisDocument { Id = Guid.CreateVersion7(), Titel = "" };
        document.Titel = invoer.Titel!.Trim();
        document.Soort = invoer.Soort;
        document.Doelgroep = invoer.Doelgroep;
        document.Uitbuitingsvorm = invoer.Vorm;
        document.GemeenteCode = string.IsNullOrWhiteSpace(invoer.GemeenteCode) ? null : invoer.GemeenteCode.Trim().ToUpperInvariant();
        document.Openbaar = invoer.Openbaar;
        var volgende = nieuw ? 1 : (await db.Set<KennisDocumentVersie>().Where(v => v.DocumentId == document.Id).MaxAsync(v => (int?)v.Versie, ct) ?? 0) + 1;
        var bestandNaam = heeftBestand ? Path.GetFileName(invoer.BestandNaam!) : null;
        var versie = new KennisDocumentVersie
        {
            Id = Guid.CreateVersion7(), DocumentId = document.Id, Versie = volgende, Link = heeftLink ? invoer.Link!.Trim() : null,
            BestandNaam = bestandNaam, BestandType = heeftBestand ? Toegestaan[Path.GetExtension(bestandNaam!)] : null,
            Bestand = heeftBestand ? invoer.Bestand : null, BestandGrootte = heeftBestand ? invoer.Bestand!.LongLength : null,
            Toelichting = string.IsNullOrWhiteSpace(invoer.Toelichting) ? null : invoer.Toelichting.Trim(),
            GepubliceerdOp = tijd.GetUtcNow(), Door = actor.Id,
        };
        if (nieuw)
        {
            db.Add(document);
        }
        db.Add(versie);
        await audit.VastleggenAsync(db, new AuditInvoer(actor, nieuw ? "kennisbank.document.toegevoegd" : "kennisbank.document.versie",
            AuditObject, $"{document.Id}:{volgende}", AuditResultaat.Gelukt, herkomst), ct);
        return (document.Id, new Dictionary<string, string[]>());
    }

    private sealed record KopRij(Guid DocumentId, int Versie, VersieKop Kop);

    private static IQueryable<KopRij> Koppen(IQueryable<KennisDocumentVersie> versies) =>
        versies.AsNoTracking().Select(v => new KopRij(v.DocumentId, v.Versie,
            new VersieKop(v.Id, v.Versie, v.Link, v.BestandNaam, v.BestandType, v.BestandGrootte, v.Toelichting, v.GepubliceerdOp)));
}
