using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KooMessage.Client.Generator.Diagnostics;

/// <summary>Gathers diagnostics during one run and hands them out in a stable order.</summary>
internal sealed class DiagnosticCollector
{
    private readonly List<DiagnosticInfo> _items = new();

    public int Count => _items.Count;

    public void Report(DiagnosticDescriptor descriptor, SourceLocation? location, string message) =>
        _items.Add(new DiagnosticInfo(descriptor.Id, message, location));

    /// <summary>Sorted by file, position and id so the output never depends on traversal order.</summary>
    public IEnumerable<DiagnosticInfo> Sorted() => _items
        .Distinct()
        .OrderBy(d => d.Location?.FilePath ?? string.Empty, System.StringComparer.Ordinal)
        .ThenBy(d => d.Location?.Start ?? 0)
        .ThenBy(d => d.Id, System.StringComparer.Ordinal)
        .ThenBy(d => d.Message, System.StringComparer.Ordinal);
}
