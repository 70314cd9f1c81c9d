using GraphQL;
using GraphQL.Execution;
using KooMessage.Platform.Events;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace KooMessage.Platform.Transport.Streaming;

/// <summary>
/// Executes subscriptions so that every event is resolved in a DI scope of its own (the DbContext and
/// DataLoaders are not thread-safe, and events of one subscription, or of many, resolve concurrently)
/// with the subscriber's <see cref="SubscriberIdentity"/> signed in: resolvers see the same Viewer and
/// tenant, and so the same query filters, as the subscribing request did. Fields below the root run
/// serially, like queries.
/// </summary>
public sealed class SubscriberScopedExecutionStrategy(IServiceScopeFactory scopes) : SubscriptionExecutionStrategy(new SerialExecutionStrategy())
{
    private const string IdentityKey = "KooMessage.SubscriberIdentity";

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
