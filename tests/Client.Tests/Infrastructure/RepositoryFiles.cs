namespace KooMessage.Client.Tests.Infrastructure;

/// <summary>Files of this repository as checked out: the real schema, the client's operations and the README.</summary>
internal static class RepositoryFiles
{
    public const string SchemaPath = "schema/schema.graphql";
    public const string OperationsFolder = "src/Client/Operations";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    private static string Root => LazyRoot.Value;

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>Every operation file the client project compiles (Operations/**/*.graphql), as repository-relative paths with '/'.</summary>
    public static IReadOnlyList<(string Path, string Text)> OperationFiles() =>
        Directory.GetFiles(Path.Combine(Root, OperationsFolder), "*.graphql", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(Root, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The folder holding KooMessage.sln, found upwards from the test binaries.</summary>
    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KooMessage.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No KooMessage.sln above {AppContext.BaseDirectory}.");
    }
}
