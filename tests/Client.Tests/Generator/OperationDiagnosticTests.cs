using KooMessage.Client.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KooMessage.Client.Tests.Generator;

public sealed class OperationDiagnosticTests
{
    private const string OperationPath = "/fixture/Operations/Broken.graphql";

    public static TheoryData<string, int, string, string> InvalidOperations => new()
    {
        { "KMGEN003", 3, "Field 'nickname' does not exist on type 'Tenant'", "query A($id: ID!) {\n  tenant(id: $id) {\n    nickname\n  }\n}" },
        { "KMGEN006", 2, "Argument 'first' of 'Query.tenants' expects 'Int' but got a String value", "query A {\n  tenants(first: \"ten\") {\n    totalCount\n  }\n}" },
        { "KMGEN005", 2, "Field 'Query.tenant' requires argument 'id' of type 'ID!'", "query A {\n  tenant {\n    id\n  }\n}" },
        { "KMGEN007", 2, "Variable '$id' is not defined by operation 'A'", "query A {\n  tenant(id: $id) {\n    id\n  }\n}" },
        { "KMGEN008", 1, "Variable '$unused' is never used in operation 'A'", "query A($unused: String) {\n  tenants {\n    totalCount\n  }\n}" },
        { "KMGEN006", 1, "Variable '$id' of type 'String' cannot be used where 'ID!' is expected", "query A($id: String) { tenant(id: $id) { id } }" },
        { "KMGEN010", 3, "Field 'Tenant.name' is of type 'String!', a leaf, and cannot have a selection set", "query A($id: ID!) {\n  tenant(id: $id) {\n    name { first }\n  }\n}" },
        { "KMGEN011", 2, "Field 'Query.tenant' is of type 'Tenant' and needs a selection of its fields", "query A($id: ID!) {\n  tenant(id: $id)\n}" },
        { "KMGEN004", 2, "Field 'Query.tenant' has no argument 'slug'", "query A {\n  tenant(id: \"1\", slug: \"acme\") {\n    id\n  }\n}" },
        { "KMGEN002", 1, "Variable '$where' has unknown type 'TenantWhere'", "query A($where: TenantWhere) { tenants(where: $where) { totalCount } }" },
        { "KMGEN009", 4, "Fragment 'UserParts' is on 'User' and can never apply to 'Tenant'", "fragment UserParts on User { email }\nquery A($id: ID!) {\n  tenant(id: $id) {\n    ...UserParts\n  }\n}" },
        { "KMGEN006", 2, "Input field 'CreateTenantInput.initialStatus': 'CLOSED' is not a value of enum 'TenantStatus'", "mutation A {\n  createTenant(input: {slug: \"a\", name: \"A\", initialStatus: CLOSED}) {\n    tenant { id }\n  }\n}" },
        { "KMGEN005", 2, "Input type 'CreateTenantInput' requires field 'name' of type 'String!'", "mutation A {\n  createTenant(input: {slug: \"a\"}) {\n    tenant { id }\n  }\n}" },
        { "KMGEN012", 3, "Fragment 'Missing' is not defined in any operation file", "query A($id: ID!) {\n  tenant(id: $id) {\n    ...Missing\n  }\n}" },
        { "KMGEN016", 1, "Fragment 'Loop' spreads itself, directly or through other fragments", "fragment Loop on Tenant { id ...Loop }\nquery A($id: ID!) { tenant(id: $id) { ...Loop } }" },
        { "KMGEN014", 1, "Every operation needs a name: the client method is named after it", "{ tenants { totalCount } }" },
        { "KMGEN001", 3, "Syntax error in Broken.graphql: Expected Name, found }", "query A {\n  tenants {\n  }\n}" },
        { "KMGEN019", 5, "Fields 'field' conflict: 'ValidationError.field: String!' and 'LimitExceededError.limit: Int!' return different shapes ('String!' and 'Int!'); give one of them an alias (e.g. 'limitExceededLimit: limit')", "mutation A($input: CreateTenantInput!) {\n  createTenant(input: $input) {\n    errors {\n      ... on ValidationError { field }\n      ... on LimitExceededError { field: limit }\n    }\n  }\n}" },
        { "KMGEN019", 3, "Fields 'name' conflict: 'Tenant.slug: String!' and 'Tenant.name: String!' are different fields; give one of them an alias (e.g. 'tenantName: name')", "query A($id: ID!) {\n  tenant(id: $id) {\n    name: slug name\n  }\n}" },
        { "KMGEN019", 3, "Fields 'tenant' conflict: 'Query.tenant: Tenant' and 'Query.tenant: Tenant' have different arguments; give one of them an alias (e.g. 'queryTenant: tenant')", "query A {\n  tenant(id: \"1\") { id }\n  tenant(id: \"2\") { name }\n}" },
        { "KMGEN019", 4, "Fields 'name' conflict (inside 'owner'): 'User.name: String!' and 'User.email: String' return different shapes ('String!' and 'String'); give one of them an alias (e.g. 'userEmail: email')", "query A($id: ID!) {\n  node(id: $id) {\n    ... on Tenant { owner { name } }\n    ... on Tenant { owner { name: email } }\n  }\n}" },
    };

    [Theory]
    [MemberData(nameof(InvalidOperations))]
    public void Invalid_operation_is_reported_at_its_file_and_line(string id, int line, string message, string operation)
    {
        var run = Run(operation);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(OperationPath, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_invalid_operation_is_skipped_while_valid_ones_are_still_generated()
    {
        var run = Run("query Broken { tenants { nope } }\nquery Fine { tenants { totalCount } }");

        Assert.Equal("KMGEN003", Assert.Single(run.Diagnostics).Id);
        Assert.Contains("FineQuery.g.cs", run.Sources.Keys);
        Assert.DoesNotContain("BrokenQuery.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void Changing_a_schema_field_an_operation_uses_breaks_the_build_at_that_operation()
    {
        var files = GeneratorHarness.FixtureFiles().ToList();
        Assert.Empty(GeneratorHarness.Run(files).Diagnostics);

        files[0] = (files[0].Path, files[0].Text.Replace("  slug: String!\n  name: String!\n  status", "  handle: String!\n  name: String!\n  status", StringComparison.Ordinal));
        var run = GeneratorHarness.Run(files);

        var diagnostics = run.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path, Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, Message: d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        Assert.Equal(
            [
                ("KMGEN003", "/fixture/Operations/Mutations.graphql", 21, "Field 'slug' does not exist on type 'Tenant'"),
                ("KMGEN003", "/fixture/Operations/Tenants.graphql", 13, "Field 'slug' does not exist on type 'Tenant'"),
                ("KMGEN003", "/fixture/Operations/Tenants.graphql", 39, "Field 'slug' does not exist on type 'Tenant'"),
            ],
            diagnostics);
    }

    [Fact]
    public void A_schema_referring_to_an_undefined_type_is_reported_in_the_schema_file()
    {
        var run = GeneratorHarness.Run([(GeneratorHarness.SchemaPath, "type Query {\n  tenant: Tenant\n}")]);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("KMGEN015", diagnostic.Id);
        Assert.Equal(GeneratorHarness.SchemaPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    private static GeneratorRun Run(string operation) =>
        GeneratorHarness.Run([(GeneratorHarness.SchemaPath, GeneratorHarness.FixtureSchema()), (OperationPath, operation)]);
}
