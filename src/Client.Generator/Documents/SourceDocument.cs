using System;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using KooMessage.Client.Generator.Diagnostics;

namespace KooMessage.Client.Generator.Documents;

/// <summary>A parsed .graphql file that can point diagnostics at any of its nodes.</summary>
internal sealed class SourceDocument
{
    private static readonly ParserOptions Options = new() { Ignore = IgnoreOptions.Comments };

    private readonly LineMap _lines;

    private SourceDocument(string path, string text, GraphQLDocument? document)
    {
        Path = path;
        Text = text;
        Document = document;
        _lines = new LineMap(text);
    }

    public string Path { get; }

    public string Text { get; }

    /// <summary>The syntax tree, or null when the file does not parse.</summary>
    public GraphQLDocument? Document { get; }

    public static SourceDocument Parse(string path, string text, DiagnosticCollector diagnostics)
    {
        try
        {
            return new SourceDocument(path, text, Parser.Parse(text, Options));
        }
        catch (GraphQLParserException ex)
        {
            var failed = new SourceDocument(path, text, null);
            var offset = failed._lines.GetOffset(ex.Location.Line, ex.Location.Column);
            diagnostics.Report(GeneratorDiagnostics.SyntaxError, failed.Locate(offset, 1), "Syntax error in " + System.IO.Path.GetFileName(path) + ": " + WithoutHelpLink(ex.Description));
            return failed;
        }
    }

    /// <summary>GraphQL-Parser appends "; for more information see ..." to its messages; the location already says where to look.</summary>
    private static string WithoutHelpLink(string description)
    {
        var cut = description.IndexOf("; for more information", StringComparison.Ordinal);
        return cut < 0 ? description : description.Substring(0, cut);
    }

    public SourceLocation Locate(ASTNode node) =>
        Locate(node.Location.Start, Math.Max(1, node.Location.End - node.Location.Start));

    public SourceLocation Locate(int start, int length)
    {
        var (line, column) = _lines.GetPosition(start);
        var (endLine, endColumn) = _lines.GetPosition(start + length);
        return new SourceLocation(Path, start, Math.Min(length, Math.Max(0, Text.Length - start)), line, column, endLine, endColumn);
    }
}
