using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>An AdditionalFile that exists only in memory, so generator tests control path and content.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}
