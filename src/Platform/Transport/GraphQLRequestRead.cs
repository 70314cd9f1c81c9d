using GraphQL.Transport;
using KooMessage.Platform.GraphQL;

namespace KooMessage.Platform.Transport;

/// <summary>The outcome of reading a GraphQL request off HTTP: the request, or why it was refused (status, code, message).</summary>
/// A JSON array of requests is a <see cref="Batch"/> (Apollo's BatchHttpLink).
public sealed record GraphQLRequestRead(GraphQLRequest? Request, (int Status, string Code, string Message)? Error,
    IReadOnlyList<GraphQLRequest>? Batch = null)
{
    public static GraphQLRequestRead Ok(GraphQLRequest request) => new(request, null);

    public static GraphQLRequestRead Batched(IReadOnlyList<GraphQLRequest> requests) => new(null, null, requests);

    public static GraphQLRequestRead Fail(int status, string code, string message) => new(null, (status, code, message));

    public static GraphQLRequestRead BadRequest(string message) => Fail(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, message);

    public static GraphQLRequestRead TooLarge(long maxBytes, string what = "The request body")
        => Fail(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"{what} is larger than {maxBytes} bytes.");

    /// <summary>A request needs its text, a document id, or an automatic persisted query's hash that stands for the text.</summary>
    public GraphQLRequestRead RequireQuery() => Request is { } request && !HasDocument(request)
        ? BadRequest("The request has no 'query'.")
        : this;

    public static bool HasDocument(GraphQLRequest request)
        => !string.IsNullOrWhiteSpace(request.Query) || !string.IsNullOrEmpty(request.DocumentId)
            || request.Extensions?.ContainsKey("persistedQuery") == true;
}
