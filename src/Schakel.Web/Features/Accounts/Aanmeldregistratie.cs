using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Data;
using Schakel.Web.Security.Audit;

namespace Schakel.Web.Features.Accounts;

/// <summary>
/// Every sign-in outcome in the audit trail: ids only, never the e-mail address typed or the password, so a
/// failed attempt with an unknown address is recorded as anonymous. A sign-in attempt changes the account (the
/// failed-attempt count, the lock-out, a reset count), so it runs in one transaction with its entry
/// (<see cref="AanmeldenAsync"/>); only outcomes that change nothing use <see cref="SchrijfAsync"/>.
/// </summary>
public sealed class Aanmeldregistratie(AuditTrail audit, SchakelDbContext db, VoorafGecontroleerdeHasher hasher)
{
    public const string Aanmelden = "aanmelden";
    public const string Afmelden = "afmelden";
    public const string ObjectType = "medewerker";

    public Task SchrijfAsync(Medewerker? medewerker, string resultaat, string actie = Aanmelden, CancellationToken ct = default) =>
        audit.SchrijfAsync([Invoer(medewerker, resultaat, actie)], ct);

    /// <summary>
    /// The attempt (a <see cref="SignInManager{TUser}"/> call, which saves the account itself) and its entry in one
    /// transaction; <paramref name="vastleggen"/> says which outcomes get an entry (a step towards the second factor
    /// is no outcome yet).
    /// </summary>
    public Task<SignInResult> AanmeldenAsync(Medewerker medewerker, Func<Task<SignInResult>> poging, Func<SignInResult, bool> vastleggen, CancellationToken ct = default) =>
        audit.InTransactieAsync(db, async () =>
        {
            await VersAsync(medewerker, ct);
            return await poging();
        }, u => vastleggen(u) ? [Invoer(medewerker, Resultaat(u), Aanmelden)] : [], ct);

    /// <summary>
    /// As <see cref="AanmeldenAsync"/> for a password attempt: the password hash is verified first, outside the writer
    /// slot and the transaction, so that sign-ins queue only for their write, not behind each other's hash.
    /// </summary>
    public Task<SignInResult> AanmeldenMetWachtwoordAsync(Medewerker medewerker, string wachtwoord, Func<Task<SignInResult>> poging, Func<SignInResult, bool> vastleggen, CancellationToken ct = default)
    {
        hasher.Controleer(medewerker, wachtwoord);
        return AanmeldenAsync(medewerker, poging, vastleggen, ct);
    }

    /// <summary>
    /// The account as it is now, inside the attempt's transaction: another attempt on the same account may have counted a
    /// failure since it was loaded, and saving over that would fail its concurrency check (a 500) or lose the count. On
    /// PostgreSQL the row is locked until the commit; on SQLite the writer slot already serialises the attempts.
    /// </summary>
    private async Task VersAsync(Medewerker medewerker, CancellationToken ct)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            var sql = "SELECT 1 FROM \"" + db.Model.FindEntityType(typeof(Medewerker))!.GetTableName() + "\" WHERE \"Id\" = {0} FOR UPDATE";
            await db.Database.ExecuteSqlRawAsync(sql, [medewerker.Id], ct);
        }
        if (db.Entry(medewerker).State != EntityState.Detached)
        {
            await db.Entry(medewerker).ReloadAsync(ct);
        }
    }

    public static string Resultaat(SignInResult uitkomst) =>
        uitkomst.Succeeded ? AuditResultaat.Gelukt
        : uitkomst.IsLockedOut || uitkomst.IsNotAllowed ? AuditResultaat.Geweigerd
        : AuditResultaat.Mislukt;

    public static AuditInvoer Invoer(Medewerker? medewerker, string resultaat, string actie) => new(
        medewerker is null ? AuditActor.Anoniem : AuditActor.Medewerker(medewerker.Id, medewerker.OrganisatieId),
        actie, ObjectType, medewerker?.Id.ToString(), resultaat, Herkomst.Web);
}
