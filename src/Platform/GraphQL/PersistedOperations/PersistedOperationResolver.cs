using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.GraphQL.PersistedOperations;

/// <summary>
/// Turns a request that names its document instead of sending it into one with the text, for every
/// transport: a trusted document by <c>documentId</c> (the GraphQL over HTTP persisted-documents
/// proposal), or an automatic persisted query by hash. With <c>GraphQL:TrustedDocumentsOnly</c> free
/// text is refused, so only trusted documents run (an APQ hash still finds a trusted document).
/// </summary>
public sealed class PersistedOperationResolver(AutomaticPersistedQueries automatic, TrustedDocumentStore trusted, IOptions<TrustedDocumentOptions> options)
{
    /// <summary>
    /// Whether the error is a lookup miss, which is answered like any refused operation (the client may
    /// retry with the text); every other error is a bad request (400).
    /// </summary>
    public static bool IsNotFound(ExecutionError error) => error.Code is ErrorCodes.PersistedQueryNotFound or ErrorCodes.PersistedDocumentNotFound;

    /// <summary>The request with its text filled in, or the error that answers it instead.</summary>
    public async Task<(GraphQLRequest Request, ExecutionError? Error)> ResolveAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(request.DocumentId))
            return await ResolveDocumentIdAsync(request, cancellationToken);
        if (options.Value.TrustedDocumentsOnly && !string.IsNullOrEmpty(request.Query))
            return (request, new ExecutionError(
                "This server runs only trusted documents: send 'documentId' (\"sha256:\" and the SHA-256 of a document of its manifest) instead of 'query'.")
            {
                Code = ErrorCodes.PersistedDocumentRequired,
            });
        return await automatic.ResolveAsync(request, cancellationToken);
    }

    private async Task<(GraphQLRequest Request, ExecutionError? Error)> ResolveDocumentIdAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(request.Query) || request.Extensions?.ContainsKey("persistedQuery") == true)
            return (request, new ExecutionError("Send either 'documentId' or the document ('query' or extensions.persistedQuery), not both.") { Code = ErrorCodes.InvalidRequest });
        if (!TrustedDocumentStore.TryParseId(request.DocumentId, out var hash))
            return (request, new ExecutionError("'documentId' must be \"sha256:\" followed by 64 hex digits.") { Code = ErrorCodes.InvalidRequest });
        var text = await trusted.FindAsync(hash, cancellationToken);
        return text is null
            ? (request, new ExecutionError($"No trusted document has the id 'sha256:{hash}'.") { Code = ErrorCodes.PersistedDocumentNotFound })
            : (new GraphQLRequest { Query = text, OperationName = request.OperationName, Variables = request.Variables, Extensions = request.Extensions }, null);
    }
}
