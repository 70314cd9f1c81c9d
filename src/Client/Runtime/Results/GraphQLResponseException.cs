namespace KooMessage.Client;

/// <summary>The server's JSON does not match the generated types (usually a schema newer than the client, with a breaking change).</summary>
public sealed class GraphQLResponseException : Exception
{
    public GraphQLResponseException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
