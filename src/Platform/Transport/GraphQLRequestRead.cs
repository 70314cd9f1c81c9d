using GraphQL.Transport;
using KooMessage.Platform.GraphQL;

namespace KooMessage.Platform.Transport;

/// <summary>The outcome of reading a GraphQL request off HTTP: the request, or why it was refused (status, code, message).</summary>
public sealed record GraphQLRequestRead(GraphQLRequest? Request, (int Status, string Code, string Message)? Error)
{
    public static GraphQLRequestRead Ok(GraphQLRequest request) => new(request, null);

    public static GraphQLRequestRead Fail(int status, string code, string message) => new(null, (status, code, message));

    public static GraphQLRequestRead BadRequest(string message) => Fail(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, message);

    public static GraphQLRequestRead TooLarge(long maxBytes, string what = "The request body")
        => Fail(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"{what} is larger than {maxBytes} bytes.");

    public GraphQLRequestRead RequireQuery() => string.IsNullOrWhiteSpace(Request?.Query) && string.IsNullOrEmpty(Request?.DocumentId)
        ? BadRequest("The request has no 'query'.")
        : this;
}
