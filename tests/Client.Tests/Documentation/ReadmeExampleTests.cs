using System.Text.RegularExpressions;
using KooMessage.Client.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KooMessage.Client.Tests.Documentation;

/// <summary>The README's "Use the C# client" example compiles, as written, against the built client.</summary>
public sealed partial class ReadmeExampleTests
{
    /// <summary>What <c>dotnet new console</c> imports implicitly (ImplicitUsings), which the README's example relies on.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    [Fact]
    public void The_csharp_client_example_in_the_readme_compiles_without_warnings()
    {
        var readme = RepositoryFiles.Read("README.md").ReplaceLineEndings("\n");
        var example = ExampleBlock().Match(readme);
        Assert.True(example.Success, "README.md has no ```csharp block between <!-- csharp-client-example --> and <!-- /csharp-client-example -->.");

        // Errors point at README.md lines.
        var firstLine = readme[..example.Groups["code"].Index].Count(c => c == '\n') + 1;
        var code = $"#line {firstLine} \"README.md\"\n" + example.Groups["code"].Value;

        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(code, GeneratorHarness.ParseOptions, path: "README.md"), CSharpSyntaxTree.ParseText(ImplicitUsings, GeneratorHarness.ParseOptions)],
            ConsumerReferences(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var output = new MemoryStream();
        var emitted = compilation.Emit(output);

        var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();
        Assert.True(emitted.Success && problems.Length == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>What an application referencing src/Client sees: the framework, KooMessage.Client and the Microsoft.Extensions packages it brings.</summary>
    private static IEnumerable<MetadataReference> ConsumerReferences() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var name
                && (name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
                    || name is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Win32.Primitives.dll" or "KooMessage.Client.dll"))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => MetadataReference.CreateFromFile(g.First()));

    [GeneratedRegex(@"<!-- csharp-client-example -->\s*```csharp\n(?<code>.*?)```\s*<!-- /csharp-client-example -->", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
