using KooMessage.Client.Generator;
using KooMessage.Client.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KooMessage.Client.Tests.Generator;

public sealed class IncrementalCachingTests
{
    [Fact]
    public void Editing_csharp_code_does_not_regenerate_the_client()
    {
        var files = GeneratorHarness.FixtureFiles().Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray();
        var compilation = CSharpCompilation.Create("Fixture.Client", [CSharpSyntaxTree.ParseText("class A { }")], GeneratorHarness.References);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new KooMessageClientGenerator().AsSourceGenerator()],
            files,
            GeneratorHarness.ParseOptions,
            new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }")));

        var outputs = driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).ToArray();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }
}
