using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Schakel.Web.Features.Schaal.Clustertaken;

namespace Schakel.Web.Features.Schaal.Sleutelring;

/// <summary>
/// Makes sure the shared key ring has a usable key before this node serves, one node at a time. Without it two nodes starting
/// together would each make a key of their own, and a cookie from one would not be read by the other until its key ring
/// refreshed (up to a day).
/// </summary>
internal sealed class SleutelringStart(Taakslot slot) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        slot.VoerUitAsync("schaal.sleutelring", (sp, _) =>
        {
            var sleutels = sp.GetRequiredService<IKeyManager>();
            var nu = DateTimeOffset.UtcNow;
            if (!sleutels.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= nu + TimeSpan.FromMinutes(5) && k.ExpirationDate > nu + TimeSpan.FromDays(2)))
            {
                sleutels.CreateNewKey(nu, nu.AddDays(90));
            }
            return Task.CompletedTask;
        }, cancellationToken, wachten: true);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
