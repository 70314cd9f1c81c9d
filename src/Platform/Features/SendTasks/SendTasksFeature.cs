using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.Features.SendTasks.Preparation;
using KooMessage.Platform.Hosting;
using KooMessage.Platform.Observability;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Features.SendTasks;

public static class SendTasksFeature
{
    /// <summary>Task creation, the dispatcher and receipt jobs, the configured gateway, short links and tenants' short-link domains.</summary>
    public static IServiceCollection AddSendTasks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DispatchOptions>(configuration.GetSection(DispatchOptions.Section));
        services.Configure<GatewayOptions>(configuration.GetSection(GatewayOptions.Section));
        services.AddOptions<ShortLinkOptions>().Bind(configuration.GetSection(ShortLinkOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ShortLinkOptions>, ShortLinkOptionsValidator>();
        services.AddSingleton<ClickAddressHasher>();
        services.AddSingleton<CardPreviewTokens>();
        services.AddScoped<ICapabilityResolver, RangeCapabilityResolver>();
        services.AddScoped<SendTaskStore>();
        services.Configure<PreparationOptions>(configuration.GetSection(PreparationOptions.Section));
        services.AddScoped<SendTaskPreparation>();
        services.AddSingleton<SendTaskPreparations>();
        services.AddHostedService(sp => sp.GetRequiredService<SendTaskPreparations>());
        services.AddScoped<SendTaskCreator>();
        services.AddScoped<ShortLinkDomainRegistry>();
        // Tenant-named hosts are fetched like callbacks: only through the private-address guard.
        services.AddHttpClient<IDomainOwnershipVerifier, DnsHttpDomainOwnershipVerifier>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = sp.GetRequiredService<Messaging.CallbackAddressGuard>().ConnectAsync,
                AllowAutoRedirect = false,
                UseProxy = false,
            });
        services.AddSingleton<IMessageComposer, SmartMessageComposer>();
        services.AddScoped<ReceiptProcessor>();
        services.AddSingleton<InstanceIdentity>();
        services.AddSingleton<SendTaskTraces>();
        services.AddSingleton<TenantRateLimiter>();
        services.AddSingleton<IPlatformGauge, DueRecipientsGauge>();
        services.AddHostedService<SendTaskDispatcher>();
        services.AddHostedService<RecipientExpiryJob>();

        var gateway = configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();
        if (gateway.Provider == GatewayProvider.Webhook)
        {
            services.AddHttpClient<IMessageGateway, WebhookGateway>(http => http.Timeout = TimeSpan.FromSeconds(30));
        }
        else
        {
            services.AddSingleton<IMessageGateway, SandboxGateway>();
            services.AddHostedService<SandboxReceiptSimulator>();
        }
        return services;
    }

    /// <summary>The Webhook gateway's receipts endpoint, the short links with their card pages, effect-preview pages and the recipients export.</summary>
    public static void MapSendTasks(this IEndpointRouteBuilder endpoints)
    {
        ReceiptEndpoint.Map(endpoints);
        ShortLinkEndpoint.Map(endpoints);
        CardPreviewEndpoint.Map(endpoints);
        RecipientCsvEndpoint.Map(endpoints);
    }
}
