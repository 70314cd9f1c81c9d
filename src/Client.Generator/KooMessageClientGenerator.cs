using System;
using System.IO;
using System.Linq;
using KooMessage.Client.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace KooMessage.Client.Generator;

/// <summary>
/// Generates the typed KooMessage client from AdditionalFiles: <c>schema.graphql</c> and the
/// <c>*.graphql</c> files under an <c>Operations</c> folder. Without a schema it generates nothing,
/// so a project can reference the generator before the schema exists. The namespace is the
/// MSBuild property <c>KooMessageClientNamespace</c> (made compiler-visible by the consumer),
/// else <c>KooMessage.Client</c>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class KooMessageClientGenerator : IIncrementalGenerator
{
    private const string DefaultNamespace = "KooMessage.Client";
    private const string SchemaFileName = "schema.graphql";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(file => file.Path.EndsWith(".graphql", StringComparison.OrdinalIgnoreCase))
            .Select((file, cancellationToken) => new GraphQLFile(
                file.Path.Replace('\\', '/'),
                file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect();

        var ns = context.AnalyzerConfigOptionsProvider.Select((options, _) =>
            options.GlobalOptions.TryGetValue("build_property.KooMessageClientNamespace", out var value) && !string.IsNullOrWhiteSpace(value)
                ? value.Trim()
                : DefaultNamespace);

        var input = files.Combine(ns).Select((pair, _) =>
        {
            var ordered = pair.Left.OrderBy(f => f, Comparer).ToArray();
            var schema = ordered.FirstOrDefault(f => string.Equals(Path.GetFileName(f.Path), SchemaFileName, StringComparison.OrdinalIgnoreCase));
            var operations = ordered.Where(f => f != schema && IsOperationFile(f.Path));
            return new GeneratorInput(schema, new EquatableArray<GraphQLFile>(operations), pair.Right);
        });

        var result = input.Select((value, _) => ClientSourceBuilder.Build(value));

        context.RegisterSourceOutput(result, static (output, generation) =>
        {
            foreach (var diagnostic in generation.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            foreach (var source in generation.Sources)
            {
                output.AddSource(source.HintName, source.Text);
            }
        });
    }

    private static readonly System.Collections.Generic.IComparer<GraphQLFile> Comparer =
        System.Collections.Generic.Comparer<GraphQLFile>.Create((a, b) => a.CompareTo(b));

    private static bool IsOperationFile(string path) =>
        ("/" + path).IndexOf("/Operations/", StringComparison.OrdinalIgnoreCase) >= 0;
}
