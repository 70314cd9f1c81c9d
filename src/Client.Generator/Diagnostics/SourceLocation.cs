using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KooMessage.Client.Generator.Diagnostics;

/// <summary>
/// A span in a .graphql file with zero-based line and column, kept as plain values so a
/// diagnostic can travel through the incremental pipeline and still point at the right place.
/// </summary>
internal sealed record SourceLocation(string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));
}
