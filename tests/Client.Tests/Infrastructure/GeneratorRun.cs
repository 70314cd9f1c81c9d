using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>The outcome of one generator run: generated files by hint name, generator diagnostics and the updated compilation.</summary>
internal sealed record GeneratorRun(
    IReadOnlyDictionary<string, string> Sources,
    ImmutableArray<Diagnostic> Diagnostics,
    Compilation Compilation)
{
    /// <summary>The generator reported nothing, and the generated code (with any consumer code given) compiles without a warning.</summary>
    public void AssertCompilesCleanly()
    {
        Assert.Empty(Diagnostics);
        var problems = Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems));
    }
}
