using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisaties;
using Schakel.Web.Data;
using Schakel.Web.Features.Accounts;
using Schakel.Web.Features.Organisaties;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Beheer.Accounts;

public sealed record AccountRegel(Guid Id, string Email, string Organisatie, IReadOnlyList<string> Rollen, bool Actief, bool Tweestaps);

/// <summary>The invitation: the account exists without a password until the invitee redeems the token.</summary>
public sealed record Uitnodiging(Guid MedewerkerId, string Token);

/// <summary>
/// A beheerder's changes to accounts. Each change is audited with ids only, in the change's own transaction; deactivation and a two-step reset
/// change the security stamp, so an existing cookie stops working on the next request.
/// </summary>
public sealed class AccountBeheer(UserManager<Medewerker> users, SchakelDbContext db, AuditTrail audit, TimeProvider tijd)
{
    public const string Uitgenodigd = "account.uitgenodigd";
    public const string Gedeactiveerd = "account.gedeactiveerd";
    public const string Geactiveerd = "account.geactiveerd";
    public const string TweestapsGereset = "account.tweestaps-gereset";

    public async Task<IReadOnlyList<AccountRegel>> AlleAsync(CancellationToken ct)
    {
        var organisaties = await db.Set<Organisatie>().ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        var rollen = await (from ur in db.Set<IdentityUserRole<Guid>>()
                            join r in db.Set<IdentityRole<Guid>>() on ur.RoleId equals r.Id
                            select new { ur.UserId, r.Name }).ToListAsync(ct);
        var medewerkers = await db.Set<Medewerker>().ToListAsync(ct);
        return medewerkers
            .Select(m => new AccountRegel(m.Id, m.Email ?? "", organisaties.GetValueOrDefault(m.OrganisatieId, "?"),
                rollen.Where(r => r.UserId == m.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal).ToList(), m.Actief, m.TwoFactorEnabled))
            .OrderBy(a => a.Organisatie, StringComparer.Ordinal).ThenBy(a => a.Email, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Field name and text key (BeheerTeksten) per problem; empty when the invitation can be made.</summary>
    public async Task<List<(string Veld, string Melding)>> ControleerAsync(string? email, Guid? organisatieId, IReadOnlyCollection<string> rollen, CancellationToken ct)
    {
        var fouten = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(email) || !new EmailAddressAttribute().IsValid(email.Trim()))
        {
            fouten.Add(("Email", "FoutEmail"));
        }
        else if (await users.FindByEmailAsync(email.Trim()) is not null)
        {
            fouten.Add(("Email", "FoutEmailBestaat"));
        }
        if (organisatieId is not { } org || !await db.Set<Organisatie>().AnyAsync(o => o.Id == org && o.Actief, ct))
        {
            fouten.Add(("OrganisatieId", "FoutOrganisatie"));
        }
        if (rollen.Count == 0 || !rollen.All(Rollen.IsGeldig))
        {
            fouten.Add(("Rollen", "FoutRollen"));
        }
        return fouten;
    }

    public async Task<Uitnodiging> UitnodigenAsync(AuditActor door, string email, Guid organisatieId, IReadOnlyCollection<string> rollen, CancellationToken ct)
    {
        var medewerker = new Medewerker
        {
            Id = Guid.NewGuid(),
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            OrganisatieId = organisatieId,
            AangemaaktOp = tijd.GetUtcNow(),
        };
        var token = await audit.InTransactieAsync(db, async () =>
        {
            Controleer(await users.CreateAsync(medewerker));
            Controleer(await users.AddToRolesAsync(medewerker, rollen));
            return await users.GeneratePasswordResetTokenAsync(medewerker);
        }, _ => Invoer(door, Uitgenodigd, medewerker.Id), ct);
        return new Uitnodiging(medewerker.Id, token);
    }

    public async Task<bool> ZetActiefAsync(AuditActor door, Guid id, bool actief, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } medewerker)
        {
            return false;
        }
        medewerker.Actief = actief;
        return await audit.InTransactieAsync(db, async () =>
        {
            Controleer(await users.UpdateAsync(medewerker));
            Controleer(await users.UpdateSecurityStampAsync(medewerker));
            return true;
        }, _ => Invoer(door, actief ? Geactiveerd : Gedeactiveerd, id), ct);
    }

    /// <summary>Lost phone: the old key stops working (recovery codes are replaced at enrolment) and the next sign-in leads to enrolment.</summary>
    public async Task<bool> ResetTweestapsAsync(AuditActor door, Guid id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } medewerker)
        {
            return false;
        }
        return await audit.InTransactieAsync(db, async () =>
        {
            Controleer(await users.SetTwoFactorEnabledAsync(medewerker, false));
            Controleer(await users.ResetAuthenticatorKeyAsync(medewerker));
            return true;
        }, _ => Invoer(door, TweestapsGereset, id), ct);
    }

    /// <summary>Identity saves each step itself; the steps and the entry commit in one transaction (docs/adr/0004).</summary>
    private static AuditInvoer[] Invoer(AuditActor door, string actie, Guid id) =>
        [new AuditInvoer(door, actie, Aanmeldregistratie.ObjectType, id.ToString(), AuditResultaat.Gelukt, Herkomst.Web)];

    private static void Controleer(IdentityResult r)
    {
        if (!r.Succeeded)
        {
            throw new InvalidOperationException("Accountwijziging mislukt: " + string.Join(", ", r.Errors.Select(e => e.Code)));
        }
    }
}
