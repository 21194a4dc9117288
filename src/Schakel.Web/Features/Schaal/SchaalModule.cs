using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Schakel.Web.Features.Schaal.Clustertaken;
using Schakel.Web.Features.Schaal.Sleutelring;
using Schakel.Web.Security;
using StackExchange.Redis;

namespace Schakel.Web.Features.Schaal;

/// <summary>
/// Running Schakel on several nodes (docs/adr/0009): the SignalR backplane, the shared key ring, rate limits counted in
/// Redis, periodic jobs once across the cluster and the monitor's read replica. Without Redis and without
/// <c>Schaal:MeerdereNodes</c> nothing here changes how a single node works.
/// </summary>
public static class SchaalModule
{
    public static IServiceCollection AddSchaal(this IServiceCollection services, IConfiguration configuration)
    {
        var opties = SchaalOpties.Lees(configuration);
        services.AddSingleton(opties);
        services.AddSingleton<Taakslot>();
        if (Leesreplica.Uit(configuration) is { } replica)
        {
            services.AddSingleton(replica);
        }
        services.AddScoped<Leesdatabase>();
        // What a node keeps in memory follows the changes of every node (read models, caches: IWijzigingsvolger).
        services.AddHostedService<Wijzigingen.Wijzigingsluisteraar>();
        if (opties.MeerdereNodes)
        {
            // One key ring for every node, in the database, its keys encrypted under Schakel's own key ring. The application
            // name replaces the default (the content path), which differs between machines.
            services.AddDataProtection().SetApplicationName("Schakel");
            services.AddOptions<KeyManagementOptions>().Configure<IServiceScopeFactory, Veldversleuteling>((o, scopes, versleuteling) =>
            {
                o.XmlRepository = new SleutelringOpslag(scopes);
                o.XmlEncryptor = new SleutelringVersleuteling(versleuteling);
            });
            services.AddHostedService<SleutelringStart>();
        }
        if (opties.MetRedis)
        {
            services.AddSingleton<RedisVerbinding>();
            services.AddSingleton<IGedeeldeLimietteller, RedisLimietteller>();
            // Every hub message goes through Redis to the other nodes' clients; a lost connection is retried by the client library.
            services.AddSignalR().AddStackExchangeRedis(o =>
            {
                o.Configuration = RedisVerbinding.Configuratie(opties.Redis!);
                o.Configuration.ChannelPrefix = RedisChannel.Literal(opties.Voorvoegsel);
            });
            // While Redis is away a node still reaches its own clients (TerugvalHubBeheer); registered after the backplane so it wins.
            services.AddSingleton(typeof(RedisHubLifetimeManager<>));
            services.AddSingleton(typeof(DefaultHubLifetimeManager<>));
            services.AddSingleton(typeof(HubLifetimeManager<>), typeof(TerugvalHubBeheer<>));
            services.AddHealthChecks().AddCheck<RedisGezondheid>("redis", tags: ["ready"]);
        }
        return services;
    }
}
