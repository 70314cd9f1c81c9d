using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace KooMessage.Platform.Transport;

/// <summary>
/// The document parsed once up front so a transport can learn the operation type (GET must not
/// mutate, subscriptions need a streaming transport) before executing. When parsing fails the
/// document stays null and the executer reports the syntax error in the usual shape.
/// </summary>
public sealed record ParsedOperation(GraphQLDocument? Document, OperationType? Type)
{
    public static ParsedOperation Parse(string? query, string? operationName)
    {
        if (string.IsNullOrEmpty(query))
            return new ParsedOperation(null, null);
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = 128 });
        }
        catch (GraphQLSyntaxErrorException)
        {
            return new ParsedOperation(null, null);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return new ParsedOperation(null, null);
        }
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = string.IsNullOrEmpty(operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return new ParsedOperation(document, selected?.Operation);
    }
}
