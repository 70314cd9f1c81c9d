using GraphQL;
using KooMessage.Platform.GraphQL.PersistedOperations;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Transport.Streaming;

/// <summary>The singletons every streaming connection (WebSocket or SSE) works with, injected as one.</summary>
public sealed record StreamingServices(
    IGraphQLTextSerializer Serializer,
    SerializedResults Results,
    GraphQLOperationExecutor Executor,
    PersistedOperationResolver PersistedOperations,
    StreamAuthenticator Authenticator,
    StreamingConnectionRegistry Registry,
    IServiceScopeFactory Scopes,
    IOptions<SubscriptionOptions> Options,
    ILoggerFactory Loggers,
    IHostApplicationLifetime Lifetime);
