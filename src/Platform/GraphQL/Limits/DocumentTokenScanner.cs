using GraphQL;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace KooMessage.Platform.GraphQL.Limits;

/// <summary>
/// Counts a document's tokens and measures its literals before anything builds a tree from it, so a
/// request over a limit is refused after reading at most <see cref="DocumentLimits.MaxTokens"/> tokens.
/// </summary>
public static class DocumentTokenScanner
{
    /// <summary>The first limit the text breaks, or null. A lexical error is left to the parser to report.</summary>
    public static ExecutionError? Check(string query, DocumentLimits limits)
    {
        var source = new ROM(query.AsMemory());
        var tokens = 0;
        var position = 0;
        while (true)
        {
            Token token;
            try
            {
                token = Lexer.Lex(source, position);
            }
            catch (GraphQLSyntaxErrorException)
            {
                return null;
            }
            if (token.Kind == TokenKind.EOF)
                return null;
            position = token.End;
            // Comments carry no meaning and cost only their reading, like whitespace (graphql-js counts them neither).
            if (token.Kind == TokenKind.COMMENT)
                continue;
            if (++tokens > limits.MaxTokens)
                return DocumentLimitErrors.Create(ErrorCodes.MaxTokensExceeded,
                    $"The document has more than {limits.MaxTokens} tokens; split it or use fewer fields and arguments.");
            var length = token.End - token.Start;
            if (token.Kind == TokenKind.STRING && length > limits.MaxStringLength + 6)
                return DocumentLimitErrors.Create(ErrorCodes.LiteralTooLong,
                    $"A string literal is longer than {limits.MaxStringLength} characters; pass long text in variables.");
            if (token.Kind is TokenKind.INT or TokenKind.FLOAT && length > limits.MaxNumberLength)
                return DocumentLimitErrors.Create(ErrorCodes.LiteralTooLong,
                    $"A number literal is longer than {limits.MaxNumberLength} characters.");
        }
    }
}
