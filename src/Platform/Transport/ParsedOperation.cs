using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using KooMessage.Platform.GraphQL.Limits;

namespace KooMessage.Platform.Transport;

/// <summary>
/// The document parsed once up front so a transport can learn the operation type (GET must not
/// mutate, subscriptions need a streaming transport) before executing. A document over a limit of
/// <see cref="DocumentLimits"/> carries its <see cref="Rejection"/> and is never validated or
/// executed. When parsing fails the document stays null and the executer reports the syntax error
/// in the usual shape.
/// </summary>
public sealed record ParsedOperation(GraphQLDocument? Document, OperationType? Type, ExecutionError? Rejection = null)
{
    /// <summary>The document came from the <see cref="DocumentCache"/>: it passed the limits and validation before.</summary>
    public bool FromCache { get; init; }

    /// <summary>A cached document, with the operation <paramref name="operationName"/> picks.</summary>
    public static ParsedOperation Cached(GraphQLDocument document, string? operationName)
        => new(document, Select(document, operationName)) { FromCache = true };

    public static ParsedOperation Parse(string? query, string? operationName, DocumentLimits limits)
    {
        if (string.IsNullOrEmpty(query))
            return new ParsedOperation(null, null);
        if (DocumentTokenScanner.Check(query, limits) is { } tooLarge)
            return new ParsedOperation(null, null, tooLarge);
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = limits.MaxParserDepth });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return new ParsedOperation(null, null, DocumentLimitErrors.Create(GraphQL.ErrorCodes.MaxDepthExceeded,
                $"The document nests deeper than {limits.MaxParserDepth} levels."));
        }
        catch (GraphQLSyntaxErrorException)
        {
            return new ParsedOperation(null, null);
        }
        if (DocumentShapeAnalyzer.Check(document, limits) is { } overLimit)
            return new ParsedOperation(null, null, overLimit);
        return new ParsedOperation(document, Select(document, operationName));
    }

    private static OperationType? Select(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = string.IsNullOrEmpty(operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return selected?.Operation;
    }
}
