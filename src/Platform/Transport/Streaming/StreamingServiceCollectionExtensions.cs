using GraphQL.Execution;
using GraphQLParser.AST;
using KooMessage.Platform.Transport.ServerSentEvents;
using KooMessage.Platform.Transport.WebSockets;

namespace KooMessage.Platform.Transport.Streaming;

public static class StreamingServiceCollectionExtensions
{
    /// <summary>
    /// Subscriptions: the per-event scoped execution strategy, the streaming transports
    /// (graphql-transport-ws, GraphQL over SSE), their registry of open connections and its monitor.
    /// </summary>
    public static IServiceCollection AddKooMessageSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SubscriptionOptions>(configuration.GetSection(SubscriptionOptions.Section));
        services.AddSingleton<SharedEventStreams>();
        services.AddSingleton<SerializedResults>();
        services.AddSingleton<SubscriberScopedExecutionStrategy>();
        services.AddSingleton(sp => new ExecutionStrategyRegistration(sp.GetRequiredService<SubscriberScopedExecutionStrategy>(), OperationType.Subscription));
        services.AddSingleton<StreamAuthenticator>();
        services.AddSingleton<StreamingConnectionRegistry>();
        services.AddSingleton<StreamingServices>();
        services.AddSingleton<GraphQLSseHandler>();
        services.AddHostedService<StreamingConnectionMonitor>();
        return services;
    }

    /// <summary>graphql-transport-ws on the GraphQL path; goes before the tenancy middleware (sockets authenticate themselves).</summary>
    public static IApplicationBuilder UseKooMessageWebSockets(this IApplicationBuilder app)
    {
        // Transport-level pings detect dead peers; the protocol's own ping messages keep proxies and clients informed.
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30), KeepAliveTimeout = TimeSpan.FromSeconds(30) });
        return app.UseMiddleware<GraphQLWebSocketMiddleware>();
    }
}
