using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>The outcome of one generator run: generated files by hint name, generator diagnostics and the updated compilation.</summary>
internal sealed record GeneratorRun(
    IReadOnlyDictionary<string, string> Sources,
    ImmutableArray<Diagnostic> Diagnostics,
    Compilation Compilation);
