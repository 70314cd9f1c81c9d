using KooMessage.Client.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KooMessage.Client.Tests.Operations;

/// <summary>
/// Every public mutation of the platform has an operation in the client. When one is missing the
/// failure lists it with a ready-to-paste operation and the file to put it in.
/// </summary>
public sealed class OperationCoverageTests
{
    private const string WidgetSchema = """
        schema { query: Query mutation: Mutation }
        interface Error { code: String! message: String! }
        type ValidationError implements Error { code: String! message: String! field: String! }
        type NotFoundError implements Error { code: String! message: String! id: ID! }
        type ConflictError implements Error { code: String! message: String! field: String }
        type Owner { id: ID! }
        type Widget { id: ID! name: String! owner: Owner }
        type Gadget { id: ID! color: String! owner: Owner }
        union CreateWidgetError = ValidationError
        union DeleteWidgetError = NotFoundError | ValidationError | ConflictError
        union PaintGadgetError = ValidationError
        type CreateWidgetPayload { widget: Widget errors: [CreateWidgetError!] }
        type DeleteWidgetPayload { deletedId: ID errors: [DeleteWidgetError!] }
        type PaintGadgetPayload { gadget: Gadget errors: [PaintGadgetError!] }
        input CreateWidgetInput { name: String! }
        input DeleteWidgetInput { id: ID! }
        input PaintGadgetInput { id: ID! color: String! }
        type Query { widget(id: ID!): Widget }
        type Mutation {
          createWidget(input: CreateWidgetInput!): CreateWidgetPayload!
          deleteWidget(input: DeleteWidgetInput!): DeleteWidgetPayload!
          paintGadget(input: PaintGadgetInput!): PaintGadgetPayload!
        }
        """;

    private const string WidgetOperations = """
        fragment ErrorParts on Error { code message }
        fragment WidgetParts on Widget { id name }
        mutation CreateWidget($input: CreateWidgetInput!) { createWidget(input: $input) { widget { ...WidgetParts } } }
        """;

    [Fact]
    public void Every_public_mutation_of_the_schema_has_an_operation_in_the_client()
    {
        var coverage = new MutationCoverage(new SchemaIndex(RepositoryFiles.Read(RepositoryFiles.SchemaPath)), new OperationIndex(RepositoryFiles.OperationFiles()));

        var missing = coverage.Missing();

        Assert.True(missing.Count == 0, coverage.Report());
    }

    [Fact]
    public void The_report_names_each_missing_mutation_with_an_operation_to_paste_and_its_file()
    {
        var coverage = new MutationCoverage(new SchemaIndex(WidgetSchema), new OperationIndex([("src/Client/Operations/Widgets.graphql", WidgetOperations)]));

        var report = coverage.Report();

        Assert.Equal(
            """
            2 mutation(s) of schema/schema.graphql have no operation in src/Client/Operations, so the typed C# client cannot call them:
              - deleteWidget(input: DeleteWidgetInput!): DeleteWidgetPayload!
              - paintGadget(input: PaintGadgetInput!): PaintGadgetPayload!
            Add the operations below to the files named above them (suggestions that pass the generator; trim the selections to what callers need), then build: each becomes a method on IKooMessageClient, and any mistake is reported at its .graphql file and line.

            # src/Client/Operations/Gadgets.graphql (new file)
            # -> IKooMessageClient.PaintGadgetAsync
            mutation PaintGadget($input: PaintGadgetInput!) {
              paintGadget(input: $input) {
                gadget {
                  id
                  color
                }
                errors {
                  ...ErrorParts
                  ... on ValidationError {
                    field
                  }
                }
              }
            }

            # src/Client/Operations/Widgets.graphql
            # -> IKooMessageClient.DeleteWidgetAsync
            mutation DeleteWidget($input: DeleteWidgetInput!) {
              deleteWidget(input: $input) {
                deletedId
                errors {
                  ...ErrorParts
                  ... on NotFoundError {
                    id
                  }
                  ... on ValidationError {
                    field
                  }
                  ... on ConflictError {
                    conflictField: field
                  }
                }
              }
            }

            """.ReplaceLineEndings("\n"),
            report);
    }

    /// <summary>As in src/Client/Operations/Common.graphql, the fragment on Error selects members' fields in its type cases.</summary>
    [Fact]
    public void A_suggested_error_selection_leaves_out_what_the_fragments_type_cases_select_and_aliases_around_them()
    {
        const string operations = """
            fragment ErrorParts on Error { code message ... on ValidationError { field } ... on NotFoundError { id } }
            mutation CreateWidget($input: CreateWidgetInput!) { createWidget(input: $input) { widget { id } } }
            mutation PaintGadget($input: PaintGadgetInput!) { paintGadget(input: $input) { gadget { id } } }
            """;
        var coverage = new MutationCoverage(new SchemaIndex(WidgetSchema), new OperationIndex([("src/Client/Operations/Widgets.graphql", operations)]));

        var report = coverage.Report();

        // ConflictError.field is String where the fragment's ValidationError.field is String!: one response name, one shape.
        Assert.Contains(
            """
                errors {
                  ...ErrorParts
                  ... on ConflictError {
                    conflictField: field
                  }
                }
            """.ReplaceLineEndings("\n"),
            report,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_mutation_selected_through_a_fragment_spread_or_inline_fragment_counts_as_covered()
    {
        var operations = WidgetOperations + """

            fragment Deletion on Mutation { deleteWidget(input: $input) { deletedId } }
            mutation DeleteWidget($input: DeleteWidgetInput!) { ...Deletion }
            mutation PaintGadget($input: PaintGadgetInput!) { ... on Mutation { paintGadget(input: $input) { gadget { id } } } }
            """;
        var coverage = new MutationCoverage(new SchemaIndex(WidgetSchema), new OperationIndex([("src/Client/Operations/Widgets.graphql", operations)]));

        Assert.Empty(coverage.Missing());
        Assert.Equal(string.Empty, coverage.Report());
    }

    /// <summary>The suggestion must be pasteable as is: the generator accepts it against the real schema and it compiles.</summary>
    [Fact]
    public void The_suggested_operation_of_every_real_mutation_passes_the_generator()
    {
        var schema = RepositoryFiles.Read(RepositoryFiles.SchemaPath);
        var operationFiles = RepositoryFiles.OperationFiles();
        var skeleton = new OperationSkeleton(new SchemaIndex(schema), new OperationIndex(operationFiles));
        var suggestions = string.Join("\n", new SchemaIndex(schema).Mutations.Select(m => skeleton.Build(m, "Suggested" + MutationCoverage.OperationName(m))));

        var run = GeneratorHarness.Run(
            [("/repo/schema/schema.graphql", schema), .. operationFiles.Select(f => ("/repo/" + f.Path, f.Text)), ("/repo/src/Client/Operations/Suggested.graphql", suggestions)]);

        Assert.True(run.Diagnostics.IsEmpty, string.Join("\n", run.Diagnostics) + "\n" + suggestions);
        var errors = run.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => e.ToString())));
    }

    /// <summary>Were any of today's mutations missing, the report would send it to the file it lives in now.</summary>
    [Fact]
    public void The_suggested_file_of_every_covered_mutation_is_the_file_that_holds_it()
    {
        var schema = new SchemaIndex(RepositoryFiles.Read(RepositoryFiles.SchemaPath));
        var operations = new OperationIndex(RepositoryFiles.OperationFiles());
        var coverage = new MutationCoverage(schema, operations);

        var actual = operations.MutationFields();

        Assert.All(schema.Mutations.Where(m => actual.ContainsKey(m.Name.StringValue)), mutation =>
            Assert.Equal(actual[mutation.Name.StringValue], coverage.SuggestedFile(mutation)));
    }
}
