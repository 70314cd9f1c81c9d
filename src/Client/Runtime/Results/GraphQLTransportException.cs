namespace KooMessage.Client;

/// <summary>
/// The request never produced a GraphQL response: the server was unreachable, timed out, answered
/// with a status and a body that is not GraphQL, or a WebSocket could not be (re)established.
/// </summary>
public sealed class GraphQLTransportException : Exception
{
    public GraphQLTransportException(string message, Exception? innerException = null, int? statusCode = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status or WebSocket close code, when there was one.</summary>
    public int? StatusCode { get; }
}
