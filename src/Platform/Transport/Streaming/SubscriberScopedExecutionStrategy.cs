using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Execution;
using KooMessage.Platform.Events;
using KooMessage.Platform.Tenancy;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace KooMessage.Platform.Transport.Streaming;

/// <summary>
/// Executes subscriptions so that every event is resolved in a DI scope of its own (the DbContext and
/// DataLoaders are not thread-safe, and events of one subscription, or of many, resolve concurrently)
/// with the subscriber's <see cref="SubscriberIdentity"/> signed in: resolvers see the same Viewer and
/// tenant, and so the same query filters, as the subscribing request did. Fields below the root run
/// serially, like queries. Fields marked with
/// <see cref="SharedStreamFieldExtensions.ShareEventsAmongEqualSubscribers{TSource,TReturn}"/> resolve
/// each event once per distinct (document, operation, variables, tenant, roles) through
/// <see cref="SharedEventStreams"/>, instead of once per subscriber.
/// </summary>
public sealed class SubscriberScopedExecutionStrategy(IServiceScopeFactory scopes, SharedEventStreams shared, IGraphQLTextSerializer serializer)
    : SubscriptionExecutionStrategy(new SerialExecutionStrategy())
{
    private const string IdentityKey = "KooMessage.SubscriberIdentity";

    protected override async Task<IObservable<ExecutionResult>?> ResolveResponseStreamAsync(ExecutionContext context, ExecutionNode node)
    {
        var stream = await base.ResolveResponseStreamAsync(context, node);
        if (stream is null || node.FieldDefinition?.SharesEvents() != true || SharingKey(context, node) is not { } key)
            return stream;
        // The source stream was resolved for this subscriber (its arguments and access checked);
        // it is subscribed only when no equal subscriber's stream is already running.
        return shared.Share(key, stream);
    }

    /// <summary>
    /// What makes two subscribers' results equal: the operation as sent (document text, operation
    /// name, variables) and what the subscriber may see (tenant and roles). A digest keeps the key short.
    /// </summary>
    private string? SharingKey(ExecutionContext context, ExecutionNode node)
    {
        if (context.ExecutionOptions.Query is not { } query || context.RequestServices is not { } scope)
            return null;
        var identity = SubscriberIdentity.Of(scope);
        var roles = string.Join(',', identity.Principal.FindAll(KooClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
        var variables = context.ExecutionOptions.Variables is { Count: > 0 } inputs ? serializer.Serialize(inputs) : "";
        var text = string.Join('\u0000', query, context.Operation.Name?.StringValue ?? "", node.Name, variables, identity.TenantId?.ToString("N") ?? "", roles);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// The first clone, taken while the subscribing request's scope is still alive, keeps the
    /// subscriber's identity for every later event and drops the scope itself, which may be disposed
    /// long before the last event.
    /// </summary>
    protected override ExecutionContext CloneExecutionContext(ExecutionContext context, CancellationToken token)
    {
        var clone = base.CloneExecutionContext(context, token);
        if (context.RequestServices is { } subscribingScope)
        {
            clone.UserContext = new Dictionary<string, object?>(context.UserContext) { [IdentityKey] = SubscriberIdentity.Of(subscribingScope) };
            clone.RequestServices = null;
        }
        return clone;
    }

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        await using var scope = scopes.CreateAsyncScope();
        ((SubscriberIdentity)context.UserContext[IdentityKey]!).SignIn(scope.ServiceProvider);
        context.RequestServices = scope.ServiceProvider;
        return await base.ProcessDataAsync(context, node, value);
    }

    /// <summary>A subscriber dropped by the bus for falling behind gets a coded error, not an anonymous internal one.</summary>
    protected override Task<ExecutionError> ProcessErrorAsync(ExecutionContext context, ExecutionNode node, Exception exception)
        => exception is SubscriberTooSlowException
            ? Task.FromResult(new ExecutionError(exception.Message) { Code = StreamingErrorCodes.SubscriberTooSlow, Path = node.ResponsePath })
            : base.ProcessErrorAsync(context, node, exception);
}
