using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using KooMessage.Platform.GraphQL;

namespace KooMessage.Platform.Transport;

/// <summary>
/// Runs one GraphQL operation for any transport (HTTP, WebSocket, SSE) with the caller's principal
/// and scoped services. Limits, authorization and error shaping are part of the executer's setup
/// (see GraphQLServiceCollectionExtensions), so every transport enforces the same rules.
/// </summary>
public sealed class GraphQLOperationExecutor(IDocumentExecuter<KooMessageSchema> executer)
{
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ParsedOperation operation, ClaimsPrincipal user,
        IServiceProvider services, CancellationToken cancellationToken)
        => executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = operation.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = user,
            RequestServices = services,
            CancellationToken = cancellationToken,
        });
}
