using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using KooMessage.Platform.GraphQL;
using KooMessage.Platform.GraphQL.Limits;
using Microsoft.Extensions.Options;

namespace KooMessage.Platform.Transport;

/// <summary>
/// Parses and runs one GraphQL operation for any transport (HTTP, WebSocket, SSE) with the caller's
/// principal and scoped services. Document limits, authorization and error shaping are part of this
/// path and of the executer's setup (see GraphQLServiceCollectionExtensions), so every transport
/// enforces the same rules. A document that passes validation is kept parsed in the
/// <see cref="DocumentCache"/> for the next request with the same text.
/// </summary>
public sealed class GraphQLOperationExecutor(IDocumentExecuter<KooMessageSchema> executer, IOptions<DocumentLimits> limits, DocumentCache cache)
{
    public ParsedOperation Parse(string? query, string? operationName)
        => cache.TryGet(query, out var document)
            ? ParsedOperation.Cached(document, operationName)
            : ParsedOperation.Parse(query, operationName, limits.Value);

    /// <param name="reportCost">
    /// Return the operation's computed cost in <c>extensions.cost</c> (also when the request's extensions ask, see <see cref="OperationCost"/>).
    /// </param>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ParsedOperation operation, ClaimsPrincipal user,
        IServiceProvider services, CancellationToken cancellationToken, bool reportCost = false)
    {
        if (operation.Rejection is { } rejection)
            return new ExecutionResult { Errors = [rejection], Executed = false };
        var userContext = new Dictionary<string, object?>();
        if (operation.FromCache)
            userContext[CachedDocumentValidation.UserContextKey] = true;
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            UserContext = userContext,
            Query = request.Query,
            Document = operation.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            User = user,
            RequestServices = services,
            CancellationToken = cancellationToken,
        });
        // Executed means the document passed validation (the executer stops before executing otherwise).
        if (result.Executed && !operation.FromCache && operation.Document is { } validated && request.Query is { } text)
            cache.Add(text, validated);
        TrimErrors(result, limits.Value.MaxValidationErrors);
        if ((reportCost || OperationCost.IsRequested(request.Extensions)) && userContext.TryGetValue(OperationCost.UserContextKey, out var cost))
            (result.Extensions ??= new Dictionary<string, object?>())[OperationCost.ExtensionKey] = cost;
        return result;
    }

    /// <summary>Like graphql-js, a refused document reports its first errors and says that there were more.</summary>
    private static void TrimErrors(ExecutionResult result, int max)
    {
        if (result.Executed || result.Errors is not { } errors || errors.Count <= max)
            return;
        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(max))
            kept.Add(error);
        kept.Add(new ExecutionError($"Too many errors: {errors.Count - max} more were not reported.") { Code = ErrorCodes.TooManyErrors });
        result.Errors = kept;
    }
}
