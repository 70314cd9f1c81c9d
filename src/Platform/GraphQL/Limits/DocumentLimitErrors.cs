using GraphQL;

namespace KooMessage.Platform.GraphQL.Limits;

/// <summary>The top-level error a document over a limit gets: a code, a message, nothing executed.</summary>
public static class DocumentLimitErrors
{
    public static ExecutionError Create(string code, string message) => new(message) { Code = code };
}
