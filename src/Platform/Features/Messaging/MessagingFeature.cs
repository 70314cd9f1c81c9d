using KooMessage.Platform.Data;
using KooMessage.Platform.Reviews;
using Microsoft.AspNetCore.DataProtection;

namespace KooMessage.Platform.Features.Messaging;

public static class MessagingFeature
{
    /// <summary>
    /// Options and the apps' callbacks (outbox writers, the deliverer, its guarded HttpClient, the signing
    /// secrets' Data Protection with its key ring in the database). Apps, signatures and templates have no
    /// endpoints of their own; their fields, review subjects, mappings and the public-template seeder are
    /// found in the assembly by convention.
    /// </summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MessagingOptions>(configuration.GetSection(MessagingOptions.Section));
        services.Configure<CallbackOptions>(configuration.GetSection(CallbackOptions.Section));
        services.AddDataProtection().SetApplicationName("KooMessage").PersistKeysToDbContext<KooMessageDbContext>();
        services.AddSingleton<CallbackSigningSecrets>();
        services.AddSingleton<CallbackAddressGuard>();
        services.AddScoped<ReceiptCallbacks>();
        services.AddScoped<IReviewDecisionObserver, ReviewResultCallbacks>();
        services.AddHttpClient<CallbackSender>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = sp.GetRequiredService<CallbackAddressGuard>().ConnectAsync,
                AllowAutoRedirect = false,
                UseProxy = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        services.AddHostedService<CallbackDeliverer>();
        return services;
    }
}
