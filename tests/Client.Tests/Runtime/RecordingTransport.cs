using System.Text.Json;
using KooMessage.Client.Runtime.Serialization;

namespace KooMessage.Client.Tests.Runtime;

/// <summary>Serializes the request the generated client builds, as a real transport would, and answers with no data.</summary>
internal sealed class RecordingTransport : IOperationTransport
{
    public JsonElement LastBody { get; private set; }

    public Task<OperationResult<TData>> ExecuteAsync<TData>(OperationRequest request, Func<JsonElement, TData> parseData, CancellationToken cancellationToken)
        where TData : class
    {
        try
        {
            LastBody = JsonDocument.Parse(RequestWriter.Write(request).Json).RootElement.Clone();
            return Task.FromResult(new OperationResult<TData>(null, []));
        }
        catch (Exception ex)
        {
            return Task.FromException<OperationResult<TData>>(ex);
        }
    }
}
