using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Documentation;

/// <summary>
/// The README's examples as written: every request it shows with curl (or the walkthrough's gql and
/// upload helpers) is a step of docs/walkthrough.sh, which <see cref="WalkthroughTests"/> runs against a
/// real platform; every GraphQL document it shows is valid against the schema (fields, arguments and
/// fragment spreads such as <c>... on ValidationError</c> on each payload's error union).
/// </summary>
public sealed partial class ReadmeExampleTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).ReplaceLineEndings("\n");

    [Fact]
    public void Every_request_the_readme_shows_in_bash_is_a_step_of_the_walkthrough()
    {
        var walkthrough = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "walkthrough.sh")).ReplaceLineEndings("\n");
        var requests = Blocks("bash").Where(b => RequestCommand().IsMatch(b.Code)).ToList();
        Assert.NotEmpty(requests);
        var missing = requests.Where(b => !walkthrough.Contains(b.Code, StringComparison.Ordinal)).Select(b => $"README.md:{b.Line}").ToList();
        Assert.True(missing.Count == 0,
            $"These README examples are not steps of docs/walkthrough.sh, so nothing runs them; make each block the walkthrough's text: {string.Join(", ", missing)}");

        // The README defines gql, pick and upload for readers; the walkthrough's own step and wait_for are not theirs to paste.
        var scriptOnly = requests.Where(b => ScriptOnlyCommand().IsMatch(b.Code)).Select(b => $"README.md:{b.Line}").ToList();
        Assert.True(scriptOnly.Count == 0, $"These README examples call the walkthrough's step or wait_for, which a reader pasting them does not have: {string.Join(", ", scriptOnly)}");
    }

    [Fact]
    public async Task Every_graphql_document_in_the_readme_is_valid_against_the_schema()
    {
        var schema = fixture.Host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var blocks = Blocks("graphql").ToList();
        Assert.NotEmpty(blocks);
        var problems = new List<string>();
        foreach (var (code, line) in blocks)
        {
            var document = GraphQLParser.Parser.Parse(code);
            foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            {
                var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
                {
                    Schema = schema,
                    Document = document,
                    Operation = operation,
                    Rules = DocumentValidator.CoreRules,
                    Variables = Inputs.Empty,
                    Extensions = Inputs.Empty,
                    RequestServices = fixture.Host.Services,
                });
                problems.AddRange(result.Errors.Select(e => $"README.md:{line}: {e.Message}"));
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>The fenced blocks of one language, with the README line their code starts on.</summary>
    private static IEnumerable<(string Code, int Line)> Blocks(string language) =>
        FencedBlock().Matches(Readme)
            .Where(m => m.Groups["language"].Value == language)
            .Select(m => (Unindent(m.Groups["code"].Value, m.Groups["indent"].Value), Readme[..m.Groups["code"].Index].Count(c => c == '\n') + 1));

    /// <summary>A block inside a list item is indented as the item is; its text is the same without that.</summary>
    private static string Unindent(string code, string indent) =>
        indent.Length == 0 ? code : string.Join('\n', code.Split('\n').Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l));

    [GeneratedRegex(@"^(?<indent>[ ]*)```(?<language>\w+)\n(?<code>.*?)^\k<indent>```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"(^|[\s$(])(curl|gql|upload) ", RegexOptions.Multiline)]
    private static partial Regex RequestCommand();

    [GeneratedRegex(@"^\s*(step|wait_for) ", RegexOptions.Multiline)]
    private static partial Regex ScriptOnlyCommand();
}
