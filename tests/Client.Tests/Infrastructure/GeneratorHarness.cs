using System.Collections.Immutable;
using KooMessage.Client.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does, over in-memory .graphql files.</summary>
internal static class GeneratorHarness
{
    public const string Namespace = "Fixture.Generated";
    public const string SchemaPath = "/fixture/schema.graphql";

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>The fixture schema and operations, under stable fake paths so output never depends on the machine.</summary>
    public static IReadOnlyList<(string Path, string Text)> FixtureFiles()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var files = new List<(string, string)> { (SchemaPath, File.ReadAllText(Path.Combine(root, "schema.graphql"))) };
        files.AddRange(Directory.GetFiles(Path.Combine(root, "Operations"), "*.graphql")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => ("/fixture/Operations/" + Path.GetFileName(f), File.ReadAllText(f))));
        return files;
    }

    public static string FixtureSchema() => FixtureFiles()[0].Text;

    public static GeneratorRun Run(IEnumerable<(string Path, string Text)> files, params string[] extraSources)
    {
        var compilation = CSharpCompilation.Create(
            "Fixture.Client",
            extraSources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new KooMessageClientGenerator().AsSourceGenerator()],
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)),
            ParseOptions,
            new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.KooMessageClientNamespace"] = Namespace }));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult();
        var sources = result.Results.SelectMany(r => r.GeneratedSources)
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        return new GeneratorRun(sources, result.Diagnostics, output);
    }

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>The framework, the client runtime and its dependencies; not this test assembly, which holds its own fixture client.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.GetFiles(AppContext.BaseDirectory, "*.dll");
        var self = Path.GetFileName(typeof(GeneratorHarness).Assembly.Location);
        return [.. trusted.Concat(local)
            .Where(p => !string.Equals(Path.GetFileName(p), self, StringComparison.OrdinalIgnoreCase))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => MetadataReference.CreateFromFile(g.First()))];
    }
}
