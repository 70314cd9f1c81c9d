using KooMessage.Client.Tests.Infrastructure;

namespace KooMessage.Client.Tests.Generator;

public sealed class NamingAndShapeTests
{
    [Fact]
    public void The_same_type_selected_twice_with_different_fields_gets_a_field_prefixed_name()
    {
        var run = Run("query Twice {\n  first: tenant(id: \"1\") { id }\n  second: tenant(id: \"2\") { name }\n}");

        var text = run.Sources["TwiceQuery.g.cs"];
        Assert.Contains("public sealed record Data(\n        Tenant? First,\n        SecondTenant? Second);", text, StringComparison.Ordinal);
        Assert.Contains("public sealed record Tenant(\n        string Id);", text, StringComparison.Ordinal);
        Assert.Contains("public sealed record SecondTenant(\n        string Name);", text, StringComparison.Ordinal);
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void Records_nearer_the_root_keep_the_plain_type_name_whatever_the_selection_order()
    {
        // Built depth-first, the tenant's owner (deeper) would take "User" before the User case of node.
        var run = Run("query Find($id: ID!) {\n  node(id: $id) {\n    ... on Tenant { owner { name } }\n    ... on User { email }\n  }\n}");

        var text = run.Sources["FindQuery.g.cs"];
        Assert.Contains("public sealed record User(\n        string Typename,\n        string? Email)\n        : Node(Typename);", text, StringComparison.Ordinal);
        Assert.Contains("public sealed record Tenant(\n        string Typename,\n        OwnerUser? Owner)", text, StringComparison.Ordinal);
        Assert.Contains("public sealed record OwnerUser(\n        string Name);", text, StringComparison.Ordinal);
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void A_field_prefix_that_only_repeats_the_type_name_is_skipped_for_the_parent_prefix()
    {
        var run = Run("query Twice {\n  first: tenant(id: \"1\") { id }\n  tenant(id: \"2\") { name }\n}");

        var text = run.Sources["TwiceQuery.g.cs"];
        Assert.Contains("public sealed record Data(\n        Tenant? First,\n        DataTenant? Tenant);", text, StringComparison.Ordinal);
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void Nested_fragment_interfaces_skip_a_stuttering_field_prefix_too()
    {
        var run = Run("fragment Lookups on Query {\n  first: tenant(id: \"1\") { id }\n  tenant(id: \"2\") { name }\n}\nquery Both {\n  ...Lookups\n}");

        var text = run.Sources["ILookups.g.cs"];
        Assert.Contains("global::Fixture.Generated.ILookups.ITenant? First { get; }", text, StringComparison.Ordinal);
        Assert.Contains("global::Fixture.Generated.ILookups.ILookupsTenant? Tenant { get; }", text, StringComparison.Ordinal);
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void Fields_under_include_or_skip_become_nullable()
    {
        var run = Run("query Conditional($id: ID!, $brief: Boolean!) {\n  tenant(id: $id) {\n    name @skip(if: $brief)\n    smsQuota @include(if: $brief)\n  }\n}");

        var text = run.Sources["ConditionalQuery.g.cs"];
        Assert.Contains("string? Name,", text, StringComparison.Ordinal);
        Assert.Contains("long? SmsQuota)", text, StringComparison.Ordinal);
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void Operation_names_already_ending_with_their_kind_are_not_doubled()
    {
        var run = Run("query TenantsQuery { tenants { totalCount } }");

        Assert.Contains("TenantsQuery.g.cs", run.Sources.Keys);
        Assert.Contains("TenantsQueryAsync(", run.Sources["IKooMessageClient.g.cs"], StringComparison.Ordinal);
    }

    private static GeneratorRun Run(string operation) =>
        GeneratorHarness.Run([(GeneratorHarness.SchemaPath, GeneratorHarness.FixtureSchema()), ("/fixture/Operations/Op.graphql", operation)]);
}
