using System.Text.Json;

namespace KooMessage.Benchmarks.Load;

/// <summary>
/// One GraphQL call as the client saw it. <see cref="Error"/> is null on success, otherwise the HTTP
/// status with the GraphQL <c>extensions.code</c> ("429 RATE_LIMITED"), a payload error's code
/// ("200 payload INVALID_STATE"), or the exception that ended the call.
/// </summary>
public sealed record GraphQLCallResult(int Status, string? Error, JsonElement Data, string Body, TimeSpan Elapsed)
{
    public bool Ok => Error is null;
}
