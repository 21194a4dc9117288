using Microsoft.AspNetCore.Identity;

namespace Schakel.Web.Features.Accounts;

/// <summary>
/// Lets a sign-in verify its password before it takes the writer slot (SQLite) or locks the account row (PostgreSQL):
/// the hash costs a core for about 100 ms, the write a millisecond, so sign-ins should wait for each other only for the
/// write. <see cref="Controleer"/> verifies ahead; the verification the sign-in manager then asks for, inside the
/// transaction, is answered from that result once — only for the same account, stored hash and password, so a password
/// changed in between is verified again.
/// </summary>
public sealed class VoorafGecontroleerdeHasher(PasswordHasher<Medewerker> echt) : IPasswordHasher<Medewerker>
{
    private Vooraf? _vooraf;

    public void Controleer(Medewerker medewerker, string wachtwoord)
    {
        _vooraf = medewerker.PasswordHash is { } hash
            ? new Vooraf(medewerker.Id, hash, wachtwoord, echt.VerifyHashedPassword(medewerker, hash, wachtwoord))
            : null;
    }

    public string HashPassword(Medewerker user, string password) => echt.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(Medewerker user, string hashedPassword, string providedPassword)
    {
        var vooraf = _vooraf;
        _vooraf = null;
        return vooraf is not null && vooraf.Id == user.Id
            && string.Equals(vooraf.Hash, hashedPassword, StringComparison.Ordinal)
            && string.Equals(vooraf.Wachtwoord, providedPassword, StringComparison.Ordinal)
            ? vooraf.Uitkomst
            : echt.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }

    private sealed record Vooraf(Guid Id, string Hash, string Wachtwoord, PasswordVerificationResult Uitkomst);
}
