using System.Text.Json;

namespace KooMessage.Client;

/// <summary>Runs subscriptions (the generated client uses graphql-transport-ws).</summary>
public interface ISubscriptionTransport
{
    /// <summary>Subscribes on enumeration; stopping the enumeration (or cancelling) completes the subscription on the server.</summary>
    IAsyncEnumerable<OperationResult<TData>> SubscribeAsync<TData>(OperationRequest request, Func<JsonElement, TData> parseData, CancellationToken cancellationToken)
        where TData : class;
}
