using KooMessage.Platform.Features.SendTasks.Dispatch;
using KooMessage.Platform.Features.SendTasks.Gateways;
using KooMessage.Platform.Features.ShortLinks;

namespace KooMessage.Platform.Features.SendTasks;

public static class SendTasksServiceCollectionExtensions
{
    /// <summary>Task creation, the dispatcher and receipt jobs, and the configured gateway.</summary>
    public static IServiceCollection AddKooMessageSendTasks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DispatchOptions>(configuration.GetSection(DispatchOptions.Section));
        services.Configure<GatewayOptions>(configuration.GetSection(GatewayOptions.Section));
        services.Configure<ShortLinkOptions>(configuration.GetSection(ShortLinkOptions.Section));
        services.AddScoped<ICapabilityResolver, RangeCapabilityResolver>();
        services.AddScoped<SendTaskCreator>();
        services.AddScoped<ReceiptProcessor>();
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

    public static void MapSendTaskEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ReceiptEndpoint.Map(endpoints);
        ShortLinkEndpoint.Map(endpoints);
    }
}
