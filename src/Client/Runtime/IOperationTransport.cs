using System.Text.Json;

namespace KooMessage.Client;

/// <summary>Runs queries and mutations (the generated client uses GraphQL over HTTP).</summary>
public interface IOperationTransport
{
    Task<OperationResult<TData>> ExecuteAsync<TData>(OperationRequest request, Func<JsonElement, TData> parseData, CancellationToken cancellationToken)
        where TData : class;
}
