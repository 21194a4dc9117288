using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Keten;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Features.Regio;
using Schakel.Web.Security;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Keten.Aandachtsfunctionarissen;

public sealed record AandachtsfunctionarisInvoer(
    Guid Id, string? GemeenteCode, string? Naam, string? Functietitel, string? Email, string? Telefoon,
    Aandachtsfunctionarisafdeling Afdeling, Aandachtsfunctionariszijde Zijde, Guid? PlaatsvervangerId, DateOnly? AangesteldOp, bool Actief,
    DateOnly? BeeindigdOp = null);

/// <summary>Which municipalities a user keeps in the register: all (chain director) or only their own municipality's.</summary>
public sealed record RegisterBereik(bool Alle, string? Gemeente)
{
    public bool Omvat(string gemeenteCode) => Alle || string.Equals(Gemeente, gemeenteCode, StringComparison.Ordinal);
}

/// <summary>
/// Keeping the focal-officer register: the chain director for every municipality, a municipality's own focal
/// officer (an account with that role in the municipality's organisation) for that municipality only. Errors
/// come back per field as text keys; every change is stored with its audit entry in one transaction.
/// </summary>
public sealed partial class AandachtsfunctionarisBeheer(SchakelDbContext db, AuditTrail audit, TimeProvider tijd)
{
    public const string ObjectType = "Aandachtsfunctionaris";

    public async Task<RegisterBereik> BereikAsync(ClaimsPrincipal u, CancellationToken ct = default)
    {
        if (u.IsInRole(Rollen.Ketenregisseur))
        {
            return new(true, null);
        }
        if (!u.IsInRole(Rollen.Aandachtsfunctionaris) || u.OrganisatieId() is not { } eigen)
        {
            return new(false, null);
        }
        var gemeente = await db.Set<Organisatie>().AsNoTracking().Where(o => o.Id == eigen && o.Type == OrganisatieType.Gemeente)
            .Select(o => o.GemeenteCode).FirstOrDefaultAsync(ct);
        return new(false, gemeente);
    }

    public async Task<IReadOnlyList<Gemeente>> GemeentenAsync(RegisterBereik bereik, CancellationToken ct = default)
    {
        var metOrganisatie = db.Set<Organisatie>().Where(o => o.Type == OrganisatieType.Gemeente && o.GemeenteCode != null).Select(o => o.GemeenteCode);
        var lijst = await db.Set<Gemeente>().AsNoTracking()
            .Where(g => metOrganisatie.Contains(g.CbsCode) && (bereik.Alle || g.CbsCode == bereik.Gemeente)).ToListAsync(ct);
        return lijst.OrderBy(g => g.Naam, StringComparer.CurrentCulture).ToList();
    }

    public async Task<Dictionary<string, string>> OpslaanAsync(AandachtsfunctionarisInvoer i, RegisterBereik bereik, AuditActor actor, string herkomst, CancellationToken ct = default)
    {
        var fouten = new Dictionary<string, string>();
        var code = i.GemeenteCode?.Trim().ToUpperInvariant();
        var organisatie = code is null || !bereik.Omvat(code) ? null
            : await db.Set<Organisatie>().AsNoTracking().Where(o => o.Type == OrganisatieType.Gemeente && o.GemeenteCode == code).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        if (organisatie is null)
        {
            fouten["gemeenteCode"] = "Fout_gemeenteCode";
        }
        if (string.IsNullOrWhiteSpace(i.Naam) || i.Naam.Trim().Length > 200)
        {
            fouten["naam"] = "Fout_naam";
        }
        if (i.Functietitel?.Trim().Length > 200)
        {
            fouten["functietitel"] = "Fout_teLang";
        }
        if (!string.IsNullOrWhiteSpace(i.Email) && (i.Email.Trim().Length > 200 || !EmailPatroon().IsMatch(i.Email.Trim())))
        {
            fouten["email"] = "Fout_email";
        }
        if (!string.IsNullOrWhiteSpace(i.Telefoon) && !TelefoonPatroon().IsMatch(i.Telefoon.Trim()))
        {
            fouten["telefoon"] = "Fout_telefoon";
        }
        if (string.IsNullOrWhiteSpace(i.Email) && string.IsNullOrWhiteSpace(i.Telefoon) && !fouten.ContainsKey("email"))
        {
            // The register exists so professionals can reach the officer: a published contact is required.
            fouten["email"] = "Fout_contact";
        }
        if (!Enum.IsDefined(i.Afdeling))
        {
            fouten["afdeling"] = "Fout_afdeling";
        }
        if (!Enum.IsDefined(i.Zijde))
        {
            fouten["zijde"] = "Fout_zijde";
        }
        if (i.AangesteldOp is not { } aangesteld || aangesteld.Year < 1990 || aangesteld.Year > 2100)
        {
            fouten["aangesteldOp"] = "Fout_aangesteldOp";
        }
        // The end date: only for an officer who no longer serves; the day of deactivation unless another is entered.
        // An officer already inactive keeps the end date entered before.
        var vandaag = DateOnly.FromDateTime(tijd.GetUtcNow().UtcDateTime);
        var eerderEinde = await db.Set<Aandachtsfunctionaris>().AsNoTracking().Where(a => a.Id == i.Id && !a.Actief).Select(a => a.BeeindigdOp).FirstOrDefaultAsync(ct);
        DateOnly? einde = i.Actief ? null : i.BeeindigdOp ?? eerderEinde ?? vandaag;
        if ((i.Actief && i.BeeindigdOp is not null) || einde > vandaag || (einde is { } e && i.AangesteldOp is { } start && e < start))
        {
            fouten["beeindigdOp"] = "Fout_beeindigdOp";
        }
        if (i.PlaatsvervangerId is { } p && (p == i.Id || !await db.Set<Aandachtsfunctionaris>().AnyAsync(a => a.Id == p && a.GemeenteCode == code, ct)))
        {
            fouten["plaatsvervangerId"] = "Fout_plaatsvervangerId";
        }
        var rij = await db.Set<Aandachtsfunctionaris>().FirstOrDefaultAsync(a => a.Id == i.Id, ct);
        if (i.Id == Guid.Empty || (rij is not null && !bereik.Omvat(rij.GemeenteCode)))
        {
            fouten["naam"] = "Fout_onbekend";
        }
        if (fouten.Count > 0)
        {
            return fouten;
        }
        var nieuw = rij is null;
        rij ??= new Aandachtsfunctionaris { Id = i.Id, GemeenteCode = code!, Naam = "" };
        if (rij.GemeenteCode != code)
        {
            // Moving an officer to another municipality drops deputy links that would now cross municipalities.
            await db.Set<Aandachtsfunctionaris>().Where(a => a.PlaatsvervangerId == rij.Id).ForEachAsync(a => a.PlaatsvervangerId = null, ct);
        }
        rij.GemeenteCode = code!;
        rij.OrganisatieId = organisatie!.Value;
        rij.Naam = i.Naam!.Trim();
        rij.Functietitel = Leeg(i.Functietitel);
        rij.Email = Leeg(i.Email);
        rij.Telefoon = Leeg(i.Telefoon);
        rij.Afdeling = i.Afdeling;
        rij.Zijde = i.Zijde;
        rij.PlaatsvervangerId = i.PlaatsvervangerId;
        rij.AangesteldOp = i.AangesteldOp!.Value;
        rij.Actief = i.Actief;
        rij.BeeindigdOp = einde;
        if (nieuw)
        {
            db.Add(rij);
        }
        await audit.VastleggenAsync(db, new AuditInvoer(actor, nieuw ? "aandachtsfunctionaris.aangemaakt" : "aandachtsfunctionaris.gewijzigd", ObjectType,
            rij.Id.ToString(), AuditResultaat.Gelukt, herkomst), ct);
        return fouten;
    }

    private static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPatroon();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{2,38}$")]
    private static partial Regex TelefoonPatroon();
}
