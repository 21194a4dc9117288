using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OtpNet;
using Schakel.Web.Data;

namespace Schakel.Web.Features.Accounts;

public sealed class TweestapsOptions
{
    /// <summary>
    /// An authenticator code is accepted once (RFC 6238 §5.2): a code seen over a shoulder or phished cannot be
    /// replayed. Test hosts that sign the same demo account in many times a minute switch this off.
    /// </summary>
    public bool CodeEenmalig { get; set; } = true;
}

/// <summary>
/// Identity's authenticator provider accepts the same code again for as long as it is valid. This one records the
/// time step of each accepted code on the account and refuses that step and every earlier one. The step is claimed
/// with one conditional UPDATE, so two simultaneous sign-ins with the same code cannot both pass.
/// </summary>
public sealed class EenmaligeAuthenticatorTokenProvider(
    SchakelDbContext db, TimeProvider tijd, IOptions<TweestapsOptions> opties) : AuthenticatorTokenProvider<Medewerker>
{
    // Identity's own window: two steps of 30 seconds either way, for clocks that drift.
    private static readonly VerificationWindow Venster = new(previous: 2, future: 2);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<Medewerker> manager, Medewerker user)
    {
        var sleutel = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(sleutel) || !Tweestapsverificatie.IsTotp(token))
        {
            return false;
        }
        var totp = new Totp(Base32Encoding.ToBytes(sleutel));
        if (!totp.VerifyTotp(tijd.GetUtcNow().UtcDateTime, token, out var stap, Venster))
        {
            return false;
        }
        if (!opties.Value.CodeEenmalig)
        {
            return true;
        }
        var geclaimd = await db.Set<Medewerker>()
            .Where(m => m.Id == user.Id && (m.LaatsteTotpStap == null || m.LaatsteTotpStap < stap))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LaatsteTotpStap, stap));
        if (geclaimd == 0)
        {
            return false;
        }
        // Keep the tracked account in step, so a later update of it does not write the old value back.
        user.LaatsteTotpStap = stap;
        return true;
    }
}
