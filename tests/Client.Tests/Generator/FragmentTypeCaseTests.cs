using KooMessage.Client.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KooMessage.Client.Tests.Generator;

/// <summary>Type cases inside a fragment on an abstract type become nested interfaces shared by every operation that spreads the fragment.</summary>
public sealed class FragmentTypeCaseTests
{
    private const string Operations = """
        fragment NodeParts on Node {
          id
          ... on Tenant { slug owner { name } }
          ... on User { email }
          ... on Tenant @include(if: true) { name }
        }
        query First($id: ID!) { node(id: $id) { ...NodeParts } }
        query Second($id: ID!) { node(id: $id) { ...NodeParts ... on Tenant { status } } }
        """;

    /// <summary>One handler, written against the fragment, serves the records of both operations.</summary>
    private const string Consumer = """
        namespace Fixture.Generated;

        public static class Describe
        {
            public static string Node(INodeParts node) => node switch
            {
                INodeParts.ITenant tenant => tenant.Slug + " owned by " + tenant.Owner?.Name,
                INodeParts.IUser user => user.Email ?? user.Id,
                _ => node.Id,
            };

            public static string Both(FirstQuery.Data first, SecondQuery.Data second) =>
                Node(first.Node!) + Node(second.Node!);
        }
        """;

    /// <summary>The case under @include is left out (its fields may be absent); the tenant's owner, claimed after the User case, is IOwnerUser.</summary>
    [Fact]
    public void Each_object_type_case_gets_a_nested_interface_extending_the_fragment_interface()
    {
        var run = Run();

        var text = run.Sources["INodeParts.g.cs"];
        Assert.Contains("public interface ITenant : global::Fixture.Generated.INodeParts\n    {\n        string Slug { get; }\n        global::Fixture.Generated.INodeParts.ITenant.IOwnerUser? Owner { get; }", text, StringComparison.Ordinal);
        Assert.Contains("public interface IUser : global::Fixture.Generated.INodeParts\n    {\n        string? Email { get; }", text, StringComparison.Ordinal);
        var tenantMembers = text[text.IndexOf("public interface ITenant", StringComparison.Ordinal)..text.IndexOf("public interface IOwnerUser", StringComparison.Ordinal)];
        Assert.DoesNotContain("Name {", tenantMembers, StringComparison.Ordinal);
    }

    [Fact]
    public void The_records_of_that_type_in_every_operation_implement_the_case_and_consumer_code_compiles()
    {
        var run = Run(Consumer);

        Assert.Contains(", global::Fixture.Generated.INodeParts.ITenant", run.Sources["FirstQuery.g.cs"], StringComparison.Ordinal);
        Assert.Contains(", global::Fixture.Generated.INodeParts.ITenant", run.Sources["SecondQuery.g.cs"], StringComparison.Ordinal);
        Assert.Empty(run.Diagnostics);
        var problems = run.Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems));
    }

    private static GeneratorRun Run(params string[] sources) =>
        GeneratorHarness.Run([(GeneratorHarness.SchemaPath, GeneratorHarness.FixtureSchema()), ("/fixture/Operations/Nodes.graphql", Operations)], sources);
}
