using KooMessage.Client.Tests.Infrastructure;

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
        run.AssertCompilesCleanly();
    }

    /// <summary>Written once against the fixture's ErrorParts, for the errors of any mutation.</summary>
    private const string ErrorConsumer = """
        using System.Collections.Generic;
        using System.Linq;

        namespace Fixture.Generated;

        public static class DescribeError
        {
            public static string Of(IErrorParts error) => error switch
            {
                IErrorParts.IValidationError validation => validation.Field + ": " + validation.Message,
                IErrorParts.INotFoundError notFound => notFound.Id + " not found",
                _ => error.Message,
            };

            public static IEnumerable<string> All(CreateTenantMutation.Data created, RemoveTenantMutation.Data removed) =>
                (created.CreateTenant.Errors ?? []).Concat<IErrorParts>(removed.RemoveTenant.Errors ?? []).Select(Of);
        }
        """;

    /// <summary>
    /// The payload errors' shape: one fragment on Error spread alone into unions with different members.
    /// The union's base, which the fallback for error types added later derives from, keeps only what
    /// holds for any error, even where the only member selects more through its own case.
    /// </summary>
    [Fact]
    public void A_fragment_on_an_interface_spread_into_different_unions_gives_each_member_its_own_case_and_the_base_only_what_any_member_has()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.FixtureFiles(), ErrorConsumer);

        var remove = run.Sources["RemoveTenantMutation.g.cs"];
        Assert.Contains("public abstract record RemoveTenantError(\n        string Typename,\n        string Message)\n        : global::Fixture.Generated.IErrorParts;", remove, StringComparison.Ordinal);
        Assert.Contains(": RemoveTenantError(Typename, Message), global::Fixture.Generated.IErrorParts.INotFoundError;", remove, StringComparison.Ordinal);
        Assert.Contains(": CreateTenantError(Typename, Message), global::Fixture.Generated.IErrorParts.IValidationError;", run.Sources["CreateTenantMutation.g.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("INotFoundError", run.Sources["CreateTenantMutation.g.cs"], StringComparison.Ordinal);
        run.AssertCompilesCleanly();
    }

    private static GeneratorRun Run(params string[] sources) =>
        GeneratorHarness.Run([(GeneratorHarness.SchemaPath, GeneratorHarness.FixtureSchema()), ("/fixture/Operations/Nodes.graphql", Operations)], sources);
}
