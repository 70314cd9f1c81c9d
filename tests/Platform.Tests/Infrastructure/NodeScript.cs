namespace KooMessage.Platform.Tests.Infrastructure;

/// <summary>
/// Runs one of the Node.js scripts in tests/Platform.Tests/js (real npm clients: graphql-http,
/// graphql-ws, graphql-sse, Apollo Client, urql) with a hard time limit, and returns what it printed.
/// </summary>
public static class NodeScript
{
    public static string Folder => Path.Combine(RepositoryRoot.Path, "tests", "Platform.Tests", "js");

    public static Task<string> RunAsync(string script, TimeSpan timeout, params string[] arguments)
        => RunAsync(script, timeout, strictRejections: false, arguments);

    /// <summary>
    /// Like <see cref="RunAsync(string, TimeSpan, string[])"/>, but an unhandled promise rejection fails the
    /// script even where a handler is installed later (<c>--unhandled-rejections=strict</c>): for clients
    /// that must leave none behind (urql's aborted streams).
    /// </summary>
    public static Task<string> RunStrictAsync(string script, TimeSpan timeout, params string[] arguments)
        => RunAsync(script, timeout, strictRejections: true, arguments);

    private static async Task<string> RunAsync(string script, TimeSpan timeout, bool strictRejections, string[] arguments)
    {
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules")),
            $"npm packages are missing in {Folder}: run the tests with tests/run.sh, which installs them (npm ci).");
        string[] options = strictRejections ? ["--unhandled-rejections=strict"] : [];
        return await ChildCommand.RunAsync("node", [.. options, script, .. arguments], Folder, timeout);
    }
}
