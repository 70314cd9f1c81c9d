using System.Text.RegularExpressions;
using KooMessage.Platform.Tests.Infrastructure;

namespace KooMessage.Platform.Tests.Architecture;

/// <summary>
/// Domain/ and the pure rule files stay free of the API and the database, so a rule is unit-tested
/// with nothing but the function and a GraphQL or EF change never reaches them (DESIGN.md, Layout).
/// </summary>
public sealed partial class PureCodeTests
{
    private static readonly string[] ForbiddenNamespaces =
        ["GraphQL", "GraphQLParser", "KooMessage.Platform.GraphQL", "Microsoft.EntityFrameworkCore"];

    /// <summary>Pure functions DESIGN.md names that are not called *Rules.</summary>
    private static readonly string[] OtherPureFiles = ["SegmentEstimator.cs"];

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?<namespace>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [Fact]
    public void Domain_and_rule_files_import_no_GraphQL_or_EF_namespace()
    {
        var source = Path.Combine(RepositoryRoot.Path, "src", "Platform");
        var domain = Directory.EnumerateFiles(Path.Combine(source, "Domain"), "*.cs", SearchOption.AllDirectories).ToList();
        var rules = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => f.EndsWith("Rules.cs", StringComparison.Ordinal) || OtherPureFiles.Contains(Path.GetFileName(f)))
            .ToList();
        Assert.NotEmpty(domain);
        Assert.NotEmpty(rules);

        var offenders = domain.Concat(rules)
            .SelectMany(file => UsingDirective().Matches(File.ReadAllText(file))
                .Select(m => m.Groups["namespace"].Value)
                .Where(IsForbidden)
                .Select(ns => $"{Path.GetRelativePath(source, file)}: using {ns}"))
            .ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("GraphQL", true)]
    [InlineData("GraphQL.Types", true)]
    [InlineData("GraphQLParser.AST", true)]
    [InlineData("KooMessage.Platform.GraphQL.Relay", true)]
    [InlineData("Microsoft.EntityFrameworkCore", true)]
    [InlineData("KooMessage.Platform.Domain", false)]
    [InlineData("GraphQLish", false)]
    public void Forbidden_namespaces_are_matched_whole(string ns, bool forbidden) => Assert.Equal(forbidden, IsForbidden(ns));

    private static bool IsForbidden(string ns)
        => ForbiddenNamespaces.Any(f => ns == f || ns.StartsWith(f + ".", StringComparison.Ordinal));
}
